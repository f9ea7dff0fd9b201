"""What every moderation transition shares: the row lock, the event written, the hourly
limits, the check of a text, the reasons and messages."""

from __future__ import annotations

import datetime
import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from civcare.core import identifiability
from civcare.core.audit import locked, log_action

from ..models import ModerationEvent, Reflection
from ..permissions import is_moderator

Action = ModerationEvent.Action
logger = logging.getLogger(__name__)
Status = Reflection.Status


# Standard reasons a moderator can give when declining; the author sees the label.
DECLINE_REASONS = [
    ("identifiable", gettext_lazy("Herleidbaar tot een individuele casus of persoon")),
    ("third_parties", gettext_lazy("Bevat namen of persoonsgegevens van anderen")),
    ("disrespectful", gettext_lazy("Niet respectvol")),
    ("off_topic", gettext_lazy("Gaat niet over de paper of het systeem")),
    ("spam", gettext_lazy("Reclame of herhaling")),
    ("other", gettext_lazy("Anders (zie toelichting)")),
]
DECLINE_REASON_LABELS = dict(DECLINE_REASONS)


class OwnReflection(PermissionDenied):
    """A moderator decides nothing about their own reflection: another moderator must."""

    message = gettext_lazy(
        "Dit is uw eigen reflectie: een andere moderator beoordeelt haar, en de meldingen erover."
    )


class PostingRefused(Exception):
    """A submission that cannot be accepted, with the reason to show to its author."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def _locked(reflection: Reflection) -> Reflection:
    return locked(reflection, "version")


def _log(reflection, *, actor, action, from_status, reason="", reason_code="") -> ModerationEvent:
    return log_action(
        ModerationEvent,
        reflection=reflection,
        actor=actor,
        action=action,
        from_status=from_status,
        to_status=reflection.status,
        reason=reason,
        reason_code=reason_code,
    )


def _within_hourly_limit(done, limit: int, message: str) -> None:
    """Refuse when ``done`` (rows with a created_at) has ``limit`` rows in the last hour.
    Counted in PostgreSQL, so the limit holds across all app servers."""
    count = done.filter(created_at__gte=timezone.now() - datetime.timedelta(hours=1)).count()
    if count >= limit:
        raise PostingRefused(message % {"count": count})


# Passed as ``findings`` when the caller has not run the check on the text already.
UNCHECKED = object()


def checked(body: str) -> dict[str, int] | None:
    """What the herleidbaarheidscheck finds in a text, per category (for the moderators'
    queue); None when the check is not available on this server (logged)."""
    try:
        return identifiability.counts(identifiability.find(body))
    except identifiability.CheckUnavailable as error:
        # The queue shows "niet gecontroleerd". A server without the prepared lists needs an
        # operator; a text the check could not finish was logged by the check itself.
        if isinstance(error, identifiability.NotPrepared):
            logger.error("Herleidbaarheidscheck niet beschikbaar: %s", error)
        return None


def check_length(body: str) -> str:
    body = body.strip()
    if len(body) < settings.REFLECTION_MIN_LENGTH:
        raise PostingRefused(
            _("Uw reflectie is te kort: schrijf minstens %(min)d tekens.")
            % {"min": settings.REFLECTION_MIN_LENGTH}
        )
    if len(body) > settings.REFLECTION_MAX_LENGTH:
        raise PostingRefused(
            _("Uw reflectie is te lang: hoogstens %(max)d tekens (nu %(count)d).")
            % {"max": settings.REFLECTION_MAX_LENGTH, "count": len(body)}
        )
    return body


def _check_decider(reflection: Reflection, by) -> None:
    """Only a moderator decides, and never about their own reflection."""
    if not is_moderator(by):
        raise PermissionDenied
    if reflection.author_id == by.pk:
        raise OwnReflection


MSG_CHANGED_SINCE_READ = gettext_lazy(
    "De auteur heeft de tekst intussen gewijzigd: lees de nieuwe versie en beslis dan."
)
