"""The foundation's roles. Each is a group with exactly the permissions the role needs.

Redactie (editors) manage papers, versions, question sets and the workflow.
Moderatie (moderators) review reflections and reports. Administrators are staff or
superusers. The groups are created by a data migration; the reflections app adds the
moderation permissions to Moderatie in its own migration.
"""

from __future__ import annotations

from django.contrib.auth.models import Group

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
    from django.contrib.auth.models import Permission

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
