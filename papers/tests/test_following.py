"""Following a paper: each event mails each follower once, through an outbox that survives a
failing mail server; unsubscribing needs no login."""

import datetime
import re
from io import StringIO
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from civcare.accounts import roles
from civcare.accounts.tests.factories import UserFactory
from papers import following, workflow
from papers.models import Notification, PaperVersion, Subscription

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


def test_closing_mails_each_follower_once_after_the_commit(
    first, editors, django_capture_on_commit_callbacks
):
    ann = follower(first.paper, display_name="Volger Ann")
    follower(first.paper)
    UserFactory()  # not following
    with django_capture_on_commit_callbacks(execute=True):
        workflow.close_consultation(first, by=editors[0])
        assert not mail.outbox  # nothing before the commit
    assert len(mail.outbox) == 2
    message = next(m for m in mail.outbox if m.to == [ann.email])
    assert message.subject == "[CIV-CARE] Consultatie gesloten: SHPP003-01 v0.9"
    assert "Beste Volger Ann," in message.body
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe_link(message)}>"
    # The same event again (closing is idempotent, or a retry) mails nobody twice.
    assert following.send_event(first.pk, following.CLOSED) == 0
    assert len(mail.outbox) == 2


def test_opening_and_adoption_are_mailed_with_the_report(
    first, editors, django_capture_on_commit_callbacks
):
    person = follower(first.paper)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.close_consultation(first, by=editors[0])
        draft = workflow.create_draft(first, by=editors[0])
        workflow.record_decision(
            draft, by=editors[0], decided_on=datetime.date(2026, 11, 20), reference="B"
        )
        workflow.promote(draft, by=editors[1])
    subjects = [m.subject for m in mail.outbox if m.to == [person.email]]
    assert subjects == [
        "[CIV-CARE] Consultatie gesloten: SHPP003-01 v0.9",
        "[CIV-CARE] Vastgesteld: SHPP003-01 v1.0",
    ]
    adopted = mail.outbox[-1].body
    assert "/papers/SHPP003-01/v0.9/consultatieverslag/" in adopted

    new = UserFactory()
    following.follow(new, draft.paper)
    fresh = workflow.create_draft(PaperVersion.objects.get(pk=draft.pk), by=editors[0])
    with django_capture_on_commit_callbacks(execute=True):
        workflow.open_consultation(fresh, by=editors[0], closes_on=datetime.date(2027, 1, 31))
    opened = mail.outbox[-1]
    assert opened.subject == "[CIV-CARE] Consultatie geopend: SHPP003-01 v1.1"
    assert "31 januari 2027" in opened.body


def remind(today: datetime.date) -> int:
    """What the cron job does on ``today``; returns the emails sent."""
    following.queue_closing_reminders(today)
    return following.deliver()


def test_a_reminder_two_days_before_the_planned_closing_date(first, editors):
    person = follower(first.paper)
    workflow.plan_closing(first, by=editors[0], closes_on=datetime.date(2026, 12, 10))
    assert remind(datetime.date(2026, 12, 7)) == 0  # three days before: not yet
    assert remind(datetime.date(2026, 12, 8)) == 1
    assert remind(datetime.date(2026, 12, 8)) == 0  # the job runs again: nothing twice
    assert remind(datetime.date(2026, 12, 9)) == 0  # and the next day neither
    assert mail.outbox[0].to == [person.email]
    assert "sluit op 10 december 2026" in mail.outbox[0].body
    # A new date is a new reminder; a day the job did not run does not lose it.
    workflow.plan_closing(first, by=editors[0], closes_on=datetime.date(2026, 12, 20))
    assert remind(datetime.date(2026, 12, 19)) == 1


def test_the_cron_command_reports_what_it_did(first, editors):
    follower(first.paper)
    workflow.plan_closing(first, by=editors[0], closes_on=timezone.localdate())
    out = StringIO()
    call_command("send_notifications", stdout=out)
    assert out.getvalue().strip() == (
        "Herinneringen klaargezet: 1. Verstuurd: 1. Wachten nog: 0. Opgegeven: 0."
    )


def test_the_unsubscribe_link_works_without_login(client, first):
    person = follower(first.paper)
    following.send_event(first.pk, following.CLOSED)
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
    forged = following.unsubscribe_token(victim.pk, first.paper_id)[:-3] + "abc"
    response = client.post(f"/papers/afmelden/{forged}/")
    assert response.status_code == 400
    assert "ongeldig" in response.content.decode()
    assert following.is_following(victim, first.paper)
    other_salt = __import__("django.core.signing", fromlist=["dumps"]).dumps(
        {"u": victim.pk, "p": first.paper_id}
    )
    assert client.post(f"/papers/afmelden/{other_salt}/").status_code == 400


def mail_server_down(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 1


def later() -> None:
    """The clock moves past the planned retry (five, ten, twenty, forty minutes on)."""
    Notification.objects.update(claimed_until=timezone.now() - datetime.timedelta(seconds=1))


def test_a_failing_mail_server_does_not_break_the_step_and_the_email_follows(
    first, editors, settings, django_capture_on_commit_callbacks
):
    person = follower(first.paper)
    mail_server_down(settings)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.close_consultation(first, by=editors[0])
    first.refresh_from_db()
    assert first.status == PaperVersion.Status.CLOSED
    waiting = Notification.objects.get()
    assert (waiting.status, waiting.attempts) == ("pending", 1)
    assert "ConnectionRefusedError" in waiting.last_error
    assert waiting.claimed_until > timezone.now() + datetime.timedelta(minutes=4)
    assert following.deliver() == 0  # not due yet: the next attempt is in five minutes

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # back up
    later()
    assert following.deliver() == 1
    assert [m.to for m in mail.outbox] == [[person.email]]
    assert following.deliver() == 0 and len(mail.outbox) == 1  # and only once


def test_after_five_refusals_the_email_is_given_up_and_visible_as_such(first, settings):
    follower(first.paper)
    mail_server_down(settings)
    following.send_event(first.pk, following.CLOSED)
    for _retry in range(following.MAX_ATTEMPTS - 1):
        later()
        following.deliver()
    given_up = Notification.objects.get()
    assert (given_up.status, given_up.attempts) == ("failed", following.MAX_ATTEMPTS)
    later()
    assert following.deliver() == 0


def test_a_large_audience_is_sent_by_the_cron_job_not_by_the_step(
    first, editors, settings, django_capture_on_commit_callbacks
):
    # The editor who closes a consultation does not wait for hundreds of emails.
    settings.FOLLOWER_EMAILS_INLINE = 2
    for _ in range(5):
        follower(first.paper)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.close_consultation(first, by=editors[0])
    assert len(mail.outbox) == 2
    call_command("send_notifications", stdout=StringIO())
    assert len(mail.outbox) == 5
    assert len({m.to[0] for m in mail.outbox}) == 5


def test_who_unfollowed_before_the_email_went_does_not_get_it(first):
    stays, leaves = follower(first.paper), follower(first.paper)
    following.queue(first, following.CLOSED)
    following.unfollow(leaves, first.paper)
    assert following.deliver() == 1
    assert [m.to for m in mail.outbox] == [[stays.email]]
    assert Notification.objects.get(user=leaves).status == "cancelled"


def test_one_click_unsubscribe_from_the_mail_program(first):
    # RFC 8058: the mail program POSTs to the List-Unsubscribe address, without a token.
    person = follower(first.paper)
    following.send_event(first.pk, following.CLOSED)
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
    assert exported["emails_about_papers"] == []
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
    following.send_event(first.pk, following.CLOSED)
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
