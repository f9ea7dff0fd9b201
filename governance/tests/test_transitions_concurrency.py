"""Editors acting at the same moment: one v1.0 and one clear error; overlapping bulk answers
that leave every reflection with exactly one disposition and an audit trail of both."""

import datetime

import pytest

from civcare.accounts.tests.factories import editor
from governance import transitions
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


def test_overlapping_bulk_answers_leave_one_disposition_each_and_both_in_the_trail():
    from governance.models import Disposition
    from reflections.tests.factories import approved

    one, two = editor(), editor()
    consulted = build_paper(code="SHPP003-96")
    ids = [approved(version=consulted).pk for _ in range(40)]
    transitions.close_consultation(consulted, by=one)
    draft = transitions.create_draft(consulted, by=one)
    first, second = ids[:30], ids[10:]  # 20 reflections in both selections
    results = race(
        lambda: transitions.record_dispositions(
            first, by=one, draft=draft, kind=Disposition.Kind.LATER, response="Later."
        ),
        lambda: transitions.record_dispositions(
            second, by=two, draft=draft, kind=Disposition.Kind.OUT_OF_SCOPE, response="Elders."
        ),
    )
    assert sorted(results) == [30, 30]
    assert Disposition.objects.count() == 40
    assert set(Disposition.objects.values_list("reflection_id", flat=True)) == set(ids)
    recorded = PaperEvent.objects.filter(
        version=draft, action=PaperEvent.Action.DISPOSITION_RECORDED
    )
    assert recorded.count() == 60
    # Who answered last for the shared ones is who the disposition names.
    last = recorded.order_by("-pk").first().actor
    shared = Disposition.objects.filter(reflection_id__in=ids[10:30])
    assert set(shared.values_list("decided_by", flat=True)) == {last.pk}


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
    following.notify(consulted, following.Step.CLOSED)
    mail.outbox = []
    results = race(outbox.deliver, outbox.deliver, outbox.deliver)
    assert sum(results) == 30, results
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in people)
