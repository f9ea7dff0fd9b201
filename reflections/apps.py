from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReflectionsConfig(AppConfig):
    name = "reflections"
    verbose_name = _("Reflecties")

    def ready(self) -> None:
        from . import (  # noqa: F401
            landing,  # where a moderator lands after signing in
            privacy,  # registers export and erasure with accounts
            signals,  # cache invalidation
            vectors,  # the background job keeps the vectors of published texts (#31)
        )
