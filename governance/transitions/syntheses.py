"""The editors' syntheses ("wat we hoorden, wat we deden"): per theme or question group of a
consultation, what was heard, the reflections it rests on, and the changes in the next
version that answer it. Audited on the consulted version."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from civcare.core.audit import InvalidTransition
from papers.models import PaperVersion, QuestionGroup, Section

from ..models import Synthesis, Theme
from .base import Action, _check, _coding_allowed, _event, _lock, _reflections_of

TEXT_MAX_LENGTH = Synthesis._meta.get_field("heard").max_length


@transaction.atomic
def save_synthesis(
    version: PaperVersion,
    *,
    by,
    heard: str,
    did: str = "",
    reflection_ids=(),
    section_ids=(),
    theme: Theme | None = None,
    question_group: QuestionGroup | None = None,
) -> Synthesis:
    """Write (or rewrite) the synthesis of ``theme`` or ``question_group``. It must rest on
    at least one published reflection; the changes it names are changed sections of the
    version that answers this consultation."""
    _check(by)
    version = _lock(version)
    _coding_allowed(version)
    if (theme is None) == (question_group is None):
        raise InvalidTransition(_("Een synthese hoort bij één thema of één vraaggroep."))
    if theme is not None and theme.version_id != version.pk:
        raise InvalidTransition(_("Dit thema hoort niet bij %(version)s.") % {"version": version})
    if question_group is not None and question_group.question_set.version_id != version.pk:
        raise InvalidTransition(
            _("Deze vraaggroep hoort niet bij %(version)s.") % {"version": version}
        )
    heard, did = heard.strip(), did.strip()
    if not heard:
        raise InvalidTransition(_("Schrijf kort wat u hoorde."))
    if len(heard) > TEXT_MAX_LENGTH or len(did) > TEXT_MAX_LENGTH:
        raise InvalidTransition(
            _("Elk deel van een synthese is hooguit %(n)d tekens.") % {"n": TEXT_MAX_LENGTH}
        )
    reflections = _reflections_of(version, reflection_ids)  # at least one, all published
    sections = _changes(version, section_ids)
    synthesis, _created = Synthesis.objects.select_for_update().update_or_create(
        version=version, theme=theme, question_group=question_group,
        defaults={"heard": heard, "did": did, "updated_by": by},
    )  # fmt: skip
    synthesis.reflections.set(reflections)
    synthesis.changes.set(sections)
    _event(version, by=by, action=Action.SYNTHESIS_SAVED, from_status=version.status,
           note=str(theme or question_group.heading))  # fmt: skip
    return synthesis


def _changes(version: PaperVersion, section_ids) -> list[Section]:
    wanted = {int(pk) for pk in section_ids}
    if not wanted:
        return []
    sections = list(
        Section.objects.filter(
            pk__in=wanted, version__based_on=version, version__status=PaperVersion.Status.DRAFT
        ).select_related("copied_from")
    )
    if len(sections) != len(wanted) or not all(s.differs_from_source() for s in sections):
        raise InvalidTransition(
            _("Kies alleen gewijzigde secties van de nieuwe versie als ‘wat we deden’.")
        )
    return sections
