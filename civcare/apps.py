from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CivcareConfig(AppConfig):
    name = "civcare"
    verbose_name = _("CIV-CARE platform")
