from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PapersConfig(AppConfig):
    name = "papers"
    verbose_name = _("Papers")

    def ready(self) -> None:
        from . import (  # noqa: F401
            privacy,  # registers the data export with accounts
            signals,  # cache invalidation
        )
