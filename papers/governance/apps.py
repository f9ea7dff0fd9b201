from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    """How a paper goes from v0.9 to v1.0: its own app over papers and reflections."""

    name = "papers.governance"
    label = "governance"
    verbose_name = _("Verwerking en vaststelling")

    def ready(self) -> None:
        from . import signals  # noqa: F401  (connects the cache invalidation)
