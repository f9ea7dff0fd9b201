"""The one rule for what the public reads of the editors' coding (models.publishes_coding,
coding_is_public, and the dispositions and passages it decides for): a consultation's coding
is public once a version based on the consulted one is adopted, not when the consulted one
is adopted itself (#28)."""

import pytest

from papers.governance.models import Disposition, coding_is_public, publishes_coding
from papers.models import PaperVersion
from papers.tests.factories import PaperVersionFactory, adopted_successor
from reflections.tests.factories import approved

pytestmark = pytest.mark.django_db
Status = PaperVersion.Status


def test_an_adopted_version_does_not_publish_its_own_coding():
    adopted = PaperVersionFactory(major=1, minor=0, status=Status.ADOPTED)
    assert not coding_is_public(adopted)
    PaperVersionFactory(paper=adopted.paper, major=1, minor=1, based_on=adopted,
                        status=Status.DRAFT)  # fmt: skip
    assert not coding_is_public(adopted)


@pytest.mark.parametrize("status", [Status.ADOPTED, Status.SUPERSEDED])
def test_the_adopted_successor_publishes_it_and_keeps_it_published(status):
    consulted = PaperVersionFactory(status=Status.CLOSED)
    successor = adopted_successor(consulted)
    PaperVersion.objects.filter(pk=successor.pk).update(status=status)
    consulted.refresh_from_db()
    assert coding_is_public(consulted)
    # From the versions a page loaded already, without a query: the same answer.
    versions = list(PaperVersion.objects.filter(paper=consulted.paper))
    assert coding_is_public(consulted, versions=versions)


@pytest.mark.parametrize(
    ("status", "public"),
    [(Status.DRAFT, False), (Status.CONSULTATION, False), (Status.CLOSED, False),
     (Status.ADOPTED, True), (Status.SUPERSEDED, True)],
)  # fmt: skip
def test_a_disposition_is_public_with_the_coding_it_belongs_to(status, public):
    consulted = PaperVersionFactory(major=1, minor=0, status=Status.ADOPTED)
    successor = PaperVersionFactory(paper=consulted.paper, major=1, minor=1, based_on=consulted,
                                    status=status)  # fmt: skip
    disposition = Disposition.objects.create(
        reflection=approved(version=consulted), version=successor, kind="later", response="Later."
    )
    assert disposition.is_public is public is publishes_coding(successor)
    assert coding_is_public(consulted) is public
