"""Following a paper: an email when its consultation opens, two days before it closes, when
it closes, and when a new version is adopted (with the consultation report then published).

Emails go out after the step's transaction commits, never twice for one event per person
(SentNotification), and a failing mail server only logs a warning (civcare.mail). Every
email carries a signed link that unsubscribes without signing in.
"""

from __future__ import annotations

import datetime
import logging

from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse

from civcare.mail import absolute, send

from .models import Paper, PaperVersion, SentNotification, Subscription

logger = logging.getLogger(__name__)

OPENED, CLOSING_SOON, CLOSED, ADOPTED = "opened", "closing_soon", "closed", "adopted"
EVENTS = (OPENED, CLOSING_SOON, CLOSED, ADOPTED)
REMINDER_DAYS = 2
TOKEN_SALT = "civcare.papers.unsubscribe"


def is_following(user, paper: Paper) -> bool:
    return user.is_authenticated and Subscription.objects.filter(user=user, paper=paper).exists()


def follow(user, paper: Paper) -> bool:
    """True when the person did not follow the paper yet."""
    _subscription, created = Subscription.objects.get_or_create(user=user, paper=paper)
    return created


def unfollow(user, paper: Paper) -> bool:
    """True when the person followed the paper."""
    deleted, _ = Subscription.objects.filter(user=user, paper=paper).delete()
    return bool(deleted)


def unsubscribe_token(user_id: int, paper_id: int) -> str:
    return signing.dumps({"u": user_id, "p": paper_id}, salt=TOKEN_SALT, compress=True)


def read_unsubscribe_token(token: str) -> tuple[int, int]:
    """(user id, paper id); raises signing.BadSignature for a forged or damaged link."""
    data = signing.loads(token, salt=TOKEN_SALT)
    return int(data["u"]), int(data["p"])


def notify(version: PaperVersion, event: str) -> None:
    """Schedule the emails for ``event`` of ``version``, for after the commit."""
    assert event in EVENTS, event
    version_id = version.pk
    transaction.on_commit(lambda: send_event(version_id, event))


def event_key(version: PaperVersion, event: str) -> str:
    if event == CLOSING_SOON:  # a new date is a new reminder
        return f"{event}:{version.pk}:{version.consultation_closes_on:%Y-%m-%d}"
    return f"{event}:{version.pk}"


def send_event(version_id: int, event: str) -> int:
    """Email every follower once about ``event``; returns how many emails went out."""
    version = PaperVersion.objects.select_related("paper", "based_on").filter(pk=version_id).first()
    if version is None:
        return 0
    key = event_key(version, event)
    followers = (
        Subscription.objects.filter(paper=version.paper, user__is_active=True)
        .select_related("user")
        .order_by("pk")
    )
    context = {"version": version, "paper": version.paper, "event": event}
    context["paper_url"] = absolute(version.get_absolute_url())
    if event == ADOPTED and version.based_on_id:
        context["report_url"] = absolute(
            reverse(
                "papers:report",
                kwargs={"code": version.paper.code, "version": version.based_on.number},
            )
        )
    sent = 0
    for subscription in followers:
        user = subscription.user
        try:
            with transaction.atomic():
                SentNotification.objects.create(user=user, key=key)
        except IntegrityError:
            continue  # this person already had this email
        unsubscribe = absolute(
            reverse("papers:unsubscribe", args=[unsubscribe_token(user.pk, version.paper_id)])
        )
        ok = send(
            f"papers/email/{event}",
            {**context, "user": user, "unsubscribe_url": unsubscribe},
            [user.email],
            headers={"List-Unsubscribe": f"<{unsubscribe}>"},
        )
        sent += ok
    return sent


def send_closing_reminders(today: datetime.date) -> int:
    """For a daily job: remind followers of consultations that close in two days."""
    closing = PaperVersion.objects.filter(
        status=PaperVersion.Status.CONSULTATION,
        consultation_closes_on=today + datetime.timedelta(days=REMINDER_DAYS),
    )
    return sum(send_event(version.pk, CLOSING_SOON) for version in closing)


def for_user(user) -> list[Subscription]:
    return list(
        Subscription.objects.filter(user=user).select_related("paper").order_by("paper__code")
    )
