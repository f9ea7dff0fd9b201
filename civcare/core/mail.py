"""The platform's email: rendered in Dutch, written to the outbox, delivered by the job.

``queue()`` (and ``OutboxBackend``, the EMAIL_BACKEND, for allauth and anything else that
calls Django's send_mail) only write OutgoingEmail rows, inside the caller's transaction:
a failing mail server can neither break nor undo the step that caused an email, and a
step that is rolled back sends nothing. ``deliver()`` (``manage.py send_notifications``,
every minute or as a loop) sends what is due through MAIL_DELIVERY_BACKEND, one message
per recipient, and retries a refusal five times (5 to 40 minutes apart) before it gives up;
while the mail server is down nothing counts as refused, and an email waits up to
MAIL_GIVE_UP_AFTER_HOURS.

Logs and stored errors never carry an email address.
"""

from __future__ import annotations

import datetime
import logging
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import OutgoingEmail

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BATCH_SIZE = 100
# Long enough for a batch to be sent; a deliverer that died frees its rows after this.
CLAIM_LEASE = datetime.timedelta(minutes=10)
SUBJECT_PREFIX = "[CIV-CARE] "
_ADDRESS = re.compile(r"[^\s<>()'\",;:]+@[^\s<>()'\",;:]+")


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def retry_delay(attempts: int) -> datetime.timedelta:
    return datetime.timedelta(minutes=5 * 2 ** (attempts - 1))  # 5, 10, 20, 40 minutes


def without_addresses(text: str) -> str:
    """An error message as it may be logged or stored: SMTP errors quote the address."""
    return _ADDRESS.sub("<adres>", text)


@dataclass
class Email:
    """One email to one person, rendered, ready for the outbox."""

    template: str
    context: dict
    to: str
    recipient_id: int | None = None
    key: str = ""
    headers: dict = field(default_factory=dict)
    # Due only after this while (an email a reopening may still withdraw).
    delay: datetime.timedelta | None = None

    @classmethod
    def for_person(cls, template: str, context: dict, person, **kwargs) -> Email:
        """To one account: its address, and linked to it (erasure removes it with them)."""
        return cls(template, context, to=person.email, recipient_id=person.pk, **kwargs)

    def row(self) -> OutgoingEmail:
        with translation.override(settings.LANGUAGE_CODE):
            subject = render_to_string(f"{self.template}_subject.txt", self.context).strip()
            body = render_to_string(f"{self.template}.txt", self.context)
        return OutgoingEmail(
            recipient_id=self.recipient_id,
            to=self.to,
            from_email=settings.DEFAULT_FROM_EMAIL,
            subject=f"{SUBJECT_PREFIX}{' '.join(subject.split())}"[:300],
            body=body,
            headers=self.headers,
            topic=self.template[:80],
            key=self.key[:120],
            next_attempt_at=timezone.now() + (self.delay or datetime.timedelta()),
        )


def queue(emails: Iterable[Email]) -> None:
    """Write these emails to the outbox, in the caller's transaction. An email whose
    (recipient, key) is there already, queued or sent, is not written twice."""
    rows = [email.row() for email in emails if email.to]
    OutgoingEmail.objects.bulk_create(rows, ignore_conflicts=True)


def cancel(*, recipient_id: int, key_prefix: str) -> int:
    """Pending emails that no longer apply (the person stopped following the paper)."""
    return OutgoingEmail.objects.filter(
        recipient_id=recipient_id,
        key__startswith=key_prefix,
        status=OutgoingEmail.Status.PENDING,
    ).update(status=OutgoingEmail.Status.CANCELLED, claim="")


class OutboxBackend(BaseEmailBackend):
    """EMAIL_BACKEND: Django's and allauth's emails go to the outbox like the platform's
    own, one row per recipient, linked to the account that has the address."""

    def send_messages(self, email_messages) -> int:
        rows = []
        for message in email_messages:
            recipients = [address for address in message.recipients() if address]
            html = next(
                (content for content, kind in getattr(message, "alternatives", []) or []
                 if kind == "text/html"),
                "",
            )  # fmt: skip
            for address in recipients:
                rows.append(
                    OutgoingEmail(
                        to=address,
                        from_email=message.from_email or settings.DEFAULT_FROM_EMAIL,
                        subject=str(message.subject)[:300],
                        body=message.body,
                        html_body=html,
                        headers=dict(message.extra_headers),
                        topic="django",
                        next_attempt_at=timezone.now(),
                    )
                )
        if not rows:
            return 0
        owners = dict(
            get_user_model()
            .objects.filter(email__in={row.to for row in rows})
            .values_list("email", "pk")
        )
        for row in rows:
            row.recipient_id = owners.get(row.to)
        OutgoingEmail.objects.bulk_create(rows)
        return len(email_messages)


def _message(row: OutgoingEmail, connection) -> EmailMessage:
    message = EmailMultiAlternatives(
        row.subject, row.body, row.from_email, [row.to], headers=row.headers,
        connection=connection,
    )  # fmt: skip
    if row.html_body:
        message.attach_alternative(row.html_body, "text/html")
    return message


def deliver(*, limit: int | None = None) -> int:
    """Send the emails that are due (at most ``limit``); returns how many went. Never raises.

    Work goes in batches of BATCH_SIZE, each claimed with one UPDATE under a fresh token;
    before each message the claim is renewed for that row, and every result is written only
    where the claim still holds. So two deliverers at once (two cron runs, a loop and a
    manual run) never send one email twice, however long a batch takes, and a row cancelled
    or erased meanwhile is skipped.
    """
    sent = 0
    while limit is None or sent < limit:
        size = BATCH_SIZE if limit is None else min(BATCH_SIZE, limit - sent)
        batch_sent, claimed = _deliver_batch(size)
        sent += batch_sent
        if claimed < size:
            break
    return sent


def _deliver_batch(size: int) -> tuple[int, int]:
    """(sent, claimed) for one batch."""
    now = timezone.now()
    due = OutgoingEmail.objects.filter(
        status=OutgoingEmail.Status.PENDING, next_attempt_at__lte=now
    )
    ids = list(due.order_by("next_attempt_at", "pk").values_list("pk", flat=True)[:size])
    if not ids:
        return 0, 0
    claim = secrets.token_hex(16)
    due.filter(pk__in=ids).update(claim=claim, next_attempt_at=now + CLAIM_LEASE)
    batch = list(
        OutgoingEmail.objects.filter(claim=claim, status=OutgoingEmail.Status.PENDING).order_by(
            "pk"
        )
    )
    if not batch:
        return 0, len(ids)
    connection = get_connection(settings.MAIL_DELIVERY_BACKEND)
    try:
        connection.open()
    except Exception as error:
        # The server is down: nothing was refused, so no attempt is counted; the emails
        # wait (and give up only after MAIL_GIVE_UP_AFTER_HOURS).
        logger.warning(
            "Mail server unreachable (%s): %d email(s) wait for the next attempt",
            type(error).__name__, len(batch),
        )  # fmt: skip
        for row in batch:
            _record_failure(row, error, now, claim=claim, counts=False)
        return 0, len(ids)
    sent = 0
    try:
        for row in batch:
            held = _held(row, claim).update(next_attempt_at=timezone.now() + CLAIM_LEASE)
            if not held:
                continue  # cancelled, erased or taken over since the batch was claimed
            try:
                _message(row, connection).send(fail_silently=False)
            except Exception as error:
                logger.warning(
                    "Could not send email #%s (%s): %s", row.pk, row.topic, type(error).__name__
                )
                _record_failure(row, error, now, claim=claim, counts=True)
                continue
            _held(row, claim).update(
                status=OutgoingEmail.Status.SENT, sent_at=timezone.now(), claim=""
            )
            sent += 1
    finally:
        connection.close()
    return sent, len(ids)


def _held(row: OutgoingEmail, claim: str):
    return OutgoingEmail.objects.filter(pk=row.pk, claim=claim, status=OutgoingEmail.Status.PENDING)


def _record_failure(row: OutgoingEmail, error: Exception, now, *, claim: str, counts: bool) -> None:
    attempts = row.attempts + (1 if counts else 0)
    too_old = now - row.created_at > datetime.timedelta(hours=settings.MAIL_GIVE_UP_AFTER_HOURS)
    gives_up = attempts >= MAX_ATTEMPTS or too_old
    if gives_up:
        logger.error("Gave up on email #%s (%s) after %d attempts", row.pk, row.topic,
                     attempts)  # fmt: skip
    _held(row, claim).update(
        attempts=attempts,
        last_error=without_addresses(f"{type(error).__name__}: {error}")[:300],
        claim="",
        status=OutgoingEmail.Status.FAILED if gives_up else OutgoingEmail.Status.PENDING,
        next_attempt_at=now + retry_delay(max(attempts, 1)),
    )


def purge(now: datetime.datetime | None = None) -> int:
    """Remove what was delivered, given up or cancelled more than MAIL_RETENTION_DAYS ago:
    the outbox is not an archive of what people were told."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.MAIL_RETENTION_DAYS)
    deleted, _ = (
        OutgoingEmail.objects.exclude(status=OutgoingEmail.Status.PENDING)
        .filter(Q(sent_at__lt=cutoff) | Q(sent_at__isnull=True, created_at__lt=cutoff))
        .delete()
    )
    return deleted


def forget(*, recipient_id: int, addresses: Iterable[str]) -> int:
    """Account deletion: every email to the person, linked to the account or only to one of
    its addresses (a mail sent before the account existed), queued or delivered."""
    deleted, _ = OutgoingEmail.objects.filter(
        Q(recipient_id=recipient_id) | Q(to__in=list(addresses))
    ).delete()
    return deleted
