import pytest

from civcare.accounts.tests.factories import UserFactory, editor, moderator
from papers.tests.factories import build_paper


@pytest.fixture
def version(db):
    return build_paper(
        code="SHPP003-90", sections=3, groups=2, questions_per_group=2, section_questions=2
    )


@pytest.fixture
def reader(db):
    return UserFactory(display_name="Lezer Lotte")


@pytest.fixture
def other_reader(db):
    return UserFactory(display_name="Andere Anna")


@pytest.fixture
def mod(db):
    return moderator(display_name="Moderator Mo")


@pytest.fixture
def second_mod(db):
    return moderator(display_name="Moderator Max")


@pytest.fixture
def an_editor(db):
    return editor(display_name="Redacteur Ruud")
