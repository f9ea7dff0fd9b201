"""The editors' work list of one consultation: its published reflections, filtered by what
they are about, who wrote from which perspective and how far the editors got with them
(themes, groups, dispositions). One place that knows these queries; the forms in
forms/coding.py only say which filter was asked for."""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Case, Count, Exists, Max, OuterRef, Q, QuerySet, Value, When
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from civcare.accounts.models import Perspective
from civcare.core.audit import InvalidTransition
from civcare.core.params import parse_positive_int
from papers.models import PaperVersion, QuestionGroup, Section
from reflections import selectors as reflection_selectors
from reflections.models import Reflection

from . import clusters, suggestions
from .consultation_report import representative
from .models import (
    Disposition,
    SectionPrompt,
    SimilarityGroup,
    SimilarityMember,
    StandardAnswer,
    Synthesis,
    Theme,
    ThemeAssignment,
)
from .selectors import changed_sections
from .suggestions import Suggestions

NO_THEME = "geen"
# The section filter's value for the reflections on the paper as a whole (no section, no
# question): #29, 86 of them at 1,078 could not be listed on their own.
WHOLE_PAPER = "geheel"
# The question filter's value for the reflections on no question: with a section, those on
# the section's text itself, as the analysis counts them apart from its questions.
NO_QUESTION = "geen"
# The reflections that carry more than one theme (#29: their bulk decisions may differ).
MULTIPLE_THEMES = "meerdere"
# A synthesis form lists at most this many of its subject's reflections to narrow down to.
SYNTHESIS_CHOICES = 100
# and offers this many quotes to take into its text (the report quotes three).
SYNTHESIS_QUOTES = 6
NO_DISPOSITION = "geen"
# The suggestion filter's sure and unsure halves (#31).
SURE, UNSURE = "zeker", "onzeker"


@dataclass(frozen=True)
class Filters:
    """What the editor filters on; empty means "any"."""

    text: str = ""
    section: int | str | None = None  # a section's pk, or WHOLE_PAPER
    question: int | str | None = None  # a question's pk, or NO_QUESTION
    question_group: int | None = None
    perspective: str = ""
    theme: str = ""  # a theme's pk, NO_THEME or MULTIPLE_THEMES
    disposition: str = ""  # a Disposition.Kind, or NO_DISPOSITION
    group: int | None = None
    # The reflections the platform suggests a theme for (#31): "<theme pk>", or with
    # "-zeker" / "-onzeker" only the sure or the unsure ones.
    suggestion: str = ""
    # A cluster the platform proposed (#31): "<number of clusters>-<cluster number>".
    cluster: str = ""

    @property
    def is_empty(self) -> bool:
        return self == Filters()

    def theme_of(self, coding: Coding) -> Theme | None:
        """The theme the list is filtered on, if it is one theme."""
        pk = parse_positive_int(self.theme)
        return next((t for t in coding.themes if t.pk == pk), None) if pk else None

    @property
    def suggested(self) -> tuple[int, bool | None] | None:
        """(theme pk, sure: True, False or None for both) of the suggestion filter."""
        pk, _dash, sureness = self.suggestion.partition("-")
        number = parse_positive_int(pk)
        if not number:
            return None
        return number, {SURE: True, UNSURE: False}.get(sureness)

    def suggested_theme_of(self, coding: Coding) -> Theme | None:
        """The theme the list's suggestion filter names."""
        found = self.suggested
        return next((t for t in coding.themes if t.pk == found[0]), None) if found else None


def next_draft(version: PaperVersion) -> PaperVersion | None:
    """The version in preparation that answers this consultation, where dispositions go."""
    return (
        PaperVersion.objects.filter(based_on=version, status=PaperVersion.Status.DRAFT)
        .select_related("paper", "based_on")
        .first()
    )


def published(version: PaperVersion) -> QuerySet:
    return Reflection.objects.filter(version=version, status=Reflection.Status.APPROVED)


def filtered(
    version: PaperVersion,
    filters: Filters,
    *,
    suggested: Suggestions | None = None,
    clustering: clusters.Clustering | None = None,
) -> QuerySet:
    """The published reflections on ``version`` that match ``filters`` (no rows fetched);
    ``suggested`` and ``clustering``: the consultation's suggestions and the clusters the
    filter names, where the caller has them already."""
    found = published(version)
    if filters.suggested:
        theme_pk, sure = filters.suggested
        suggested = suggested if suggested is not None else suggestions.for_version(version)
        found = found.filter(pk__in=suggested.ids(theme_pk, sure))
    if filters.cluster:
        count, _dash, number = filters.cluster.partition("-")
        if clustering is None or clustering.count != int(count):
            clustering = clusters.for_version(version, int(count), examples=False)
        chosen = clustering.get(int(number))
        found = found.filter(pk__in=chosen.ids if chosen else [])
    if filters.text:
        # The public search's language and matching (#29: one literal substring found
        # "goed geschreven" and "ongeschreven" for "geschreven").
        found = reflection_selectors.with_text(found, filters.text)
    if filters.section == WHOLE_PAPER:
        found = found.filter(section__isnull=True, question__isnull=True)
    elif filters.section:
        found = found.filter(
            Q(section_id=filters.section) | Q(question__section_id=filters.section)
        )
    if filters.question == NO_QUESTION:
        found = found.filter(question__isnull=True)
    elif filters.question:
        found = found.filter(question_id=filters.question)
    if filters.question_group:
        found = found.filter(question__group_id=filters.question_group)
    if filters.perspective:
        found = found.filter(perspective=filters.perspective)
    if filters.theme == NO_THEME:
        found = found.filter(~Exists(ThemeAssignment.objects.filter(
            reflection=OuterRef("pk"))))  # fmt: skip
    elif filters.theme == MULTIPLE_THEMES:
        several = (
            ThemeAssignment.objects.values("reflection_id")
            .annotate(n=Count("pk"))
            .filter(n__gt=1)
            .values("reflection_id")
        )
        found = found.filter(pk__in=several)
    elif filters.theme:
        found = found.filter(theme_assignments__theme_id=int(filters.theme))
    if filters.disposition == NO_DISPOSITION:
        found = found.filter(disposition__isnull=True)
    elif filters.disposition:
        found = found.filter(disposition__kind=filters.disposition)
    if filters.group:
        found = found.filter(similarity_membership__group_id=filters.group)
    return found


def page_rows(queryset: QuerySet) -> QuerySet:
    """What a row of the list shows (its themes come from ``with_themes``)."""
    return queryset.select_related(
        "author",
        "version__paper",
        "section",
        "question",
        "disposition__section",
        "similarity_membership__group",
    ).order_by("created_at", "pk")


def with_themes(page, rows: QuerySet, size: int, themes: list[Theme]) -> None:
    """Give each reflection of ``page`` its ``theme_list``: one query, also for an empty page
    (the page's ids as a subquery, where a list of ids would skip the query when empty)."""
    offset = (page.number - 1) * size
    ids = rows.values("pk")[offset : offset + size]
    by_pk = {theme.pk: theme for theme in themes}
    given: dict[int, list[Theme]] = {}
    pairs = ThemeAssignment.objects.filter(reflection_id__in=ids).values_list(
        "reflection_id", "theme_id"
    )
    for reflection_id, theme_id in pairs:
        given.setdefault(reflection_id, []).append(by_pk[theme_id])
    for reflection in page:
        reflection.theme_list = sorted(given.get(reflection.pk, []), key=lambda t: (t.order, t.pk))


def with_suggestions(page, suggested: Suggestions) -> None:
    """Give each reflection of ``page`` its ``suggested`` theme (None: it has a theme, or no
    vector yet, or there are no suggestions)."""
    for reflection in page:
        reflection.suggested = suggested.by_reflection.get(reflection.pk)


@dataclass(frozen=True)
class Shown:
    """What the list showed: how many reflections matched its filter, and when the newest of
    them was published. "All N" is confirmed with these (hidden fields of the bulk form),
    because the list may change before the editor posts."""

    count: int
    until: datetime.datetime | None = None


def shown(matching: QuerySet) -> Shown:
    """The Shown of ``matching`` (one query, as its count alone was)."""
    found = matching.aggregate(count=Count("pk"), until=Max("published_at"))
    return Shown(found["count"], found["until"])


def confirmed_ids(matching: QuerySet, seen: Shown, *, most: int) -> list[int]:
    """The reflections "all N" acts on: those ``matching`` the list's filter now and published
    when the list was shown (one published since is left alone: the editor did not see it),
    provided they are the number the editor saw; otherwise a refusal that says so. At most
    ``most``: one step is one transaction over every row it changes."""
    # A reflection published later has a later time (moderation sets it once, when it first
    # publishes). One without a time was published before it was kept (loaded, seeded).
    then = Q(published_at__isnull=True)
    if seen.until is not None:
        then |= Q(published_at__lte=seen.until)
    found = list(matching.filter(then).order_by("pk").values_list("pk", flat=True)[: most + 1])
    if len(found) != seen.count:
        now = matching.count()
        raise InvalidTransition(
            _("De lijst is intussen veranderd: %(now)d in plaats van %(shown)d. Bekijk hem "
              "opnieuw.") % {"now": now, "shown": seen.count}
        )  # fmt: skip
    return found


@dataclass
class Progress:
    """How far the editors got: the whole consultation, not one page."""

    total: int = 0
    without_theme: int = 0
    without_disposition: int = 0
    per_kind: dict[str, int] = field(default_factory=dict)

    @property
    def with_theme(self) -> int:
        return self.total - self.without_theme


def progress(version: PaperVersion) -> Progress:
    themed = ThemeAssignment.objects.filter(reflection=OuterRef("pk"))
    counts = published(version).aggregate(
        total=Count("pk"),
        without_theme=Count("pk", filter=~Q(Exists(themed))),
        without_disposition=Count("pk", filter=Q(disposition__isnull=True)),
        **{kind: Count("pk", filter=Q(disposition__kind=kind)) for kind in Disposition.Kind.values},
    )
    return Progress(
        total=counts["total"],
        without_theme=counts["without_theme"],
        without_disposition=counts["without_disposition"],
        per_kind={kind: counts[kind] for kind in Disposition.Kind.values},
    )


@dataclass
class Coding:
    """What the filters and the bulk actions offer for a version (a fixed number of queries)."""

    themes: list[Theme]
    answers: list[StandardAnswer]
    groups: list[SimilarityGroup]
    draft: PaperVersion | None
    changed: list[Section]


def coding(version: PaperVersion) -> Coding:
    themes = list(
        Theme.objects.filter(version=version).annotate(size=Count("assignments")).in_order()
    )
    groups = list(SimilarityGroup.objects.filter(version=version).annotate(size=Count("members")))
    draft = next_draft(version)
    return Coding(
        themes=themes,
        answers=list(StandardAnswer.objects.filter(version=version)),
        groups=groups,
        draft=draft,
        changed=changed_sections(draft) if draft else [],
    )


def group_members(group: SimilarityGroup) -> list[int]:
    return list(
        SimilarityMember.objects.filter(group=group).order_by("reflection_id")
        .values_list("reflection_id", flat=True)
    )  # fmt: skip


# The section editor's "Aanleiding" list shows this many reflections at a time, with pages
# and the filter above it for the others (at 1,000 reflections the list held 375 boxes).
PROMPT_CANDIDATES = 40


@dataclass
class PromptChoices:
    """The reflections an editor can name as what prompted an amendment of ``section``."""

    candidates: list[Reflection]  # the chosen ones first, then a page of what the list holds
    allowed: set[int]  # every published reflection on the consulted version
    current: set[int]  # what is named now
    found: int = 0  # how many the list holds besides the chosen ones (all pages)
    page: int = 1
    is_search: bool = False  # what the filter found, or (False) the reflections on the section
    chosen: int = 0  # how many of the candidates are the chosen ones, shown first

    @property
    def pages(self) -> int:
        return max(1, -(-self.found // PROMPT_CANDIDATES))

    @property
    def first(self) -> int:
        """The number of the first one on this page ("41–80 van 57")."""
        return min(self.found, (self.page - 1) * PROMPT_CANDIDATES + 1)

    @property
    def last(self) -> int:
        return min(self.found, self.page * PROMPT_CANDIDATES)

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def next_page(self) -> int:
        return self.page + 1

    @property
    def previous_page(self) -> int:
        return self.page - 1


def prompt_choices(
    section: Section, *, filters=None, chosen: set[int] | None = None, page: int = 1
) -> PromptChoices:
    """What the "Aanleiding" list shows: the reflections chosen so far (``chosen``, or what
    is saved), then page ``page`` of those on this section, or of what ``filters``
    (worklist.Filters, over the whole consultation) found, PROMPT_CANDIDATES a page.

    The reflections on the section come most direct first (#29: the first 40 by number of
    the whole consultation were mostly campaign texts about the paper as a whole): on a
    passage of it, on the section, on one of its questions, on a question group that examines
    it; within each, the newest first. What the filter found comes newest first. Four
    queries."""
    source_id = section.version.based_on_id
    current = set(
        SectionPrompt.objects.filter(section=section).values_list("reflection_id", flat=True)
    )
    if not source_id:
        return PromptChoices([], set(), current)
    published = Reflection.objects.filter(version_id=source_id, status=Reflection.Status.APPROVED)
    allowed = set(published.values_list("pk", flat=True))
    keep = (current if chosen is None else chosen) & allowed
    is_search = filters is not None and not filters.is_empty
    rows = Reflection.objects.select_related("section", "question")
    order: list = ["-created_at", "-pk"]
    if is_search:
        found = rows.filter(pk__in=filtered(section.version.based_on, filters).values("pk"))
    elif section.copied_from_id:
        source = section.copied_from_id
        examined = QuestionGroup.sections.through.objects.filter(
            questiongroup_id=OuterRef("question__group_id"), section_id=source
        )
        found = published.select_related("section", "question").filter(
            Q(section_id=source) | Q(question__section_id=source) | Exists(examined)
        )
        directness = Case(
            When(section_id=source, quote_paragraph__isnull=False, then=Value(0)),
            When(section_id=source, then=Value(1)),
            When(question__section_id=source, then=Value(2)),
            default=Value(3),
        )
        order = [directness, *order]
    else:  # a section new in this version: no reflection is about it yet
        found = rows.none()
    others = found.exclude(pk__in=keep)
    total = others.count()
    pages = max(1, -(-total // PROMPT_CANDIDATES))
    page = min(max(page, 1), pages)
    start = (page - 1) * PROMPT_CANDIDATES
    kept = list(rows.filter(pk__in=keep).order_by("pk")) if keep else []
    shown = list(others.order_by(*order)[start : start + PROMPT_CANDIDATES])
    return PromptChoices(kept + shown, allowed, current, total, page, is_search, len(kept))


@dataclass
class SynthesisSubjectForm:
    """What the synthesis form of one theme or question group needs."""

    name: str
    theme: Theme | None
    question_group: object | None
    reflection_ids: list[int]  # every published reflection on the subject
    candidates: list[Reflection]  # the first SYNTHESIS_CHOICES of them, to narrow down
    existing: Synthesis | None
    changed: list[Section]
    # (perspective, how many) most heard first, as the consultation report counts them; the
    # perspectives not heard on it; a few quotes the report would choose, to pick from
    breakdown: list[tuple[str, int]] = field(default_factory=list)
    silent: list[str] = field(default_factory=list)
    quotes: list[Reflection] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.reflection_ids)

    @property
    def silent_names(self) -> list[str]:
        return [Perspective.label_of(p) for p in self.silent]

    @property
    def shares(self) -> list[tuple[str, int, int]]:
        """(perspective's name, how many, percentage of the subject's reflections)."""
        return [(Perspective.label_of(p), n, round(100 * n / self.total))
                for p, n in self.breakdown]  # fmt: skip


def synthesis_subject(version: PaperVersion, kind: str, pk: int) -> SynthesisSubjectForm:
    """The theme or question group ``pk`` of ``version`` (404 for another version's)."""
    found = published(version)
    theme = group = None
    if kind == "thema":
        theme = get_object_or_404(Theme, pk=pk, version=version)
        found = found.filter(theme_assignments__theme=theme)
        existing = Synthesis.objects.filter(theme=theme).first()
        name = theme.name
    else:
        group = get_object_or_404(QuestionGroup, pk=pk, question_set__version=version)
        found = found.filter(question__group=group)
        existing = Synthesis.objects.filter(version=version, question_group=group).first()
        name = group.heading
    every = list(found.order_by("pk").only("pk", "perspective", "may_quote", "body"))
    candidates = list(found.order_by("pk")[:SYNTHESIS_CHOICES])
    draft = next_draft(version)
    breakdown = Counter(r.perspective for r in every).most_common()
    heard = {p for p, _n in breakdown}
    return SynthesisSubjectForm(
        name, theme, group, [r.pk for r in every], candidates, existing,
        changed_sections(draft) if draft else [], breakdown,
        [p for p in Perspective.values if p not in heard],
        representative(every, limit=SYNTHESIS_QUOTES),
    )  # fmt: skip
