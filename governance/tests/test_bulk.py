"""Bulk steps the editors can trust (#29): what a step would change, said first (bulk.py), the
step taken as confirmed and undone as one step (transitions/bulk.py)."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied

from civcare.accounts.tests.factories import UserFactory, editor
from governance import bulk, transitions
from governance.bulk import Ask
from governance.models import (
    BulkStep,
    Disposition,
    DispositionRecord,
    SimilarityGroup,
    SimilarityMember,
)
from governance.transitions.bulk import MSG_CHANGED_SINCE_SHOWN
from papers.models import PaperEvent, PaperVersion
from papers.tests.factories import build_paper
from reflections.tests.factories import approved

pytestmark = pytest.mark.django_db
Action = PaperEvent.Action
Step = BulkStep.Action
LATER = {"kind": Disposition.Kind.LATER, "response": "Voor de volgende versie."}


@pytest.fixture
def roos():
    return editor(display_name="Redacteur Roos")


@pytest.fixture
def consulted():
    return build_paper(code="SHPP003-68", sections=3, groups=1, questions_per_group=1)


@pytest.fixture
def draft(consulted, roos):
    """v1.0 in preparation with its sections 1 and 3 changed."""
    transitions.close_consultation(consulted, by=roos)
    made = transitions.create_draft(consulted, by=roos)
    for number in ("1", "3"):
        section = made.sections.get(number=number)
        transitions.amend_section(
            section, by=roos, title=section.title, body=section.body + "\n\nNieuw.",
            change_type="sharpening", explanation="Scherper.",
        )  # fmt: skip
    return made


def section(draft, number):
    return draft.sections.get(number=number)


def incorporated(draft, number) -> dict:
    return {"kind": Disposition.Kind.INCORPORATED, "section": section(draft, number),
            "response": f"Verwerkt in sectie {number}."}  # fmt: skip


def answers(ids) -> dict[int, tuple]:
    return {
        d.reflection_id: (d.kind, d.section_id)
        for d in Disposition.objects.filter(reflection_id__in=ids)
    }


def undone_notes(version) -> list[str]:
    return list(version.events.filter(action=Action.BULK_UNDONE).values_list("note", flat=True))


# --- what a step would change ------------------------------------------------------------------


def test_the_plan_of_a_disposition_counts_new_replaced_from_what_and_unchanged(draft, roos):
    ids = [approved(version=draft.based_on).pk for _ in range(6)]
    transitions.record_dispositions(ids[:2], by=roos, draft=draft, **incorporated(draft, "3"))
    transitions.record_dispositions(ids[2:3], by=roos, draft=draft, **incorporated(draft, "1"))
    transitions.record_dispositions(ids[3:4], by=roos, draft=draft, **LATER)
    planned = bulk.plan(draft.based_on, Ask(Step.DISPOSITIONS, draft=draft, **LATER), ids)
    assert (planned.fresh, planned.replaced, planned.unchanged) == (ids[4:], ids[:3], [ids[3]])
    heading = section(draft, "3").heading
    assert planned.breakdown == [
        (f"Verwerkt in de nieuwe versie ({heading})", "Meegenomen voor een latere versie", 2),
        (f"Verwerkt in de nieuwe versie ({section(draft, '1').heading})",
         "Meegenomen voor een latere versie", 1),
    ]  # fmt: skip
    assert planned.chosen(replace=False, leave_out_conflicting=False) == ids[4:]
    assert planned.chosen(replace=True, leave_out_conflicting=False) == ids[:3] + ids[4:]


def test_a_plan_costs_the_same_queries_for_few_and_many(
    draft, roos, django_assert_num_queries, django_assert_max_num_queries
):
    theme = transitions.create_theme(draft.based_on, by=roos, name="Netwerk")
    other = transitions.create_theme(draft.based_on, by=roos, name="Regie")
    few = [approved(version=draft.based_on).pk for _ in range(3)]
    many = [approved(version=draft.based_on).pk for _ in range(40)]
    for ids in (few, many):
        transitions.assign_theme(theme, ids, by=roos)
        transitions.assign_theme(other, ids[:2], by=roos)
        transitions.record_dispositions(ids[:2], by=roos, draft=draft, **incorporated(draft, "1"))
    ask = Ask(Step.DISPOSITIONS, theme=theme, draft=draft, **LATER)
    with django_assert_max_num_queries(6) as counted:
        bulk.plan(draft.based_on, ask, few)
    with django_assert_num_queries(len(counted.captured_queries)):
        bulk.plan(draft.based_on, ask, many)


# --- taking a step as confirmed --------------------------------------------------------------


def test_earlier_dispositions_are_replaced_only_when_the_editor_asks(draft, roos):
    """#29: a bulk "Later" replaced 246 "Verwerkt in sectie 3" without a word."""
    ids = [approved(version=draft.based_on).pk for _ in range(5)]
    transitions.record_dispositions(ids[:2], by=roos, draft=draft, **incorporated(draft, "3"))
    ask = Ask(Step.DISPOSITIONS, draft=draft, **LATER)
    step = transitions.take_bulk_step(draft.based_on, ask, ids, by=roos)
    assert (step.new, step.replaced, step.unchanged, step.left_out) == (3, 0, 0, 2)
    kept = answers(ids)
    assert {kept[pk][0] for pk in ids[:2]} == {"incorporated"}
    assert {kept[pk][0] for pk in ids[2:]} == {"later"}

    step = transitions.take_bulk_step(draft.based_on, ask, ids, by=roos, replace=True)
    assert (step.new, step.replaced, step.unchanged, step.left_out) == (0, 2, 3, 0)
    assert set(answers(ids).values()) == {("later", None)}
    assert step.taken_by == roos and step.draft == draft and step.version == draft.based_on


def test_a_step_is_refused_when_its_reflections_changed_after_it_was_shown(draft, roos):
    ids = [approved(version=draft.based_on).pk for _ in range(3)]
    ask = Ask(Step.DISPOSITIONS, draft=draft, **LATER)
    shown = bulk.plan(draft.based_on, ask, ids).digest
    one = draft.based_on.reflections.get(pk=ids[0])
    transitions.record_disposition(one, by=editor(), draft=draft, **incorporated(draft, "1"))
    with pytest.raises(transitions.InvalidTransition) as refusal:
        transitions.take_bulk_step(draft.based_on, ask, ids, by=roos, seen=shown, replace=True)
    assert refusal.value.message == str(MSG_CHANGED_SINCE_SHOWN)
    assert answers(ids) == {ids[0]: ("incorporated", section(draft, "1").pk)}
    assert not BulkStep.objects.filter(action=Step.DISPOSITIONS, kind="later").exists()


def test_reflections_in_another_theme_decided_otherwise_are_reported_and_can_be_left_out(
    draft, roos
):
    """#29: #262, written on section 8 and in that theme too, was told "Verwerkt (sectie 3)"
    by whichever bulk step ran first."""
    consulted = draft.based_on
    three, one = (transitions.create_theme(consulted, by=roos, name=n) for n in ("S3", "S1"))
    on_three = [approved(version=consulted).pk for _ in range(4)]
    on_one = [approved(version=consulted).pk for _ in range(3)]
    both = on_three[0]
    transitions.assign_theme(three, on_three, by=roos)
    transitions.assign_theme(one, [*on_one, both], by=roos)
    transitions.record_dispositions(on_one, by=roos, draft=draft, **incorporated(draft, "1"))
    ask = Ask(Step.DISPOSITIONS, theme=three, draft=draft, **incorporated(draft, "3"))
    planned = bulk.plan(consulted, ask, on_three)
    assert planned.multi_theme == [both]
    assert [(c.theme, c.decision, c.reflections) for c in planned.conflicts] == [
        ("S1", f"Verwerkt in de nieuwe versie ({section(draft, '1').heading})", [both])
    ]
    step = transitions.take_bulk_step(
        consulted, ask, on_three, by=roos, leave_out_conflicting=True, seen=planned.digest
    )
    assert (step.new, step.left_out) == (3, 1)
    assert both not in answers(on_three)
    # The same answer as the other theme's is no conflict.
    agreeing = Ask(Step.DISPOSITIONS, theme=three, draft=draft, **incorporated(draft, "1"))
    assert bulk.plan(consulted, agreeing, on_three).conflicts == []


# --- undoing a step -----------------------------------------------------------------------------


def test_undoing_a_disposition_step_puts_back_every_earlier_answer_with_one_audit_row(draft, roos):
    ids = [approved(version=draft.based_on).pk for _ in range(5)]
    transitions.record_dispositions(ids[:3], by=roos, draft=draft, **incorporated(draft, "3"))
    before = answers(ids)
    in_force = dict(Disposition.objects.values_list("reflection_id", "record_id"))
    step = transitions.take_bulk_step(
        draft.based_on, Ask(Step.DISPOSITIONS, draft=draft, **LATER), ids, by=roos, replace=True
    )
    assert set(answers(ids).values()) == {("later", None)}
    audited = draft.events.count()

    other = editor(display_name="Redacteur Ruben")
    undone = transitions.undo_bulk_step(step, by=other)
    assert answers(ids) == before
    assert dict(Disposition.objects.values_list("reflection_id", "record_id")) == in_force
    assert (undone.undone_by, undone.is_undone) == (other, True)
    assert draft.events.count() == audited + 1
    assert undone_notes(draft) == [
        f"stap {step.pk} (verwerking vastgelegd: Meegenomen voor een latere versie), "
        "teruggezet: " + ", ".join(f"#{pk}" for pk in ids)
    ]
    # The history keeps both: what the step gave, and what was there before it.
    assert DispositionRecord.objects.filter(step=step).count() == 5
    with pytest.raises(transitions.InvalidTransition, match=f"Stap {step.pk} is al ongedaan"):
        transitions.undo_bulk_step(step, by=roos)


def test_undo_is_refused_while_a_reflection_of_the_step_was_changed_since_and_says_which(
    draft, roos
):
    ids = [approved(version=draft.based_on).pk for _ in range(4)]
    step = transitions.take_bulk_step(
        draft.based_on, Ask(Step.DISPOSITIONS, draft=draft, **LATER), ids, by=roos
    )
    changed = draft.based_on.reflections.get(pk=ids[2])
    transitions.record_disposition(changed, by=roos, draft=draft, **incorporated(draft, "1"))
    audited = draft.events.count()
    with pytest.raises(transitions.InvalidTransition) as refusal:
        transitions.undo_bulk_step(step, by=roos)
    assert refusal.value.message == (
        "Deze stap kan niet ongedaan worden gemaakt: 1 reflectie is sindsdien opnieuw "
        f"veranderd (#{ids[2]}). Zet die eerst zelf terug, of laat de stap staan."
    )
    assert draft.events.count() == audited
    assert answers(ids)[ids[0]] == ("later", None)
    step.refresh_from_db()
    assert not step.is_undone


def test_undo_needs_an_editor_and_a_draft_that_is_not_adopted(draft, roos):
    ids = [approved(version=draft.based_on).pk for _ in range(2)]
    step = transitions.take_bulk_step(
        draft.based_on, Ask(Step.DISPOSITIONS, draft=draft, **LATER), ids, by=roos
    )
    with pytest.raises(PermissionDenied):
        transitions.undo_bulk_step(step, by=UserFactory())
    PaperVersion.objects.filter(pk=draft.pk).update(status=PaperVersion.Status.ADOPTED)
    with pytest.raises(transitions.InvalidTransition, match="ligt vast sinds"):
        transitions.undo_bulk_step(step, by=roos)
    assert set(answers(ids).values()) == {("later", None)}
    assert undone_notes(draft) == []


def test_taking_62_reflections_out_of_a_theme_is_one_step_and_so_is_undoing_it(consulted, roos):
    """#29: a search for "geschreven" also matched "goed geschreven"; taking the 62 out took
    62 ticks over two pages."""
    theme = transitions.create_theme(consulted, by=roos, name="Geschreven stukken")
    meant = [approved(version=consulted, body="Over geschreven stukken.").pk for _ in range(5)]
    wrong = [approved(version=consulted, body="Goed geschreven, dank u.").pk for _ in range(62)]
    given = transitions.take_bulk_step(
        consulted, Ask(Step.THEME_ASSIGNED, theme=theme), meant + wrong, by=roos
    )
    rows = set(theme.assignments.values_list("pk", "reflection_id"))
    out = transitions.take_bulk_step(
        consulted, Ask(Step.THEME_REMOVED, theme=theme), wrong, by=roos
    )
    assert (out.new, sorted(theme.assignments.values_list("reflection_id", flat=True))) == (
        62, meant
    )  # fmt: skip
    assert consulted.events.filter(action=Action.THEME_REMOVED).count() == 1
    # Undone in reverse order: the 62 are back (the same rows), then the whole first step.
    transitions.undo_bulk_step(out, by=roos)
    assert set(theme.assignments.values_list("pk", "reflection_id")) == rows
    transitions.undo_bulk_step(given, by=roos)
    assert not theme.assignments.exists()
    assert len(undone_notes(consulted)) == 2


def test_undoing_a_theme_step_is_refused_for_a_reflection_given_the_theme_again(consulted, roos):
    theme = transitions.create_theme(consulted, by=roos, name="Netwerk")
    ids = [approved(version=consulted).pk for _ in range(3)]
    given = transitions.take_bulk_step(
        consulted, Ask(Step.THEME_ASSIGNED, theme=theme), ids, by=roos
    )
    transitions.remove_theme(theme, ids[:1], by=roos)
    transitions.assign_theme(theme, ids[:1], by=roos)  # the same theme, but given anew
    with pytest.raises(transitions.InvalidTransition, match=f"#{ids[0]}"):
        transitions.undo_bulk_step(given, by=roos)
    transitions.delete_theme(theme, by=roos)
    with pytest.raises(transitions.InvalidTransition, match="‘Netwerk’ is verwijderd"):
        transitions.undo_bulk_step(given, by=roos)


def test_undoing_a_grouping_brings_back_the_group_it_dissolved(consulted, roos):
    a, b, c = (approved(version=consulted).pk for _ in range(3))
    first = transitions.form_group(consulted, [a, b], by=roos)
    step = transitions.take_bulk_step(consulted, Ask(Step.GROUPED), [b, c], by=roos, replace=True)
    assert not SimilarityGroup.objects.filter(pk=first.pk).exists()  # a was left alone in it
    transitions.undo_bulk_step(step, by=roos)
    assert dict(SimilarityMember.objects.values_list("reflection_id", "group_id")) == {
        a: first.pk, b: first.pk
    }  # fmt: skip
    assert SimilarityGroup.objects.get().formed_by == roos


def test_grouping_leaves_other_groups_alone_unless_asked(consulted, roos):
    a, b, c, d = (approved(version=consulted).pk for _ in range(4))
    first = transitions.form_group(consulted, [a, b], by=roos)
    planned = bulk.plan(consulted, Ask(Step.GROUPED), [b, c, d])
    assert planned.breakdown == [(f"groep {first.pk}", "een nieuwe groep", 1)]
    step = transitions.take_bulk_step(consulted, Ask(Step.GROUPED), [b, c, d], by=roos)
    assert (step.new, step.left_out) == (2, 1)
    assert SimilarityMember.objects.get(reflection_id=b).group_id == first.pk


def test_a_bulk_step_and_its_undo_cost_the_same_queries_for_few_and_many(
    draft, roos, django_assert_num_queries, django_assert_max_num_queries
):
    theme = transitions.create_theme(draft.based_on, by=roos, name="Netwerk")
    ask = Ask(Step.DISPOSITIONS, theme=theme, draft=draft, **LATER)
    steps = []
    for size in (3, 60):
        ids = [approved(version=draft.based_on).pk for _ in range(size)]
        transitions.assign_theme(theme, ids, by=roos)
        transitions.record_dispositions(ids[:2], by=roos, draft=draft, **incorporated(draft, "1"))
        steps.append((ids, bulk.plan(draft.based_on, ask, ids).digest))
    taken = []
    with django_assert_max_num_queries(20) as counted:
        taken.append(transitions.take_bulk_step(draft.based_on, ask, steps[0][0], by=roos,
                                                replace=True, seen=steps[0][1]))  # fmt: skip
    with django_assert_num_queries(len(counted.captured_queries)):
        taken.append(transitions.take_bulk_step(draft.based_on, ask, steps[1][0], by=roos,
                                                replace=True, seen=steps[1][1]))  # fmt: skip
    with django_assert_max_num_queries(20) as counted:
        transitions.undo_bulk_step(taken[0], by=roos)
    with django_assert_num_queries(len(counted.captured_queries)):
        transitions.undo_bulk_step(taken[1], by=roos)


def test_a_single_disposition_is_kept_in_the_history_too(draft, roos):
    one = approved(version=draft.based_on)
    transitions.record_dispositions([one.pk], by=roos, draft=draft, **LATER)
    transitions.record_disposition(one, by=roos, draft=draft, **incorporated(draft, "1"))
    history = list(DispositionRecord.objects.filter(reflection=one).order_by("pk"))
    assert [(r.kind, r.step is not None) for r in history] == [
        ("later", True), ("incorporated", False)
    ]  # fmt: skip
    assert Disposition.objects.get(reflection=one).record == history[-1]
    assert history[0].recorded_at <= history[1].recorded_at <= datetime.datetime.now(datetime.UTC)
