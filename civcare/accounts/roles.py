"""The foundation's roles. Each is a group with exactly the permissions the role needs.

Redactie (editors) manage papers, versions, question sets and the workflow.
Moderatie (moderators) review reflections and reports. Administrators are staff or
superusers. The groups are created by a data migration; the reflections app adds the
moderation permissions to Moderatie in its own migration.
"""

from __future__ import annotations

from functools import cached_property

from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db.models import Q

from civcare.accounts.backends import roles_key
from civcare.core.generations import generation

# The one permission of each role that the site checks (papers.permissions,
# reflections.permissions); the groups below hold them with the rest of the role's rights.
MANAGE_WORKFLOW = "papers.manage_workflow"
MODERATE = "reflections.moderate_reflection"

EDITORS = "Redactie"
MODERATORS = "Moderatie"

# The names people type at the command line, mapped to the groups.
ROLE_GROUPS = {"redactie": EDITORS, "moderatie": MODERATORS}

EDITOR_PERMISSIONS = [
    "papers.manage_workflow",
    "papers.view_series",
    "papers.add_paper",
    "papers.change_paper",
    "papers.view_paper",
    "papers.add_paperversion",
    "papers.change_paperversion",
    "papers.view_paperversion",
    "papers.add_section",
    "papers.change_section",
    "papers.delete_section",
    "papers.view_section",
    "papers.view_source",
    "papers.add_questionset",
    "papers.change_questionset",
    "papers.view_questionset",
    "papers.add_questiongroup",
    "papers.change_questiongroup",
    "papers.delete_questiongroup",
    "papers.view_questiongroup",
    "papers.add_question",
    "papers.change_question",
    "papers.delete_question",
    "papers.view_question",
    "papers.view_paperevent",
]

MODERATOR_PERMISSIONS = [
    "reflections.moderate_reflection",
    "reflections.view_reflection",
    "reflections.view_moderationevent",
    "reflections.view_report",
]


class UnknownRole(ValueError):
    pass


def ensure_groups() -> None:
    """(Re)create both groups with exactly their permissions. The data migrations do this at
    install time; this repairs a database whose groups were removed (tests flush, or an
    administrator deleted one by mistake)."""
    for name, codes in [(EDITORS, EDITOR_PERMISSIONS), (MODERATORS, MODERATOR_PERMISSIONS)]:
        group, _ = Group.objects.get_or_create(name=name)
        wanted = [code.split(".", 1) for code in codes]
        group.permissions.set(
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in wanted
        )


def group_for(role: str) -> Group:
    try:
        name = ROLE_GROUPS[role.strip().lower()]
    except KeyError as error:
        raise UnknownRole(role) from error
    try:
        return Group.objects.get(name=name)
    except Group.DoesNotExist:
        ensure_groups()  # removed by mistake (or flushed by a test): recreate it, exactly
        return Group.objects.get(name=name)


def grant(user, role: str) -> bool:
    """Give ``user`` the role; returns False when they already had it."""
    group = group_for(role)
    if user.groups.filter(pk=group.pk).exists():
        return False
    user.groups.add(group)
    return True


def revoke(user, role: str) -> bool:
    """Take the role away; returns False when they did not have it."""
    group = group_for(role)
    if not user.groups.filter(pk=group.pk).exists():
        return False
    user.groups.remove(group)
    return True


class Roles:
    """The viewer's roles, computed only when a template asks (so anonymous pages pay nothing).

    The navigation of every signed-in page asks for both roles; one query answers both
    (the permissions below, which papers.permissions and reflections.permissions check).
    """

    def __init__(self, user, generation: int | None = None, cached=None):
        self.user = user
        # The "roles" generation and the cached (generation, permissions) pair, when the
        # caller fetched them already in its own round trip (public.page).
        self._generation = generation
        self._cached = cached

    @staticmethod
    def cache_key(user) -> str:
        return roles_key(user.pk)

    @cached_property
    def _role_permissions(self) -> set[str]:
        """Cached per person, stored with the "roles" generation it was computed under;
        any change to roles or permissions bumps that generation (accounts.signals)."""
        current = self._generation or generation("roles")
        key = self.cache_key(self.user)
        found = self._cached if self._cached is not None else cache.get(key)
        if found is not None and found[0] == current:
            return found[1]
        permissions = self._load_role_permissions()
        cache.set(key, (current, permissions), 60 * 60 * 24)
        return permissions

    def _load_role_permissions(self) -> set[str]:
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
        return MANAGE_WORKFLOW in self._role_permissions

    @cached_property
    def is_moderator(self) -> bool:
        return MODERATE in self._role_permissions
