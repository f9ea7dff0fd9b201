"""Predicates about people, shared by views and templates (see civcare.context_processors)."""

from __future__ import annotations

from allauth.account.models import EmailAddress


def has_verified_email(user) -> bool:
    """Whether ``user`` has confirmed the email address they sign in with."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=True).exists()


def can_post_reflection(user) -> bool:
    """Posting needs a signed-in person whose email address is verified.

    The reflections app relies on this predicate (and tests it): an unverified
    account can read, but cannot post anything.
    """
    return has_verified_email(user)
