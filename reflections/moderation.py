"""Every state change of a reflection, one function per transition.

Each transition runs in one transaction: it locks the reflection row, checks the
actor's permission (PermissionDenied) and the current state (InvalidTransition, a
different error), changes the state, writes a ModerationEvent and schedules the
author's email for after the commit. Two moderators acting at once therefore leave
one consistent result: the second one finds the state already changed.
"""

from __future__ import annotations

import datetime
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from civcare.core import identifiability, mail, ratelimit
from civcare.core.audit import InvalidTransition, locked, log_action, log_actions
from civcare.core.generations import forget_rendered_pages
from papers import passages

from . import claims, notifications, selectors, signals
from .models import Claim, ModerationEvent, ModeratorNote, Reflection, Report
from .permissions import (
    can_change_presentation,
    can_edit,
    can_post,
    can_report,
    can_withdraw,
    is_moderator,
)
from .selectors import target_key

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


@transaction.atomic
def submit(
    *,
    version,
    author,
    body: str,
    perspective: str,
    section=None,
    question=None,
    parent: Reflection | None = None,
    is_anonymous: bool = False,
    may_quote: bool = False,
    findings=UNCHECKED,
    quote: passages.Quote | None = None,
) -> tuple[Reflection, bool]:
    """Post a reflection (or a reply); returns (reflection, created).

    ``created`` is False for a double submit: the same text by the same person on the
    same version within REFLECTION_DUPLICATE_WINDOW gives back the first reflection.
    """
    # One author's submissions are serialised on their user row, so a double click or
    # two tabs cannot slip past the duplicate check or the hourly limit.
    author = get_user_model().objects.select_for_update().get(pk=author.pk)
    if not can_post(author):
        raise PermissionDenied
    if not version.is_open_for_reflection:
        raise PostingRefused(
            _("De consultatie van %(version)s is gesloten: er kunnen geen reflecties meer bij.")
            % {"version": version}
        )
    if section is not None and section.version_id != version.pk:
        raise PostingRefused(_("Deze sectie hoort niet bij deze versie van de paper."))
    if question is not None and question.version_id != version.pk:
        raise PostingRefused(_("Deze vraag hoort niet bij deze versie van de paper."))
    if section is not None and question is not None:
        raise PostingRefused(_("Kies één sectie óf één vraag, niet allebei."))
    if parent is not None:
        if parent.version_id != version.pk or parent.parent_id is not None:
            raise PostingRefused(_("U kunt alleen reageren op een reflectie bij deze versie."))
        if parent.status != Status.APPROVED:
            raise PostingRefused(_("U kunt alleen reageren op een gepubliceerde reflectie."))
        section, question = parent.section, parent.question
        quote = None
    if quote is not None and not is_quote_of(quote, section):
        raise PostingRefused(_("Deze passage staat niet (meer) in deze sectie."))
    body = check_length(body)

    now = timezone.now()
    duplicate = (
        Reflection.objects.filter(
            author=author,
            version=version,
            body_digest=Reflection.digest(body),
            created_at__gte=now - datetime.timedelta(seconds=settings.REFLECTION_DUPLICATE_WINDOW),
        )
        .exclude(status=Status.WITHDRAWN)
        .first()
    )
    if duplicate is not None:
        return duplicate, False
    _within_hourly_limit(
        Reflection.objects.filter(author=author),
        settings.REFLECTIONS_PER_HOUR,
        _(
            "U heeft het afgelopen uur al %(count)d reflecties geplaatst; meer kan even "
            "niet. Uw tekst staat hieronder nog: probeer het over een uur opnieuw."
        ),
    )

    reflection = Reflection.objects.create(
        version=version,
        section=section,
        question=question,
        parent=parent,
        author=author,
        perspective=perspective,
        body=body,
        is_anonymous=is_anonymous,
        may_quote=may_quote,
        status=Status.PENDING,
        findings=checked(body) if findings is UNCHECKED else findings,
        **quote_fields(quote, section),
    )
    _log(reflection, actor=author, action=Action.SUBMITTED, from_status="")
    notifications.new_pending(reflection.pk)
    return reflection, True


def is_quote_of(quote: passages.Quote, section) -> bool:
    """Whether ``quote`` holds words of one of ``section``'s paragraphs, as they stand."""
    if section is None or not quote.exact.strip():
        return False
    paragraph = section.paragraph(quote.paragraph)
    return paragraph is not None and passages.normalized(quote.exact) in paragraph.text


def quote_fields(quote: passages.Quote | None, section) -> dict:
    if quote is None:
        return {}
    return {
        "quote_paragraph": quote.paragraph,
        "quote_anchor": f"{section.anchor}-p{quote.paragraph}",
        "quote_exact": quote.exact,
        "quote_prefix": quote.prefix,
        "quote_suffix": quote.suffix,
    }


def closed_for_editing(reflection: Reflection) -> str:
    return _(
        "De consultatie van %(version)s is gesloten: uw reflectie kan niet meer worden "
        "aangepast. Intrekken, of haar anoniem maken, kan nog wel."
    ) % {"version": reflection.version}


def why_not_editable(reflection: Reflection) -> str:
    if not reflection.version.is_open_for_reflection:
        return closed_for_editing(reflection)
    return _("Deze reflectie kan niet meer worden aangepast.")


@transaction.atomic
def edit(
    reflection: Reflection, *, by, body: str, perspective: str, findings=UNCHECKED
) -> Reflection:
    """The author changes the text: it goes (back) to the moderators before anyone sees it."""
    reflection = _locked(reflection)
    if not can_edit(by, reflection):
        if reflection.author_id != getattr(by, "pk", None):
            raise PermissionDenied
        if not reflection.version.is_open_for_reflection:
            raise InvalidTransition(closed_for_editing(reflection))
        raise InvalidTransition(
            _("Een reflectie die '%(status)s' is, kan niet meer worden aangepast.")
            % {"status": reflection.get_status_display()}
        )
    body = check_length(body)
    # Like posting, editing is limited per person per hour (counted in PostgreSQL, so the
    # limit holds across app servers); an edit costs a moderator as much as a new text.
    _within_hourly_limit(
        ModerationEvent.objects.filter(actor=by, action__in=ModerationEvent.EDIT_ACTIONS),
        settings.REFLECTION_EDITS_PER_HOUR,
        _(
            "U heeft het afgelopen uur al %(count)d keer een reflectie aangepast; meer kan "
            "even niet. Uw tekst staat hieronder nog: probeer het over een uur opnieuw."
        ),
    )
    previous = reflection.status
    reflection.submitted_at = timezone.now()
    reflection.findings = checked(body) if findings is UNCHECKED else findings
    if previous == Status.APPROVED:
        # The published text stays online while a moderator reads the change.
        reflection.revision_body = body
        reflection.revision_perspective = perspective
        reflection.compare_change()  # once, here: the queue and the item page only draw it
        reflection.save()
        _log(
            reflection,
            actor=by,
            action=Action.REVISION_SUBMITTED,
            from_status=previous,
        )
    else:
        reflection.body = body
        reflection.perspective = perspective
        reflection.status = Status.PENDING
        reflection.status_reason = ""
        reflection.compare_change()  # a resubmission is read against the text as requested
        reflection.save()
        _log(reflection, actor=by, action=Action.EDITED, from_status=previous)
    notifications.new_pending(reflection.pk)
    return reflection


class TooManyPresentationChanges(InvalidTransition):
    """More changes of presentation by one person in an hour than
    settings.PRESENTATION_CHANGES_PER_HOUR allows: each renews the pages showing the
    reflection and the consultation report's PDF."""


@transaction.atomic
def change_presentation(
    reflection: Reflection, *, by, is_anonymous: bool, may_quote: bool
) -> Reflection:
    """Name or anonymous, quotable or not: the author's choice, any time, no re-moderation
    (within an hourly limit; the same choice again changes nothing and is not counted)."""
    reflection = _locked(reflection)
    if not can_change_presentation(by, reflection):
        raise PermissionDenied
    if (reflection.is_anonymous, reflection.may_quote) == (is_anonymous, may_quote):
        return reflection
    limit = settings.PRESENTATION_CHANGES_PER_HOUR
    if not ratelimit.hit("presentation", by.pk, limit=limit, period=3600):
        raise TooManyPresentationChanges(
            _(
                "U heeft het afgelopen uur al %(count)d keer gewijzigd hoe uw reflecties "
                "verschijnen; meer kan even niet. Uw keuze staat hieronder nog: probeer het "
                "later opnieuw."
            )
            % {"count": limit}
        )
    reflection.is_anonymous = is_anonymous
    reflection.may_quote = may_quote
    reflection.save(update_fields=["is_anonymous", "may_quote", "updated_at"])
    _log(
        reflection,
        actor=by,
        action=Action.PRESENTATION_CHANGED,
        from_status=reflection.status,
        reason=f"anoniem={is_anonymous}, citeren={may_quote}",
    )
    return reflection


def _check_decider(reflection: Reflection, by) -> None:
    """Only a moderator decides, and never about their own reflection."""
    if not is_moderator(by):
        raise PermissionDenied
    if reflection.author_id == by.pk:
        raise OwnReflection


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


MSG_CHANGED_SINCE_READ = gettext_lazy(
    "De auteur heeft de tekst intussen gewijzigd: lees de nieuwe versie en beslis dan."
)


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


@transaction.atomic
def withdraw(reflection: Reflection, *, by) -> Reflection:
    reflection = _locked(reflection)
    if reflection.author_id != getattr(by, "pk", None):
        raise PermissionDenied
    if not can_withdraw(by, reflection):
        raise InvalidTransition(
            _("Een reflectie die '%(status)s' is, kan niet worden ingetrokken.")
            % {"status": reflection.get_status_display()}
        )
    previous = reflection.status
    reflection.status = Status.WITHDRAWN
    reflection.revision_body = reflection.revision_perspective = ""
    reflection.save(update_fields=["status", "revision_body", "revision_perspective", "updated_at"])
    _log(reflection, actor=by, action=Action.WITHDRAWN, from_status=previous)
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
