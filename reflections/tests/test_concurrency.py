"""Two people acting at the same moment leave one consistent result (PostgreSQL row locks)."""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from civcare.accounts.tests.factories import UserFactory, moderator
from papers.tests.factories import build_paper
from reflections import moderation
from reflections.models import ModerationEvent, Reflection
from reflections.tests.factories import ReflectionFactory

# serialized_rollback: the flush after each test would otherwise drop the groups that
# data migrations created (Redactie, Moderatie).
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def race(*actions):
    """Run the actions at the same moment in separate threads (separate connections)."""
    barrier = threading.Barrier(len(actions))
    results: list = [None] * len(actions)

    def run(index, action):
        try:
            barrier.wait()
            results[index] = action()
        except Exception as error:
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_two_moderators_deciding_at_once():
    version = build_paper(code="SHPP003-95")
    reflection = ReflectionFactory(version=version)
    first, second = moderator(), moderator()
    results = race(
        lambda: moderation.approve(reflection, by=first),
        lambda: moderation.request_revision(reflection, by=second, note="Graag korter."),
    )
    errors = [r for r in results if isinstance(r, Exception)]
    assert len(errors) == 1 and isinstance(errors[0], moderation.InvalidTransition)
    reflection.refresh_from_db()
    decided = ModerationEvent.objects.filter(reflection=reflection)
    assert decided.count() == 1
    assert decided.get().to_status == reflection.status
    assert reflection.status in {Reflection.Status.APPROVED, Reflection.Status.REVISION}


def test_a_double_click_creates_one_reflection():
    version = build_paper(code="SHPP003-96")
    author = UserFactory()
    body = "Precies dezelfde tekst, twee keer tegelijk verstuurd door een dubbelklik."
    results = race(
        *[
            (
                lambda: moderation.submit(
                    version=version, author=author, body=body, perspective="relative"
                )
            )
            for _ in range(4)
        ]
    )
    assert not [r for r in results if isinstance(r, Exception)]
    assert Reflection.objects.filter(author=author).count() == 1
    assert sum(1 for _reflection, created in results if created) == 1


def test_two_moderators_working_the_same_filtered_queue():
    """One publishes from the cards oldest first, the other declines from the item pages
    newest first: every item is decided exactly once, and every second attempt is told."""
    version = build_paper(code="SHPP003-97")
    items = [
        ReflectionFactory(version=version, perspective="relative", body=f"Netwerk {n}, lang.")
        for n in range(30)
    ]
    ReflectionFactory(version=version, perspective="client")  # outside the filter
    first, second = moderator(), moderator()
    queue_url = reverse("reflections:queue") + "?perspectief=relative"

    def work(person, order, action):
        client = Client()
        client.force_login(person)
        told = []
        for item in order:
            if action == "approve":
                response = client.post(
                    queue_url,
                    {"approve": f"{item.pk}:{item.waiting_digest}", "next": queue_url},
                    follow=True,
                )
            else:
                response = client.post(
                    reverse("reflections:decide", args=[item.pk, "decline"]),
                    {"reason_code": "spam", "next": queue_url, "seen_status": "pending"},
                    follow=True,
                )
            told.append(response.content.decode())
        return told

    results = race(
        lambda: work(first, items, "approve"),
        lambda: work(second, list(reversed(items)), "decline"),
    )
    assert not [r for r in results if isinstance(r, Exception)], results
    for item in items:
        decisions = ModerationEvent.objects.filter(
            reflection=item, action__in=ModerationEvent.DECISION_ACTIONS
        )
        assert decisions.count() == 1, item.pk
    pages = [page for told in results for page in told]
    refused = [page for page in pages if "er is niets meer te beslissen" in page]
    done = [
        page
        for page in pages
        if page not in refused
        and ("Gepubliceerd: de reflectie is nu" in page or "Niet geplaatst. De auteur" in page)
    ]
    assert len(done) == 30 and len(refused) == 30
    assert Reflection.objects.filter(perspective="client", status="pending").count() == 1
