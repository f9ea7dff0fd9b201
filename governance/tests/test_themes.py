"""The editors' themes (transitions/themes.py): keeping the list and coding many reflections
in one step, each step audited; bulk dispositions (transitions/dispositions.py)."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied

from civcare.accounts.tests.factories import UserFactory, editor
from governance import transitions
from governance.models import Disposition, Theme, ThemeAssignment
from papers.models import PaperEvent
from papers.tests.factories import build_paper
from reflections.tests.factories import ReflectionFactory, approved

pytestmark = pytest.mark.django_db
Action = PaperEvent.Action


@pytest.fixture
def an_editor():
    return editor(display_name="Redacteur Roos")


@pytest.fixture
def consulted():
    return build_paper(code="SHPP003-81", sections=2, groups=1, section_questions=1)


def notes(version, action) -> list[str]:
    return list(version.events.filter(action=action).order_by("pk").values_list("note", flat=True))


def test_keeping_the_list_of_themes(consulted, an_editor):
    care = transitions.create_theme(
        consulted, by=an_editor, name="  Regie   bij de cliënt ", description="Wie beslist."
    )
    assert (care.name, care.order) == ("Regie bij de cliënt", 1)
    assert transitions.create_theme(consulted, by=an_editor, name="Wachttijden").order == 2
    with pytest.raises(transitions.InvalidTransition, match="al een thema"):
        transitions.create_theme(consulted, by=an_editor, name="regie bij de cliënt")
    with pytest.raises(transitions.InvalidTransition, match="naam"):
        transitions.create_theme(consulted, by=an_editor, name="   ")
    with pytest.raises(transitions.InvalidTransition, match="hooguit 120 tekens"):
        transitions.create_theme(consulted, by=an_editor, name="x" * 121)
    transitions.change_theme(care, by=an_editor, name="Regie", description="", order=3)
    assert list(Theme.objects.filter(version=consulted).values_list("name", flat=True)) == [
        "Wachttijden",
        "Regie",
    ]
    transitions.delete_theme(care, by=an_editor)
    assert notes(consulted, Action.THEME_CREATED) == ["Regie bij de cliënt", "Wachttijden"]
    assert notes(consulted, Action.THEME_CHANGED) == ["Regie bij de cliënt → Regie"]
    assert notes(consulted, Action.THEME_DELETED) == ["Regie (bij 0 reflecties)"]


def test_only_editors_code_and_only_until_the_next_version_is_adopted(consulted, an_editor):
    with pytest.raises(PermissionDenied):
        transitions.create_theme(consulted, by=UserFactory(), name="Wachttijden")
    theme = transitions.create_theme(consulted, by=an_editor, name="Wachttijden")
    reflection = approved(version=consulted)
    with pytest.raises(PermissionDenied):
        transitions.assign_theme(theme, [reflection.pk], by=UserFactory())
    consulted.status = consulted.Status.SUPERSEDED
    consulted.save(update_fields=["status"])
    with pytest.raises(transitions.InvalidTransition, match="liggen ze vast"):
        transitions.assign_theme(theme, [reflection.pk], by=an_editor)
    assert not ThemeAssignment.objects.exists()


def test_a_theme_is_given_to_a_selection_at_once_and_audited_with_every_number(
    consulted, an_editor, django_assert_num_queries, django_assert_max_num_queries
):
    theme = transitions.create_theme(consulted, by=an_editor, name="Wachttijden")
    few = [approved(version=consulted).pk for _ in range(3)]
    many = [approved(version=consulted).pk for _ in range(30)]
    # Two more than before #29: the bulk step and what it changed are kept, to undo it.
    with django_assert_max_num_queries(12) as few_queries:
        assert transitions.assign_theme(theme, few, by=an_editor) == 3
    with django_assert_num_queries(len(few_queries.captured_queries)):
        assert transitions.assign_theme(theme, many, by=an_editor) == 30
    assert transitions.assign_theme(theme, few, by=an_editor) == 0  # had it already
    assert set(theme.reflections.values_list("pk", flat=True)) == set(few + many)
    assert notes(consulted, Action.THEME_ASSIGNED)[0] == "Wachttijden: " + ", ".join(
        f"#{pk}" for pk in sorted(few)
    )
    assert transitions.remove_theme(theme, few[:2], by=an_editor) == 2
    assert notes(consulted, Action.THEME_REMOVED) == [
        "Wachttijden: " + ", ".join(f"#{pk}" for pk in sorted(few[:2]))
    ]
    assert theme.reflections.count() == 31


def test_a_selection_with_a_text_that_is_not_published_changes_nothing(consulted, an_editor):
    theme = transitions.create_theme(consulted, by=an_editor, name="Wachttijden")
    published = approved(version=consulted)
    waiting = ReflectionFactory(version=consulted)  # still with the moderators
    with pytest.raises(transitions.InvalidTransition, match=f"#{waiting.pk}"):
        transitions.assign_theme(theme, [published.pk, waiting.pk], by=an_editor)
    assert not ThemeAssignment.objects.exists()
    assert notes(consulted, Action.THEME_ASSIGNED) == []


@pytest.fixture
def draft(consulted, an_editor):
    transitions.close_consultation(consulted, by=an_editor)
    return transitions.create_draft(consulted, by=an_editor)


def test_one_answer_for_many_reflections_each_with_its_own_row_and_audit(
    draft, an_editor, django_assert_num_queries, django_assert_max_num_queries
):
    few = [approved(version=draft.based_on).pk for _ in range(2)]
    many = [approved(version=draft.based_on).pk for _ in range(25)]
    answer = {"kind": Disposition.Kind.LATER, "response": "Voor de volgende versie."}
    with django_assert_max_num_queries(12) as few_queries:
        assert transitions.record_dispositions(few, by=an_editor, draft=draft, **answer) == 2
    with django_assert_num_queries(len(few_queries.captured_queries)):
        assert transitions.record_dispositions(many, by=an_editor, draft=draft, **answer) == 25
    assert Disposition.objects.filter(kind=Disposition.Kind.LATER).count() == 27
    recorded = notes(draft, Action.DISPOSITION_RECORDED)
    assert len(recorded) == 27 and recorded[0] == f"#{min(few)}: Meegenomen voor een latere versie"
    # One of them is answered differently afterwards: only that one changes.
    single = Disposition.objects.get(reflection_id=few[0]).reflection
    transitions.record_disposition(
        single, by=an_editor, draft=draft, kind=Disposition.Kind.OUT_OF_SCOPE,
        response="Dit gaat over een andere paper.",
    )  # fmt: skip
    kinds = dict(Disposition.objects.values_list("reflection_id", "kind"))
    assert kinds[few[0]] == Disposition.Kind.OUT_OF_SCOPE
    assert kinds[few[1]] == Disposition.Kind.LATER


def test_a_bulk_answer_is_checked_as_one_answer_is(draft, an_editor):
    ids = [approved(version=draft.based_on).pk for _ in range(3)]
    elsewhere = approved(version=build_paper(code="SHPP003-82"))
    with pytest.raises(transitions.InvalidTransition, match="reden"):
        transitions.record_dispositions(
            ids, by=an_editor, draft=draft, kind=Disposition.Kind.NOT_ADOPTED, response="Nee."
        )
    with pytest.raises(transitions.InvalidTransition, match="gewijzigde sectie"):
        transitions.record_dispositions(
            ids, by=an_editor, draft=draft, kind=Disposition.Kind.INCORPORATED, response="Ja."
        )
    with pytest.raises(transitions.InvalidTransition, match="Alleen gepubliceerde reflecties"):
        transitions.record_dispositions(
            [*ids, elsewhere.pk], by=an_editor, draft=draft, kind=Disposition.Kind.LATER,
            response="Later.",
        )  # fmt: skip
    with pytest.raises(PermissionDenied):
        transitions.record_dispositions(
            ids, by=UserFactory(), draft=draft, kind=Disposition.Kind.LATER, response="Later."
        )
    assert not Disposition.objects.exists()
    assert notes(draft, Action.DISPOSITION_RECORDED) == []


def test_bulk_answers_count_for_adoption(draft, an_editor):
    ids = [approved(version=draft.based_on).pk for _ in range(4)]
    transitions.record_dispositions(
        ids, by=an_editor, draft=draft, kind=Disposition.Kind.LATER, response="Later."
    )
    transitions.record_decision(
        draft, by=an_editor, decided_on=datetime.date(2026, 6, 1), reference="B-9"
    )
    assert transitions.promote(draft, by=editor()).status == draft.Status.ADOPTED


def test_one_answer_for_everything_a_theme_holds(draft, an_editor):
    theme = transitions.create_theme(draft.based_on, by=an_editor, name="Wachttijden")
    coded = [approved(version=draft.based_on).pk for _ in range(5)]
    other = approved(version=draft.based_on)
    transitions.assign_theme(theme, coded, by=an_editor)
    answer = {"kind": Disposition.Kind.LATER, "response": "Voor de volgende versie."}
    assert (
        transitions.record_dispositions_for_theme(theme, by=an_editor, draft=draft, **answer) == 5
    )
    assert set(Disposition.objects.values_list("reflection_id", flat=True)) == set(coded)
    assert not Disposition.objects.filter(reflection=other).exists()
    empty = transitions.create_theme(draft.based_on, by=an_editor, name="Nog leeg")
    with pytest.raises(transitions.InvalidTransition, match="aan geen enkele reflectie"):
        transitions.record_dispositions_for_theme(empty, by=an_editor, draft=draft, **answer)
    elsewhere = transitions.create_theme(
        build_paper(code="SHPP003-83"), by=an_editor, name="Wachttijden"
    )
    with pytest.raises(transitions.InvalidTransition, match="hoort niet bij"):
        transitions.record_dispositions_for_theme(elsewhere, by=an_editor, draft=draft, **answer)
