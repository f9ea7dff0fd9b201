"""The author's transitions: posting (submit), changing a text (edit), how it is shown
(change_presentation), withdrawing it."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from civcare.core import ratelimit
from civcare.core.audit import InvalidTransition
from papers import passages

from .. import notifications
from ..models import ModerationEvent, Reflection
from ..permissions import (
    can_change_presentation,
    can_edit,
    can_post,
    can_withdraw,
)
from .base import (
    UNCHECKED,
    Action,
    PostingRefused,
    Status,
    _locked,
    _log,
    _within_hourly_limit,
    check_length,
    checked,
)


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
