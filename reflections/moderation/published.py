"""What happens to a published reflection: a reader's report, keeping it, reopening a
decision, the moderators' notes."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from civcare.core import mail, ratelimit
from civcare.core.audit import InvalidTransition

from .. import notifications
from ..models import ModerationEvent, ModeratorNote, Reflection, Report
from ..permissions import (
    can_report,
    is_moderator,
)
from .base import Action, Status, _check_decider, _locked, _log


def _reopenable(reflection: Reflection) -> ModerationEvent:
    """The decision a moderator may still reopen: the last step of a reflection, a decision
    on a waiting text taken at most MODERATION_UNDO_MINUTES ago, or a removal."""
    last = reflection.events.order_by("-created_at", "-pk").first()
    if (
        last is None
        or last.action not in ModerationEvent.REOPENABLE_ACTIONS
        or not (last.from_status == Status.PENDING or last.is_removal)
        or last.to_status != reflection.status
    ):
        raise InvalidTransition(
            _("Dit besluit kan niet worden heropend: er is sindsdien iets anders gebeurd.")
        )
    if not last.may_be_reopened(timezone.now()):
        raise InvalidTransition(
            _(
                "Dit besluit is ouder dan %(n)d minuten en kan niet meer worden heropend. "
                "De auteur is erover geïnformeerd."
            )
            % {"n": settings.MODERATION_UNDO_MINUTES}
        )
    return last


@transaction.atomic
def reopen(reflection: Reflection, *, by, decision_id: int) -> Reflection:
    """Undo a decision (``decision_id``, the event the moderator saw), as its own audited
    step. A decision on a waiting text: the reflection is back in the queue in its old
    place, and the email about the decision, still waiting in the outbox, is withdrawn. A
    removal: the reflection is online again, its reports handled, and the author, who was
    told of the removal at once, is told it is back."""
    reflection = _locked(reflection)
    _check_decider(reflection, by)
    decision = _reopenable(reflection)
    if decision.pk != decision_id:
        raise InvalidTransition(
            _("Dit besluit kan niet worden heropend: er is sindsdien iets anders gebeurd.")
        )
    if decision.is_removal:
        return _restore(reflection, by=by)
    previous = reflection.status
    reflection.status = Status.PENDING
    reflection.status_reason = ""
    reflection.requested_body = ""
    if previous == Status.APPROVED:
        reflection.published_at = None  # it was this decision that published it first
    reflection.save(
        update_fields=["status", "status_reason", "requested_body", "published_at", "updated_at"]
    )
    _log(reflection, actor=by, action=Action.REOPENED, from_status=previous)
    if reflection.author_id:
        mail.cancel(
            recipient_id=reflection.author_id,
            key_prefix=notifications.decision_key(reflection.pk, decision.pk),
        )
    return reflection


def _restore(reflection: Reflection, *, by) -> Reflection:
    """A removal taken back: published again (it keeps its first publication date)."""
    previous = reflection.status
    reflection.status = Status.APPROVED
    reflection.status_reason = ""
    reflection.report_count = 0
    reflection.save(update_fields=["status", "status_reason", "report_count", "updated_at"])
    event = _log(reflection, actor=by, action=Action.REOPENED, from_status=previous)
    notifications.decision(reflection.pk, key=f"{event.pk}", restored=True)
    return reflection


def add_note(reflection: Reflection, *, by, body: str) -> ModeratorNote:
    """An internal note on a reflection; moderators only (not a state change: no lock)."""
    if not is_moderator(by):
        raise PermissionDenied
    body = body.strip()
    if not body or len(body) > 2000:
        raise InvalidTransition(_("Een notitie is 1 tot 2000 tekens."))
    return ModeratorNote.objects.create(reflection=reflection, author=by, body=body)


@transaction.atomic
def keep_published(reflection: Reflection, *, by, note: str = "") -> Reflection:
    """After reports: the moderator decides the reflection stays (or comes back) online."""
    reflection = _locked(reflection)
    _check_decider(reflection, by)
    if reflection.status not in {Status.HIDDEN, Status.APPROVED} or (
        reflection.status == Status.APPROVED and reflection.report_count == 0
    ):
        raise InvalidTransition(_("Er zijn geen open meldingen bij deze reflectie."))
    previous = reflection.status
    reflection.status = Status.APPROVED
    reflection.report_count = 0
    reflection.save(update_fields=["status", "report_count", "updated_at"])
    Report.objects.filter(reflection=reflection, resolved_at__isnull=True).update(
        resolved_at=timezone.now()
    )
    _log(
        reflection,
        actor=by,
        action=Action.REPORTS_DISMISSED,
        from_status=previous,
        reason=note.strip(),
    )
    return reflection


class AlreadyReported(Exception):
    pass


class TooManyReports(InvalidTransition):
    """More reports by one person in an hour than settings.REPORTS_PER_HOUR allows."""


@transaction.atomic
def report(reflection: Reflection, *, by, reason: str) -> Reflection:
    """A reader reports a published reflection; enough reports hide it until a moderator decides."""
    reflection = _locked(reflection)
    if not can_report(by, reflection):
        raise PermissionDenied
    if not reason.strip():
        raise InvalidTransition(_("Schrijf kort waarom u deze reflectie meldt."))
    # Counted in the shared cache, so the limit holds across all app servers.
    if not ratelimit.hit("report", by.pk, limit=settings.REPORTS_PER_HOUR, period=3600):
        raise TooManyReports(
            _(
                "U heeft het afgelopen uur al %(count)d reflecties gemeld; meer kan even niet. "
                "Uw tekst staat hieronder nog: probeer het later opnieuw."
            )
            % {"count": settings.REPORTS_PER_HOUR}
        )
    try:
        with transaction.atomic():
            Report.objects.create(reflection=reflection, reporter=by, reason=reason.strip())
    except IntegrityError as error:
        raise AlreadyReported from error
    _log(
        reflection,
        actor=by,
        action=Action.REPORTED,
        from_status=reflection.status,
        reason=reason.strip(),
    )
    reflection.report_count += 1
    fields = ["report_count", "updated_at"]
    if reflection.report_count >= settings.REPORTS_TO_HIDE:
        previous = reflection.status
        reflection.status = Status.HIDDEN
        fields.append("status")
        reflection.save(update_fields=fields)
        _log(
            reflection,
            actor=None,
            action=Action.HIDDEN,
            from_status=previous,
            reason=_("%(count)d meldingen") % {"count": reflection.report_count},
        )
    else:
        reflection.save(update_fields=fields)
    return reflection
