"""The analysis of a consultation (waar het schuurt): which parts of the paper draw
reflections from which perspectives, which themes matter to whom, when people wrote, what
stayed silent, and how far the editors got. The numbers only; charts.py draws them and the
templates print them as tables too. A fixed number of queries, whatever the size."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.translation import gettext as _

from civcare.accounts.models import Perspective
from papers.models import PaperEvent, PaperVersion
from reflections.models import Reflection

from .models import Disposition, Theme, ThemeAssignment
from .worklist import NO_QUESTION, WHOLE_PAPER, Progress, progress

# Perspectives in the paper's own order, each a column even when no one wrote from it: a
# perspective that stayed silent is what the foundation wants to see (#29).
PERSPECTIVES = list(Perspective.choices)


@dataclass
class Row:
    label: str
    kind: str  # "paper", "section", "question" or "theme"
    anchor: str
    counts: list[int]
    # The editors' work list filtered on this row (its query string): a section's own
    # reflections without its questions, as counted here.
    query: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def voices(self) -> int:
        """From how many perspectives people wrote on this part."""
        return sum(1 for n in self.counts if n)


@dataclass(frozen=True)
class Cell:
    """One count of a table, with its share of the perspective's reflections and the work
    list's filter that lists them."""

    count: int
    share: float
    query: str

    @property
    def percent(self) -> int:
        return round(self.share * 100)


@dataclass
class Matrix:
    """Rows × every perspective; counts per cell."""

    columns: list[tuple[str, str]]  # (perspective code, label)
    rows: list[Row]
    # Each column's total: every reflection from that perspective, also those no row shows
    # (the themes' rows count only the reflections with a theme).
    totals: list[int] | None = None

    @property
    def column_totals(self) -> list[int]:
        if self.totals is not None:
            return self.totals
        return [sum(row.counts[i] for row in self.rows) for i in range(len(self.columns))]

    @property
    def table(self) -> list[tuple[Row, list[Cell]]]:
        """Each row with its cells: the count, its share of the column's total, and the work
        list's filter for the row and the column's perspective."""
        totals = self.column_totals
        return [
            (row, [
                Cell(n, n / total if total else 0.0,
                     "&".join(part for part in (row.query, f"perspectief={code}") if part))
                for n, total, (code, _label) in zip(row.counts, totals, self.columns, strict=True)
            ])
            for row in self.rows
        ]  # fmt: skip

    @property
    def footer(self) -> list[Cell]:
        """The column totals, each the work list of that perspective."""
        everything = sum(self.column_totals)
        return [
            Cell(n, n / everything if everything else 0.0, f"perspectief={code}")
            for n, (code, _label) in zip(self.column_totals, self.columns, strict=True)
        ]

    @property
    def silent(self) -> list[str]:
        """The perspectives no one wrote from."""
        return [label for (_c, label), n in zip(self.columns, self.column_totals, strict=True)
                if not n]  # fmt: skip

    @property
    def maximum(self) -> int:
        return max((n for row in self.rows for n in row.counts), default=0)


@dataclass
class Timeline:
    days: list[tuple[datetime.date, int]]
    opened: datetime.date | None
    planned_closing: datetime.date | None
    closed: datetime.date | None

    @property
    def by_week(self) -> bool:
        """Per week once a consultation runs longer than nine weeks: a readable chart."""
        return len(self.days) > 63


@dataclass
class Analysis:
    version: PaperVersion
    total: int
    targets: Matrix
    themes: Matrix
    theme_shares: list[list[float]]  # per theme row, the share of each perspective's total
    timeline: Timeline
    silent_questions: list[Row] = field(default_factory=list)
    single_voice_questions: list[tuple[Row, str]] = field(default_factory=list)
    progress: Progress = field(default_factory=Progress)
    dispositions: list[tuple[str, str, int]] = field(default_factory=list)  # code, label, n


def _parts(version: PaperVersion) -> list[tuple[str, str, str, int | None, int | None]]:
    """(label, kind, anchor, section pk, question pk) in the paper's reading order."""
    parts = [(_("De paper als geheel"), "paper", "", None, None)]
    questions = list(
        version.questions.select_related("group").order_by("order")
    )  # section questions and the tegenlezers-vraagset
    by_section: dict[int, list] = defaultdict(list)
    for question in questions:
        if question.section_id:
            by_section[question.section_id].append(question)
    for section in version.sections.order_by("order"):
        parts.append((section.heading, "section", section.anchor, section.pk, None))
        parts += [(q.label, "question", q.anchor, None, q.pk) for q in by_section[section.pk]]
    parts += [(q.label, "question", q.anchor, None, q.pk) for q in questions if q.group_id]
    return parts


def build(version: PaperVersion) -> Analysis:
    published = Reflection.objects.filter(version=version, status=Reflection.Status.APPROVED)
    cells = published.values("section_id", "question_id", "perspective").annotate(n=Count("pk"))
    counted: dict[tuple, int] = {}
    for cell in cells:
        key = (cell["section_id"], cell["question_id"], cell["perspective"])
        counted[key] = cell["n"]
    columns = [(code, str(label)) for code, label in PERSPECTIVES]
    rows = [
        Row(label, kind, anchor, [counted.get((s, q, code), 0) for code, _l in columns],
            _target_query(s, q))
        for label, kind, anchor, s, q in _parts(version)
    ]  # fmt: skip
    # A share is of all reflections from that perspective, whatever rows the paper has.
    per_perspective = defaultdict(int)
    for (_s, _q, code), n in counted.items():
        per_perspective[code] += n
    targets = Matrix(columns, rows, totals=[per_perspective[code] for code, _l in columns])
    total = sum(counted.values())

    themes, shares = _themes(version, published, columns, targets.column_totals)
    questions = [row for row in rows if row.kind == "question"]
    single = [
        (row, next(label for (code, label), n in zip(columns, row.counts, strict=True) if n))
        for row in questions
        if row.voices == 1
    ]
    return Analysis(
        version=version,
        total=total,
        targets=targets,
        themes=themes,
        theme_shares=shares,
        timeline=_timeline(version, published),
        silent_questions=[row for row in questions if row.total == 0],
        single_voice_questions=single,
        progress=progress(version),
        dispositions=_dispositions(published),
    )


def _target_query(section: int | None, question: int | None) -> str:
    """The work list's filter for one row: the paper as a whole, a section's own text (not
    its questions, which have rows of their own) or a question."""
    if question is not None:
        return f"vraag={question}"
    if section is not None:
        return f"sectie={section}&vraag={NO_QUESTION}"
    return f"sectie={WHOLE_PAPER}"


def _themes(version, published, columns, column_totals):
    counts = (
        ThemeAssignment.objects.filter(reflection__in=published)
        .values("theme_id", "reflection__perspective")
        .annotate(n=Count("pk"))
    )
    found = {(c["theme_id"], c["reflection__perspective"]): c["n"] for c in counts}
    rows, shares = [], []
    for theme in Theme.objects.filter(version=version).in_order():
        counts = [found.get((theme.pk, code), 0) for code, _l in columns]
        row = Row(theme.name, "theme", "", counts, f"thema={theme.pk}")
        rows.append(row)
        shares.append([n / t if t else 0.0 for n, t in zip(row.counts, column_totals, strict=True)])
    return Matrix(columns, rows, totals=column_totals), shares


def _timeline(version, published) -> Timeline:
    per_day = (
        published.annotate(day=TruncDate("created_at", tzinfo=timezone.get_current_timezone()))
        .values("day")
        .annotate(n=Count("pk"))
        .order_by("day")
    )
    events = dict(
        version.events.filter(
            action__in=[
                PaperEvent.Action.CONSULTATION_OPENED,
                PaperEvent.Action.CONSULTATION_CLOSED,
            ]
        )
        .order_by("created_at")
        .values_list("action", "created_at")
    )
    opened = events.get(PaperEvent.Action.CONSULTATION_OPENED)
    closed = events.get(PaperEvent.Action.CONSULTATION_CLOSED)
    return Timeline(
        days=[(row["day"], row["n"]) for row in per_day],
        opened=timezone.localdate(opened) if opened else None,
        planned_closing=version.consultation_closes_on,
        closed=timezone.localdate(closed) if closed else None,
    )


def _dispositions(published) -> list[tuple[str, str, int]]:
    counts = dict(
        Disposition.objects.filter(reflection__in=published)
        .values_list("kind")
        .annotate(n=Count("pk"))
        .values_list("kind", "n")
    )
    return [(code, label, counts.get(code, 0)) for code, label in Disposition.Kind.choices]
