"""Following a paper: an email when its consultation opens, two days before it closes, when
it closes, and when a new version is adopted (with the consultation report then published).

The emails go through an outbox (Notification). The step that causes them writes one row
per follower in its own transaction, so "who gets this" is decided with the step and
(user, key) is unique: nobody is mailed twice about one event. After the commit the rows
are delivered over one mail connection. The step never waits for more than
FOLLOWER_EMAILS_INLINE of them, and never fails because of them. ``manage.py
send_notifications`` (cron, every few minutes) sends the rest, retries what the mail server
refused (5 attempts, 5 to 40 minutes apart) and queues the closing reminders.

Every email carries a signed link that unsubscribes without signing in, also as the
one-click List-Unsubscribe header of RFC 8058.
"""

from __future__ import annotations

import datetime
import logging
import secrets

from django.conf import settings
from django.core import signing
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from civcare.mail import absolute, message

from . import caching
from .models import Notification, Paper, PaperVersion, Subscription

logger = logging.getLogger(__name__)

OPENED, CLOSING_SOON, CLOSED, ADOPTED = "opened", "closing_soon", "closed", "adopted"
EVENTS = (OPENED, CLOSING_SOON, CLOSED, ADOPTED)
REMINDER_DAYS = 2
TOKEN_SALT = "civcare.papers.unsubscribe"
MAX_ATTEMPTS = 5
# Long enough for a batch to be sent; a deliverer that died frees its rows after this.
CLAIM_LEASE = datetime.timedelta(minutes=10)


def retry_delay(attempts: int) -> datetime.timedelta:
    return datetime.timedelta(minutes=5 * 2 ** (attempts - 1))  # 5, 10, 20, 40 minutes


def is_following(user, paper: Paper) -> bool:
    return user.is_authenticated and Subscription.objects.filter(user=user, paper=paper).exists()


def follow(user, paper: Paper) -> bool:
    """True when the person did not follow the paper yet."""
    _subscription, created = Subscription.objects.get_or_create(user=user, paper=paper)
    caching.bump_scope(f"own:{user.pk}")  # the paper page says "U volgt …" to this person
    return created


def unfollow(user, paper: Paper) -> bool:
    """True when the person followed the paper."""
    return stop_following(user.pk, paper)


def stop_following(user_id: int, paper: Paper) -> bool:
    """unfollow() by id: for the signed unsubscribe link, where nobody is signed in."""
    deleted, _ = Subscription.objects.filter(user_id=user_id, paper=paper).delete()
    caching.bump_scope(f"own:{user_id}")
    return bool(deleted)


def unsubscribe_token(user_id: int, paper_id: int) -> str:
    return signing.dumps({"u": user_id, "p": paper_id}, salt=TOKEN_SALT, compress=True)


def read_unsubscribe_token(token: str) -> tuple[int, int]:
    """(user id, paper id); raises signing.BadSignature for a forged or damaged link."""
    data = signing.loads(token, salt=TOKEN_SALT)
    return int(data["u"]), int(data["p"])


def event_key(version: PaperVersion, event: str) -> str:
    if event == CLOSING_SOON:  # a new date is a new reminder
        return f"{event}:{version.pk}:{version.consultation_closes_on:%Y-%m-%d}"
    return f"{event}:{version.pk}"


def queue(version: PaperVersion, event: str) -> str:
    """Write the outbox rows for ``event`` of ``version``: one per current follower who has
    not had this email yet. Returns the event's key."""
    assert event in EVENTS, event
    key = event_key(version, event)
    followers = Subscription.objects.filter(
        paper_id=version.paper_id, user__is_active=True
    ).values_list("user_id", flat=True)
    Notification.objects.bulk_create(
        [
            Notification(user_id=user_id, version=version, event=event, key=key)
            for user_id in followers
        ],
        ignore_conflicts=True,  # (user, key) is unique: already queued or sent
    )
    return key


def notify(version: PaperVersion, event: str) -> None:
    """Inside a workflow step: queue the emails, and send them once the step is committed."""
    key = queue(version, event)
    transaction.on_commit(lambda: deliver(key=key, limit=settings.FOLLOWER_EMAILS_INLINE))


def send_event(version_id: int, event: str) -> int:
    """Queue and send ``event`` now (outside a workflow step); returns the emails sent."""
    version = PaperVersion.objects.get(pk=version_id)
    return deliver(key=queue(version, event))


def deliver(*, key: str | None = None, limit: int | None = None) -> int:
    """Send the outbox rows that are due (of ``key`` only, if given); returns how many went.

    Rows are claimed first with one UPDATE under a fresh token, so two deliverers at the
    same time (the request that closed a consultation and the cron job) never take the same
    row. A failure is recorded on the row and retried later, never raised.
    """
    now = timezone.now()
    due = Notification.objects.filter(status=Notification.Status.PENDING).filter(
        Q(claimed_until__isnull=True) | Q(claimed_until__lte=now)
    )
    if key is not None:
        due = due.filter(key=key)
    ids = list(due.order_by("pk").values_list("pk", flat=True)[:limit])
    if not ids:
        return 0
    claim = secrets.token_hex(16)
    due.filter(pk__in=ids).update(claim=claim, claimed_until=now + CLAIM_LEASE)
    batch = list(
        Notification.objects.filter(claim=claim, status=Notification.Status.PENDING)
        .select_related("user", "version__paper", "version__based_on")
        .order_by("pk")
    )
    if not batch:
        return 0
    still_following = set(
        Subscription.objects.filter(
            user_id__in={n.user_id for n in batch},
            paper_id__in={n.version.paper_id for n in batch},
        ).values_list("user_id", "paper_id")
    )
    connection = get_connection()
    try:
        connection.open()
    except Exception as error:
        logger.warning(
            "Mail server unreachable: %d follower email(s) wait for the next attempt",
            len(batch), exc_info=True,
        )  # fmt: skip
        for notification in batch:
            _record_failure(notification, error, now)
        return 0
    sent = 0
    try:
        for notification in batch:
            user = notification.user
            if (
                not user.is_active
                or (user.pk, notification.version.paper_id) not in still_following
            ):
                notification.status = Notification.Status.CANCELLED
                notification.save(update_fields=["status"])
                continue
            try:
                _message(notification, connection).send(fail_silently=False)
            except Exception as error:
                logger.warning("Could not send %s to user %s", notification.key, user.pk,
                               exc_info=True)  # fmt: skip
                _record_failure(notification, error, now)
                continue
            notification.status = Notification.Status.SENT
            notification.sent_at = timezone.now()
            notification.claim = ""
            notification.save(update_fields=["status", "sent_at", "claim"])
            sent += 1
    finally:
        connection.close()
    return sent


def _record_failure(notification: Notification, error: Exception, now) -> None:
    notification.attempts += 1
    notification.last_error = f"{type(error).__name__}: {error}"[:300]
    notification.claim = ""
    if notification.attempts >= MAX_ATTEMPTS:
        notification.status = Notification.Status.FAILED
        logger.error("Gave up on %s to user %s after %d attempts", notification.key,
                     notification.user_id, notification.attempts)  # fmt: skip
    else:
        notification.claimed_until = now + retry_delay(notification.attempts)
    notification.save(update_fields=["attempts", "last_error", "claim", "status", "claimed_until"])


def _message(notification: Notification, connection):
    version, user = notification.version, notification.user
    unsubscribe = absolute(
        reverse("papers:unsubscribe", args=[unsubscribe_token(user.pk, version.paper_id)])
    )
    context = {
        "version": version,
        "paper": version.paper,
        "event": notification.event,
        "user": user,
        "paper_url": absolute(version.get_absolute_url()),
        "unsubscribe_url": unsubscribe,
    }
    if notification.event == ADOPTED and version.based_on_id:
        context["report_url"] = absolute(
            reverse(
                "papers:report",
                kwargs={"code": version.paper.code, "version": version.based_on.number},
            )
        )
    return message(
        f"papers/email/{notification.event}",
        context,
        [user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
        connection=connection,
    )


def queue_closing_reminders(today: datetime.date) -> int:
    """Queue the reminders for consultations that close within two days.

    Within, not exactly in: a day the job did not run, or a closing date planned for
    tomorrow, still gets its reminder; the key (with the date) keeps it to one.
    """
    closing = PaperVersion.objects.filter(
        status=PaperVersion.Status.CONSULTATION,
        consultation_closes_on__gte=today,
        consultation_closes_on__lte=today + datetime.timedelta(days=REMINDER_DAYS),
    )
    before = Notification.objects.count()
    for version in closing:
        queue(version, CLOSING_SOON)
    return Notification.objects.count() - before


def for_user(user) -> list[Subscription]:
    return list(
        Subscription.objects.filter(user=user).select_related("paper").order_by("paper__code")
    )
