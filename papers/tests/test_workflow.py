import pytest
from django.core.exceptions import PermissionDenied

from civcare.accounts.tests.factories import UserFactory, editor
from papers import workflow
from papers.models import PaperVersion
from papers.tests.factories import PaperVersionFactory, SectionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def an_editor():
    return editor()


def test_open_consultation_writes_an_event_and_links_announced_references(an_editor):
    draft = PaperVersionFactory(paper__code="SHPP003-02", status=PaperVersion.Status.DRAFT)
    citing = SectionFactory(body="Zie [SPP003-02](paper:SHPP003-02).")
    assert "(aangekondigd)" in citing.body_html

    opened = workflow.open_consultation(draft, by=an_editor)

    assert opened.status == PaperVersion.Status.CONSULTATION
    event = opened.events.get()
    assert (event.action, event.actor, event.from_status, event.to_status) == (
        "papers.consultation.opened",
        an_editor,
        "draft",
        "consultation",
    )
    citing.refresh_from_db()
    assert 'href="/papers/SHPP003-02/"' in citing.body_html


def test_open_consultation_needs_an_editor():
    draft = PaperVersionFactory(status=PaperVersion.Status.DRAFT)
    reader = UserFactory()
    with pytest.raises(PermissionDenied):
        workflow.open_consultation(draft, by=reader)
    draft.refresh_from_db()
    assert draft.status == PaperVersion.Status.DRAFT
    assert not draft.events.exists()


def test_open_consultation_refuses_a_version_that_is_not_a_draft(an_editor):
    version = PaperVersionFactory(status=PaperVersion.Status.CONSULTATION)
    with pytest.raises(workflow.InvalidTransition, match="Alleen een versie in voorbereiding"):
        workflow.open_consultation(version, by=an_editor)
