"""Authentication backends that keep the signed-in person in the shared cache.

Every signed-in request loads the person; from Redis that costs a round trip instead of
a database query. Any save or deletion of the person removes the cached copy
(accounts.signals), so a changed password, email or deactivation takes effect at once.
"""

from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend
from django.core.cache import cache

USER_TTL = 5 * 60


def user_key(user_id) -> str:
    return f"accounts:user:{user_id}"


def roles_key(user_id) -> str:
    """Where the person's role permissions are cached (civcare.context_processors.Roles)."""
    return f"roles:{user_id}"


class CachedUserMixin:
    def get_user(self, user_id):
        key = user_key(user_id)
        user = cache.get(key)
        if user is None:
            user = super().get_user(user_id)
            if user is not None:
                cache.set(key, user, USER_TTL)
            return user
        return user if self.user_can_authenticate(user) else None


class ModelBackend(CachedUserMixin, DjangoModelBackend):
    pass


class AuthenticationBackend(CachedUserMixin, AllauthBackend):
    pass
