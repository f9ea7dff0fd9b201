"""What happens to a person's data: consent, export and deletion.

Other apps contribute their part of a person's data through the registries below
(the reflections app registers its export and its deletion), so accounts does not
need to know every model that refers to a person.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from civcare.core import mail
from civcare.core.models import OutgoingEmail

from .models import AccountDeletion, Consent, PolicyDocument, User

# name -> function(user) returning JSON-serialisable data for the export
EXPORTERS: dict[str, Callable[[User], Any]] = {}
# functions(user, keep: bool) -> number of reflections (or similar) affected
ERASERS: list[Callable[[User, bool], int]] = []


def register_exporter(name: str):
    def decorator(function: Callable[[User], Any]):
        EXPORTERS[name] = function
        return function

    return decorator


# functions(user) -> dict of what other parts show on "Mijn account" (e.g. followed papers)
ACCOUNT_PAGE_PARTS: list[Callable[[User], dict[str, Any]]] = []


def register_account_page_part(function: Callable[[User], dict[str, Any]]):
    """Parts of the site above accounts add what they hold about a person to Mijn account,
    without accounts knowing them (the arrows point one way)."""
    ACCOUNT_PAGE_PARTS.append(function)
    return function


def account_page_parts(user: User) -> dict[str, Any]:
    context: dict[str, Any] = {}
    for part in ACCOUNT_PAGE_PARTS:
        context.update(part(user))
    return context


# (priority, function(user) -> a path to land on after signing in, or None)
SIGN_IN_LANDINGS: list[tuple[int, Callable[[User], str | None]]] = []


def register_sign_in_landing(priority: int):
    """Where a person lands after signing in, when the sign-in link named no page: the work
    waiting for them (a moderator's queue, the editors' dashboard). Parts above accounts
    register theirs; the lowest priority that returns a path wins."""

    def decorator(function: Callable[[User], str | None]):
        SIGN_IN_LANDINGS.append((priority, function))
        SIGN_IN_LANDINGS.sort(key=lambda entry: entry[0])
        return function

    return decorator


def sign_in_landing(user: User) -> str | None:
    for _priority, landing in SIGN_IN_LANDINGS:
        path = landing(user)
        if path:
            return path
    return None


def register_eraser(function: Callable[[User, bool], int]):
    ERASERS.append(function)
    return function


def record_consent(user: User, document: PolicyDocument) -> Consent:
    return Consent.objects.create(user=user, document=document, accepted_at=timezone.now())


def export_user_data(user: User) -> dict[str, Any]:
    """Everything held about ``user``, as a JSON-serialisable dict (AVG art. 15 and 20)."""
    data: dict[str, Any] = {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "display_name": user.display_name,
            "default_perspective": user.perspective,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "roles": sorted(user.groups.values_list("name", flat=True)),
        },
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        "consents": [
            {
                "document": consent.document.kind,
                "version": consent.document.version,
                "accepted_at": consent.accepted_at.isoformat(),
            }
            for consent in user.consents.select_related("document")
        ],
    }
    data["emails"] = [
        {
            "subject": email.subject,
            "status": email.status,
            "created_at": email.created_at.isoformat(),
            "sent_at": email.sent_at.isoformat() if email.sent_at else None,
            "text": email.body,
        }
        for email in OutgoingEmail.objects.filter(recipient=user).order_by("created_at", "pk")
    ]
    for name, exporter in EXPORTERS.items():
        data[name] = exporter(user)
    return data


def end_sessions(user: User) -> int:
    """Sign the person out everywhere: every session of the account, on every device, with
    whatever it held (a draft reflection), from the database and from the cache.

    Django keeps no index of sessions by person, so the live ones are read; this happens
    only when an account is deleted."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    ended = 0
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get(SESSION_KEY) == str(user.pk):
            store(session_key=session.session_key).delete()
            ended += 1
    return ended


@transaction.atomic
def delete_account(user: User, *, keep_reflections: bool, by_self: bool = True) -> AccountDeletion:
    """Erase the person; their reflections are removed or kept as 'Verwijderd account'.

    The user row itself is deleted, so the account cannot sign in again and the email
    address is free for a new account. The audit row records only what was chosen.
    """
    affected = sum(eraser(user, keep_reflections) for eraser in ERASERS)
    end_sessions(user)  # the cached person and roles go with user.delete() (accounts.signals)
    known = EmailAddress.objects.filter(user=user).values_list("email", flat=True)
    addresses = {user.email, *known}
    mail.forget(recipient_id=user.pk, addresses=addresses)
    EmailAddress.objects.filter(user=user).delete()
    user.delete()
    return AccountDeletion.objects.create(
        kept_reflections=keep_reflections, reflections_affected=affected, by_self=by_self
    )
