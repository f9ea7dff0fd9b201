"""Following a paper: each event mails each follower once, through the outbox, which survives
a failing mail server; unsubscribing needs no login and no account id in the link."""

import datetime
import re
from io import StringIO
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import formats, timezone

from civcare.accounts import roles
from civcare.accounts.tests.factories import UserFactory
from civcare.core import mail as outbox
from civcare.core.models import OutgoingEmail
from governance import transitions
from papers import following
from papers.models import PaperVersion, Subscription

pytestmark = pytest.mark.django_db


@pytest.fixture
def first():
    call_command("load_papers", verbosity=0, stdout=StringIO())
    return PaperVersion.objects.get(paper__code="SHPP003-01")


@pytest.fixture
def editors():
    people = [UserFactory(), UserFactory()]
    for person in people:
        roles.grant(person, "redactie")
    return people


def follower(paper, **kwargs):
    user = UserFactory(**kwargs)
    following.follow(user, paper)
    return user


def unsubscribe_link(message) -> str:
    return re.search(r"https?://\S+/papers/afmelden/\S+/", message.body).group(0)


def path_of(url: str) -> str:
    """The path of an absolute link in an email (SITE_URL differs per settings)."""
    return urlsplit(url).path


def test_following_and_unfollowing_through_the_site(client, first):
    person = UserFactory()
    client.force_login(person)
    page = client.get("/papers/SHPP003-01/volgen/").content.decode()
    assert "SHPP003-01 volgen per e-mail" in page and "als de consultatie sluit" in page
    client.post("/papers/SHPP003-01/volgen/", {"action": "follow"})
    assert following.is_following(person, first.paper)
    account = client.get("/mijn/account/").content.decode()
    assert "SHPP003-01 – Herstel bij vastgelopen zorgrelaties" in account
    client.post("/papers/SHPP003-01/volgen/", {"action": "unfollow", "next": "/mijn/account/"})
    assert not following.is_following(person, first.paper)


def test_following_needs_an_account(client, first):
    response = client.post("/papers/SHPP003-01/volgen/", {"action": "follow"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Subscription.objects.exists()


def test_the_paper_page_offers_to_follow(client, first):
    assert 'href="/papers/SHPP003-01/volgen/"' in client.get("/papers/SHPP003-01/").content.decode()


def send_event(version, event) -> int:
    """An event's emails written to the outbox and delivered; returns the emails sent."""
    following.notify(version, event)
    return outbox.deliver()


def test_closing_mails_each_follower_once_through_the_outbox(first, editors):
    ann = follower(first.paper, display_name="Volger Ann")
    follower(first.paper)
    UserFactory()  # not following
    transitions.close_consultation(first, by=editors[0])
    assert not mail.outbox  # the step only wrote to the outbox; the job delivers
    assert OutgoingEmail.objects.filter(status="pending").count() == 2
    assert outbox.deliver() == 2
    message = next(m for m in mail.outbox if m.to == [ann.email])
    assert message.subject == "[CIV-CARE] Consultatie gesloten: SHPP003-01 v0.9"
    assert "Beste Volger Ann," in message.body
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe_link(message)}>"
    # The same event again (closing is idempotent, or a retry) mails nobody twice.
    assert send_event(first, following.Step.CLOSED) == 0
    assert len(mail.outbox) == 2


def test_opening_and_adoption_are_mailed_with_the_report(first, editors):
    person = follower(first.paper)
    transitions.close_consultation(first, by=editors[0])
    draft = transitions.create_draft(first, by=editors[0])
    transitions.record_decision(
        draft, by=editors[0], decided_on=datetime.date(2026, 11, 20), reference="B"
    )
    transitions.promote(draft, by=editors[1])
    outbox.deliver()
    subjects = [m.subject for m in mail.outbox if m.to == [person.email]]
    assert subjects == [
        "[CIV-CARE] Consultatie gesloten: SHPP003-01 v0.9",
        "[CIV-CARE] Vastgesteld: SHPP003-01 v1.0",
    ]
    adopted = mail.outbox[-1].body
    assert "/papers/SHPP003-01/v0.9/consultatieverslag/" in adopted

    new = UserFactory()
    following.follow(new, draft.paper)
    fresh = transitions.create_draft(PaperVersion.objects.get(pk=draft.pk), by=editors[0])
    closes_on = timezone.localdate() + datetime.timedelta(days=56)  # never in the past
    transitions.open_consultation(fresh, by=editors[0], closes_on=closes_on)
    outbox.deliver()
    opened = mail.outbox[-1]
    assert opened.subject == "[CIV-CARE] Consultatie geopend: SHPP003-01 v1.1"
    assert formats.date_format(closes_on, "j F Y") in opened.body


def remind(today: datetime.date) -> int:
    """What the cron job does on ``today``; returns the emails sent."""
    following.queue_closing_reminders(today)
    return outbox.deliver()


def test_a_reminder_two_days_before_the_planned_closing_date(first, editors):
    person = follower(first.paper)
    closes_on = timezone.localdate() + datetime.timedelta(days=10)  # never in the past

    def before(days: int) -> datetime.date:
        return closes_on - datetime.timedelta(days=days)

    transitions.plan_closing(first, by=editors[0], closes_on=closes_on)
    assert remind(before(3)) == 0  # three days before: not yet
    assert remind(before(2)) == 1
    assert remind(before(2)) == 0  # the job runs again: nothing twice
    assert remind(before(1)) == 0  # and the next day neither
    assert mail.outbox[0].to == [person.email]
    assert f"sluit op {formats.date_format(closes_on, 'j F Y')}" in mail.outbox[0].body
    # A new date is a new reminder; a day the job did not run does not lose it.
    closes_on += datetime.timedelta(days=10)
    transitions.plan_closing(first, by=editors[0], closes_on=closes_on)
    assert remind(before(1)) == 1


def test_the_cron_command_reports_what_it_did(first, editors):
    follower(first.paper)
    transitions.plan_closing(first, by=editors[0], closes_on=timezone.localdate())
    out = StringIO()
    call_command("send_notifications", stdout=out)
    assert out.getvalue().strip() == (
        "Herinneringen klaargezet: 1. Verstuurd: 1. Wachten nog: 0. Opgegeven: 0. PDF's gemaakt: 0."
    )


def test_the_unsubscribe_link_works_without_login(client, first):
    person = follower(first.paper)
    send_event(first, following.Step.CLOSED)
    link = path_of(unsubscribe_link(mail.outbox[0]))
    page = client.get(link)
    assert (
        page.status_code == 200
        and "Wilt u geen e-mails meer over SHPP003-01" in page.content.decode()
    )
    assert following.is_following(person, first.paper)  # a GET changes nothing
    done = client.post(link, follow=True).content.decode()
    assert "U bent afgemeld." in done
    assert not following.is_following(person, first.paper)


def test_an_unsubscribe_link_cannot_be_forged(client, first):
    victim = follower(first.paper)
    token = following.unsubscribe_token(Subscription.objects.get(user=victim))
    response = client.post(f"/papers/afmelden/{token[:-3]}abc/")
    assert response.status_code == 400
    assert "ongeldig" in response.content.decode()
    assert following.is_following(victim, first.paper)
    # The old kind of link, with the ids in it, does nothing either.
    old = __import__("django.core.signing", fromlist=["dumps"]).dumps(
        {"u": victim.pk, "p": first.paper_id}, salt="civcare.papers.unsubscribe"
    )
    assert client.post(f"/papers/afmelden/{old}/").status_code == 400


def test_a_link_from_an_email_of_long_ago_has_expired(client, first):
    import time

    from django.core import signing

    class LongAgo(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time()) - 401 * 24 * 3600)

    person = follower(first.paper)
    nonce = Subscription.objects.get(user=person).nonce
    old = LongAgo(salt=following.TOKEN_SALT).sign_object(nonce)
    response = client.post(f"/papers/afmelden/{old}/")
    assert response.status_code == 400
    assert "Deze afmeldlink is verlopen" in response.content.decode()
    assert following.is_following(person, first.paper)


def test_the_link_tells_nobody_who_it_is_for_and_cannot_end_a_later_follow(client, first):
    import base64

    person = follower(first.paper)
    token = following.unsubscribe_token(Subscription.objects.get(user=person))
    payload = token.split(":")[0]
    decoded = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode()
    assert str(person.pk) not in decoded.replace(Subscription.objects.get().nonce, "")
    assert client.post(f"/papers/afmelden/{token}/").status_code == 302
    following.follow(person, first.paper)  # follows again later
    again = client.get(f"/papers/afmelden/{token}/")  # the old email's link
    assert "U bent afgemeld: via deze link krijgt u geen e-mails meer." in again.content.decode()
    client.post(f"/papers/afmelden/{token}/")
    assert following.is_following(person, first.paper)  # the new follow stays


def mail_server_down(settings):
    settings.MAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 1


def later() -> None:
    """The clock moves past the planned retry (five, ten, twenty, forty minutes on)."""
    OutgoingEmail.objects.update(next_attempt_at=timezone.now() - datetime.timedelta(seconds=1))


def test_a_failing_mail_server_does_not_break_the_step_and_the_email_follows(
    first, editors, settings
):
    person = follower(first.paper)
    mail_server_down(settings)
    transitions.close_consultation(first, by=editors[0])
    first.refresh_from_db()
    assert first.status == PaperVersion.Status.CLOSED
    assert outbox.deliver() == 0
    waiting = OutgoingEmail.objects.get()
    assert (waiting.status, waiting.attempts) == ("pending", 0)  # down: nothing refused
    assert "ConnectionRefusedError" in waiting.last_error
    assert waiting.next_attempt_at > timezone.now() + datetime.timedelta(minutes=4)
    assert outbox.deliver() == 0  # not due yet: the next attempt is in five minutes

    settings.MAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # back up
    later()
    assert outbox.deliver() == 1
    assert [m.to for m in mail.outbox] == [[person.email]]
    assert outbox.deliver() == 0 and len(mail.outbox) == 1  # and only once


def test_after_five_refusals_the_email_is_given_up_and_visible_as_such(first, settings):
    follower(first.paper)
    settings.MAIL_DELIVERY_BACKEND = "civcare.core.tests.backends.RefusingBackend"
    send_event(first, following.Step.CLOSED)
    for _retry in range(outbox.MAX_ATTEMPTS - 1):
        later()
        outbox.deliver()
    given_up = OutgoingEmail.objects.get()
    assert (given_up.status, given_up.attempts) == ("failed", outbox.MAX_ATTEMPTS)
    later()
    assert outbox.deliver() == 0


def test_a_large_audience_is_sent_by_the_job_not_by_the_step(first, editors):
    # The editor who closes a consultation waits for no email at all.
    for _ in range(5):
        follower(first.paper)
    transitions.close_consultation(first, by=editors[0])
    assert len(mail.outbox) == 0
    call_command("send_notifications", stdout=StringIO())
    assert len(mail.outbox) == 5
    assert len({m.to[0] for m in mail.outbox}) == 5


def test_who_unfollowed_before_the_email_went_does_not_get_it(first):
    stays, leaves = follower(first.paper), follower(first.paper)
    following.notify(first, following.Step.CLOSED)
    following.unfollow(leaves, first.paper)
    assert outbox.deliver() == 1
    assert [m.to for m in mail.outbox] == [[stays.email]]
    assert OutgoingEmail.objects.get(recipient=leaves).status == "cancelled"


def test_one_click_unsubscribe_from_the_mail_program(first):
    # RFC 8058: the mail program POSTs to the List-Unsubscribe address, without a token.
    person = follower(first.paper)
    send_event(first, following.Step.CLOSED)
    message = mail.outbox[0]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = path_of(message.extra_headers["List-Unsubscribe"].strip("<>"))
    response = Client(enforce_csrf_checks=True).post(
        link, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 302
    assert not following.is_following(person, first.paper)


def test_followed_papers_are_in_the_data_export_and_go_with_the_account(client, first):
    person = follower(first.paper)
    client.force_login(person)
    exported = client.get("/mijn/gegevens/export.json").json()
    assert exported["followed_papers"][0]["paper"] == "SHPP003-01"
    assert exported["emails"] == []
    person.delete()
    assert not Subscription.objects.exists()


def test_the_paper_page_tells_a_follower_so(client, first):
    person = UserFactory()
    client.force_login(person)
    assert (
        "U volgt SHPP003-01 per e-mail." not in client.get("/papers/SHPP003-01/").content.decode()
    )
    client.post("/papers/SHPP003-01/volgen/", {"action": "follow"})
    page = client.get("/papers/SHPP003-01/").content.decode()  # the cached page, for this person
    assert "U volgt SHPP003-01 per e-mail." in page
    send_event(first, following.Step.CLOSED)
    link = path_of(unsubscribe_link(mail.outbox[0]))
    Client().post(link)  # from the email, not signed in
    assert "U volgt SHPP003-01" not in client.get("/papers/SHPP003-01/").content.decode()


def test_the_periodic_job_removes_expired_sessions_with_their_drafts():
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session

    expired, current = SessionStore(), SessionStore()
    for store in (expired, current):
        store["reflection-draft"] = {"url": "/x/", "label": "x", "data": {"body": "Mijn broer"}}
        store.create()
    Session.objects.filter(session_key=expired.session_key).update(
        expire_date=timezone.now() - datetime.timedelta(seconds=1)
    )
    call_command("send_notifications", stdout=StringIO())
    assert list(Session.objects.values_list("session_key", flat=True)) == [current.session_key]
