"""Erasure leaves nothing: after an account is deleted, no table and no cache key holds the
person's name, address or words (AVG art. 17), whichever choice they made for their
published reflections. Crosses every part: accounts, reflections, papers, the outbox."""

import pickle

import pytest
from django.apps import apps
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.db import models
from django.test import Client

from civcare.accounts.services import delete_account
from civcare.accounts.tests.factories import UserFactory, moderator
from papers import following
from papers.tests.factories import build_paper
from reflections import moderation

pytestmark = pytest.mark.django_db

NAME = "Pieter Privéschuil"
EMAIL = "pieter.prive@example.org"
PUBLISHED = "Gepubliceerde tekst van Pieter over het netwerk rond zijn broer."
PENDING = "Wachtende tekst van Pieter die nog niemand las, over de woongroep."
REPORT = "Pieters eigen reden om deze reflectie te melden."
DRAFT = "Concept van Pieter, geschreven voordat hij inlogde, over de crisis."
CHANGE = "Een aanvulling van Pieter die nog wacht op de moderatie."


def texts_in_tables() -> list[tuple[str, str]]:
    """(table, text) for every text value of every row of every table."""
    found = []
    for model in apps.get_models():
        fields = [
            f.attname
            for f in model._meta.concrete_fields
            if isinstance(f, models.CharField | models.TextField | models.JSONField)
        ]
        for row in model.objects.values_list(*fields) if fields else []:
            found += [(model._meta.db_table, str(value)) for value in row if value]
    for session in Session.objects.all():
        found.append(("django_session (decoded)", str(session.get_decoded())))
    return found


def texts_in_cache() -> list[tuple[str, str]]:
    """(key, value) of everything in the cache (the tests' local memory cache)."""
    return [(key, str(pickle.loads(value))) for key, value in list(cache._cache.items())]


def holding(markers, places) -> list[str]:
    return sorted({f"{where}: {marker[:20]}…" for where, text in places for marker in markers
                   if marker in text})  # fmt: skip


@pytest.fixture
def person_everywhere(django_capture_on_commit_callbacks):
    version = build_paper(code="SHPP003-80", sections=2, groups=1, questions_per_group=2)
    mod = moderator()
    person = UserFactory(display_name=NAME, email=EMAIL)
    with django_capture_on_commit_callbacks(execute=True):
        published, _ = moderation.submit(
            version=version, author=person, perspective="relative", body=PUBLISHED
        )
        moderation.approve(published, by=mod)
        moderation.submit(version=version, author=person, perspective="relative", body=PENDING)
        other, _ = moderation.submit(
            version=version, author=UserFactory(), perspective="client",
            body="Een reflectie van iemand anders, die Pieter meldt.",
        )  # fmt: skip
        other = moderation.approve(other, by=mod)
        moderation.report(other, by=person, reason=REPORT)
        # A change to their published reflection still waiting for a moderator.
        moderation.edit(published, by=person, body=f"{PUBLISHED} {CHANGE}", perspective="client")
        following.follow(person, version.paper)
        following.notify(version, following.Step.CLOSED)  # an email to them, still in the outbox
    # A draft written before signing in on a second device, then signed in there.
    device = Client()
    device.post(
        f"/papers/{version.paper.code}/v{version.number}/reageren/",
        {"target": "paper", "perspective": "relative", "body": DRAFT, "is_anonymous": "naam"},
    )
    device.force_login(person)
    # Everything cached that shows them: the visitors' page, theirs, the moderation queue.
    Client().get(version.get_absolute_url())
    device.get(version.get_absolute_url())
    moderating = Client()
    moderating.force_login(mod)
    moderating.get("/moderatie/")
    markers = [NAME, EMAIL, PUBLISHED, PENDING, REPORT, DRAFT, CHANGE]
    assert holding([NAME, PENDING], texts_in_cache())  # the check sees what it looks for
    assert holding(markers, texts_in_tables())
    return person, version, other, device, markers


@pytest.mark.parametrize("keep_published", [False, True])
def test_erasure_leaves_no_trace_in_any_table_or_cache_key(
    person_everywhere, django_capture_on_commit_callbacks, keep_published
):
    person, _version, other, device, markers = person_everywhere
    with django_capture_on_commit_callbacks(execute=True):
        delete_account(person, keep_reflections=keep_published)
    if keep_published:
        markers.remove(PUBLISHED)  # they chose to leave it, as "Verwijderd account"
    assert holding(markers, texts_in_tables()) == []
    assert holding(markers, texts_in_cache()) == []
    # Their report no longer counts; their waiting change is out of the queue.
    from reflections.models import Reflection

    assert not Reflection.objects.awaiting_moderation().exists()
    other.refresh_from_db()
    assert other.report_count == 0
    # Signed out on the other device too.
    assert "/accounts/login/" in device.get("/mijn/account/").url


def test_an_editor_who_recorded_a_board_decision_can_delete_their_account(client):
    import datetime

    from civcare.accounts.tests.factories import editor
    from papers.governance import transitions

    version = build_paper(code="SHPP003-81", sections=2, groups=1, questions_per_group=1)
    recorder, other_editor = editor(display_name="Redacteur Weg"), editor()
    transitions.close_consultation(version, by=recorder)
    draft = transitions.create_draft(version, by=recorder)
    transitions.record_decision(
        draft, by=recorder, decided_on=datetime.date(2026, 11, 20), reference="BB-9"
    )
    delete_account(recorder, keep_reflections=False)  # it was a 500 (a protected key)
    draft.refresh_from_db()
    assert draft.board_decision.reference == "BB-9" and draft.board_decision.recorded_by is None
    client.force_login(other_editor)
    page = client.get(f"/redactie/{draft.paper.code}/v{draft.number}/").content.decode()
    assert "vastgelegd door Verwijderd account" in page
