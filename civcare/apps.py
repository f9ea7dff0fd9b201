from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CivcareConfig(AppConfig):
    name = "civcare"
    verbose_name = _("CIV-CARE platform")

    def ready(self) -> None:
        # The public pages register the cache keys erasure must delete, and the documents
        # the background job renders ahead (governance registers its own); loaded
        # here, so a process that never served a page (a management command) knows them too.
        from civcare.core import page_cache  # noqa: F401
        from public import documents, page  # noqa: F401
