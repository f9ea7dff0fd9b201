"""The one outbox: written with the step, delivered by the job, never lost, never logged
with an address, and gone when it has to be."""

import datetime
import logging

import pytest
from django.core import mail as django_mail
from django.core.mail import send_mail
from django.utils import timezone

from civcare.accounts.services import delete_account
from civcare.accounts.tests.factories import UserFactory
from civcare.core import mail
from civcare.core.models import OutgoingEmail

pytestmark = pytest.mark.django_db


def server_down(settings):
    settings.MAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 1


def test_django_send_mail_writes_one_row_per_recipient_linked_to_the_account():
    person = UserFactory(email="lid@example.org")
    send_mail("Onderwerp", "Tekst", None, ["lid@example.org", "iemand@example.org"])
    assert not django_mail.outbox  # nothing is sent inside the request
    rows = {row.to: row for row in OutgoingEmail.objects.all()}
    assert set(rows) == {"lid@example.org", "iemand@example.org"}
    assert rows["lid@example.org"].recipient == person
    assert rows["iemand@example.org"].recipient is None
    assert mail.deliver() == 2
    assert sorted(m.to for m in django_mail.outbox) == [["iemand@example.org"], ["lid@example.org"]]
    assert mail.deliver() == 0  # never twice


def test_a_refusal_is_logged_and_stored_without_the_address(settings, caplog):
    server_down(settings)
    send_mail("Onderwerp", "Tekst", None, ["geheim.adres@example.org"])
    with caplog.at_level(logging.WARNING, logger="civcare.core.mail"):
        assert mail.deliver() == 0
    assert "geheim.adres" not in caplog.text and "unreachable" in caplog.text
    assert not any(record.exc_info for record in caplog.records)  # no traceback either
    row = OutgoingEmail.objects.get()
    # A server that is down refused nothing: no attempt counts, the email waits.
    assert "geheim.adres" not in row.last_error and (row.status, row.attempts) == ("pending", 0)


def test_a_recipient_refused_five_times_is_given_up_without_its_address_logged(settings, caplog):
    settings.MAIL_DELIVERY_BACKEND = "civcare.core.tests.backends.RefusingBackend"
    send_mail("Onderwerp", "Tekst", None, ["onbekend.adres@example.org"])
    with caplog.at_level(logging.WARNING, logger="civcare.core.mail"):
        for _ in range(mail.MAX_ATTEMPTS):
            OutgoingEmail.objects.update(next_attempt_at=timezone.now())
            mail.deliver()
    row = OutgoingEmail.objects.get()
    assert (row.status, row.attempts) == ("failed", mail.MAX_ATTEMPTS)
    assert "SMTPRecipientsRefused" in row.last_error and "onbekend.adres" not in row.last_error
    assert "onbekend.adres" not in caplog.text


def test_an_outage_loses_nothing_until_it_lasts_two_days(settings):
    server_down(settings)
    send_mail("Bevestig uw adres", "Tekst", None, ["a@example.org"])
    for _ in range(10):  # hours of retries while the server is down
        OutgoingEmail.objects.update(next_attempt_at=timezone.now())
        mail.deliver()
    assert OutgoingEmail.objects.get().status == "pending"
    OutgoingEmail.objects.update(
        next_attempt_at=timezone.now(),
        created_at=timezone.now() - datetime.timedelta(hours=settings.MAIL_GIVE_UP_AFTER_HOURS + 1),
    )
    mail.deliver()
    assert OutgoingEmail.objects.get().status == "failed"


def test_error_texts_lose_their_addresses():
    text = "(550, b'5.1.1 <iemand@example.org>: Recipient address rejected', 'a@b.nl')"
    assert "@" not in mail.without_addresses(text)


def test_delivered_mail_is_removed_after_the_retention_period(settings):
    settings.MAIL_RETENTION_DAYS = 30
    send_mail("Oud", "Tekst", None, ["a@example.org"])
    send_mail("Wacht", "Tekst", None, ["b@example.org"])
    mail.deliver(limit=1)
    sent = OutgoingEmail.objects.get(status="sent")
    assert mail.purge(now=sent.sent_at + datetime.timedelta(days=29)) == 0
    assert mail.purge(now=sent.sent_at + datetime.timedelta(days=31)) == 1
    assert list(OutgoingEmail.objects.values_list("subject", flat=True)) == ["Wacht"]  # pending


def test_account_deletion_removes_every_email_to_the_person():
    person = UserFactory(email="weg@example.org")
    send_mail("Aan het account", "Tekst", None, ["weg@example.org"])
    OutgoingEmail.objects.create(
        to="weg@example.org", subject="Van vóór het account", body="x", topic="django",
        next_attempt_at=timezone.now(),
    )  # fmt: skip
    send_mail("Aan een ander", "Tekst", None, ["blijft@example.org"])
    delete_account(person, keep_reflections=False)
    assert list(OutgoingEmail.objects.values_list("to", flat=True)) == ["blijft@example.org"]


def test_the_outbox_in_the_admin_shows_why_and_can_retry(client, settings):
    admin = UserFactory(is_staff=True, is_superuser=True)
    server_down(settings)
    send_mail("Bevestig uw adres", "Tekst", None, ["a@example.org"])
    mail.deliver()
    client.force_login(admin)
    page = client.get("/beheer/core/outgoingemail/").content.decode()
    assert "Bevestig uw adres" in page and "wacht op verzending" in page
    row = OutgoingEmail.objects.get()
    detail = client.get(f"/beheer/core/outgoingemail/{row.pk}/change/").content.decode()
    assert "ConnectionRefusedError" in detail
    client.post(
        "/beheer/core/outgoingemail/",
        {"action": "retry_now", "_selected_action": [row.pk]},
    )
    row.refresh_from_db()
    assert (row.attempts, row.next_attempt_at <= timezone.now()) == (0, True)
