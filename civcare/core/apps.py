from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Site-wide machinery that imports no app of the project (the mail outbox)."""

    name = "civcare.core"
    label = "core"
    verbose_name = _("Kern: e-mail")
