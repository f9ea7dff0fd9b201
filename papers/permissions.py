"""Who may do what with papers. Used by views, templates and the workflow alike.

Roles are groups (see civcare.accounts.roles); checks go through Django permissions so
that superusers are included and the permission cache spares repeated queries.
"""

from __future__ import annotations

from civcare.accounts.roles import MANAGE_WORKFLOW


def is_editor(user) -> bool:
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return user.has_perm(MANAGE_WORKFLOW)
