"""Write a paper version in the Markdown file format of ``fixtures/`` (see fixtures/README.md).

The inverse of parse and store: importing the exported file gives the same paper. Editors
download it as the starting point for a new paper or version (/redactie/…/markdown).
"""

from __future__ import annotations

from django.utils.text import slugify

from papers.models import PaperVersion, QuestionSet, Section


def _question(question) -> str:
    return f"? {question.number}. {question.text}" if question.number else f"? {question.text}"


def _default_anchor(section: Section) -> str:
    # The anchor papers.fileformat derives when the file names none.
    if section.number:
        return f"sectie-{slugify(section.number)}"
    return slugify(section.title)[:80]


def _braces(*parts: str) -> str:
    words = [part for part in parts if part]
    return f" {{{' '.join(words)}}}" if words else ""


def _text_part(title: str, text: str, marker: str) -> list[str]:
    return [f"# {title}{_braces(marker)}", "", text.strip(), ""]


def to_markdown(version: PaperVersion) -> str:
    paper = version.paper
    meta = [
        ("reeks", paper.series.code),
        ("code", paper.code),
        ("soort", paper.document_type),
        ("titel", paper.title),
        ("ondertitel", paper.subtitle),
        ("versie", version.number),
        ("datum", version.date.isoformat() if version.date else ""),
        ("documentcode", version.document_code),
        ("reikwijdte", paper.scope),
        ("onderdeel-van", paper.part_of),
        ("versiestatus", version.version_note),
    ]
    lines = ["---", *(f"{key}: {value}" for key, value in meta if value), "---", ""]

    for section in version.sections.order_by("order").prefetch_related("questions"):
        anchor = "" if section.anchor == _default_anchor(section) else f"#{section.anchor}"
        flag = "bronnen" if section.kind == Section.Kind.SOURCES else ""
        lines += [f"# {section.heading}{_braces(anchor, flag)}", ""]
        if section.body.strip():
            lines += [section.body.strip(), ""]
        questions = sorted(section.questions.all(), key=lambda q: q.order)
        if questions:
            lines += [*map(_question, questions), ""]

    question_set = (
        QuestionSet.objects.filter(version=version)
        .prefetch_related("groups__questions", "groups__sections")
        .first()
    )
    if question_set is not None:
        lines += _text_part(question_set.title, question_set.intro, "vraagset")
        for group in sorted(question_set.groups.all(), key=lambda g: g.order):
            refs = ",".join(
                s.number or s.anchor for s in sorted(group.sections.all(), key=lambda s: s.order)
            )
            options = [
                "slotvraag" if group.is_closing else "",
                f"secties={refs}" if refs else "",
            ]
            lines += [f"## {group.heading}{_braces(*options)}", ""]
            if group.intro.strip():
                lines += [group.intro.strip(), ""]
            questions = sorted(group.questions.all(), key=lambda q: q.order)
            lines += [*map(_question, questions), ""]
        if question_set.invitation.strip():
            lines += _text_part(
                question_set.invitation_title, question_set.invitation, "uitnodiging"
            )
        if question_set.usage.strip():
            lines += _text_part(question_set.usage_title, question_set.usage, "gebruik")
    if version.call_to_action.strip():
        lines += _text_part(version.call_to_action_title, version.call_to_action, "oproep")
    return "\n".join(lines).rstrip() + "\n"
