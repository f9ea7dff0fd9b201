"""The next version: a draft copied from the consulted one, and typed amendments to it."""

from __future__ import annotations

import re

from django.db import transaction
from django.utils.translation import gettext as _

from civcare.core.audit import InvalidTransition
from papers.models import (
    ChangeType,
    Paper,
    PaperVersion,
    Question,
    QuestionGroup,
    QuestionSet,
    Section,
)
from reflections.models import Reflection

from .. import continuity
from ..models import Disposition, SectionPrompt
from .base import Action, Status, _check, _event, _lock
from .bulk import record_dispositions


def next_number(version: PaperVersion) -> tuple[int, int]:
    """v0.9 → v1.0 (the adopted framework); after that v1.0 → v1.1, v1.1 → v1.2."""
    if version.major == 0:
        return 1, 0
    return version.major, version.minor + 1


def _document_code(code: str, old: str, new: str) -> str:
    replaced = re.sub(rf"_v{re.escape(old)}$", f"_v{new}", code)
    return replaced if replaced != code else f"{code}_v{new}"


@transaction.atomic
def create_draft(source: PaperVersion, *, by) -> PaperVersion:
    """Start the next version as a copy of ``source``: sections and question set, in order."""
    _check(by)
    Paper.objects.select_for_update().get(pk=source.paper_id)  # one draft per paper at a time
    source = _lock(source)
    if source.status == Status.CONSULTATION:
        raise InvalidTransition(
            _("Sluit eerst de consultatie van %(version)s; daarna begint de nieuwe versie.")
            % {"version": source}
        )
    if source.status not in {Status.CLOSED, Status.ADOPTED}:
        raise InvalidTransition(
            _("Een nieuwe versie begint bij een gesloten consultatie of een vastgestelde versie.")
        )
    if source.paper.versions.filter(status=Status.DRAFT).exists():
        raise InvalidTransition(
            _("Er is al een versie in voorbereiding voor %(paper)s.") % {"paper": source.paper.code}
        )
    major, minor = next_number(source)
    if source.paper.versions.filter(major=major, minor=minor).exists():
        raise InvalidTransition(_("Versie %(n)s bestaat al.") % {"n": f"{major}.{minor}"})

    draft = PaperVersion.objects.create(
        paper=source.paper,
        major=major,
        minor=minor,
        status=Status.DRAFT,
        based_on=source,
        document_code=_document_code(source.document_code, source.number, f"{major}.{minor}"),
        version_note="",
        call_to_action_title=source.call_to_action_title,
        call_to_action=source.call_to_action,
    )
    sections: dict[int, Section] = {}
    for old in source.sections.order_by("order"):
        sections[old.pk] = Section.objects.create(
            version=draft,
            order=old.order,
            number=old.number,
            title=old.title,
            anchor=old.anchor,
            kind=old.kind,
            body=old.body,
            copied_from=old,
        )
    for old in Question.objects.filter(section__version=source).order_by("order"):
        Question.objects.create(
            section=sections[old.section_id],
            order=old.order,
            number=old.number,
            text=old.text,
            anchor=old.anchor,
        )
    old_set = QuestionSet.objects.filter(version=source).first()
    if old_set is not None:
        new_set = QuestionSet.objects.create(
            version=draft,
            title=old_set.title,
            intro=old_set.intro,
            invitation_title=old_set.invitation_title,
            invitation=old_set.invitation,
            usage_title=old_set.usage_title,
            usage=old_set.usage,
        )
        for old_group in old_set.groups.order_by("order").prefetch_related("sections"):
            group = QuestionGroup.objects.create(
                question_set=new_set,
                order=old_group.order,
                label=old_group.label,
                title=old_group.title,
                intro=old_group.intro,
                is_closing=old_group.is_closing,
            )
            group.sections.set(sections[s.pk] for s in old_group.sections.all())
            for old in old_group.questions.order_by("order"):
                Question.objects.create(
                    group=group,
                    order=old.order,
                    number=old.number,
                    text=old.text,
                    anchor=old.anchor,
                )
    continuity.resolve_passages(draft)
    _event(
        draft,
        by=by,
        action=Action.DRAFTED,
        note=_("op basis van %(version)s") % {"version": source.label},
    )
    return draft


@transaction.atomic
def amend_section(
    section: Section,
    *,
    by,
    title: str,
    body: str,
    change_type: str,
    explanation: str,
    prompted_by=(),
) -> Section:
    """Edit a section of a draft, recording what kind of change it is and why.

    A reflection newly named as its "aanleiding" that has no disposition yet gets one:
    incorporated in this section, with a standard answer the editors can change (the same
    fact is not entered twice). ``new_dispositions`` on the result says how many."""
    _check(by)
    version = _lock(section.version)
    section = Section.objects.select_for_update().get(pk=section.pk)
    if not version.is_editable:
        raise InvalidTransition(
            _(
                "Alleen een versie in voorbereiding kan worden bewerkt; een vastgestelde versie "
                "wordt nooit gewijzigd (een correctie is een nieuwe versie)."
            )
        )
    if change_type and change_type not in ChangeType.values:
        raise InvalidTransition(_("Kies aanscherping, verduidelijking of onderbouwing."))
    prompted = list(prompted_by)
    if version.based_on_id and any(r.version_id != version.based_on_id for r in prompted):
        raise InvalidTransition(
            _("Alleen reflecties op %(version)s kunnen aanleiding zijn.")
            % {"version": version.based_on}
        )
    if any(r.status != Reflection.Status.APPROVED for r in prompted):
        raise InvalidTransition(_("Alleen gepubliceerde reflecties kunnen aanleiding zijn."))
    section.title = title.strip()
    section.body = body
    section.change_type = change_type
    section.change_explanation = explanation.strip()
    section.save()
    before = set(
        SectionPrompt.objects.filter(section=section).values_list("reflection_id", flat=True)
    )
    SectionPrompt.objects.filter(section=section).exclude(reflection__in=prompted).delete()
    SectionPrompt.objects.bulk_create(
        [SectionPrompt(section=section, reflection=r) for r in prompted], ignore_conflicts=True
    )
    _event(
        version,
        by=by,
        action=Action.SECTION_AMENDED,
        from_status=version.status,
        note=f"{section.heading} ({section.get_change_type_display() or '—'})",
    )
    # Where the passages reflections quote from this section now stand (shown at once).
    section.moved_passages = continuity.resolve_passages(version, sections=[section])
    section.new_dispositions = _incorporate(
        section, version, [r.pk for r in prompted if r.pk not in before], by=by
    )
    return section


def _incorporate(section: Section, draft, reflection_ids: list[int], *, by) -> int:
    if not reflection_ids or not draft.based_on_id or not section.differs_from_source():
        return 0
    undecided = list(
        Reflection.objects.filter(pk__in=reflection_ids, disposition__isnull=True)
        .values_list("pk", flat=True)
    )  # fmt: skip
    if not undecided:
        return 0
    answer = _("Uw reflectie was aanleiding voor een wijziging in %(section)s van %(version)s.") % {
        "section": section.heading, "version": draft.label,
    }  # fmt: skip
    return record_dispositions(
        undecided, by=by, draft=draft, kind=Disposition.Kind.INCORPORATED, response=answer,
        section=section,
    )  # fmt: skip
