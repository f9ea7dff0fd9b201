"""The moderators' decisions on what waits: approve, decline, ask for a revision, publish
with identifying details left out (redact), and 'alle N' (bulk_approve)."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from civcare.core import identifiability
from civcare.core.audit import InvalidTransition, log_actions
from civcare.core.generations import forget_rendered_pages

from .. import claims, notifications, selectors, signals
from ..models import Claim, ModerationEvent, Reflection, Report
from ..permissions import is_moderator
from ..selectors import target_key
from .base import (
    DECLINE_REASON_LABELS,
    MSG_CHANGED_SINCE_READ,
    Action,
    Status,
    _check_decider,
    _locked,
    _log,
    checked,
)


def _moderate(
    reflection, *, by, allowed_from, to, action, reason="", reason_code="", notify=True
) -> Reflection:
    """``reflection`` is already locked by the calling transition."""
    _check_decider(reflection, by)
    if reflection.status not in allowed_from:
        raise InvalidTransition(
            _("Deze reflectie is al '%(status)s'; er is niets meer te beslissen.")
            % {"status": reflection.get_status_display()}
        )
    previous = reflection.status
    reflection.status = to
    reflection.status_reason = reason
    if to == Status.APPROVED and reflection.published_at is None:
        reflection.published_at = timezone.now()
    # Taken down with a change still waiting: the change goes with it.
    reflection.revision_body = reflection.revision_perspective = ""
    # Asked to change: the text as it is now is what the resubmission is compared with.
    # Any other decision ends that comparison.
    reflection.requested_body = reflection.body if to == Status.REVISION else ""
    reflection.change_diff = None  # whatever waits next is compared when it is sent
    reflection.save(
        update_fields=[
            "status", "status_reason", "published_at", "revision_body", "revision_perspective",
            "requested_body", "change_diff", "updated_at",
        ]
    )  # fmt: skip
    event = _log(
        reflection,
        actor=by,
        action=action,
        from_status=previous,
        reason=reason,
        reason_code=reason_code,
    )
    claims.end([reflection.pk])
    if notify:
        # A decision on a waiting text can be reopened for a while: its email waits as long,
        # and a reopening withdraws it, so the author hears only the final decision.
        reopenable = previous == Status.PENDING and action in ModerationEvent.REOPENABLE_ACTIONS
        notifications.decision(
            reflection.pk,
            key=f"{event.pk}",
            delay=ModerationEvent.undo_window() if reopenable else None,
        )
    return reflection


def _redaction(
    reflection: Reflection, *, by, seen: str, spans: list[tuple[int, int, str]], words: list[str]
) -> identifiability.Redaction:
    """What publishing ``reflection`` without the chosen parts would publish, after the
    checks both the preview and the publication make: a moderator who is not the author, a
    text still waiting, unchanged since the moderator marked it (``seen``, its digest)."""
    _check_decider(reflection, by)
    if not (reflection.status == Status.PENDING or reflection.has_pending_revision):
        raise InvalidTransition(
            _("Deze reflectie is al '%(status)s'; er is niets meer te beslissen.")
            % {"status": reflection.get_status_display()}
        )
    text = reflection.revision_body if reflection.has_pending_revision else reflection.body
    if Reflection.digest(text) != seen:
        raise InvalidTransition(MSG_CHANGED_SINCE_READ)
    try:
        redaction = identifiability.redacted(text, spans, words)
    except identifiability.PhraseNotFound as missing:
        raise InvalidTransition(
            _(
                "'%(phrase)s' staat niet in de tekst. Er is niets gepubliceerd: controleer de "
                "schrijfwijze of haal de woorden weg."
            )
            % {"phrase": missing.phrase}
        ) from missing
    except ValueError as error:
        raise InvalidTransition(_("Deze markering hoort niet bij de tekst.")) from error
    if not redaction.replaced:
        raise InvalidTransition(_("Kies eerst wat er uit de tekst weg moet."))
    length = len(redaction.text.strip())
    if not settings.REFLECTION_MIN_LENGTH <= length <= settings.REFLECTION_MAX_LENGTH:
        raise InvalidTransition(
            _(
                "Na het weglaten telt de tekst %(count)d tekens; een reflectie telt er "
                "%(min)d tot %(max)d. Kies anders, of vraag de auteur om een aanpassing."
            )
            % {
                "count": length,
                "min": settings.REFLECTION_MIN_LENGTH,
                "max": settings.REFLECTION_MAX_LENGTH,
            }
        )
    return redaction


def preview_redaction(
    reflection: Reflection,
    *,
    by,
    seen: str,
    spans: list[tuple[int, int, str]],
    words: list[str] = (),
) -> identifiability.Redaction:
    """The text as ``redact`` would publish it, for the moderator to read first; changes
    nothing."""
    return _redaction(reflection, by=by, seen=seen, spans=spans, words=words)


@transaction.atomic
def redact(
    reflection: Reflection,
    *,
    by,
    seen: str,
    spans: list[tuple[int, int, str]],
    words: list[str] = (),
    seen_result: str,
) -> Reflection:
    """Publish a waiting text, or a waiting change to a published one, with what may
    identify someone replaced by a neutral placeholder ([naam], [plaats] …), in one step.

    ``seen`` is the digest of the text the moderator marked, ``seen_result`` that of the
    result they were shown (``preview_redaction``): a text changed since is not published
    unread, and nothing is published that the moderator did not see. The author is told
    what kinds of thing were replaced and why (the status reason). The history records that
    a redaction happened and its categories, never the words; and no earlier copy of the
    text survives: not on the row, not in a cached queue item, page or fragment (in any
    process), not in search (the trigger follows the new text)."""
    locked = _locked(reflection)
    redaction = _redaction(locked, by=by, seen=seen, spans=spans, words=words)
    if Reflection.digest(redaction.text) != seen_result:
        raise InvalidTransition(
            _("Bekijk eerst het resultaat: dit is niet de tekst die u te zien kreeg.")
        )
    new_text = redaction.text.strip()
    # The cached queue item shows the old text: removed, not just made unreachable.
    selectors.forget_queue_items(Reflection.objects.filter(pk=locked.pk))
    previous = locked.status
    if locked.has_pending_revision:
        locked.perspective = locked.revision_perspective or locked.perspective
    elif locked.published_at is None:
        locked.published_at = timezone.now()
    summary = identifiability.summary(redaction.replaced)
    locked.body = new_text
    locked.status = Status.APPROVED
    locked.status_reason = summary
    locked.revision_body = locked.revision_perspective = locked.requested_body = ""
    locked.change_diff = None
    locked.findings = checked(new_text)
    locked.save()
    event = _log(locked, actor=by, action=Action.REDACTED, from_status=previous, reason=summary)
    claims.end([locked.pk])
    notifications.decision(locked.pk, key=f"{event.pk}", redacted=True)
    transaction.on_commit(forget_rendered_pages)
    return locked


def _decide_revision(reflection: Reflection, *, by, accept: bool, reason: str = "") -> Reflection:
    """A published reflection's pending change: published in its place, or not (the
    published text stays). Either way the author hears it."""
    _check_decider(reflection, by)
    if accept:
        reflection.body = reflection.revision_body
        reflection.perspective = reflection.revision_perspective or reflection.perspective
    reflection.revision_body = ""
    reflection.revision_perspective = ""
    reflection.change_diff = None
    reflection.status_reason = reason
    reflection.save()
    event = _log(
        reflection,
        actor=by,
        action=Action.REVISION_APPROVED if accept else Action.REVISION_DECLINED,
        from_status=reflection.status,
        reason=reason,
    )
    claims.end([reflection.pk])
    notifications.decision(reflection.pk, revision_accepted=accept, key=f"{event.pk}")
    return reflection


@transaction.atomic
def approve(reflection: Reflection, *, by, seen: str | None = None) -> Reflection:
    """Publish a pending reflection, or the pending change of a published one: the text the
    moderator read (``seen``: its ``waiting_digest``), not one the author made after that.

    Every moderator's page sends ``seen``; a change to a published text is never published
    without it. ``None`` is left for callers that show no text (scripts, tests)."""
    locked = _locked(reflection)
    if locked.has_pending_revision:
        _check_decider(locked, by)
        if seen != locked.revision_digest:
            raise InvalidTransition(
                _(
                    "De auteur heeft de aanpassing intussen opnieuw gewijzigd: lees de nieuwe "
                    "versie en beslis dan."
                )
            )
        return _decide_revision(locked, by=by, accept=True)
    if seen is not None and locked.status == Status.PENDING and seen != locked.body_digest:
        _check_decider(locked, by)
        raise InvalidTransition(MSG_CHANGED_SINCE_READ)
    return _moderate(
        locked,
        by=by,
        allowed_from={Status.PENDING},
        to=Status.APPROVED,
        action=Action.APPROVED,
    )


@transaction.atomic
def decline(
    reflection: Reflection, *, by, reason_code: str, reason: str = "", seen_status: str = ""
) -> Reflection:
    """Not published (a waiting text), or taken down with a reason (a published or hidden
    one). ``seen_status`` is the state the moderator decided on: if another moderator
    changed it meanwhile, nothing happens and the moderator is told."""
    if reason_code not in DECLINE_REASON_LABELS:
        raise ValueError(f"Unknown decline reason {reason_code!r}")
    if reason_code == "other" and not reason.strip():
        raise InvalidTransition(_("Geef bij 'Anders' een toelichting voor de auteur."))
    label = str(DECLINE_REASON_LABELS[reason_code])
    text = (
        f"{label}. {reason.strip()}"
        if reason.strip() and reason_code != "other"
        else (reason.strip() or label)
    )
    locked = _locked(reflection)
    if seen_status and locked.moderation_state != seen_status:
        _check_decider(locked, by)
        raise InvalidTransition(
            _(
                "Deze reflectie is intussen '%(status)s' door een andere moderator; er is "
                "niets meer te beslissen. Lees haar opnieuw als u toch iets wilt doen."
            )
            % {"status": locked.get_status_display()}
        )
    if locked.has_pending_revision and not locked.report_count:
        # Declining a change to a published reflection declines the change only.
        return _decide_revision(locked, by=by, accept=False, reason=text)
    reflection = _moderate(
        locked,
        by=by,
        allowed_from={Status.PENDING, Status.HIDDEN, Status.APPROVED},
        to=Status.DECLINED,
        action=Action.DECLINED,
        reason=text,
        reason_code=reason_code,
    )
    Report.objects.filter(reflection=reflection, resolved_at__isnull=True).update(
        resolved_at=timezone.now()
    )
    return reflection


@transaction.atomic
def request_revision(reflection: Reflection, *, by, note: str) -> Reflection:
    """Ask the author to change a waiting text; or, after reports, a published or hidden
    one: it goes offline until the author's new text is published, and its reports are
    handled by the request."""
    if not note.strip():
        raise InvalidTransition(_("Schrijf de auteur wat er aangepast moet worden."))
    locked = _locked(reflection)
    reported = locked.is_reported
    reflection = _moderate(
        locked,
        by=by,
        allowed_from={locked.status} if reported else {Status.PENDING},
        to=Status.REVISION,
        action=Action.REVISION_REQUESTED,
        reason=note.strip(),
    )
    if reported:
        reflection.report_count = 0
        reflection.save(update_fields=["report_count"])
        Report.objects.filter(reflection=reflection, resolved_at__isnull=True).update(
            resolved_at=timezone.now()
        )
    return reflection


@transaction.atomic
def bulk_approve(
    reflection_ids: list[int], *, by, seen: dict[int, str] | None = None, until=None
) -> tuple[int, int]:
    """Publish many waiting reflections in one step; returns (approved, skipped: already
    decided by someone else, being read by another moderator now, a change to a published
    text — read as a diff, one by one — the moderator's own, or changed by its author since
    the moderator's page showed it).

    What the page showed binds the step: ``seen`` maps each id to the ``waiting_digest`` of
    the text on the moderator's page (ticked cards, "alles op deze pagina"); ``until`` is
    when a page that showed only a count ("alle N") was made: a text submitted or changed
    after it was never on offer.

    One transaction: the rows are locked together in id order (two moderators publishing
    overlapping selections wait for each other, never deadlock), each reflection gets its
    own audit row and its own email, and the caches are renewed once for all of them.
    """
    if not is_moderator(by):
        raise PermissionDenied
    ids = list(dict.fromkeys(reflection_ids))
    now = timezone.now()
    claimed = (
        Claim.objects.filter(reflection_id__in=ids, expires_at__gt=now)
        .exclude(moderator=by)
        .values("reflection_id")
    )
    candidates = (
        Reflection.objects.select_for_update()
        .filter(pk__in=ids, status=Status.PENDING)
        .exclude(author=by)
        .exclude(pk__in=claimed)
    )
    if until is not None:
        candidates = candidates.filter(submitted_at__lte=until)
    rows = [
        row
        for row in candidates.order_by("pk").only(
            "pk", "version_id", "author_id", "section_id", "question_id", "body_digest"
        )
        if seen is None or seen.get(row.pk) == row.body_digest
    ]
    pks = [row.pk for row in rows]
    Reflection.objects.filter(pk__in=pks).update(
        status=Status.APPROVED,
        status_reason="",
        requested_body="",
        change_diff=None,
        published_at=Coalesce("published_at", Value(now)),
        updated_at=now,
    )
    events = log_actions(
        ModerationEvent,
        [
            {"reflection_id": pk, "actor": by, "action": Action.APPROVED,
             "from_status": Status.PENDING, "to_status": Status.APPROVED}
            for pk in pks
        ],
    )  # fmt: skip
    claims.end(pks)
    targets: dict[int, set[tuple]] = {}
    for row in rows:
        targets.setdefault(row.version_id, set()).add(target_key(row))
    signals.moderated_in_bulk(
        author_ids={row.author_id for row in rows if row.author_id}, targets=targets
    )
    notifications.decisions(
        {event.reflection_id: f"{event.pk}" for event in events},
        delay=ModerationEvent.undo_window(),
    )
    return len(pks), len(ids) - len(pks)
