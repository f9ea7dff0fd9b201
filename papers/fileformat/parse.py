"""Reading a paper file (the format of fixtures/, see fixtures/README.md) into Parsed* values.

Parsing never touches the database and runs in time linear in the file (headings are read
with string operations, not backtracking patterns).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from django.utils.text import slugify

from civcare.core.rendering import CONTROL_CHARACTERS
from papers.models import (
    PaperVersion,
    Section,
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


def read(text: str) -> tuple[ParsedPaper, list[Problem]]:
    """The paper as written, and every problem of its form (checked by validate.py)."""
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

    return paper, problems


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
