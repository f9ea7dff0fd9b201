"""Following a paper: each event mails each follower once, unsubscribing needs no login."""

import datetime
import re
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command

from civcare.accounts import roles
from civcare.accounts.tests.factories import UserFactory
from papers import following, workflow
from papers.models import PaperVersion, SentNotification, Subscription

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


def test_a_reminder_two_days_before_the_planned_closing_date(first, editors):
    person = follower(first.paper)
    workflow.plan_closing(first, by=editors[0], closes_on=datetime.date(2026, 12, 10))
    out = StringIO()
    call_command("send_reminders", stdout=out)  # today is not two days before
    assert not mail.outbox
    assert following.send_closing_reminders(datetime.date(2026, 12, 8)) == 1
    assert following.send_closing_reminders(datetime.date(2026, 12, 8)) == 0  # run twice
    assert mail.outbox[0].to == [person.email]
    assert "sluit op 10 december 2026" in mail.outbox[0].body
    # A new date is a new reminder.
    workflow.plan_closing(first, by=editors[0], closes_on=datetime.date(2026, 12, 20))
    assert following.send_closing_reminders(datetime.date(2026, 12, 18)) == 1


def test_the_unsubscribe_link_works_without_login(client, first):
    person = follower(first.paper)
    following.send_event(first.pk, following.CLOSED)
    link = unsubscribe_link(mail.outbox[0]).split("testserver")[-1].split("8000")[-1]
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


def test_a_failing_mail_server_does_not_break_the_step(
    first, editors, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 1
    follower(first.paper)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.close_consultation(first, by=editors[0])
    first.refresh_from_db()
    assert first.status == PaperVersion.Status.CLOSED
    assert SentNotification.objects.count() == 1  # recorded: not retried into a duplicate


def test_followed_papers_are_in_the_data_export_and_go_with_the_account(client, first):
    person = follower(first.paper)
    client.force_login(person)
    exported = client.get("/mijn/gegevens/export.json").json()
    assert exported["followed_papers"][0]["paper"] == "SHPP003-01"
    person.delete()
    assert not Subscription.objects.exists()
