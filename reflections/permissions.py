"""Who may do what with reflections. Used by views, templates and reflections.moderation."""

from __future__ import annotations

from civcare.accounts.permissions import can_post_reflection
from civcare.accounts.roles import MODERATE


def is_moderator(user) -> bool:
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return user.has_perm(MODERATE)


def is_author(user, reflection) -> bool:
    return bool(
        user is not None
        and user.is_authenticated
        and reflection.author_id is not None
        and reflection.author_id == user.pk
    )


def can_post(user) -> bool:
    """Signed in with a verified email address (see civcare.accounts.permissions)."""
    return can_post_reflection(user)


def can_edit(user, reflection) -> bool:
    return is_author(user, reflection) and reflection.is_editable


def can_withdraw(user, reflection) -> bool:
    return is_author(user, reflection) and reflection.can_be_withdrawn


def can_change_presentation(user, reflection) -> bool:
    return is_author(user, reflection) and reflection.status != reflection.Status.WITHDRAWN


def can_report(user, reflection) -> bool:
    return (
        can_post_reflection(user)
        and not is_author(user, reflection)
        and reflection.status == reflection.Status.APPROVED
    )
