"""Roles are cached per person (civcare.context_processors.Roles); renew them on any change."""

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from papers.caching import bump_scope

from .backends import user_key
from .models import User


def _renew_roles() -> None:
    bump_scope("roles")
    transaction.on_commit(lambda: bump_scope("roles"))


@receiver(m2m_changed, sender=User.groups.through)
@receiver(m2m_changed, sender=User.user_permissions.through)
@receiver(m2m_changed, sender=Group.permissions.through)
def roles_changed(sender, action: str, **kwargs) -> None:
    if action.startswith("post_"):
        _renew_roles()


@receiver([post_save, post_delete], sender=User)
def person_changed(sender, instance: User, **kwargs) -> None:
    key = user_key(instance.pk)
    cache.delete(key)  # the cached signed-in person (accounts.backends)
    transaction.on_commit(lambda: cache.delete(key))
    _renew_roles()  # activation and superuser status are roles too


@receiver([post_save, post_delete], sender=Group)
def group_changed(sender, **kwargs) -> None:
    _renew_roles()
