"""What the governance screens read: what still blocks an adoption, which reflections still
need a disposition, which sections changed. One place that knows the queries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet
from django.utils.translation import gettext as _

from papers.models import Paper, PaperVersion, QuestionGroup, Section
from reflections import paragraphs
from reflections import selectors as reflection_selectors
from reflections.models import Reflection, awaiting_moderation_q

from .models import (
    BoardDecision,
    Disposition,
    PassageResolution,
    SectionPrompt,
    Synthesis,
    Theme,
    can_code,
)

Status = PaperVersion.Status


def waiting_for_moderation(prefix: str = "") -> Q:
    """What must still be decided by a moderator before a version can be adopted: the queue
    (new texts and changes to published ones) and what readers' reports hid."""
    return awaiting_moderation_q(prefix) | Q(**{f"{prefix}status": Reflection.Status.HIDDEN})


def reflections_needing_disposition(draft: PaperVersion):
    """The approved reflections on the consulted version: each needs a disposition."""
    if draft.based_on_id is None:
        return Reflection.objects.none()
    return Reflection.objects.filter(version_id=draft.based_on_id).approved()


def changed_sections(version: PaperVersion) -> list[Section]:
    sections = version.sections.select_related("copied_from", "version").order_by("order")
    return [s for s in sections if s.differs_from_source()]


def promotion_blockers(version: PaperVersion, *, by=None) -> list[str]:
    """Everything that must happen before ``version`` can be adopted, in plain Dutch."""
    missing: list[str] = []
    if version.status != Status.DRAFT:
        return [_("Alleen een versie in voorbereiding kan worden vastgesteld.")]
    source = version.based_on
    if source is not None:
        if source.status == Status.CONSULTATION:
            missing.append(_("De consultatie van %(v)s is nog open.") % {"v": source.label})
        pending = source.reflections.filter(waiting_for_moderation()).count()
        if pending:
            missing.append(
                _("Er wachten nog %(n)d reflecties op %(v)s op de moderatie.")
                % {"n": pending, "v": source.label}
            )
        undecided = (
            reflections_needing_disposition(version).filter(disposition__isnull=True).count()
        )
        if undecided:
            missing.append(
                _("%(n)d gepubliceerde reflecties hebben nog geen verwerking.") % {"n": undecided}
            )
        missing += synthesis_blockers(source)
    untyped = [s.heading for s in changed_sections(version) if not s.change_type]
    if untyped:
        missing.append(
            _("Gewijzigde secties zonder soort wijziging: %(list)s.") % {"list": ", ".join(untyped)}
        )
    decision = BoardDecision.objects.filter(version=version).select_related("recorded_by").first()
    if decision is None:
        missing.append(_("Het bestuursbesluit is nog niet vastgelegd."))
    elif settings.PROMOTION_FOUR_EYES and by is not None and decision.recorded_by_id == by.pk:
        missing.append(
            _(
                "Vier ogen: een andere redacteur dan %(name)s, die het besluit vastlegde, stelt "
                "de versie vast."
            )
            % {"name": decision.recorded_by_name}
        )
    return missing


def published_prompts(version: PaperVersion) -> dict[int, list[Reflection]]:
    """The published reflections that prompted each amended section of ``version``."""
    found: dict[int, list[Reflection]] = defaultdict(list)
    prompts = (
        SectionPrompt.objects.filter(
            section__version=version, reflection__status=Reflection.Status.APPROVED
        )
        .select_related("reflection__author")
        .order_by("reflection__created_at", "reflection_id")
    )
    for prompt in prompts:
        found[prompt.section_id].append(prompt.reflection)
    return dict(found)


def quoted_passages(version: PaperVersion) -> dict[int, list[PassageResolution]]:
    """Per section of the version ``version`` follows, where the passages its published
    reflections quote stand in ``version`` (for the comparison of the two). One query."""
    found: dict[int, list[PassageResolution]] = defaultdict(list)
    rows = (
        PassageResolution.objects.published(version)
        .select_related("reflection")
        .order_by("reflection__quote_paragraph", "reflection_id")
    )
    for row in rows:
        found[row.reflection.section_id].append(row)
    return dict(found)


def dashboard_papers() -> list[Paper]:
    """Every paper with its versions and, per version, the reflections waiting or published,
    and how long reflections waited for a decision lately (three queries however many papers
    there are)."""
    papers = list(Paper.objects.order_by("code"))
    versions = (
        PaperVersion.objects.select_related("paper")
        .annotate(
            pending=Count("reflections", filter=waiting_for_moderation("reflections__")),
            published=Count(
                "reflections", filter=Q(reflections__status=Reflection.Status.APPROVED)
            ),
        )
        .order_by("paper__code", "-major", "-minor")
    )
    by_paper: dict[int, list] = defaultdict(list)
    for version in versions:
        by_paper[version.paper_id].append(version)
    waits = reflection_selectors.waiting_times(days=WAITING_DAYS)
    for paper in papers:
        paper.version_list = by_paper.get(paper.pk, [])
        paper.waiting = waits.get(paper.code)
    return papers


# The editors' dashboard shows how long reflections waited for a moderator over this period.
WAITING_DAYS = 7


def version_screen(version: PaperVersion, *, by) -> dict:
    """What the editors' screen of one version shows: sections marked when changed, the last
    50 events, the decision and, for a draft, what still blocks its adoption."""
    sections = list(version.sections.select_related("copied_from").order_by("order"))
    for section in sections:
        section.version = version
        section.is_changed = section.differs_from_source()
    context = {
        "version": version,
        "sections": sections,
        "events": version.events.select_related("actor").order_by("-created_at", "-pk")[:50],
        "decision": getattr(version, "board_decision", None),
        "can_code": can_code(version),
    }
    if version.is_draft:
        context["blockers"] = promotion_blockers(version, by=by)
        decision = context["decision"]
        context["not_mine_to_adopt"] = bool(
            settings.PROMOTION_FOUR_EYES and decision and decision.recorded_by_id == by.pk
        )
        if version.based_on_id:
            context["disposition_counts"] = disposition_counts(version)
            context["passage_counts"] = passage_counts(version)
            context["outcome"] = outcome(version, sections)
    return context


@dataclass
class Outcome:
    """How many reflections are said to be processed in the new version, against what
    changed in it, with what makes that unlikely (#29: "791 van 1078 verwerkt" against four
    changed sections, and nothing flagged it)."""

    total: int  # published reflections on the consulted version
    incorporated: int  # "verwerkt in de nieuwe versie"
    changed: int  # changed sections of the new version
    plausible: int  # published reflections about a changed section or the paper as a whole
    elsewhere: int  # incorporated, but about another section than the one they name
    unchanged_named: list[tuple[str, int]]  # "verwerkt in" a section that did not change

    @property
    def is_implausible(self) -> bool:
        """The rule (docs/governance.md): more reflections said to be processed than there are
        about the changed sections (directly, by a question in them, or by a question group
        that examines them) or about the paper as a whole."""
        return self.incorporated > self.plausible


def outcome(draft: PaperVersion, sections: list[Section]) -> Outcome:
    """The Outcome of ``draft``, whose ``sections`` the screen has loaded (with is_changed).
    Two queries."""
    changed = [s for s in sections if s.is_changed]
    sources = [s.copied_from_id for s in changed if s.copied_from_id]
    examined = QuestionGroup.sections.through.objects.filter(
        questiongroup_id=OuterRef("question__group_id")
    )
    about_changed = (Q(section_id__in=sources) | Q(question__section_id__in=sources)
                     | Q(Exists(examined.filter(section_id__in=sources))))  # fmt: skip
    named = "disposition__section__copied_from_id"
    about_named = (Q(section_id=F(named)) | Q(question__section_id=F(named))
                   | Q(Exists(examined.filter(section_id=OuterRef(named)))))  # fmt: skip
    paper_wide = Q(section__isnull=True, question__isnull=True)
    incorporated = Q(disposition__kind=Disposition.Kind.INCORPORATED)
    counts = reflections_needing_disposition(draft).aggregate(
        total=Count("pk"),
        incorporated=Count("pk", filter=incorporated),
        plausible=Count("pk", filter=about_changed | paper_wide),
        elsewhere=Count("pk", filter=incorporated & ~paper_wide & ~about_named),
    )
    per_section = (
        Disposition.objects.filter(version=draft, kind=Disposition.Kind.INCORPORATED,
                                   reflection__status=Reflection.Status.APPROVED)
        .values_list("section_id").annotate(n=Count("pk")).order_by()
    )  # fmt: skip
    changed_ids = {s.pk for s in changed}
    headings = {s.pk: s.heading for s in sections}
    unchanged_named = sorted(
        (headings.get(pk, _("geen sectie")), n) for pk, n in per_section if pk not in changed_ids
    )
    return Outcome(counts["total"], counts["incorporated"], len(changed), counts["plausible"],
                   counts["elsewhere"], unchanged_named)  # fmt: skip


def passage_counts(draft: PaperVersion, *, section: Section | None = None) -> dict[str, int]:
    """How many quoted passages of the consulted version stand where in ``draft`` (per
    status, "total", "elsewhere" and "undecided": what still needs an editor's decision,
    PassageResolutionQuerySet.needing_decision), for one section (a section of the draft) or
    all. One query."""
    rows = PassageResolution.objects.published(draft)
    if section is not None:
        rows = rows.filter(reflection__section_id=section.copied_from_id)
    per_status = list(
        rows.values_list("status")
        .annotate(n=Count("pk"), open=Count("pk", filter=Q(is_confirmed=False)))
        .order_by()
    )
    counts: dict[str, int] = {"undecided": 0}
    for status, n, still_open in per_status:
        counts[status] = n
        if status != PassageResolution.Status.UNCHANGED:
            counts["undecided"] += still_open
    counts["total"] = sum(n for status, n, _open in per_status)
    counts["elsewhere"] = counts["total"] - counts.get(PassageResolution.Status.UNCHANGED, 0)
    return counts


@dataclass
class SectionPassages:
    """One section of the draft with the quoted passages of its source, for the editors."""

    section: Section
    # its paragraphs in the order readers see them, to correct a mapping to: (identifier,
    # "alinea 2, punt 1", its first words)
    choices: list[tuple[int, str, str]]
    resolutions: list[PassageResolution]


def passage_listing(
    draft: PaperVersion, *, status: str = "", undecided: bool = False
) -> list[SectionPassages]:
    """Every published reflection on the consulted version that quotes a passage (with one
    ``status``, or only those ``undecided``: needing an editor's decision), with where that
    passage stands in ``draft``, by section of the draft. Each resolution carries
    ``quoted_at``, where the reader quoted it ("alinea 2, punt 1" in the consulted version),
    and its ``place_name`` in the draft. Two queries."""
    sections = list(draft.sections.select_related("copied_from").order_by("order"))
    by_source = {s.copied_from_id: s for s in sections if s.copied_from_id}
    rows = (
        PassageResolution.objects.published(draft)
        .select_related("reflection", "confirmed_by")
        .order_by("reflection__quote_paragraph", "reflection_id")
    )
    if status:
        rows = rows.filter(status=status)
    if undecided:
        rows = rows.needing_decision()
    grouped: dict[int, list[PassageResolution]] = defaultdict(list)
    for row in rows:
        grouped[row.reflection.section_id].append(row)
    listing = []
    for source_id, resolutions in grouped.items():
        section = by_source.get(source_id)
        if section is None:  # the section itself was dropped: its passages are gone
            continue
        source = section.copied_from
        for resolution in resolutions:
            resolution.quoted_at = paragraphs.name_of(source, resolution.reflection.quote_paragraph)
            if resolution.section_id == section.pk:
                resolution.section = section  # its positions are worked out once
        # In the order of the consulted text, as the editor reads along (identifiers are not:
        # a rewritten paragraph gets a new, higher one).
        order = {number: n for n, number in enumerate(source.positions())}
        resolutions.sort(key=lambda r: (order.get(r.reflection.quote_paragraph, len(order)),
                                        r.reflection_id))  # fmt: skip
        positions = section.positions()
        choices = [
            (p.id, paragraphs.short_name(positions[p.id]), _short(p.text))
            for p in section.numbered_paragraphs()
            if p.id in positions
        ]
        listing.append(SectionPassages(section, choices, resolutions))
    listing.sort(key=lambda item: item.section.order)
    return listing


def _short(text: str, words: int = 8) -> str:
    split = text.split()
    return " ".join(split[:words]) + (" …" if len(split) > words else "")


def promotion_page(version: PaperVersion, *, by) -> dict:
    """What the second editor adopts: the changed sections with their types (and the diff),
    the dispositions per type, the syntheses and the board's decision."""
    context = {
        "blockers": promotion_blockers(version, by=by),
        "decision": getattr(version, "board_decision", None),
        "four_eyes": settings.PROMOTION_FOUR_EYES,
        "changes": changed_sections(version),
    }
    if version.based_on_id:
        counts = dict(
            Disposition.objects.filter(version=version)
            .values_list("kind")
            .annotate(n=Count("pk"))
            .values_list("kind", "n")
        )
        context["disposition_totals"] = [
            (code, label, counts.get(code, 0)) for code, label in Disposition.Kind.choices
        ]
        context["syntheses"] = synthesis_subjects(version.based_on)
    return context


def waiting_for_adoption_by(user) -> list[PaperVersion]:
    """Drafts whose board decision another editor recorded: the second pair of eyes is
    theirs to give (one query). What else still blocks is said on the adoption page."""
    if user is None or not user.is_authenticated:
        return []
    drafts = PaperVersion.objects.filter(status=Status.DRAFT, board_decision__isnull=False)
    if settings.PROMOTION_FOUR_EYES:
        drafts = drafts.exclude(board_decision__recorded_by=user)
    return list(drafts.select_related("paper", "board_decision").order_by("paper__code"))


def disposition_counts(draft: PaperVersion) -> dict[str, int]:
    return reflections_needing_disposition(draft).aggregate(
        total=Count("pk"), missing=Count("pk", filter=Q(disposition__isnull=True))
    )


@dataclass
class DispositionListing:
    reflections: QuerySet
    counts: dict[str, int]
    changed: list[Section]


def disposition_listing(
    draft: PaperVersion, *, only_open: bool, keep_pk: int | None = None
) -> DispositionListing:
    """The reflections to record a disposition for (only those without one, unless all are
    asked for; ``keep_pk`` stays in the list while its form shows an error)."""
    listing = (
        reflections_needing_disposition(draft)
        .select_related("author", "section", "question", "disposition")
        .order_by("pk")
    )
    if only_open:
        listing = listing.filter(Q(disposition__isnull=True) | Q(pk=keep_pk))
    return DispositionListing(listing, disposition_counts(draft), changed_sections(draft))


@dataclass
class SynthesisSubject:
    """A theme or a question group of a consultation, and its synthesis if written."""

    kind: str  # "theme" or "group"
    pk: int
    name: str
    reflections: int  # published reflections on it
    synthesis: Synthesis | None
    resting_on: int = 0  # published reflections the synthesis names

    @property
    def is_missing(self) -> bool:
        return self.kind == "theme" and self.reflections and self.synthesis is None


def synthesis_subjects(version: PaperVersion) -> list[SynthesisSubject]:
    """Every theme, then every question group that drew reflections, with its synthesis
    (five queries however many there are)."""
    approved = Q(reflections__status=Reflection.Status.APPROVED)
    syntheses = Synthesis.objects.filter(version=version).annotate(
        resting_on=Count("reflections", filter=approved)
    )
    by_theme = {s.theme_id: s for s in syntheses if s.theme_id}
    by_group = {s.question_group_id: s for s in syntheses if s.question_group_id}
    themes = (
        Theme.objects.filter(version=version)
        .annotate(n=Count("assignments",
                          filter=Q(assignments__reflection__status=Reflection.Status.APPROVED)))
        .in_order()
    )  # fmt: skip
    subjects = [
        SynthesisSubject("theme", t.pk, t.name, t.n, by_theme.get(t.pk),
                         getattr(by_theme.get(t.pk), "resting_on", 0))
        for t in themes
    ]  # fmt: skip
    groups = (
        QuestionGroup.objects.filter(question_set__version=version)
        .annotate(n=Count("questions__reflections",
                          filter=Q(questions__reflections__status=Reflection.Status.APPROVED)))
        .order_by("order")
    )  # fmt: skip
    subjects += [
        SynthesisSubject("group", g.pk, g.heading, g.n, by_group.get(g.pk),
                         getattr(by_group.get(g.pk), "resting_on", 0))
        for g in groups
        if g.n or g.pk in by_group
    ]  # fmt: skip
    return subjects


def synthesis_blockers(version: PaperVersion) -> list[str]:
    """A theme without synthesis, a synthesis that rests on no published reflection: said
    before promotion, not a hidden rule."""
    missing = []
    for subject in synthesis_subjects(version):
        if subject.is_missing:
            missing.append(
                _("Thema ‘%(name)s’ heeft nog geen synthese (wat we hoorden, wat we deden).")
                % {"name": subject.name}
            )
        elif subject.synthesis is not None and not subject.resting_on:
            missing.append(
                _("De synthese bij ‘%(name)s’ rust op geen gepubliceerde reflectie.")
                % {"name": subject.name}
            )
    return missing
