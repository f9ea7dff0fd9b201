"""The consultation report (consultatieverslag) of a version: what was said and what was done.

One builder feeds the HTML page, the Markdown and the CSV download. Reflection texts are
quoted only where their author allowed it; names only where the author chose to show
theirs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.translation import gettext as _

from civcare.accounts.models import Perspective
from civcare.core.spreadsheet import csv_text, xlsx_bytes
from papers.models import PaperVersion, Section
from papers.selectors import _version_content
from reflections.models import Reflection

from .models import Disposition, Synthesis, Theme, ThemeAssignment


@dataclass
class ReportSection:
    title: str
    anchor: str
    reflections: list[Reflection] = field(default_factory=list)


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

    @property
    def perspectives(self) -> list[tuple[str, int]]:
        counted = Counter(r.get_perspective_display() for r in self.reflections)
        return counted.most_common()


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

    @property
    def total(self) -> int:
        return len(self.reflections)


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

    successor = PaperVersion.objects.filter(based_on=version).order_by("-major", "-minor").first()
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
    return ConsultationReport(
        version=version,
        syntheses=syntheses,
        themes=themes,
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
    of it is left (the percentage of words that match, for a changed one)."""
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


def as_markdown(report: ConsultationReport) -> str:
    version = report.version
    lines = [
        f"# {_('Consultatieverslag')} {version.paper.code} {version.label}",
        "",
        f"**{version.paper.title}** — {version.get_status_display()}",
        "",
    ]
    if report.successor and report.successor.content_hash:
        lines += [
            _("Vastgesteld als %(label)s op %(date)s. SHA-256 van de vastgestelde tekst: `%(h)s`.")
            % {
                "label": report.successor.label,
                "date": report.successor.adopted_on,
                "h": report.successor.content_hash,
            },
            "",
        ]
    lines += [
        f"## {_('In cijfers')}",
        "",
        _("Gepubliceerde reflecties: %(n)d") % {"n": report.total},
        "",
    ]
    for title, rows in [
        (_("Per perspectief"), report.by_perspective),
        (_("Per vraaggroep"), report.by_group),
        (_("Per sectie"), report.by_section),
        (_("Uitkomst van de moderatie"), report.outcomes),
        (_("Verwerking"), report.dispositions),
    ]:
        lines += [f"### {title}", "", f"| {_('Onderdeel')} | {_('Aantal')} |", "| --- | ---: |"]
        lines += [f"| {label} | {count} |" for label, count in rows]
        lines.append("")
    if report.syntheses:
        lines += [f"## {_('Wat we hoorden, wat we deden')}", ""]
        for part in report.syntheses:
            kind = _("Thema") if part.kind == "theme" else _("Vraaggroep")
            lines += [f"### {kind}: {part.subject}", ""]
            voices = ", ".join(f"{label} {n}" for label, n in part.perspectives)
            lines += [f"**{_('Wat we hoorden')}** ({voices}): {part.heard}", ""]
            if part.did:
                lines += [f"**{_('Wat we deden')}:** {part.did}", ""]
            if part.changes:
                changed = "; ".join(
                    f"{s.heading} ({s.get_change_type_display() or '—'})" for s in part.changes
                )
                lines += [f"*{_('Wijzigingen')}:* {changed}", ""]
            refs = ", ".join(f"#{r.pk}" for r in part.reflections)
            lines += [f"*{_('Rust op')}:* {refs}", ""]
    lines += [f"## {_('Reflecties')}", ""]
    for part in report.parts:
        lines += [f"### {part.title}", ""]
        for reflection in part.reflections:
            themes = f" · {_('thema')}: {', '.join(reflection.theme_names)}" if (
                reflection.theme_names
            ) else ""  # fmt: skip
            lines.append(
                f"- **#{reflection.pk}** · {reflection.get_perspective_display()} · "
                f"{reflection.public_name} · {reflection.created_at:%Y-%m-%d} · "
                f"{target_label(reflection)}{themes}"
            )
            lines.append("")
            passage, where, percentage = passage_columns(reflection)
            if passage:
                status = f" — {where}" + (f" ({percentage})" if percentage else "") if where else ""
                lines += [f"  *{_('Over de passage')}:* “{passage}”{status}", ""]
            lines += [
                f"  > {line}" if line else "  >" for line in quoted_text(reflection).splitlines()
            ]
            disposition = getattr(reflection, "disposition", None)
            if disposition is not None:
                section = f" ({disposition.section.heading})" if disposition.section else ""
                lines += [
                    "",
                    f"  *{_('Verwerking')}:* {disposition.get_kind_display()}{section}. "
                    f"{disposition.response}",
                ]
            lines.append("")
    if report.successor is not None:
        lines += [f"## {_('Wijzigingen in')} {report.successor.label}", ""]
        for section in report.changes:
            refs = ", ".join(f"#{p.reflection_id}" for p in section.prompts.all())
            lines.append(
                f"- **{section.heading}** — {section.get_change_type_display() or '—'}: "
                f"{section.change_explanation}"
                + (f" ({_('naar aanleiding van')} {refs})" if refs else "")
            )
        lines.append("")
    return "\n".join(lines)


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
                *passage_columns(r),
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
    "id",
    "onderwerp",
    "vraaggroep",
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


def as_xlsx(report: ConsultationReport, *, for_editors: bool) -> bytes:
    """One row per reflection for the foundation's own analysis. The public workbook holds
    only the reflections whose authors allowed quoting; the editors' one all published
    ones (a text that may not be quoted is never in it either way)."""
    rows = []
    for r in report.reflections:
        if not (for_editors or r.may_quote):
            continue
        question = r.question
        disposition = getattr(r, "disposition", None)
        rows.append([
            r.pk, target_label(r),
            question.group.heading if question is not None and question.group_id else "",
            r.get_perspective_display(), r.public_name, r.created_at.date(), quoted_text(r),
            "; ".join(r.theme_names),
            disposition.get_kind_display() if disposition else "",
            disposition.section.heading if disposition and disposition.section else "",
            disposition.response if disposition else "",
            *passage_columns(r),
        ])  # fmt: skip
    version = report.version
    title = f"{version.paper.code} {version.label}"
    preamble = _("Consultatieverslag %(title)s — %(paper)s") % {
        "title": title, "paper": version.paper.title,
    }  # fmt: skip
    return xlsx_bytes(XLSX_COLUMNS, rows, title=title, preamble=preamble)
