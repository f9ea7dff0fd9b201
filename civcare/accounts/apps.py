from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "civcare.accounts"
    label = "accounts"
    verbose_name = _("Accounts en privacy")

    def ready(self) -> None:
        from . import signals  # noqa: F401  (renews cached roles)
