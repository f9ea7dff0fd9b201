"""The log of handled items, reopening a decision, and the saved reason texts."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from civcare.core.models import OutgoingEmail
from reflections import moderation
from reflections.models import ModerationEvent, Reflection, SavedReason
from reflections.tests.factories import ReflectionFactory

pytestmark = pytest.mark.django_db
Action = ModerationEvent.Action


def decided(reflection) -> ModerationEvent:
    return reflection.events.order_by("-pk").first()


def test_the_log_lists_decisions_and_filters_them(client, version, mod, second_mod):
    mine = moderation.approve(ReflectionFactory(version=version), by=mod)
    theirs = moderation.decline(
        ReflectionFactory(version=version), by=second_mod, reason_code="spam"
    )
    ReflectionFactory(version=version)  # waiting: not handled
    client.force_login(mod)
    url = reverse("reflections:handled")
    page = client.get(url)
    assert [e.reflection_id for e in page.context["events"]] == [theirs.pk, mine.pk]
    assert "door Moderator Max" in page.content.decode()
    only_mine = client.get(url, {"wie": "mij"}).context["events"]
    assert [e.reflection_id for e in only_mine] == [mine.pk]
    declines = client.get(url, {"besluit": Action.DECLINED}).context["events"]
    assert [e.reflection_id for e in declines] == [theirs.pk]
    ModerationEvent.objects.filter(pk=decided(theirs).pk).update(
        created_at=timezone.now() - datetime.timedelta(days=8)
    )
    assert [e.reflection_id for e in client.get(url).context["events"]] == [mine.pk]
    assert len(client.get(url, {"dagen": "30"}).context["events"]) == 2
    assert client.get(url, {"paper": "GEEN-PAPER"}).context["events"] == []


def test_reopening_within_the_window_puts_it_back_and_the_author_hears_only_the_last(
    client, version, reader, mod, delivered
):
    reflection = ReflectionFactory(version=version, author=reader)
    moderation.decline(reflection, by=mod, reason_code="off_topic")
    assert delivered(waited=False) == []  # the email waits for the undo window
    client.force_login(mod)
    response = client.post(
        reverse("reflections:reopen", args=[reflection.pk]),
        {"decision": decided(reflection).pk, "next": reverse("reflections:handled")},
        follow=True,
    )
    assert "staat weer in de wachtrij" in response.content.decode()
    reflection.refresh_from_db()
    assert reflection.status == Reflection.Status.PENDING and reflection.status_reason == ""
    assert decided(reflection).action == Action.REOPENED
    assert decided(reflection).actor == mod
    assert OutgoingEmail.objects.get().status == OutgoingEmail.Status.CANCELLED

    moderation.approve(reflection, by=mod)
    sent = delivered()
    assert len(sent) == 1 and "gepubliceerd" in sent[0].body.lower()
    assert "Gaat niet over de paper" not in sent[0].body


def test_reopening_after_the_window_is_refused_clearly(client, version, mod):
    reflection = moderation.approve(ReflectionFactory(version=version), by=mod)
    ModerationEvent.objects.filter(pk=decided(reflection).pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=16)
    )
    client.force_login(mod)
    page = client.get(reverse("reflections:handled"))
    assert "Heropenen" not in page.content.decode()
    response = client.post(
        reverse("reflections:reopen", args=[reflection.pk]),
        {"decision": decided(reflection).pk},
        follow=True,
    )
    assert "ouder dan 15 minuten" in response.content.decode()
    assert Reflection.objects.get(pk=reflection.pk).status == Reflection.Status.APPROVED


def test_a_decision_that_was_followed_by_another_step_cannot_be_reopened(
    client, version, reader, mod
):
    reflection = ReflectionFactory(version=version, author=reader)
    moderation.request_revision(reflection, by=mod, note="Korter graag.")
    request = decided(reflection)
    moderation.edit(reflection, by=reader, body="Korter, en nog lang genoeg.", perspective="client")
    client.force_login(mod)
    response = client.post(
        reverse("reflections:reopen", args=[reflection.pk]), {"decision": request.pk}, follow=True
    )
    assert "er is sindsdien iets anders gebeurd" in response.content.decode()
    assert not reflection.events.filter(action=Action.REOPENED).exists()


def test_reopening_a_publication_takes_it_off_the_site(client, version, mod):
    reflection = moderation.approve(ReflectionFactory(version=version), by=mod)
    assert client.get(reverse("reflections:detail", args=[reflection.pk])).status_code == 200
    moderation.reopen(reflection, by=mod, decision_id=decided(reflection).pk)
    assert client.get(reverse("reflections:detail", args=[reflection.pk])).status_code == 404
    assert Reflection.objects.get(pk=reflection.pk).published_at is None


def test_saved_reasons_are_kept_and_used_when_asking_for_a_revision(
    client, version, reader, mod, delivered
):
    client.force_login(mod)
    response = client.post(
        reverse("reflections:saved_reasons"),
        {"use": "revision", "title": "Zonder namen", "text": "Schrijf zonder namen van personen."},
    )
    assert response.status_code == 302
    saved = SavedReason.objects.get()
    empty = client.post(reverse("reflections:saved_reasons"), {"use": "revision", "title": ""})
    assert empty.status_code == 400 and "Er is iets niet goed ingevuld" in empty.content.decode()

    reflection = ReflectionFactory(version=version, author=reader)
    page = client.get(reverse("reflections:moderate", args=[reflection.pk])).content.decode()
    assert "Zonder namen" in page
    client.post(
        reverse("reflections:decide", args=[reflection.pk, "revision"]),
        {"saved_note": saved.pk, "note": "Ook het jaartal."},
    )
    reflection.refresh_from_db()
    assert reflection.status_reason == "Schrijf zonder namen van personen.\n\nOok het jaartal."
    assert "Schrijf zonder namen van personen." in delivered()[-1].body

    client.post(
        reverse("reflections:saved_reason", args=[saved.pk]),
        {"use": "revision", "title": "Zonder namen", "text": "Nieuwe tekst."},
    )
    assert SavedReason.objects.get().text == "Nieuwe tekst."
    client.post(reverse("reflections:saved_reason", args=[saved.pk]), {"delete": "1"})
    assert not SavedReason.objects.exists()
    assert Reflection.objects.get(pk=reflection.pk).status_reason.startswith("Schrijf zonder")


def test_a_removal_is_taken_back_from_the_log(client, version, mod, other_reader):
    reflection = moderation.approve(ReflectionFactory(version=version), by=mod)
    moderation.report(reflection, by=other_reader, reason="Niet respectvol.")
    moderation.decline(reflection, by=mod, reason_code="disrespectful")
    removal = decided(reflection)
    client.force_login(mod)
    log = client.get(reverse("reflections:handled")).content.decode()
    assert "Verwijdering terugdraaien" in log
    response = client.post(
        reverse("reflections:reopen", args=[reflection.pk]), {"decision": removal.pk}, follow=True
    )
    assert f"Verwijdering teruggedraaid: #{reflection.pk} staat weer online." in (
        response.content.decode()
    )
    reflection.refresh_from_db()
    assert reflection.is_approved


@pytest.mark.parametrize("value", ["²", "1" * 4301])
def test_a_number_that_is_none_is_refused_not_a_500(client, version, mod, value):
    # str.isdigit() let "²" through to int(): a 500 on the log's filter and on reopening.
    reflection = moderation.approve(ReflectionFactory(version=version), by=mod)
    client.force_login(mod)
    page = client.get(reverse("reflections:handled"), {"dagen": value})
    assert page.status_code == 200 and page.context["filters"].days == 7
    response = client.post(reverse("reflections:reopen", args=[reflection.pk]), {"decision": value})
    assert response.status_code == 302
    assert Reflection.objects.get(pk=reflection.pk).status == Reflection.Status.APPROVED
