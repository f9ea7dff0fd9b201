"""The consultation report (consultatieverslag) of a version: what was said and what was done.

One builder feeds the HTML page, the Markdown and the CSV download. Reflection texts are
quoted only where their author allowed it; names only where the author chose to show
theirs.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from civcare.accounts.models import Perspective
from civcare.core.spreadsheet import DECIMAL, PERCENT, Column, csv_text, xlsx_bytes
from papers.models import PaperEvent, PaperVersion, Question, Section
from papers.selectors import _version_content
from reflections.models import Reflection

from . import campaigns, suggestions
from .models import (
    BoardDecision,
    Disposition,
    SimilarityMember,
    Synthesis,
    Theme,
    ThemeAssignment,
)

# A theme's synthesis quotes at most this many of its reflections (the annex holds them all).
QUOTES_PER_PART = 3


@dataclass
class ReportSection:
    """A part of the annex: the reflections on one section, question group or the paper as a
    whole, and which of them the report's page shows (``open_annex``)."""

    title: str
    anchor: str
    reflections: list[Reflection] = field(default_factory=list)
    shown: list[Reflection] = field(default_factory=list)
    is_open: bool = False  # the part the page was opened at (?deel=), a page of it shown
    page: int = 1
    has_next: bool = False

    @property
    def is_paper_text(self) -> bool:
        """Its title is the paper's own (a section's or question group's heading, Dutch in
        any interface), not the interface's name for the paper as a whole."""
        return self.anchor != "geheel"

    @property
    def first_shown(self) -> int:
        return (self.page - 1) * ANNEX_PAGE + 1 if self.is_open else 1

    @property
    def last_shown(self) -> int:
        return self.first_shown + len(self.shown) - 1


# The report's page shows the first ANNEX_FOLD reflections of each part of the annex in its
# fold, and the rest ANNEX_PAGE at a time with the page opened at that part: at 1,000
# reflections the page carried them all (#29: 1.37 MB); the PDF and the Markdown keep them.
ANNEX_FOLD = 20
ANNEX_PAGE = 50


def open_annex(report: ConsultationReport, part: str | None, page: int) -> bool:
    """Choose what each part of the annex shows: its first ANNEX_FOLD, or page ``page`` of
    the part whose anchor is ``part``. False when there is no such part or page."""
    for each in report.parts:
        each.shown = each.reflections[:ANNEX_FOLD]
    if part is None:
        return page == 1
    opened = next((each for each in report.parts if each.anchor == part), None)
    start = (page - 1) * ANNEX_PAGE
    if opened is None or start >= len(opened.reflections):
        return False
    opened.shown = opened.reflections[start : start + ANNEX_PAGE]
    opened.is_open, opened.page = True, page
    opened.has_next = start + ANNEX_PAGE < len(opened.reflections)
    return True


@dataclass
class SynthesisPart:
    """What we heard on a theme or question group, and what we did: as the report shows it."""

    kind: str  # "theme" or "group"
    subject: str
    description: str
    heard: str
    did: str
    reflections: list[Reflection]  # published ones it rests on
    changes: list[Section]
    subject_pk: int = 0  # the theme's or the question group's, for the editors' work list

    @property
    def perspectives(self) -> list[tuple[str, int]]:
        counted = Counter(r.get_perspective_display() for r in self.reflections)
        return counted.most_common()

    @property
    def quotes(self) -> list[Reflection]:
        return representative(self.reflections)

    @property
    def worklist_filter(self) -> str:
        """The query of the editors' work list that shows its subject's reflections."""
        return f"{'thema' if self.kind == 'theme' else 'vraaggroep'}={self.subject_pk}"


def representative(reflections: list[Reflection], *, limit: int = QUOTES_PER_PART):
    """A few of ``reflections`` whose authors allowed quoting, one per perspective first
    (the most heard perspective first), so the board reads the range, not one campaign. The
    synthesis form offers the same to pick from (forms.coding.SynthesisForm)."""
    quotable = [r for r in reflections if r.may_quote and r.body.strip()]
    chosen: list[Reflection] = []
    for perspective, _n in Counter(r.perspective for r in reflections).most_common():
        first = next((r for r in quotable if r.perspective == perspective), None)
        if first is not None:
            chosen.append(first)
    for reflection in quotable:
        if reflection not in chosen:
            chosen.append(reflection)
    return chosen[:limit]


@dataclass
class ConsultationPeriod:
    """When the version was open for reflection, from its own history."""

    opened: datetime.date | None
    closed: datetime.date | None
    planned_close: datetime.date | None  # while it is open: the date readers were shown


@dataclass
class ConsultationReport:
    version: PaperVersion
    successor: PaperVersion | None
    reflections: list[Reflection]
    by_perspective: list[tuple[str, int]]
    by_group: list[tuple[str, int]]
    by_section: list[tuple[str, int]]
    outcomes: list[tuple[str, int]]
    parts: list[ReportSection]
    dispositions: list[tuple[str, int]]
    changes: list[Section]
    syntheses: list[SynthesisPart] = field(default_factory=list)
    themes: list[tuple[str, str, int]] = field(default_factory=list)  # name, description, n
    period: ConsultationPeriod | None = None
    # The board's decision on the version based on this one (its adoption), if recorded.
    decision: BoardDecision | None = None
    silent_questions: list[Question] = field(default_factory=list)
    silent_perspectives: list[str] = field(default_factory=list)
    # Themes given to reflections, and how many of those the editors took from the
    # platform's suggestions (#31: the report says how the themes were found).
    coded: int = 0
    coded_from_suggestions: int = 0
    # The campaigns among the published reflections, their sizes, largest first (#31: each
    # of their reflections counts, and the report says how many came from one campaign).
    campaigns: list[int] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.reflections)

    @property
    def submitted(self) -> int:
        return sum(n for _label, n in self.outcomes)

    @property
    def heard_from(self) -> list[tuple[str, int]]:
        """The perspectives that wrote, as the summary names them (the silent ones apart)."""
        return [(label, n) for label, n in self.by_perspective if n]

    @property
    def dispositions_given(self) -> list[tuple[str, int]]:
        return [(label, n) for label, n in self.dispositions if n]


class _NoDisposition:
    kind = None


def build(version: PaperVersion) -> ConsultationReport:
    content = _version_content(version)
    reflections = list(
        Reflection.objects.filter(version=version)
        .published()
        .select_related(
            "author",
            "version__paper",  # the quote links to its paragraph on the version's page
            "section",
            "question__group",
            "question__section",
            "disposition__section",
            "disposition__version",
            "passage_resolution__version",
        )
        .order_by("created_at", "pk")
    )
    outcome_labels = dict(Reflection.Status.choices)
    outcomes = [
        (outcome_labels.get(row["status"], row["status"]), row["n"])
        for row in Reflection.objects.filter(version=version)
        .values("status")
        .annotate(n=Count("pk"))
        .order_by("status")
    ]
    perspective_labels = dict(Perspective.choices)
    by_perspective = Counter(r.perspective for r in reflections)

    parts_by_key: dict[tuple, ReportSection] = {}
    parts: list[ReportSection] = []
    whole = ReportSection(_("De paper als geheel"), "geheel")
    parts.append(whole)
    for group in content["groups"]:
        part = ReportSection(group.heading, group.anchor)
        parts_by_key[("group", group.pk)] = part
        parts.append(part)
    for section in content["sections"]:
        part = ReportSection(section.heading, section.anchor)
        parts_by_key[("section", section.pk)] = part
        parts.append(part)

    group_counts: Counter = Counter()
    section_counts: Counter = Counter()
    for reflection in reflections:
        question = reflection.question
        if question is not None and question.group_id:
            key = ("group", question.group_id)
            group_counts[question.group.heading] += 1
        elif question is not None:
            key = ("section", question.section_id)
            section_counts[question.section.heading] += 1
        elif reflection.section_id:
            key = ("section", reflection.section_id)
            section_counts[reflection.section.heading] += 1
        else:
            key = None
        parts_by_key.get(key, whole).reflections.append(reflection)

    successor = (
        PaperVersion.objects.filter(based_on=version)
        .select_related("board_decision")
        .order_by("-major", "-minor")
        .first()
    )
    changes: list[Section] = []
    if successor is not None:
        changes = [
            s
            for s in successor.sections.select_related("copied_from", "version")
            .prefetch_related("prompts")
            .order_by("order")
            if s.differs_from_source()
        ]
    disposition_labels = dict(Disposition.Kind.choices)
    disposition_counts = Counter(
        (getattr(r, "disposition", None) or _NoDisposition).kind for r in reflections
    )
    dispositions = [(disposition_labels[k], disposition_counts[k]) for k in disposition_labels]
    dispositions.append((_("Nog zonder verwerking"), disposition_counts[None]))

    syntheses, themes = _syntheses(version, reflections)
    coding = ThemeAssignment.objects.filter(
        theme__version=version, reflection__status=Reflection.Status.APPROVED
    ).aggregate(coded=Count("pk"), suggested=Count("pk", filter=Q(from_suggestion=True)))
    asked = {r.question_id for r in reflections}
    questions = [q for g in content["groups"] for q in g.question_list] + [
        q for s in content["sections"] for q in s.question_list
    ]
    return ConsultationReport(
        version=version,
        period=_period(version),
        decision=getattr(successor, "board_decision", None) if successor else None,
        silent_questions=[q for q in questions if q.pk not in asked],
        silent_perspectives=[
            str(label) for p, label in perspective_labels.items() if not by_perspective[p]
        ],
        syntheses=syntheses,
        themes=themes,
        coded=coding["coded"],
        coded_from_suggestions=coding["suggested"],
        campaigns=campaigns.sizes(version),
        successor=successor,
        reflections=reflections,
        by_perspective=[(perspective_labels[p], by_perspective[p]) for p in perspective_labels],
        by_group=[(g.heading, group_counts[g.heading]) for g in content["groups"]],
        by_section=[
            (s.heading, section_counts[s.heading])
            for s in content["sections"]
            if section_counts[s.heading]
        ],
        outcomes=outcomes,
        parts=[p for p in parts if p.reflections],
        dispositions=dispositions,
        changes=changes,
    )


def _period(version: PaperVersion) -> ConsultationPeriod:
    """The first opening and the last closing in the version's history (one query): an
    editor may have reopened it."""
    Action = PaperEvent.Action
    moments = PaperEvent.objects.filter(
        version=version, action__in=[Action.CONSULTATION_OPENED, Action.CONSULTATION_CLOSED]
    ).values_list("action", "created_at")
    opened = [at for action, at in moments if action == Action.CONSULTATION_OPENED]
    closed = [at for action, at in moments if action == Action.CONSULTATION_CLOSED]
    still_open = version.status == PaperVersion.Status.CONSULTATION
    return ConsultationPeriod(
        opened=timezone.localdate(min(opened)) if opened else None,
        closed=timezone.localdate(max(closed)) if closed and not still_open else None,
        planned_close=version.consultation_closes_on if still_open else None,
    )


def _syntheses(version: PaperVersion, reflections: list[Reflection]):
    """The syntheses, themes first (in the editors' order), then question groups; and each
    published reflection's themes as ``theme_names`` (three queries)."""
    by_pk = {r.pk: r for r in reflections}
    for reflection in reflections:
        reflection.theme_names = []
    themes = list(Theme.objects.filter(version=version).in_order())
    theme_names = {t.pk: t.name for t in themes}
    counted: Counter = Counter()
    pairs = ThemeAssignment.objects.filter(theme__version=version).values_list(
        "theme_id", "reflection_id"
    )
    for theme_id, reflection_id in pairs.order_by("theme__order", "theme_id"):
        if reflection_id in by_pk:
            by_pk[reflection_id].theme_names.append(theme_names[theme_id])
            counted[theme_id] += 1
    syntheses = (
        Synthesis.objects.filter(version=version)
        .select_related("theme", "question_group")
        .prefetch_related("reflections", "changes__version")
    )
    theme_order = {t.pk: n for n, t in enumerate(themes)}
    parts = [
        SynthesisPart(
            kind="theme" if s.theme_id else "group",
            subject=s.subject,
            description=s.theme.description if s.theme_id else "",
            heard=s.heard,
            did=s.did,
            reflections=[by_pk[r.pk] for r in s.reflections.all() if r.pk in by_pk],
            changes=sorted(s.changes.all(), key=lambda section: section.order),
            subject_pk=s.theme_id or s.question_group_id,
        )
        for s in sorted(
            syntheses,
            key=lambda s: (0, theme_order.get(s.theme_id, 0)) if s.theme_id
            else (1, s.question_group.order),
        )
    ]  # fmt: skip
    return parts, [(t.name, t.description, counted[t.pk]) for t in themes]


def quoted_text(reflection: Reflection) -> str:
    if reflection.may_quote:
        return reflection.body
    return _("(niet geciteerd: de auteur gaf geen toestemming)")


def passage_columns(reflection: Reflection) -> list[str]:
    """The passage a reflection is about, where it stands in the next version, and how much
    of it is left (the percentage of words that match, for a changed one), as the Markdown
    reads it ("80 %"); the CSV and the XLSX carry that share as a number (passage_similarity)."""
    if reflection.quote_paragraph is None:
        return ["", "", ""]
    resolution = getattr(reflection, "passage_resolution", None)
    if resolution is None:
        return [reflection.quote_exact, "", ""]
    percentage = (
        f"{resolution.percentage} %" if resolution.status == resolution.Status.CHANGED else ""
    )
    return [reflection.quote_exact, resolution.get_status_display(), percentage]


def target_label(reflection: Reflection) -> str:
    if reflection.question_id:
        question = reflection.question
        number = f"{question.number}. " if question.number else ""
        return f"{number}{question.text}"
    if reflection.section_id:
        return reflection.section.heading
    return _("De paper als geheel")


def _slug(text: str, used: Counter) -> str:
    """The anchor GitHub and most Markdown readers give a heading: lower case, punctuation
    dropped, spaces as hyphens, a repeat numbered."""
    slug = re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")
    used[slug] += 1
    return slug if used[slug] == 1 else f"{slug}-{used[slug] - 1}"


def _day(value: datetime.date | None) -> str:
    return date_format(value, "j F Y") if value else ""


def summary_rows(report: ConsultationReport) -> list[tuple[str, str]]:
    """The summary as label and plain text (the Markdown's; the page and the PDF write the
    same in governance/_report_summary.html, with links)."""
    period = report.period
    if period is not None and period.opened and period.closed:
        when = f"{_day(period.opened)} – {_day(period.closed)}"
    elif period is not None and period.opened:
        when = _("open sinds %(date)s") % {"date": _day(period.opened)}
        if period.planned_close:
            when += _(" (gepland tot %(date)s)") % {"date": _day(period.planned_close)}
    else:
        when = _("niet vastgelegd")
    rows = [
        (_("Consultatieperiode"), when),
        (_("Reflecties"), ngettext(
            "%(n)s gepubliceerd, van %(submitted)s ingediend",
            "%(n)s gepubliceerd, van %(submitted)s ingediend", report.total,
        ) % {"n": report.total, "submitted": report.submitted}),
        (_("Perspectieven"), " · ".join(f"{label} {n}" for label, n in report.heard_from)),
        (_("Stil gebleven perspectieven"), ", ".join(report.silent_perspectives)
         or _("geen: elk perspectief is gehoord")),
        (_("Verwerking"), " · ".join(f"{label} {n}" for label, n in report.dispositions_given)),
    ]  # fmt: skip
    if report.coded:
        rows.append((_("Thema's"), coding_text(report)))
    if report.campaigns:
        rows.append((_("Campagnes"), campaigns_text(report)))
    decision = report.decision
    if decision is not None:
        decided = _("%(ref)s van %(date)s") % {
            "ref": decision.reference, "date": _day(decision.decided_on),
        }  # fmt: skip
        if decision.minutes_url:
            decided += f" — {_('notulen:')} {decision.minutes_url}"
    else:
        decided = _("nog niet genomen")
    rows.append((_("Bestuursbesluit"), decided))
    successor = report.successor
    if successor is not None and successor.adopted_on:
        rows.append((_("Vastgesteld"), _(
            "als %(label)s op %(date)s, de datum van het bestuursbesluit"
        ) % {"label": successor.label, "date": _day(successor.adopted_on)}))  # fmt: skip
        if successor.content_hash:
            rows.append((_("SHA-256 van de vastgestelde tekst"), successor.content_hash))
    if successor is not None:
        if report.changes:
            changed = ngettext(
                "%(n)s sectie gewijzigd in %(label)s:", "%(n)s secties gewijzigd in %(label)s:",
                len(report.changes),
            ) % {"n": len(report.changes), "label": successor.label}  # fmt: skip
            changed += " " + "; ".join(s.heading for s in report.changes)
        else:
            changed = _("Er zijn (nog) geen secties gewijzigd.")
        rows.append((_("Wat veranderde"), changed))
    return rows


def coding_text(report: ConsultationReport) -> str:
    """How the themes were found (#31): by the editors, and how many of their codings they
    took from the platform's suggestions."""
    return _(
        "De redactie gaf %(n)s keer een thema; %(suggested)s daarvan nam zij over uit een "
        "voorstel van het platform (op betekenis, met een taalmodel op het eigen platform)."
    ) % {"n": report.coded, "suggested": report.coded_from_suggestions}


def campaigns_text(report: ConsultationReport) -> str:
    """The campaigns (#31), each as "N reflecties uit één campagne", and that every one of
    their reflections counts: none is dropped or counted for less."""
    each = [
        ngettext("%(n)s reflectie uit één campagne", "%(n)s reflecties uit één campagne", n)
        % {"n": n}
        for n in report.campaigns
    ]
    return (
        "; ".join(each)
        + ". "
        + _(
            "Een campagne is één tekst die velen met kleine wijzigingen instuurden; elke "
            "reflectie eruit telt mee in de cijfers."
        )
    )


def as_markdown(report: ConsultationReport) -> str:
    """The report in the order a board reads it: summary, figures, what we heard and did
    (with a few quotes), the changes, then every reflection as an annex; a table of
    contents links each part."""
    version = report.version
    headings: list[tuple[int, str, bool]] = []  # level, text, listed in the contents
    body: list[str] = []

    def heading(level: int, text: str, *, listed: bool = True) -> None:
        headings.append((level, text, listed))
        body.extend([f"{'#' * level} {text}", ""])

    heading(2, _("Samenvatting"))
    body += [f"- **{label}:** {value}" for label, value in summary_rows(report)]
    body.append("")
    silent = report.silent_questions
    heading(3, ngettext("Vraag zonder reflecties (%(n)s)", "Vragen zonder reflecties (%(n)s)",
                        len(silent)) % {"n": len(silent)}, listed=False)  # fmt: skip
    body += [f"- {q.label}" for q in silent] or [_("Op elke vraag kwam ten minste één reflectie.")]
    body.append("")
    heading(2, _("In cijfers"))
    for title, rows in [
        (_("Per perspectief"), report.by_perspective),
        (_("Per vraaggroep"), report.by_group),
        (_("Per sectie"), report.by_section),
        (_("Uitkomst van de moderatie"), report.outcomes),
        (_("Verwerking"), report.dispositions),
    ]:
        heading(3, title, listed=False)
        body += [f"| {_('Onderdeel')} | {_('Aantal')} |", "| --- | ---: |"]
        body += [f"| {label} | {count} |" for label, count in rows]
        body.append("")
    if report.syntheses:
        heading(2, _("Wat we hoorden, wat we deden"))
        for part in report.syntheses:
            kind = _("Thema") if part.kind == "theme" else _("Vraaggroep")
            heading(3, f"{kind}: {part.subject}")
            voices = ", ".join(f"{label} {n}" for label, n in part.perspectives)
            body += [f"**{_('Wat we hoorden')}** ({voices}): {part.heard}", ""]
            if part.did:
                body += [f"**{_('Wat we deden')}:** {part.did}", ""]
            if part.changes:
                changed = "; ".join(
                    f"{s.heading} ({s.get_change_type_display() or '—'})" for s in part.changes
                )
                body += [f"*{_('Wijzigingen')}:* {changed}", ""]
            for reflection in part.quotes:
                body += [f"> {line}" if line else ">" for line in reflection.body.splitlines()]
                body += [">", f"> — #{reflection.pk}, {reflection.get_perspective_display()}, "
                         f"{reflection.public_name}", ""]  # fmt: skip
            n = len(part.reflections)
            rests_on = ngettext("Rust op %(n)s reflectie", "Rust op %(n)s reflecties", n)
            body += [f"*{rests_on % {'n': n}}*", ""]
    if report.successor is not None:
        heading(2, _("Wijzigingen in %(label)s") % {"label": report.successor.label})
        for section in report.changes:
            refs = ", ".join(f"#{p.reflection_id}" for p in section.prompts.all())
            body.append(
                f"- **{section.heading}** — {section.get_change_type_display() or '—'}: "
                f"{section.change_explanation}"
                + (f" ({_('naar aanleiding van')} {refs})" if refs else "")
            )
        if not report.changes:
            body.append(_("Er zijn (nog) geen secties gewijzigd."))
        body.append("")
    heading(2, _("Bijlage: alle reflecties"))
    for part in report.parts:
        heading(3, f"{part.title} ({len(part.reflections)})")
        for reflection in part.reflections:
            body += _markdown_reflection(reflection)

    title = f"{_('Consultatieverslag')} {version.paper.code} {version.label}"
    used: Counter = Counter()
    _slug(title, used)
    contents = _("Inhoud")
    _slug(contents, used)
    toc = []
    for level, text, listed in headings:
        slug = _slug(text, used)
        if listed:
            toc.append(f"{'  ' * (level - 2)}- [{text}](#{slug})")
    return "\n".join([
        f"# {title}", "", f"**{version.paper.title}** — {version.get_status_display()}", "",
        f"## {contents}", "", *toc, "", *body,
    ])  # fmt: skip


def _markdown_reflection(reflection: Reflection) -> list[str]:
    themes = f" · {_('thema')}: {', '.join(reflection.theme_names)}" if (
        reflection.theme_names
    ) else ""  # fmt: skip
    reply = (
        " · " + _("antwoord op #%(pk)s") % {"pk": reflection.parent_id}
        if reflection.parent_id
        else ""
    )
    lines = [
        f"- **#{reflection.pk}** · {reflection.get_perspective_display()} · "
        f"{reflection.public_name} · {reflection.created_at:%Y-%m-%d} · "
        f"{target_label(reflection)}{reply}{themes}",
        "",
    ]
    passage, where, percentage = passage_columns(reflection)
    if passage:
        status = f" — {where}" + (f" ({percentage})" if percentage else "") if where else ""
        lines += [f"  *{_('Over de passage')}:* “{passage}”{status}", ""]
    lines += [f"  > {line}" if line else "  >" for line in quoted_text(reflection).splitlines()]
    disposition = getattr(reflection, "disposition", None)
    if disposition is not None:
        section = f" ({disposition.section.heading})" if disposition.section else ""
        lines += [
            "",
            f"  *{_('Verwerking')}:* {disposition.get_kind_display()}{section}. "
            f"{disposition.response}",
        ]
    lines.append("")
    return lines


CSV_COLUMNS = [
    "id",
    "paper",
    "versie",
    "vraaggroep",
    "vraag",
    "sectie",
    "perspectief",
    "naam",
    "datum",
    "tekst",
    "themas",
    "verwerking",
    "gewijzigde_sectie",
    "antwoord",
    "passage",
    "passage_in_nieuwe_versie",
    "passage_overeenkomst",
]


def as_csv(report: ConsultationReport) -> str:
    rows = []
    for r in report.reflections:
        question = r.question
        disposition = getattr(r, "disposition", None)
        rows.append(
            [
                r.pk,
                report.version.paper.code,
                report.version.number,
                question.group.heading if question is not None and question.group_id else "",
                question.label if question is not None else "",
                r.section.heading
                if r.section_id
                else (
                    question.section.heading if question is not None and question.section_id else ""
                ),
                r.get_perspective_display(),
                r.public_name,
                r.created_at.date().isoformat(),
                quoted_text(r),
                "; ".join(r.theme_names),
                disposition.get_kind_display() if disposition else "",
                disposition.section.heading if disposition and disposition.section else "",
                disposition.response if disposition else "",
                *passage_columns(r)[:2],
                passage_similarity(r),  # a number (0.8) for data tools, as in the XLSX
            ]
        )
    return csv_text(CSV_COLUMNS, rows)


def changes_by_reflection(report: ConsultationReport) -> dict[int, list[Section]]:
    answered: dict[int, list[Section]] = defaultdict(list)
    for section in report.changes:
        for prompt in section.prompts.all():
            answered[prompt.reflection_id].append(section)
    return answered


XLSX_COLUMNS = [
    Column("id", 8),
    Column("antwoord_op", 12),  # the reflection a reply answers ("antwoord op #N"), else empty
    Column("onderwerp", 40, wrap=True),
    Column("vraaggroep", 30, wrap=True),
    Column("perspectief", 20),
    Column("naam", 20),
    Column("datum", 11),
    Column("tekst", 70, wrap=True),
    Column("themas", 28, wrap=True),
    Column("verwerking", 24),
    Column("gewijzigde_sectie", 28, wrap=True),
    Column("reactie_redactie", 45, wrap=True),
    Column("passage", 45, wrap=True),
    Column("passage_in_nieuwe_versie", 22),
    Column("passage_overeenkomst", 14, number_format=PERCENT),
]


# The editors' workbook only (#31): what the platform suggests and groups, so that analysts
# can check the suggestions outside the platform. Never in the public one.
EDITOR_COLUMNS = [
    Column("voorgesteld_thema", 28, wrap=True),
    Column("voorstel", 10),  # zeker / onzeker
    Column("voorstel_voorsprong", 12, number_format=DECIMAL),  # the lead over the second
    Column("groep", 26, wrap=True),  # the editors' group of similar reflections
    Column("campagne", 24),  # "campagne 1 (45 reflecties)"
]


def passage_similarity(reflection: Reflection) -> float | None:
    """The share of the quoted words left in the changed passage, as a number (0.8)."""
    resolution = getattr(reflection, "passage_resolution", None)
    if reflection.quote_paragraph is None or resolution is None:
        return None
    if resolution.status != resolution.Status.CHANGED:
        return None
    return round(resolution.similarity, 2)


def _editor_columns(version: PaperVersion):
    """The editors' columns of one reflection, by its pk (three queries for them all)."""
    suggested = suggestions.for_version(version).by_reflection
    labels = {
        member.reflection_id: member.group.label
        for member in SimilarityMember.objects.filter(group__version=version).select_related(
            "group"
        )
    }
    in_campaign = campaigns.of_version(version)

    def columns(pk: int) -> list:
        found = suggested.get(pk)
        campaign = in_campaign.get(pk)
        return [
            found.theme.name if found else "",
            (_("zeker") if found.is_sure else _("onzeker")) if found else "",
            round(found.margin, 3) if found else None,
            labels.get(pk, ""),
            _("campagne %(n)s (%(size)s reflecties)") % {"n": campaign[0], "size": campaign[1]}
            if campaign else "",
        ]  # fmt: skip

    return columns


def as_xlsx(report: ConsultationReport, *, for_editors: bool) -> bytes:
    """One row per reflection for the foundation's own analysis, then a sheet with the
    summary. The public workbook holds only the reflections whose authors allowed quoting;
    the editors' one all published ones (a text that may not be quoted is never in it
    either way)."""
    rows = []
    extra = _editor_columns(report.version) if for_editors else None
    for r in report.reflections:
        if not (for_editors or r.may_quote):
            continue
        question = r.question
        disposition = getattr(r, "disposition", None)
        passage, where, _percentage = passage_columns(r)
        rows.append([
            r.pk, r.parent_id, target_label(r),
            question.group.heading if question is not None and question.group_id else "",
            r.get_perspective_display(), r.public_name, r.created_at.date(), quoted_text(r),
            "; ".join(r.theme_names),
            disposition.get_kind_display() if disposition else "",
            disposition.section.heading if disposition and disposition.section else "",
            disposition.response if disposition else "",
            passage, where, passage_similarity(r),
        ])  # fmt: skip
        if extra is not None:
            rows[-1] += extra(r.pk)
    version = report.version
    held = (
        _("alle gepubliceerde reflecties (de tekst alleen waar de auteur citeren toestond)")
        if for_editors
        else _("de gepubliceerde reflecties waarvan de auteur citeren toestond")
    )
    about = [
        (_("Consultatieverslag"), f"{version.paper.code} {version.label} — {version.paper.title}"),
        (_("In dit bestand"), f"{len(rows)}: {held}"),
        *summary_rows(report),
        *((f"{_('Per perspectief')}: {label}", n) for label, n in report.by_perspective),
    ]
    columns = XLSX_COLUMNS + EDITOR_COLUMNS if for_editors else XLSX_COLUMNS
    return xlsx_bytes(columns, rows, title=f"{version.paper.code} {version.label}",
                      about=about, about_title=_("Samenvatting"))  # fmt: skip
