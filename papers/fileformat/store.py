"""Storing a checked paper: one transaction, so a file is imported completely or not at all."""

from __future__ import annotations

from pathlib import Path

from django.db import transaction

from civcare.core.audit import log_action
from papers.models import (
    Paper,
    PaperEvent,
    PaperVersion,
    Question,
    QuestionGroup,
    QuestionSet,
    Section,
    Series,
)

from .parse import (
    ParsedPaper,
    parse_series,
)
from .validate import parse_paper, validate


def import_text(text: str, *, by=None) -> PaperVersion:
    """Parse, validate and save a paper file as a draft version: all of it, or nothing.

    Used by the editors' upload, ``manage.py import_paper`` and ``manage.py load_papers``.
    """
    return save_paper_version(parse_paper(text), by=by)


@transaction.atomic
def save_paper_version(paper: ParsedPaper, *, by=None) -> PaperVersion:
    """Store a parsed paper as a new draft version (and the paper itself if it is new)."""
    validate(paper)
    meta = paper.meta
    series = Series.objects.get(code=meta["reeks"])
    paper_obj, _ = Paper.objects.get_or_create(
        code=paper.code,
        defaults={
            "series": series,
            "title": meta["titel"],
            "subtitle": meta.get("ondertitel", ""),
            "document_type": meta.get("soort", ""),
            "scope": meta.get("reikwijdte", ""),
            "part_of": meta.get("onderdeel-van", ""),
        },
    )
    major, minor = paper.version_number
    version = PaperVersion.objects.create(
        paper=paper_obj,
        major=major,
        minor=minor,
        status=PaperVersion.Status.DRAFT,
        date=paper.date,
        document_code=meta["documentcode"],
        version_note=meta.get("versiestatus", ""),
        call_to_action_title=paper.call_to_action.title if paper.call_to_action else "",
        call_to_action=paper.call_to_action.text if paper.call_to_action else "",
    )
    sections_by_ref: dict[str, Section] = {}
    order = 0
    for index, parsed in enumerate(paper.sections, start=1):
        section = Section.objects.create(
            version=version,
            order=index,
            number=parsed.number,
            title=parsed.title,
            anchor=parsed.anchor,
            kind=parsed.kind,
            body=parsed.body,
        )
        sections_by_ref[parsed.anchor] = section
        if parsed.number:
            sections_by_ref[parsed.number] = section
        for position, parsed_question in enumerate(parsed.questions, start=1):
            order += 1
            Question.objects.create(
                section=section,
                order=order,
                number=parsed_question.number,
                text=parsed_question.text,
                anchor=f"{section.anchor}-vraag-{parsed_question.number or position}",
            )
    if paper.question_set:
        question_set = QuestionSet.objects.create(
            version=version,
            title=paper.question_set.title,
            intro=paper.question_set.text,
            invitation_title=paper.invitation.title if paper.invitation else "",
            invitation=paper.invitation.text if paper.invitation else "",
            usage_title=paper.usage.title if paper.usage else "",
            usage=paper.usage.text if paper.usage else "",
        )
        for index, parsed_group in enumerate(paper.groups, start=1):
            group = QuestionGroup.objects.create(
                question_set=question_set,
                order=index,
                label=parsed_group.label,
                title=parsed_group.title,
                intro=parsed_group.intro,
                is_closing=parsed_group.is_closing,
            )
            group.sections.set(sections_by_ref[ref] for ref in parsed_group.section_refs)
            for position, parsed_question in enumerate(parsed_group.questions, start=1):
                order += 1
                # Stable anchors: the published number (vraag-11), or group and position
                # when the questions are an unnumbered list (vraag-4-2).
                anchor = (
                    f"vraag-{parsed_question.number}"
                    if parsed_question.number
                    else f"vraag-{group.label.lower()}-{position}"
                )
                Question.objects.create(
                    group=group,
                    order=order,
                    number=parsed_question.number,
                    text=parsed_question.text,
                    anchor=anchor,
                )
    log_action(
        PaperEvent,
        version=version,
        actor=by,
        action=PaperEvent.Action.IMPORTED,
        to_status=version.status,
    )
    return version


def import_series_file(path: Path) -> tuple[Series, bool]:
    """Create the series from its file when it is not there yet (editors own it afterwards)."""
    parsed = parse_series(path.read_text(encoding="utf-8"))
    meta = parsed.meta
    return Series.objects.get_or_create(
        code=meta["reeks"],
        defaults={
            "title": meta["titel"],
            "name": meta["naam"],
            "part_of": meta.get("onderdeel-van", ""),
            "publisher": meta.get("uitgever") or "Stichting De Kamer van Sociale Waarden",
            "governance_title": parsed.governance.title,
            "governance_text": parsed.governance.text,
        },
    )
