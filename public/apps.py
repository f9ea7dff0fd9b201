from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicConfig(AppConfig):
    """What readers see: the paper page, history and diff, search, feeds, sitemaps and open
    data. It reads papers, reflections and what the governance decided; nothing reads it."""

    name = "public"
    verbose_name = _("Publieke pagina's")
