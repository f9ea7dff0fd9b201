from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReflectionsConfig(AppConfig):
    name = "reflections"
    verbose_name = _("Reflecties")

    def ready(self) -> None:
        from . import privacy  # noqa: F401  (registers export and erasure with accounts)
