"""Who may do what with papers. Used by views, templates and the workflow alike.

The roles come from groups (Redactie for editors); staff and superusers are
administrators. Keep every check here so views and templates cannot disagree.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User

EDITOR_GROUP = "Redactie"


def is_editor(user: User | AnonymousUser | None) -> bool:
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name=EDITOR_GROUP).exists()


def can_view_version(user: User | AnonymousUser | None, version) -> bool:
    """Drafts are the editors' work in progress; everything else is public."""
    return version.is_public or is_editor(user)


def can_manage_workflow(user: User | AnonymousUser | None) -> bool:
    return is_editor(user)
