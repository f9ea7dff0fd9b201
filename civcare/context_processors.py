from functools import cached_property

from django.conf import settings

from civcare.accounts.backends import roles_key


def site(request):
    """Values every page shows; no database access here (the 500 page must still render)."""
    return {
        "foundation_name": settings.CIVCARE_FOUNDATION,
        "site_url": settings.SITE_URL.rstrip("/"),
    }


class Roles:
    """The viewer's roles, computed only when a template asks (so anonymous pages pay nothing).

    The navigation of every signed-in page asks for both roles; one query answers both
    (the same permissions papers.permissions and reflections.permissions check).
    """

    def __init__(self, user, generation: int | None = None, cached=None):
        self.user = user
        # The "roles" generation and the cached (generation, permissions) pair, when the
        # caller fetched them already in its own round trip (papers.page).
        self._generation = generation
        self._cached = cached

    @staticmethod
    def cache_key(user) -> str:
        return roles_key(user.pk)

    @cached_property
    def _role_permissions(self) -> set[str]:
        """Cached per person, stored with the "roles" generation it was computed under;
        any change to roles or permissions bumps that generation (accounts.signals)."""
        from django.core.cache import cache

        from papers.caching import generation

        current = self._generation or generation("roles")
        key = self.cache_key(self.user)
        found = self._cached if self._cached is not None else cache.get(key)
        if found is not None and found[0] == current:
            return found[1]
        permissions = self._load_role_permissions()
        cache.set(key, (current, permissions), 60 * 60 * 24)
        return permissions

    def _load_role_permissions(self) -> set[str]:
        from django.contrib.auth.models import Permission
        from django.db.models import Q

        from papers.permissions import MANAGE_WORKFLOW
        from reflections.permissions import MODERATE

        if not self.user.is_active:
            return set()
        if self.user.is_superuser:
            return {MANAGE_WORKFLOW, MODERATE}
        wanted = [MANAGE_WORKFLOW, MODERATE]
        if getattr(self.user, "_perm_cache", None) is not None:
            # A view already checked a permission: the answer is in memory.
            return {code for code in wanted if self.user.has_perm(code)}
        rows = Permission.objects.filter(
            Q(user=self.user) | Q(group__user=self.user),
            codename__in=[code.split(".")[1] for code in wanted],
        ).values_list("content_type__app_label", "codename")
        return {f"{app}.{codename}" for app, codename in rows} & set(wanted)

    @cached_property
    def is_editor(self) -> bool:
        from papers.permissions import MANAGE_WORKFLOW

        return MANAGE_WORKFLOW in self._role_permissions

    @cached_property
    def is_moderator(self) -> bool:
        from reflections.permissions import MODERATE

        return MODERATE in self._role_permissions

    @cached_property
    def moderation_counts(self) -> dict[str, int]:
        from reflections.selectors import queue_counts

        return queue_counts() if self.is_moderator else {}


def roles(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"roles": None}
    return {"roles": Roles(user)}
