"""Checking a parsed paper: its form (lengths, structure, numbering) and what the database
says of it (series known, version new). Every problem carries its line number and a plain
Dutch message.
"""

from __future__ import annotations

from papers.models import (
    TEXT_MAX_LENGTH,
    Paper,
    PaperVersion,
    Question,
    QuestionGroup,
    QuestionSet,
    Section,
    Series,
    is_site_anchor,
)

from .parse import (
    ANCHOR_RE,
    PAPER_CODE_RE,
    PaperFileError,
    ParsedPaper,
    ParsedQuestion,
    Problem,
    read,
)


def file_problems(paper: ParsedPaper) -> list[Problem]:
    problems: list[Problem] = []
    _check_structure(paper, problems)
    _check_lengths(paper, problems)
    return problems


def parse_paper(text: str) -> ParsedPaper:
    """Parse a paper file; raises PaperFileError listing every problem found."""
    paper, problems = read(text)
    problems += file_problems(paper)
    if problems:
        raise PaperFileError(problems)
    return paper


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
    paper, problems = read(text)
    problems += file_problems(paper)
    problems += _database_problems(paper)
    if problems:
        raise PaperFileError(problems)
    return paper


def summary(paper: ParsedPaper) -> str:
    return (
        f"{paper.code} v{paper.meta['versie']} – {paper.meta['titel']}: "
        f"{len(paper.sections)} secties, {len(paper.groups)} vraaggroepen, "
        f"{paper.question_count} vragen"
    )
