"""The paper page's body from parts (public.body): the same page as a whole render,
and after a change to one target's reflections only that target's block is made again."""

import pytest
from django.utils import translation

from civcare.accounts.tests.factories import moderator
from papers import selectors
from papers.tests.factories import build_paper
from public import body, page
from reflections import moderation
from reflections import selectors as reflection_selectors
from reflections.models import Reflection
from reflections.tests.factories import ReflectionFactory, approved

pytestmark = pytest.mark.django_db


@pytest.fixture
def version():
    version = build_paper(code="SHPP003-61", sections=2, groups=2, questions_per_group=2)
    question = version.questions.filter(group__isnull=False).first()
    section = version.sections.first()
    for n in range(7):  # more than the page shows on one target
        approved(version=version, question=question, body=f"Over de vraag, nummer {n}.")
    parent = approved(version=version, section=section, perspective="client", body="Sectie.")
    approved(version=version, section=section, parent=parent, body="Een reactie.")
    approved(version=version, body="Over de paper als geheel.", perspective="lawyer")
    return version


def assembled(version, *, perspective=None) -> bytes:
    resolved = selectors.resolve_version(version.paper.code, version.number, user=None)
    return body.assemble(resolved, perspective=perspective)


def whole(version, *, perspective=None) -> bytes:
    resolved = selectors.resolve_version(version.paper.code, version.number, user=None)
    return page._rendered_whole(resolved, perspective)


@pytest.mark.parametrize("perspective", [None, "client"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_assembled_body_is_the_whole_render(version, perspective, language):
    with translation.override(language):
        expected = whole(version, perspective=perspective)
        assert assembled(version, perspective=perspective) == expected
    text = expected.decode()
    assert "Een reactie." in text  # the client's reflection, with its reply
    if perspective is None:
        assert "Lees alle 7 reflecties" in text or "Read all 7 reflections" in text


def test_after_an_approval_only_its_target_is_read_and_rendered(version, monkeypatch):
    assembled(version)
    question = version.questions.filter(group__isnull=False).last()
    waiting = ReflectionFactory(version=version, question=question, body="De nieuwe, op een vraag.")
    moderation.approve(waiting, by=moderator())
    asked = []
    real = reflection_selectors.shown_on

    def spying(version, keys, *args):
        asked.append(keys)
        return real(version, keys, *args)

    monkeypatch.setattr(reflection_selectors, "shown_on", spying)
    after = assembled(version).decode()
    assert asked == [[("question", question.pk)]]
    assert "De nieuwe, op een vraag." in after
    assert after.encode() == whole(version)  # the counts and the overview are current too


def test_a_change_that_renewed_no_generation_still_shows(version):
    """A change made around the transitions (an update in bulk, a repair in the shell)
    still shows: a block is keyed by its count and its reflections' latest change too."""
    assembled(version)
    Reflection.objects.filter(body="Over de paper als geheel.").update(status="hidden")
    assert b"Over de paper als geheel." not in assembled(version)


def test_a_skeleton_slot_for_every_dynamic_part(version):
    resolved = selectors.resolve_version(version.paper.code, version.number, user=None)
    skeleton = body._skeleton(resolved)
    assert "overview" in skeleton.slots and "consultation" in skeleton.slots
    assert len(skeleton.groups) == 2
    assert set(skeleton.targets) <= set(skeleton.slots)
    assert len(skeleton.targets) == 2 + version.questions.count() + 1  # sections, questions, paper
