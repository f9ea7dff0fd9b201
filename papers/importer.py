"""Read papers from the human-readable Markdown format of ``fixtures/`` (see fixtures/README.md).

One parser for everything that brings a paper in: the fixtures loader, and later the
editors' upload and ``manage.py import_paper``. Parsing never touches the database;
``validate`` checks the parsed paper against it and ``save_paper_version`` stores it in
one transaction, so a file is imported completely or not at all. Every problem is
reported with its line number and a plain Dutch message.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from civcare.core.audit import log_action
from civcare.core.rendering import CONTROL_CHARACTERS

from .models import (
    TEXT_MAX_LENGTH,
    Paper,
    PaperEvent,
    PaperVersion,
    Question,
    QuestionGroup,
    QuestionSet,
    Section,
    Series,
    is_site_anchor,
)

_HEADING_START = re.compile(r"(?P<hashes>#{1,2})\s+")
SECTION_NUMBER_RE = re.compile(r"^(?P<number>\d+(?:\.\d+)*)\.\s+(?P<title>.+)$")
GROUP_LABEL_RE = re.compile(r"^(?P<label>\d{1,2}|[A-Z])\.\s+(?P<title>.+)$")
QUESTION_RE = re.compile(r"^\?\s+(?:(?P<number>\d{1,3})\.\s+)?(?P<text>\S.*)$")
PAPER_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]*$")
ANCHOR_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def match_heading(line: str) -> dict[str, str | None] | None:
    """A "# Title {#anchor flag}" line as hashes, text and attrs (the braces' content).

    Read with string operations, not one pattern: the regex it replaced (a lazy ".*?"
    before optional braces and spaces) backtracked, so a 1.6 KB heading took seconds."""
    start = _HEADING_START.match(line)
    if start is None:
        return None
    text, attrs = line[start.end() :].rstrip(), None
    if text.endswith("}"):
        brace = text.rfind("{")
        if brace != -1 and "}" not in text[brace + 1 : -1]:
            text, attrs = text[:brace], text[brace + 1 : -1]
    return {"hashes": start["hashes"], "text": text.rstrip(), "attrs": attrs}


# Parts of a paper file other than sections, marked by a word in braces after a "#" heading.
PART_QUESTION_SET = "vraagset"
PART_INVITATION = "uitnodiging"
PART_USAGE = "gebruik"
PART_CALL_TO_ACTION = "oproep"
SPECIAL_PARTS = {PART_QUESTION_SET, PART_INVITATION, PART_USAGE, PART_CALL_TO_ACTION}
SECTION_FLAGS = {"bronnen"}
GROUP_FLAGS = {"slotvraag"}

PAPER_KEYS = {
    "reeks": "series",
    "code": "code",
    "soort": "document_type",
    "titel": "title",
    "ondertitel": "subtitle",
    "versie": "version",
    "datum": "date",
    "documentcode": "document_code",
    "reikwijdte": "scope",
    "onderdeel-van": "part_of",
    "versiestatus": "version_note",
}
PAPER_REQUIRED = ("reeks", "code", "titel", "versie", "documentcode")
SERIES_KEYS = {
    "reeks": "code",
    "titel": "title",
    "naam": "name",
    "onderdeel-van": "part_of",
    "uitgever": "publisher",
}
SERIES_REQUIRED = ("reeks", "titel", "naam")


@dataclass
class Problem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"regel {self.line}: {self.message}" if self.line else self.message


class PaperFileError(Exception):
    """The file cannot be imported; ``problems`` lists every reason with its line."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: p.line)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass
class ParsedQuestion:
    line: int
    number: str
    text: str


@dataclass
class ParsedSection:
    line: int
    number: str
    title: str
    anchor: str
    kind: str
    body_lines: list[str] = field(default_factory=list)
    questions: list[ParsedQuestion] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n".join(self.body_lines).strip("\n")


@dataclass
class ParsedGroup:
    line: int
    label: str
    title: str
    is_closing: bool
    section_refs: list[str]
    intro_lines: list[str] = field(default_factory=list)
    questions: list[ParsedQuestion] = field(default_factory=list)

    @property
    def intro(self) -> str:
        return "\n".join(self.intro_lines).strip("\n")


@dataclass
class ParsedText:
    line: int
    title: str
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip("\n")


@dataclass
class ParsedPaper:
    meta: dict[str, str]
    meta_lines: dict[str, int]
    sections: list[ParsedSection] = field(default_factory=list)
    question_set: ParsedText | None = None
    groups: list[ParsedGroup] = field(default_factory=list)
    invitation: ParsedText | None = None
    usage: ParsedText | None = None
    call_to_action: ParsedText | None = None

    @property
    def code(self) -> str:
        return self.meta.get("code", "")

    @property
    def version_number(self) -> tuple[int, int]:
        return PaperVersion.parse_number(self.meta["versie"])

    @property
    def date(self) -> datetime.date | None:
        value = self.meta.get("datum")
        return datetime.date.fromisoformat(value) if value else None

    @property
    def question_count(self) -> int:
        return sum(len(g.questions) for g in self.groups) + sum(
            len(s.questions) for s in self.sections
        )


@dataclass
class ParsedSeries:
    meta: dict[str, str]
    governance: ParsedText


def _front_matter(
    lines: list[str], known: dict[str, str], problems: list[Problem]
) -> tuple[dict[str, str], dict[str, int], int]:
    """Read the 'key: value' header between two '---' lines; returns (meta, lines, body start)."""
    if not lines or lines[0].strip() != "---":
        problems.append(
            Problem(1, "Het bestand moet beginnen met een kop tussen twee regels '---'.")
        )
        return {}, {}, 0
    meta: dict[str, str] = {}
    meta_lines: dict[str, int] = {}
    for index in range(1, len(lines)):
        line_no, line = index + 1, lines[index]
        if line.strip() == "---":
            return meta, meta_lines, index + 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep:
            problems.append(Problem(line_no, f"'{line.strip()}' is geen regel 'naam: waarde'."))
        elif key not in known:
            names = ", ".join(sorted(known))
            problems.append(Problem(line_no, f"Onbekend kopveld '{key}'. Bekend zijn: {names}."))
        elif key in meta:
            problems.append(Problem(line_no, f"Het kopveld '{key}' staat er twee keer in."))
        else:
            meta[key] = value.strip()
            meta_lines[key] = line_no
    problems.append(Problem(1, "De kop van het bestand wordt niet afgesloten met '---'."))
    return meta, meta_lines, len(lines)


def _attrs(raw: str | None) -> tuple[str, set[str], dict[str, str]]:
    anchor, flags, options = "", set(), {}
    for token in (raw or "").split():
        if token.startswith("#"):
            anchor = token[1:]
        elif "=" in token:
            key, _, value = token.partition("=")
            options[key] = value
        else:
            flags.add(token)
    return anchor, flags, options


def parse_paper(text: str) -> ParsedPaper:
    """Parse a paper file; raises PaperFileError listing every problem found."""
    paper, problems = _parse(text)
    if problems:
        raise PaperFileError(problems)
    return paper


def _parse(text: str) -> tuple[ParsedPaper, list[Problem]]:
    problems: list[Problem] = []
    lines = text.replace("\r\n", "\n").split("\n")
    # Invisible in an editor, and PostgreSQL refuses a NUL byte outright: name each one.
    for line_no, line in enumerate(lines, start=1):
        control = CONTROL_CHARACTERS.search(line)
        if control:
            problems.append(
                Problem(
                    line_no,
                    f"Deze regel bevat een onzichtbaar stuurteken (U+{ord(control[0]):04X}) "
                    f"op positie {control.start() + 1}; dat hoort niet in een paper.",
                )
            )
    lines = [CONTROL_CHARACTERS.sub("", line) for line in lines]
    meta, meta_lines, start = _front_matter(lines, PAPER_KEYS, problems)
    paper = ParsedPaper(meta=meta, meta_lines=meta_lines)

    for key in PAPER_REQUIRED:
        if not meta.get(key):
            problems.append(Problem(1, f"Het kopveld '{key}' ontbreekt of is leeg."))
    if meta.get("code") and not PAPER_CODE_RE.match(meta["code"]):
        problems.append(
            Problem(
                meta_lines["code"],
                "De code bestaat uit hoofdletters, cijfers en streepjes, bijv. SHPP003-02.",
            )
        )
    if meta.get("versie"):
        try:
            PaperVersion.parse_number(meta["versie"])
        except ValueError:
            problems.append(
                Problem(
                    meta_lines["versie"],
                    f"Versie '{meta['versie']}' is geen versienummer zoals 0.9 of 1.0.",
                )
            )
    if meta.get("datum"):
        try:
            datetime.date.fromisoformat(meta["datum"])
        except ValueError:
            problems.append(
                Problem(
                    meta_lines["datum"], f"Datum '{meta['datum']}' is geen datum als 2026-01-20."
                )
            )

    # The part being filled: a section, the question set (or one of its groups), or a text.
    current: ParsedSection | ParsedGroup | ParsedText | None = None
    in_question_set = False
    seen_questions_in_current = False

    for index in range(start, len(lines)):
        line_no, line = index + 1, lines[index]
        heading = match_heading(line)
        if heading and len(heading["hashes"]) == 1:
            anchor, flags, options = _attrs(heading["attrs"])
            title = heading["text"].strip()
            seen_questions_in_current = False
            special = flags & SPECIAL_PARTS
            if len(special) > 1:
                problems.append(Problem(line_no, "Een kop kan maar één onderdeel markeren."))
            part = next(iter(special), None)
            in_question_set = part == PART_QUESTION_SET
            if part == PART_QUESTION_SET:
                if paper.question_set:
                    problems.append(
                        Problem(line_no, "Er staat al een tegenlezers-vraagset in dit bestand.")
                    )
                current = paper.question_set = ParsedText(line_no, title)
            elif part in {PART_INVITATION, PART_USAGE, PART_CALL_TO_ACTION}:
                attribute = {
                    PART_INVITATION: "invitation",
                    PART_USAGE: "usage",
                    PART_CALL_TO_ACTION: "call_to_action",
                }[part]
                if getattr(paper, attribute):
                    problems.append(
                        Problem(line_no, f"Het onderdeel '{part}' staat er twee keer in.")
                    )
                current = ParsedText(line_no, title)
                setattr(paper, attribute, current)
            else:
                unknown = flags - SECTION_FLAGS
                if unknown:
                    problems.append(
                        Problem(
                            line_no,
                            f"Onbekende markering {{{' '.join(sorted(unknown))}}} bij een sectie.",
                        )
                    )
                number_match = SECTION_NUMBER_RE.match(title)
                number = number_match["number"] if number_match else ""
                section_title = number_match["title"] if number_match else title
                if not section_title:
                    problems.append(Problem(line_no, "Deze sectie heeft geen titel."))
                current = ParsedSection(
                    line=line_no,
                    number=number,
                    title=section_title,
                    anchor=anchor
                    or (f"sectie-{slugify(number)}" if number else slugify(section_title)[:80]),
                    kind=Section.Kind.SOURCES if "bronnen" in flags else Section.Kind.TEXT,
                )
                paper.sections.append(current)
            continue

        if heading and in_question_set:
            # "## A. Over aannames ..." opens a group of the question set.
            anchor, flags, options = _attrs(heading["attrs"])
            seen_questions_in_current = False
            match = GROUP_LABEL_RE.match(heading["text"].strip())
            if not match:
                problems.append(
                    Problem(
                        line_no,
                        "Een vraaggroep begint met een nummer of letter en een punt, "
                        "bijv. '## A. Over aannames'.",
                    )
                )
                current = ParsedGroup(line_no, "?", heading["text"].strip(), False, [])
            else:
                unknown = flags - GROUP_FLAGS
                if unknown:
                    problems.append(
                        Problem(
                            line_no,
                            f"Onbekende markering {{{' '.join(sorted(unknown))}}} "
                            "bij een vraaggroep.",
                        )
                    )
                refs = [ref for ref in options.get("secties", "").split(",") if ref]
                current = ParsedGroup(
                    line_no, match["label"], match["title"], "slotvraag" in flags, refs
                )
            paper.groups.append(current)
            continue

        question = QUESTION_RE.match(line)
        if question or line.startswith("?"):
            if not question:
                problems.append(Problem(line_no, "Een vraag heeft tekst na '? '."))
                continue
            if not isinstance(current, ParsedSection | ParsedGroup):
                problems.append(
                    Problem(
                        line_no,
                        "Een vraag ('? …') staat alleen in een sectie of in een "
                        "vraaggroep van de tegenlezers-vraagset.",
                    )
                )
                continue
            current.questions.append(
                ParsedQuestion(line_no, question["number"] or "", question["text"].strip())
            )
            seen_questions_in_current = True
            continue

        if current is None:
            if line.strip():
                problems.append(
                    Problem(line_no, "Tekst vóór de eerste kop ('# …') hoort nergens bij.")
                )
            continue
        if seen_questions_in_current and line.strip():
            problems.append(
                Problem(
                    line_no,
                    "Na de vragen van een sectie of vraaggroep volgt geen tekst meer; "
                    "begin een nieuwe kop.",
                )
            )
            continue
        if isinstance(current, ParsedSection):
            current.body_lines.append(line)
        elif isinstance(current, ParsedGroup):
            current.intro_lines.append(line)
        else:
            current.lines.append(line)

    _check_structure(paper, problems)
    _check_lengths(paper, problems)
    return paper, problems


def _limit(model, field_name: str) -> int | None:
    return model._meta.get_field(field_name).max_length


def _check_lengths(paper: ParsedPaper, problems: list[Problem]) -> None:
    """Every value must fit the column it goes into, and anchors must be usable in a URL."""
    meta_fields = {
        "reeks": (Series, "code"),
        "code": (Paper, "code"),
        "soort": (Paper, "document_type"),
        "titel": (Paper, "title"),
        "ondertitel": (Paper, "subtitle"),
        "reikwijdte": (Paper, "scope"),
        "onderdeel-van": (Paper, "part_of"),
        "documentcode": (PaperVersion, "document_code"),
    }
    values: list[tuple[int, str, str, int | None]] = [
        (paper.meta_lines[key], f"Het kopveld '{key}'", paper.meta[key], _limit(model, name))
        for key, (model, name) in meta_fields.items()
        if key in paper.meta
    ]
    # A question's anchor is its section's anchor plus "-vraag-N" (save_paper_version).
    question_anchor_room = _limit(Question, "anchor") - len("-vraag-999")
    for section in paper.sections:
        values += [
            (section.line, "Het sectienummer", section.number, _limit(Section, "number")),
            (section.line, "De titel van de sectie", section.title, _limit(Section, "title")),
            (section.line, "Het anker", section.anchor, question_anchor_room),
        ]
        if section.anchor and not ANCHOR_RE.match(section.anchor):
            problems.append(
                Problem(
                    section.line,
                    f"Het anker '{section.anchor}' mag alleen kleine letters, cijfers en "
                    "streepjes bevatten.",
                )
            )
    for group in paper.groups:
        values.append((group.line, "De titel van de vraaggroep", group.title,
                       _limit(QuestionGroup, "title")))  # fmt: skip
    for part, limit in (
        (paper.question_set, _limit(QuestionSet, "title")),
        (paper.invitation, _limit(QuestionSet, "invitation_title")),
        (paper.usage, _limit(QuestionSet, "usage_title")),
        (paper.call_to_action, _limit(PaperVersion, "call_to_action_title")),
    ):
        if part is not None:
            values.append((part.line, "De kop", part.title, limit))
    texts = [(s.line, "De tekst van deze sectie", s.body) for s in paper.sections]
    texts += [(g.line, "De inleiding van deze vraaggroep", g.intro) for g in paper.groups]
    texts += [
        (q.line, "Deze vraag", q.text)
        for owner in [*paper.sections, *paper.groups]
        for q in owner.questions
    ]
    texts += [
        (part.line, "De tekst onder deze kop", part.text)
        for part in (paper.question_set, paper.invitation, paper.usage, paper.call_to_action)
        if part is not None
    ]
    values += [(line, name, text, TEXT_MAX_LENGTH) for line, name, text in texts]
    for line_no, name, value, limit in values:
        if limit is not None and len(value) > limit:
            problems.append(
                Problem(
                    line_no,
                    f"{name} is {len(value)} tekens lang; er passen er {limit}.",
                )
            )


def _check_structure(paper: ParsedPaper, problems: list[Problem]) -> None:
    if not paper.sections:
        problems.append(Problem(0, "Het bestand bevat geen enkele sectie ('# 1. Titel')."))
    anchors: dict[str, int] = {}
    for section in paper.sections:
        if section.anchor in anchors:
            problems.append(
                Problem(
                    section.line,
                    f"Het anker '{section.anchor}' wordt al gebruikt door de "
                    f"sectie op regel {anchors[section.anchor]}.",
                )
            )
        anchors.setdefault(section.anchor, section.line)
        if is_site_anchor(section.anchor):
            problems.append(
                Problem(
                    section.line,
                    f"Het anker '{section.anchor}' gebruikt de site zelf al op de paperpagina; "
                    "kies een ander met {#…} achter de titel.",
                )
            )
        _check_question_numbers(section.questions, problems)
    if paper.groups and paper.question_set is None:
        problems.append(Problem(paper.groups[0].line, "Vraaggroepen staan onder '# … {vraagset}'."))
    labels: dict[str, int] = {}
    numbers = {s.number for s in paper.sections if s.number}
    section_anchors = {s.anchor for s in paper.sections}
    for group in paper.groups:
        if group.label in labels:
            problems.append(
                Problem(
                    group.line,
                    f"Vraaggroep {group.label} bestaat al (regel {labels[group.label]}).",
                )
            )
        labels.setdefault(group.label, group.line)
        if not group.questions:
            problems.append(Problem(group.line, f"Vraaggroep {group.label} heeft geen vragen."))
        for ref in group.section_refs:
            if ref not in numbers and ref not in section_anchors:
                problems.append(
                    Problem(
                        group.line,
                        f"Vraaggroep {group.label} verwijst naar sectie '{ref}', "
                        "maar die staat niet in dit bestand.",
                    )
                )
    _check_question_numbers([q for g in paper.groups for q in g.questions], problems)
    if paper.question_set and not paper.groups:
        problems.append(
            Problem(
                paper.question_set.line,
                "De tegenlezers-vraagset heeft geen vraaggroepen ('## A. Titel').",
            )
        )


def _check_question_numbers(questions: list[ParsedQuestion], problems: list[Problem]) -> None:
    seen: dict[str, int] = {}
    for question in questions:
        if not question.number:
            continue
        if question.number in seen:
            problems.append(
                Problem(
                    question.line,
                    f"Vraagnummer {question.number} komt twee keer voor "
                    f"(ook op regel {seen[question.number]}).",
                )
            )
        seen.setdefault(question.number, question.line)


def parse_series(text: str) -> ParsedSeries:
    problems: list[Problem] = []
    lines = text.replace("\r\n", "\n").split("\n")
    meta, _, start = _front_matter(lines, SERIES_KEYS, problems)
    for key in SERIES_REQUIRED:
        if not meta.get(key):
            problems.append(Problem(1, f"Het kopveld '{key}' ontbreekt of is leeg."))
    governance: ParsedText | None = None
    for index in range(start, len(lines)):
        line_no, line = index + 1, lines[index]
        heading = match_heading(line)
        if heading and len(heading["hashes"]) == 1:
            if governance:
                problems.append(Problem(line_no, "Een reeks heeft één tekst: de versiestandaard."))
            governance = ParsedText(line_no, heading["text"].strip())
        elif governance:
            governance.lines.append(line)
        elif line.strip():
            problems.append(Problem(line_no, "Tekst vóór de eerste kop ('# …') hoort nergens bij."))
    if governance is None:
        problems.append(Problem(0, "De versiestandaard ('# Versiestandaard …') ontbreekt."))
    if problems:
        raise PaperFileError(problems)
    return ParsedSeries(meta=meta, governance=governance)


def validate(paper: ParsedPaper) -> None:
    """Check the parsed paper against the database (series known, version new)."""
    problems = _database_problems(paper)
    if problems:
        raise PaperFileError(problems)


def _database_problems(paper: ParsedPaper) -> list[Problem]:
    """What the database says about a parsed paper; checks only the fields that parsed."""
    problems: list[Problem] = []
    meta = paper.meta
    if meta.get("reeks") and not Series.objects.filter(code=meta["reeks"]).exists():
        problems.append(
            Problem(paper.meta_lines.get("reeks", 1), f"Onbekende reeks '{paper.meta['reeks']}'.")
        )
    try:
        major, minor = paper.version_number
    except (KeyError, ValueError):
        return problems  # reported by the parser
    if not PAPER_CODE_RE.match(paper.code):
        return problems
    if PaperVersion.objects.filter(paper__code=paper.code, major=major, minor=minor).exists():
        problems.append(
            Problem(
                paper.meta_lines.get("versie", 1),
                f"Versie {major}.{minor} van {paper.code} "
                "bestaat al. Een nieuwe versie krijgt een nieuw nummer.",
            )
        )
    newest = (
        PaperVersion.objects.filter(paper__code=paper.code).order_by("-major", "-minor").first()
    )
    if newest is not None and (newest.major, newest.minor) < (major, minor):
        if newest.status == PaperVersion.Status.DRAFT:
            problems.append(
                Problem(
                    paper.meta_lines.get("versie", 1),
                    f"Van {paper.code} staat versie {newest.number} al in voorbereiding; "
                    "werk die bij of verwijder haar eerst.",
                )
            )
    elif newest is not None and (newest.major, newest.minor) > (major, minor):
        problems.append(
            Problem(
                paper.meta_lines.get("versie", 1),
                f"Versie {major}.{minor} is lager dan de nieuwste versie van {paper.code} "
                f"({newest.number}).",
            )
        )
    code = meta.get("documentcode")
    if code and PaperVersion.objects.filter(document_code=code).exists():
        problems.append(
            Problem(paper.meta_lines.get("documentcode", 1), "Deze documentcode is al in gebruik.")
        )
    return problems


def version_exists(paper: ParsedPaper) -> bool:
    major, minor = paper.version_number
    return PaperVersion.objects.filter(paper__code=paper.code, major=major, minor=minor).exists()


def check_text(text: str) -> ParsedPaper:
    """Parse and validate a paper file without saving anything (the dry run, the preview).

    Raises PaperFileError with every problem at once: those in the file and those the
    database sees (unknown series, existing version …).
    """
    paper, problems = _parse(text)
    problems += _database_problems(paper)
    if problems:
        raise PaperFileError(problems)
    return paper


def import_text(text: str, *, by=None) -> PaperVersion:
    """Parse, validate and save a paper file as a draft version: all of it, or nothing.

    Used by the editors' upload, ``manage.py import_paper`` and ``manage.py load_papers``.
    """
    return save_paper_version(parse_paper(text), by=by)


def summary(paper: ParsedPaper) -> str:
    return (
        f"{paper.code} v{paper.meta['versie']} – {paper.meta['titel']}: "
        f"{len(paper.sections)} secties, {len(paper.groups)} vraaggroepen, "
        f"{paper.question_count} vragen"
    )


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
