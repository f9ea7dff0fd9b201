import pytest
from django.contrib.auth.models import Group, User
from django.core.exceptions import PermissionDenied

from papers import workflow
from papers.models import PaperVersion
from papers.tests.factories import PaperVersionFactory, SectionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    user = User.objects.create_user("redacteur", "redactie@example.org", "x")
    user.groups.add(Group.objects.get_or_create(name="Redactie")[0])
    return user


def test_open_consultation_writes_an_event_and_links_announced_references(editor):
    draft = PaperVersionFactory(paper__code="SHPP003-02", status=PaperVersion.Status.DRAFT)
    citing = SectionFactory(body="Zie [SPP003-02](paper:SHPP003-02).")
    assert "(aangekondigd)" in citing.body_html

    opened = workflow.open_consultation(draft, by=editor)

    assert opened.status == PaperVersion.Status.CONSULTATION
    event = opened.events.get()
    assert (event.action, event.actor, event.from_status, event.to_status) == (
        "papers.consultation.opened",
        editor,
        "draft",
        "consultation",
    )
    citing.refresh_from_db()
    assert 'href="/papers/SHPP003-02/"' in citing.body_html


def test_open_consultation_needs_an_editor():
    draft = PaperVersionFactory(status=PaperVersion.Status.DRAFT)
    reader = User.objects.create_user("lezer", "lezer@example.org", "x")
    with pytest.raises(PermissionDenied):
        workflow.open_consultation(draft, by=reader)
    draft.refresh_from_db()
    assert draft.status == PaperVersion.Status.DRAFT
    assert not draft.events.exists()


def test_open_consultation_refuses_a_version_that_is_not_a_draft(editor):
    version = PaperVersionFactory(status=PaperVersion.Status.CONSULTATION)
    with pytest.raises(workflow.InvalidTransition, match="Alleen een versie in voorbereiding"):
        workflow.open_consultation(version, by=editor)
