"""Roles are cached per person (civcare.context_processors.Roles); renew them on any change."""

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import Signal, receiver

from civcare.core.generations import bump_scope

from .backends import roles_key, user_key
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
    # The cached signed-in person and their roles (accounts.backends); on deletion both go,
    # since they name the person.
    keys = [user_key(instance.pk), roles_key(instance.pk)]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))
    _renew_roles()  # activation and superuser status are roles too


# Sent (with user=…) when the name the public sees changes. The parts that show a person's
# name (reflections) listen and renew their cached pages: someone who moves from their real
# name to a pseudonym needs the old name gone at once, not after a day.
public_name_changed = Signal()


@receiver(pre_save, sender=User)
def remember_public_name(sender, instance: User, update_fields=None, **kwargs) -> None:
    if instance.pk and (update_fields is None or "display_name" in update_fields):
        instance._stored_display_name = (
            User.objects.filter(pk=instance.pk).values_list("display_name", flat=True).first()
        )


@receiver(post_save, sender=User)
def announce_public_name(sender, instance: User, created: bool, **kwargs) -> None:
    stored = getattr(instance, "_stored_display_name", None)
    if not created and stored is not None and stored != instance.display_name:
        public_name_changed.send(sender=User, user=instance)
    instance._stored_display_name = instance.display_name


@receiver([post_save, post_delete], sender=Group)
def group_changed(sender, **kwargs) -> None:
    _renew_roles()
