"""Following a paper: an email when its consultation opens, two days before it closes, when
it closes, and when a new version is adopted (with the consultation report then published).

The step that causes them writes one email per follower to the outbox (civcare.core.mail)
in its own transaction, keyed by paper, event and version: nobody is mailed twice about one
event, and the step never waits for a mail server. ``manage.py send_notifications``
delivers them, retries what the mail server refused, and queues the closing reminders.
Someone who stops following before an email went out does not get it.

Every email carries a link that unsubscribes without signing in, also as the one-click
List-Unsubscribe header of RFC 8058. The link holds a signed random nonce of the
subscription: it tells nobody who it is for, and a re-follow has a new one.
"""

from __future__ import annotations

import datetime
import logging
from enum import StrEnum

from django.core import signing
from django.urls import reverse

from civcare.core.generations import bump_scope
from civcare.core.mail import Email, absolute, cancel, queue

from .models import Paper, PaperVersion, Subscription

logger = logging.getLogger(__name__)


class Step(StrEnum):
    """The steps of a consultation a follower is emailed about (part of each email's key, and
    of its template's name)."""

    OPENED = "opened"
    CLOSING_SOON = "closing_soon"
    CLOSED = "closed"
    ADOPTED = "adopted"


REMINDER_DAYS = 2
TOKEN_SALT = "civcare.papers.unsubscribe.v2"
# Long enough for every email someone still keeps to work (a paper's consultation and its
# adoption lie months apart); an older link leads to Mijn account instead.
UNSUBSCRIBE_LINK_MAX_AGE = datetime.timedelta(days=400)


def is_following(user, paper: Paper) -> bool:
    return user.is_authenticated and Subscription.objects.filter(user=user, paper=paper).exists()


def follow(user, paper: Paper) -> bool:
    """True when the person did not follow the paper yet."""
    _subscription, created = Subscription.objects.get_or_create(user=user, paper=paper)
    bump_scope(f"own:{user.pk}")  # the paper page says "U volgt …" to this person
    return created


def unfollow(user, paper: Paper) -> bool:
    """True when the person followed the paper. Emails not sent yet are cancelled."""
    deleted, _ = Subscription.objects.filter(user=user, paper=paper).delete()
    cancel(recipient_id=user.pk, key_prefix=_key_prefix(paper.pk))
    bump_scope(f"own:{user.pk}")
    return bool(deleted)


def unsubscribe_token(subscription: Subscription) -> str:
    return signing.dumps(subscription.nonce, salt=TOKEN_SALT)


def subscription_for_token(token: str) -> Subscription | None:
    """The subscription a link was issued for; None when it has ended since (the person
    unsubscribed already). Raises signing.SignatureExpired for a link older than
    UNSUBSCRIBE_LINK_MAX_AGE, signing.BadSignature for a forged or damaged one."""
    nonce = signing.loads(token, salt=TOKEN_SALT, max_age=UNSUBSCRIBE_LINK_MAX_AGE)
    return Subscription.objects.select_related("user", "paper").filter(nonce=str(nonce)).first()


def _key_prefix(paper_id: int) -> str:
    return f"paper:{paper_id}:"


def event_key(version: PaperVersion, event: str) -> str:
    key = f"{_key_prefix(version.paper_id)}{event}:{version.pk}"
    if event == Step.CLOSING_SOON:  # a new date is a new reminder
        return f"{key}:{version.consultation_closes_on:%Y-%m-%d}"
    return key


def notify(version: PaperVersion, event: str) -> None:
    """Inside a workflow step: one email per current follower, to the outbox."""
    assert event in tuple(Step), event
    version = PaperVersion.objects.select_related("paper", "based_on").get(pk=version.pk)
    key = event_key(version, event)
    followers = Subscription.objects.filter(
        paper_id=version.paper_id, user__is_active=True
    ).select_related("user")
    context = {
        "version": version,
        "paper": version.paper,
        "event": event,
        "paper_url": absolute(version.get_absolute_url()),
    }
    if event == Step.ADOPTED and version.based_on_id:
        context["consultation_report_url"] = absolute(
            reverse(
                "papers:consultation_report",
                kwargs={"code": version.paper.code, "version": version.based_on.number},
            )
        )
    queue(_email(subscription, key, context) for subscription in followers)


def _email(subscription: Subscription, key: str, context: dict) -> Email:
    unsubscribe = absolute(reverse("papers:unsubscribe", args=[unsubscribe_token(subscription)]))
    return Email.for_person(
        f"papers/email/{context['event']}",
        {**context, "user": subscription.user, "unsubscribe_url": unsubscribe},
        subscription.user,
        key=key,
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def queue_closing_reminders(today: datetime.date) -> int:
    """Queue the reminders for consultations that close within two days; returns how many
    consultations got theirs.

    Within, not exactly in: a day the job did not run, or a closing date planned for
    tomorrow, still gets its reminder; the key (with the date) keeps it to one.
    """
    closing = PaperVersion.objects.filter(
        status=PaperVersion.Status.CONSULTATION,
        consultation_closes_on__gte=today,
        consultation_closes_on__lte=today + datetime.timedelta(days=REMINDER_DAYS),
    )
    for version in closing:
        notify(version, Step.CLOSING_SOON)
    return len(closing)


def for_user(user) -> list[Subscription]:
    return list(
        Subscription.objects.filter(user=user).select_related("paper").order_by("paper__code")
    )
