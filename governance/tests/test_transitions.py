"""The governance workflow v0.9 → v1.0: every step, every refusal, the audit trail."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import override_settings
from django.utils import timezone

from civcare.accounts.tests.factories import UserFactory, editor, moderator
from governance import selectors as governance_selectors
from governance import transitions
from governance.models import Disposition
from papers import canonical
from papers.models import ChangeType, PaperEvent, PaperVersion
from papers.tests.factories import PaperVersionFactory, SectionFactory, build_paper
from reflections.models import Reflection
from reflections.tests.factories import ReflectionFactory, approved

pytestmark = pytest.mark.django_db
Status = PaperVersion.Status
DECIDED = datetime.date(2026, 6, 1)


@pytest.fixture
def an_editor():
    return editor(display_name="Redacteur Roos")


@pytest.fixture
def second_editor():
    return editor(display_name="Redacteur Ruben")


@pytest.fixture
def consulted():
    """A v0.9 in consultation with two sections, two groups of two questions."""
    return build_paper(code="SHPP003-80", sections=2, groups=2, section_questions=1)


def actions(version) -> list[str]:
    return list(version.events.order_by("pk").values_list("action", flat=True))


# --- consultation ----------------------------------------------------------------------------


def test_open_consultation_writes_an_event_and_links_announced_references(an_editor):
    draft = PaperVersionFactory(paper__code="SHPP003-02", status=Status.DRAFT)
    citing = SectionFactory(body="Zie [SPP003-02](paper:SHPP003-02).")
    assert "(aangekondigd)" in citing.body_html
    closes_on = timezone.localdate() + datetime.timedelta(days=60)
    opened = transitions.open_consultation(draft, by=an_editor, closes_on=closes_on)
    assert opened.status == Status.CONSULTATION
    assert opened.consultation_closes_on == closes_on
    event = opened.events.get()
    assert (event.action, event.actor, event.from_status, event.to_status) == (
        "papers.consultation.opened",
        an_editor,
        "draft",
        "consultation",
    )
    citing.refresh_from_db()
    assert 'href="/papers/SHPP003-02/"' in citing.body_html


def test_a_closing_date_in_the_past_is_refused_today_is_not(consulted, an_editor):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    draft = PaperVersionFactory(paper__code="SHPP003-03", status=Status.DRAFT)
    for step, version in [
        (transitions.open_consultation, draft),
        (transitions.plan_closing, consulted),
    ]:
        with pytest.raises(transitions.InvalidTransition) as refusal:
            step(version, by=an_editor, closes_on=datetime.date(2020, 1, 1))
        assert refusal.value.message == (
            "De geplande sluitingsdatum ligt in het verleden. Kies vandaag of een latere datum."
        )
        with pytest.raises(transitions.InvalidTransition):
            step(version, by=an_editor, closes_on=yesterday)
    draft.refresh_from_db()
    consulted.refresh_from_db()
    assert draft.status == Status.DRAFT and consulted.consultation_closes_on is None
    assert not PaperEvent.objects.exists()
    # A date has no time: the consultation may still close today.
    planned = transitions.plan_closing(consulted, by=an_editor, closes_on=timezone.localdate())
    assert planned.consultation_closes_on == timezone.localdate()


def test_open_and_close_are_idempotent(consulted, an_editor):
    assert transitions.open_consultation(consulted, by=an_editor).status == Status.CONSULTATION
    transitions.close_consultation(consulted, by=an_editor)
    transitions.close_consultation(consulted, by=an_editor)
    assert actions(consulted) == ["papers.consultation.closed"]


@pytest.mark.parametrize(
    "step",
    [
        lambda v, by: transitions.open_consultation(v, by=by),
        lambda v, by: transitions.close_consultation(v, by=by),
        lambda v, by: transitions.create_draft(v, by=by),
        lambda v, by: transitions.record_decision(v, by=by, decided_on=DECIDED, reference="B-1"),
        lambda v, by: transitions.promote(v, by=by),
    ],
)
def test_only_editors_run_the_workflow(consulted, step):
    for person in (UserFactory(), moderator()):
        with pytest.raises(PermissionDenied):
            step(consulted, person)
    consulted.refresh_from_db()
    assert consulted.status == Status.CONSULTATION
    assert not PaperEvent.objects.exists()


def test_closing_stops_posting(consulted, an_editor):
    from reflections import moderation

    transitions.close_consultation(consulted, by=an_editor)
    consulted.refresh_from_db()
    assert consulted.status == Status.CLOSED and not consulted.is_open_for_reflection
    with pytest.raises(moderation.PostingRefused):
        moderation.submit(
            version=consulted,
            author=UserFactory(),
            perspective="other",
            body="Een reflectie na de sluiting van de consultatie.",
        )


def test_steps_out_of_order_say_what_must_happen_first(consulted, an_editor):
    with pytest.raises(transitions.InvalidTransition, match="Sluit eerst de consultatie"):
        transitions.create_draft(consulted, by=an_editor)
    with pytest.raises(transitions.InvalidTransition, match="versie in voorbereiding"):
        transitions.record_decision(consulted, by=an_editor, decided_on=DECIDED, reference="B-1")
    with pytest.raises(transitions.InvalidTransition, match="Alleen een versie in voorbereiding"):
        transitions.promote(consulted, by=an_editor)
    draft = PaperVersionFactory(status=Status.DRAFT)
    with pytest.raises(transitions.InvalidTransition, match="Alleen een lopende consultatie"):
        transitions.close_consultation(draft, by=an_editor)


# --- the draft -------------------------------------------------------------------------------


def test_create_draft_copies_sections_and_question_set(consulted, an_editor):
    transitions.close_consultation(consulted, by=an_editor)
    draft = transitions.create_draft(consulted, by=an_editor)
    assert (draft.number, draft.status, draft.based_on) == ("1.0", Status.DRAFT, consulted)
    assert draft.document_code.endswith("_v1.0")
    old_sections = list(
        consulted.sections.values_list("order", "number", "title", "anchor", "body")
    )
    assert (
        list(draft.sections.values_list("order", "number", "title", "anchor", "body"))
        == old_sections
    )
    assert all(s.copied_from.version == consulted for s in draft.sections.all())
    assert list(draft.questions.values_list("anchor", "text")) == list(
        consulted.questions.values_list("anchor", "text")
    )
    old_groups = consulted.question_set.groups.order_by("order")
    new_groups = draft.question_set.groups.order_by("order")
    assert [(g.label, g.title) for g in new_groups] == [(g.label, g.title) for g in old_groups]
    assert [s.version_id for g in new_groups for s in g.sections.all()] == [draft.pk] * sum(
        g.sections.count() for g in old_groups
    )
    assert governance_selectors.changed_sections(draft) == []
    assert actions(draft) == ["papers.version.drafted"]


def test_one_draft_at_a_time(consulted, an_editor):
    transitions.close_consultation(consulted, by=an_editor)
    transitions.create_draft(consulted, by=an_editor)
    with pytest.raises(transitions.InvalidTransition, match="al een versie in voorbereiding"):
        transitions.create_draft(consulted, by=an_editor)


@pytest.fixture
def draft(consulted, an_editor):
    transitions.close_consultation(consulted, by=an_editor)
    return transitions.create_draft(consulted, by=an_editor)


def test_amend_section_records_type_explanation_and_prompting_reflections(draft, an_editor):
    reflection = approved(version=draft.based_on)
    section = draft.sections.first()
    transitions.amend_section(
        section,
        by=an_editor,
        title=section.title,
        body=section.body + "\n\nScherper gezegd.",
        change_type=ChangeType.SHARPENING,
        explanation="Naar aanleiding van een naaste.",
        prompted_by=[reflection],
    )
    section.refresh_from_db()
    assert section.differs_from_source()
    assert section.change_type == "sharpening"
    assert [prompt.reflection for prompt in section.prompts.all()] == [reflection]
    assert governance_selectors.changed_sections(draft) == [section]
    # The prompting reflection had no disposition: it is now "verwerkt in" this section.
    assert actions(draft)[-2:] == ["papers.section.amended", "papers.disposition.recorded"]
    disposition = Disposition.objects.get(reflection=reflection)
    assert (disposition.kind, disposition.section) == (Disposition.Kind.INCORPORATED, section)
    assert section.heading in disposition.response


def test_a_prompting_reflection_keeps_a_disposition_it_already_had(draft, an_editor):
    reflection = approved(version=draft.based_on)
    transitions.record_disposition(
        reflection, by=an_editor, draft=draft, kind="later", response="Voor later."
    )
    section = draft.sections.first()
    amended = transitions.amend_section(
        section, by=an_editor, title=section.title, body=section.body + "\n\nAnders.",
        change_type=ChangeType.SHARPENING, explanation="Aanleiding.", prompted_by=[reflection],
    )  # fmt: skip
    assert amended.new_dispositions == 0
    assert Disposition.objects.get(reflection=reflection).kind == "later"


def test_only_reflections_on_the_consulted_version_can_prompt_a_change(draft, an_editor):
    elsewhere = approved()
    section = draft.sections.first()
    with pytest.raises(transitions.InvalidTransition, match="Alleen reflecties op"):
        transitions.amend_section(
            section,
            by=an_editor,
            title="x",
            body="y",
            change_type=ChangeType.CLARIFICATION,
            explanation="z",
            prompted_by=[elsewhere],
        )


# --- dispositions ----------------------------------------------------------------------------


def test_disposition_rules(draft, an_editor, delivered, django_capture_on_commit_callbacks):
    reflection = approved(version=draft.based_on)
    section = draft.sections.first()
    with pytest.raises(transitions.InvalidTransition, match="gewijzigde sectie"):
        transitions.record_disposition(
            reflection,
            by=an_editor,
            draft=draft,
            kind="incorporated",
            response="Dank u.",
            section=section,
        )
    with pytest.raises(transitions.InvalidTransition, match="reden"):
        transitions.record_disposition(
            reflection, by=an_editor, draft=draft, kind="not_adopted", response="Dank u."
        )
    with pytest.raises(transitions.InvalidTransition, match="openbaar antwoord"):
        transitions.record_disposition(
            reflection, by=an_editor, draft=draft, kind="later", response=" "
        )
    transitions.amend_section(
        section,
        by=an_editor,
        title=section.title,
        body="Nieuwe tekst.",
        change_type=ChangeType.CLARIFICATION,
        explanation="Helderder.",
    )
    with django_capture_on_commit_callbacks(execute=True):
        disposition = transitions.record_disposition(
            reflection,
            by=an_editor,
            draft=draft,
            kind="incorporated",
            response="Uw punt staat nu in sectie 1.",
            section=section,
        )
    assert disposition.section == section
    assert not disposition.is_public
    assert delivered() == []  # the author hears at adoption, not while it can change


def test_pending_reflections_get_no_disposition(draft, an_editor):
    waiting = ReflectionFactory(version=draft.based_on)
    with pytest.raises(transitions.InvalidTransition, match="Alleen gepubliceerde reflecties"):
        transitions.record_disposition(
            waiting, by=an_editor, draft=draft, kind="later", response="Later."
        )


# --- decision and promotion ------------------------------------------------------------------


def ready(draft, by) -> None:
    """Make a draft promotable apart from the board decision."""
    for reflection in governance_selectors.reflections_needing_disposition(draft):
        transitions.record_disposition(
            reflection,
            by=by,
            draft=draft,
            kind="later",
            response="Meegenomen voor de volgende versie.",
        )


def test_promotion_refusals_list_what_is_missing(draft, an_editor, second_editor):
    approved(version=draft.based_on)
    ReflectionFactory(version=draft.based_on)  # still pending
    section = draft.sections.first()
    transitions.amend_section(
        section,
        by=an_editor,
        title=section.title,
        body="Gewijzigd.",
        change_type="",
        explanation="",
    )
    with pytest.raises(transitions.InvalidTransition) as refused:
        transitions.promote(draft, by=second_editor)
    missing = " ".join(refused.value.missing)
    assert "wachten nog 1 reflecties" in missing
    assert "1 gepubliceerde reflecties hebben nog geen verwerking" in missing
    assert f"Gewijzigde secties zonder soort wijziging: {section.heading}" in missing
    assert "Het bestuursbesluit is nog niet vastgelegd" in missing
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_a_change_to_a_published_reflection_still_waiting_blocks_adoption(
    draft, an_editor, second_editor
):
    """The moderators' queue holds changes to published texts too; until one is read, the
    consulted version's reflections are not settled, and v1.0 waits."""
    changed = approved(version=draft.based_on)
    ready(draft, an_editor)
    transitions.record_decision(draft, by=an_editor, decided_on=DECIDED, reference="B-2026-08")
    Reflection.objects.filter(pk=changed.pk).update(
        revision_body="Een nieuwe versie van mijn tekst."
    )
    with pytest.raises(transitions.InvalidTransition) as refused:
        transitions.promote(draft, by=second_editor)
    assert "wachten nog 1 reflecties" in " ".join(refused.value.missing)
    Reflection.objects.filter(pk=changed.pk).update(revision_body="")
    assert transitions.promote(draft, by=second_editor).status == Status.ADOPTED


def test_four_eyes(draft, an_editor, second_editor):
    ready(draft, an_editor)
    transitions.record_decision(draft, by=an_editor, decided_on=DECIDED, reference="B-2026-07")
    with pytest.raises(transitions.InvalidTransition, match="Vier ogen"):
        transitions.promote(draft, by=an_editor)
    transitions.promote(draft, by=second_editor)


@override_settings(PROMOTION_FOUR_EYES=False)
def test_four_eyes_can_be_switched_off_for_a_demo(draft, an_editor):
    ready(draft, an_editor)
    transitions.record_decision(draft, by=an_editor, decided_on=DECIDED, reference="B-1")
    assert transitions.promote(draft, by=an_editor).status == Status.ADOPTED


def test_promote_adopts_supersedes_and_hashes(draft, an_editor, second_editor):
    consulted = draft.based_on
    kept = approved(version=consulted, body="Deze reflectie blijft leesbaar na vaststelling.")
    ready(draft, an_editor)
    transitions.record_decision(
        draft,
        by=an_editor,
        decided_on=DECIDED,
        reference="B-2026-07",
        minutes_url="https://example.org/notulen",
    )
    adopted = transitions.promote(draft, by=second_editor)
    consulted.refresh_from_db()
    assert (adopted.status, adopted.adopted_on) == (Status.ADOPTED, DECIDED)
    assert adopted.get_status_display() == "Vastgesteld kaderdocument"
    assert consulted.status == Status.SUPERSEDED
    assert len(adopted.content_hash) == 64 and canonical.verify_hash(adopted)
    assert actions(adopted)[-2:] == ["papers.decision.recorded", "papers.version.adopted"]
    assert actions(consulted)[-1] == "papers.version.superseded"
    assert not adopted.is_open_for_reflection  # default after adoption
    kept.refresh_from_db()
    assert kept.status == "approved"
    with pytest.raises(transitions.InvalidTransition, match="al vastgesteld"):
        transitions.promote(adopted, by=second_editor)


def test_an_adopted_version_cannot_be_edited(draft, an_editor, second_editor):
    ready(draft, an_editor)
    transitions.record_decision(draft, by=an_editor, decided_on=DECIDED, reference="B-1")
    adopted = transitions.promote(draft, by=second_editor)
    section = adopted.sections.first()
    with pytest.raises(transitions.InvalidTransition, match="nooit gewijzigd"):
        transitions.amend_section(
            section, by=an_editor, title="x", body="y", change_type="sharpening", explanation="z"
        )
    section.body = "Stiekem veranderd."
    with pytest.raises(ValidationError):
        section.save()
    assert canonical.verify_hash(adopted)


def test_the_hash_reveals_a_change_afterwards(draft, an_editor, second_editor):
    ready(draft, an_editor)
    transitions.record_decision(draft, by=an_editor, decided_on=DECIDED, reference="B-1")
    adopted = transitions.promote(draft, by=second_editor)
    adopted.sections.filter(order=1).update(body="Buiten de workflow om gewijzigd.")
    assert not canonical.verify_hash(adopted)


def test_reflection_policy_after_adoption(draft, an_editor, second_editor):
    ready(draft, an_editor)
    transitions.record_decision(draft, by=an_editor, decided_on=DECIDED, reference="B-1")
    adopted = transitions.promote(draft, by=second_editor)
    transitions.set_reflection_policy(adopted, by=an_editor, accepts=True)
    adopted.refresh_from_db()
    assert adopted.is_open_for_reflection


def test_disposition_needs_every_approved_reflection(draft, an_editor, second_editor):
    first, second = approved(version=draft.based_on), approved(version=draft.based_on)
    transitions.record_disposition(
        first, by=an_editor, draft=draft, kind="out_of_scope", response="Dit valt buiten dit paper."
    )
    transitions.record_decision(draft, by=an_editor, decided_on=DECIDED, reference="B-1")
    with pytest.raises(transitions.InvalidTransition, match="1 gepubliceerde reflecties"):
        transitions.promote(draft, by=second_editor)
    transitions.record_disposition(
        second,
        by=an_editor,
        draft=draft,
        kind="not_adopted",
        response="Dank u.",
        reason="Past niet in het kader.",
    )
    assert transitions.promote(draft, by=second_editor).status == Status.ADOPTED
    assert Disposition.objects.count() == 2
