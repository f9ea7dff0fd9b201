"""Two editors promoting at the same moment: exactly one v1.0 and one clear error."""

import datetime

import pytest

from civcare.accounts.tests.factories import editor
from papers.governance import transitions
from papers.models import PaperEvent, PaperVersion
from papers.tests.factories import build_paper
from reflections.tests.test_concurrency import race

# serialized_rollback: the flush after each test would otherwise drop the groups that
# data migrations created (Redactie, Moderatie).
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_concurrent_promotion_adopts_once():
    recorder, first, second = editor(), editor(), editor()
    consulted = build_paper(code="SHPP003-97")
    transitions.close_consultation(consulted, by=recorder)
    draft = transitions.create_draft(consulted, by=recorder)
    transitions.record_decision(
        draft, by=recorder, decided_on=datetime.date(2026, 6, 1), reference="B-1"
    )
    results = race(
        lambda: transitions.promote(draft, by=first),
        lambda: transitions.promote(draft, by=second),
    )
    errors = [r for r in results if isinstance(r, Exception)]
    assert len(errors) == 1
    assert isinstance(errors[0], transitions.InvalidTransition)
    assert "al vastgesteld" in errors[0].message
    assert PaperVersion.objects.filter(status=PaperVersion.Status.ADOPTED).count() == 1
    assert PaperEvent.objects.filter(action="papers.version.adopted").count() == 1


def test_concurrent_drafts_create_one():
    one, two = editor(), editor()
    consulted = build_paper(code="SHPP003-98")
    transitions.close_consultation(consulted, by=one)
    results = race(
        lambda: transitions.create_draft(consulted, by=one),
        lambda: transitions.create_draft(consulted, by=two),
    )
    assert sum(isinstance(r, transitions.InvalidTransition) for r in results) == 1
    assert PaperVersion.objects.filter(status=PaperVersion.Status.DRAFT).count() == 1


def test_three_deliverers_at_once_send_each_email_once():
    # Two cron jobs and a --loop deliverer, say, at the same moment.
    from django.core import mail

    from civcare.accounts.tests.factories import UserFactory
    from civcare.core import mail as outbox
    from papers import following

    consulted = build_paper(code="SHPP003-96")
    people = [UserFactory() for _ in range(30)]
    for person in people:
        following.follow(person, consulted.paper)
    following.notify(consulted, following.CLOSED)
    mail.outbox = []
    results = race(outbox.deliver, outbox.deliver, outbox.deliver)
    assert sum(results) == 30, results
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in people)
