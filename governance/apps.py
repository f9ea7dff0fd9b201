from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    """How a paper goes from v0.9 to v1.0: its own app over papers and reflections."""

    name = "governance"
    label = "governance"
    verbose_name = _("Verwerking en vaststelling")

    def ready(self) -> None:
        from reflections.extensions import show_on_own_pages, show_with_reflections

        from . import (  # noqa: F401
            clusters,  # proposed clusters, worked out ahead by that job (#31)
            landing,  # where an editor lands after signing in
            report_pdf,  # the report's PDF, rendered ahead by the background job
            signals,  # connects the cache invalidation
            similarity,  # the groups of similar reflections, worked out ahead by that job
            suggestions,  # the themes' vectors, made by the background job (#31)
        )

        # What became of a reflection is shown under it, once public (Disposition.is_public).
        show_with_reflections(
            related=["disposition__section", "disposition__version"],
            public_note="governance/_disposition_note.html",
            own_note="governance/_disposition_note_own.html",
        )
        # Where the passage it is about stands in the next version, once that is adopted
        # (PassageResolution.is_public): on the reflection's own page and its author's list.
        # Not with the reflections of a paper page: one more join there made the cold page
        # after an approval 40 % slower (bench/run, issue #19).
        show_on_own_pages(
            related=["passage_resolution__version", "passage_resolution__section"],
            note="governance/_passage_note.html",
        )
