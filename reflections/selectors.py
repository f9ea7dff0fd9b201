"""Read paths for reflections. The number of queries never depends on the number of reflections."""

from __future__ import annotations

import datetime
import functools
import statistics
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property

from django.conf import settings
from django.contrib.postgres.search import SearchQuery
from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Exists, F, Max, Min, OuterRef, Q, Subquery, Window
from django.db.models.functions import RowNumber
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from civcare.accounts.models import Perspective
from civcare.core.fragments import forget
from civcare.core.generations import register_rendered_pages
from civcare.core.pagination import paginate
from civcare.core.search_syntax import CONFIG, matches, parse_query, to_tsquery
from papers.caching import paper_scope
from papers.models import FROZEN_STATUSES

from . import extensions, items, passage_markers, permissions
from .models import ModerationEvent, Reflection, Report, SearchEntry, awaiting_moderation_q

PAPER = ("paper", None)
# (Perspective.values makes a new list on every use; every paper page asks.)
PERSPECTIVES = frozenset(Perspective.values)


def target_key(reflection: Reflection) -> tuple[str, int | None]:
    return target_key_of(reflection.section_id, reflection.question_id)


def target_key_of(section_id: int | None, question_id: int | None) -> tuple[str, int | None]:
    if question_id:
        return ("question", question_id)
    if section_id:
        return ("section", section_id)
    return PAPER


class Viewer:
    """The person looking at a page, with the checks templates need computed once."""

    def __init__(self, user):
        self.user = user

    @cached_property
    def can_post(self) -> bool:
        return permissions.can_post(self.user)

    def is_author(self, reflection: Reflection) -> bool:
        return permissions.is_author(self.user, reflection)


@dataclass
class ReflectionsOnPage:
    shown: dict[tuple, list[items.ShownItem]] = field(default_factory=dict)
    counts: dict[tuple, int] = field(default_factory=dict)
    perspectives: list[tuple[str, str, int]] = field(default_factory=list)
    total: int = 0
    perspective: str | None = None
    # (section id, paragraph id) → how many are about a passage in that paragraph.
    paragraph_counts: dict[tuple[int, int], int] = field(default_factory=dict)

    def for_target(self, kind: str, pk: int | None) -> list[items.ShownItem]:
        return self.shown.get((kind, pk), [])

    def count(self, kind: str, pk: int | None) -> int:
        return self.counts.get((kind, pk), 0)


def with_text(published, query: str):
    """The reflections of ``published`` (approved ones) whose text matches ``query`` as the
    public search matches it (civcare.core.search_syntax): on PostgreSQL over the stored
    Dutch vectors (stemming), elsewhere at word beginnings. A subquery: no query of its own,
    whatever it finds. A query without a word to look for finds nothing."""
    alternatives = parse_query(query)
    if not alternatives:
        return published.none()
    if connection.vendor != "postgresql":
        return published.filter(matches(alternatives, ("body",)))
    found = SearchEntry.objects.filter(
        vector=SearchQuery(to_tsquery(query), search_type="raw", config=CONFIG)
    )
    return published.filter(pk__in=found.values("reflection_id"))


def parse_perspective(value: str | None) -> str | None:
    return value if value in PERSPECTIVES else None


def _approved_top(version, perspective: str | None):
    approved = Reflection.objects.filter(version=version, parent__isnull=True).published()
    return approved.filter(perspective=perspective) if perspective else approved


def for_paper_page(
    version, *, perspective: str | None = None, positions: dict | None = None
) -> ReflectionsOnPage:
    """Approved reflections of ``version`` per question, section and the paper as a whole.

    Each target shows its first REFLECTIONS_SHOWN_PER_TARGET (oldest first: no ranking),
    with their replies. The same for every reader (so the page can be cached); an author's
    own reflections awaiting moderation come from ``own_awaiting``. Four queries,
    whatever the number of reflections; each shown reflection comes as its rendered item
    (reflections.items.ShownItem).
    """
    targets, paragraphs = counts_on_page(version, perspective)
    counts = {key: count for key, (count, _latest) in targets.items()}
    perspectives, total = perspective_counts(version)
    return ReflectionsOnPage(
        shown=_shown(version, _approved_top(version, perspective), positions),
        counts=counts,
        perspectives=perspectives,
        total=total,
        perspective=perspective,
        paragraph_counts=paragraphs,
    )


def target_counts(version, perspective: str | None = None) -> dict[tuple, tuple[int, object]]:
    """Per target: how many published reflections it has (under the perspective filter),
    and when the latest of them last changed. One query."""
    return counts_on_page(version, perspective)[0]


def counts_on_page(
    version, perspective: str | None = None
) -> tuple[dict[tuple, tuple[int, object]], dict[tuple[int, int], int]]:
    """What the paper page counts, in one query: per target, how many published reflections
    it has and when the latest of them last changed (target_counts); per paragraph of a
    section, (section id, paragraph id), how many are about a passage in it."""
    rows = (
        _approved_top(version, perspective)
        .values("section_id", "question_id", "quote_paragraph")
        .annotate(n=Count("pk"), latest=Max("updated_at"))
        .order_by()
    )
    targets: dict[tuple, tuple[int, object]] = {}
    paragraphs: dict[tuple[int, int], int] = {}
    for row in rows:
        key = target_key_of(row["section_id"], row["question_id"])
        n, latest = targets.get(key, (0, None))
        targets[key] = (n + row["n"], max(latest, row["latest"]) if latest else row["latest"])
        if row["quote_paragraph"] is not None:
            paragraphs[(row["section_id"], row["quote_paragraph"])] = row["n"]
    return targets, paragraphs


def paragraph_perspectives(version, section, paragraph) -> list[tuple[str, int]]:
    """How many published reflections on one paragraph (papers.passages.Paragraph) each
    perspective wrote, in the order of the perspectives, only those with any. One query
    (none without a paragraph)."""
    if paragraph is None:
        return []
    found = dict(
        _approved_top(version, None)
        .filter(section=section, quote_paragraph=paragraph.id)
        .values_list("perspective")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return [(label, found[value]) for value, label in Perspective.choices if found.get(value)]


def perspective_counts(version) -> tuple[list[tuple[str, str, int]], int]:
    """Each perspective with its number of published reflections, and the total. One query."""
    found = dict(
        _approved_top(version, None).values_list("perspective").annotate(n=Count("pk")).order_by()
    )
    perspectives = [(value, label, found.get(value, 0)) for value, label in Perspective.choices]
    return perspectives, sum(found.values())


def shown_on(
    version, keys: list[tuple], perspective: str | None = None, positions: dict | None = None
) -> dict[tuple, list]:
    """What the paper page shows on these targets only (the first per target, with their
    replies, as rendered items). Two queries. ``positions``: positions_of the page's
    sections, for the quotes."""
    sections = [pk for kind, pk in keys if kind == "section"]
    questions = [pk for kind, pk in keys if kind == "question"]
    on = Q(section_id__in=sections) | Q(question_id__in=questions)
    if PAPER in keys:
        on |= Q(section_id=None, question_id=None)
    return _shown(version, _approved_top(version, perspective).filter(on), positions)


def positions_of(sections) -> dict[tuple[int, int], object]:
    """(section id, paragraph identifier) → where readers see that paragraph
    (papers.passages.Position), for the quotes the paper page shows without their sections."""
    return {
        (section.pk, number): position
        for section in sections
        for number, position in section.positions().items()
    }


def _shown(version, approved, positions=None) -> dict[tuple, list[items.ShownItem]]:
    limit = settings.REFLECTIONS_SHOWN_PER_TARGET
    first_per_target_qs = approved.annotate(
        position=Window(
            RowNumber(),
            partition_by=[F("section_id"), F("question_id")],
            order_by=[F("created_at").asc(), F("pk").asc()],
        )
    ).filter(position__lte=limit)
    # Rows, not objects: each reflection's item comes from the cache while what it shows is
    # unchanged (reflections.items). A subquery rather than a list of ids for the replies:
    # the query runs (and counts) the same whether the page has no reflections or a
    # thousand. Only approved parents have replies. (The window query itself only names
    # the ids: Django's values_list over a window filter misplaces joined columns.)
    fields = items.row_fields()
    parents = list(
        Reflection.objects.filter(pk__in=first_per_target_qs.values("pk")).values_list(*fields)
    )
    replies = list(
        Reflection.objects.published()
        .filter(parent_id__in=first_per_target_qs.values("pk"))
        .order_by("created_at", "pk")
        .values_list(*fields)
    )
    created_at, pk = fields.index("created_at"), fields.index("id")
    parents.sort(key=lambda row: (row[created_at], row[pk]))
    shown: dict[tuple, list[items.ShownItem]] = defaultdict(list)
    for item in items.shown_items(parents, replies, version, positions):
        shown[target_key(item)].append(item)
    return dict(shown)


def consultation_size(version) -> int | None:
    """How many published reflections the consultation before an adopted ``version`` drew
    (None for a version that followed no consultation, or is not adopted yet)."""
    if not version.based_on_id or version.status not in FROZEN_STATUSES:
        return None
    return Reflection.objects.filter(
        version_id=version.based_on_id, status=Reflection.Status.APPROVED
    ).count()


def consultation_sizes(versions) -> dict[int, int | None]:
    """consultation_size of each of ``versions``, in one query."""
    frozen = {
        v.pk: v.based_on_id for v in versions if v.based_on_id and v.status in FROZEN_STATUSES
    }
    counted = dict(
        Reflection.objects.filter(
            version_id__in=set(frozen.values()), status=Reflection.Status.APPROVED
        )
        .values("version_id")
        .annotate(n=Count("pk"))
        .values_list("version_id", "n")
        .order_by()
    )
    return {v.pk: counted.get(frozen[v.pk], 0) if v.pk in frozen else None for v in versions}


def own_awaiting(version, user) -> list[Reflection]:
    """The signed-in author's reflections on ``version`` that only they can see yet."""
    if user is None or not user.is_authenticated:
        return []
    return list(
        Reflection.objects.filter(
            version=version, author=user, status__in=Reflection.AWAITING_STATUSES
        )
        .select_related("version__paper", "section", "question")
        .order_by("created_at", "pk")
    )


def for_target_list(
    version,
    *,
    section=None,
    question=None,
    whole_paper=False,
    paragraph: int | None = None,
    perspective=None,
    page_number=1,
):
    """All approved reflections on one target (or one paragraph of a section), paginated,
    with their replies."""
    approved = Reflection.objects.filter(version=version, parent__isnull=True).published()
    if question is not None:
        approved = approved.filter(question=question)
    elif section is not None and paragraph is not None:
        approved = approved.filter(section=section, quote_paragraph=paragraph)
    elif section is not None:
        approved = approved.filter(section=section)
    elif whole_paper:
        approved = approved.filter(section__isnull=True, question__isnull=True)
    if perspective:
        approved = approved.filter(perspective=perspective)
    ordered = approved.select_related(
        "author",
        *extensions.RELATED,
    ).order_by("created_at", "pk")
    page = paginate(ordered, page_number, settings.REFLECTIONS_PAGE_SIZE, beyond_last_is_404=True)
    reflections = page.object_list
    offset = (page.number - 1) * settings.REFLECTIONS_PAGE_SIZE
    shown = ordered.values("pk")[offset : offset + settings.REFLECTIONS_PAGE_SIZE]
    replies = (
        Reflection.objects.published()
        .filter(parent_id__in=shown)
        .select_related("author", *extensions.RELATED)
        .order_by("created_at", "pk")
    )
    by_parent: dict[int, list[Reflection]] = defaultdict(list)
    for reply in replies:
        reply.version = version
        by_parent[reply.parent_id].append(reply)
    for reflection in reflections:
        reflection.version = version
        if section is not None:  # its quote is named by where it is in the section
            reflection.section = section
        reflection.reply_list = by_parent.get(reflection.pk, [])
    return page, reflections


# The steps that put a text online: the latest of them tells whether the text online now is
# one a moderator published redacted.
PUBLISHING_ACTIONS = (
    ModerationEvent.Action.APPROVED,
    ModerationEvent.Action.REVISION_APPROVED,
    ModerationEvent.Action.REDACTED,
)


def mine(user, *, page_number=1):
    """The author's own reflections, newest first, with what happened to each; on each, its
    ``redaction``: what a moderator replaced in the text online ("Mogelijk een naam (1) →
    [naam]"), or "" (one query, however many were redacted)."""
    published = ModerationEvent.objects.filter(
        reflection=OuterRef("pk"), action__in=PUBLISHING_ACTIONS
    ).order_by("-created_at", "-pk")
    queryset = (
        Reflection.objects.filter(author=user)
        .select_related(
            "version__paper",
            "section",
            "question",
            "parent",
            *extensions.RELATED,
            *extensions.OWN_PAGE_RELATED,
        )
        .annotate(
            published_by=Subquery(published.values("action")[:1]),
            published_note=Subquery(published.values("reason")[:1]),
        )
        .order_by("-created_at", "-pk")
    )
    page = paginate(queryset, page_number, settings.REFLECTIONS_PAGE_SIZE)
    for reflection in page.object_list:
        # The status reason says it too, until the next decision (the event keeps it): a
        # removal taken back publishes the same redacted text with an empty reason.
        shown = reflection.is_approved or reflection.is_hidden
        redacted = reflection.published_by == ModerationEvent.Action.REDACTED
        reflection.redaction = reflection.published_note if shown and redacted else ""
    return page


QUEUE_ORDERS = {
    "oudste": ("submitted_at", "pk"),
    "nieuwste": ("-submitted_at", "-pk"),
    "paper": ("version__paper__code", "section__order", "question__order", "submitted_at", "pk"),
}


@dataclass(frozen=True)
class QueueFilters:
    """What the moderator filters the queue on; empty means "any"."""

    paper: str = ""
    version: int | None = None
    perspective: str = ""
    revised: bool = False  # resubmitted after a revision was asked
    reported: bool = False  # published with open reports, or hidden after them
    findings: bool = False  # the herleidbaarheidscheck found something in the text
    text: str = ""
    order: str = "oudste"

    @property
    def is_empty(self) -> bool:
        return self == QueueFilters(order=self.order)


REPORTED_Q = Q(status=Reflection.Status.HIDDEN) | Q(
    status=Reflection.Status.APPROVED, report_count__gt=0
)


def awaiting(filters: QueueFilters):
    """What waits for a moderator's decision and matches ``filters`` (no rows fetched):
    new texts and changes, or (``reported``) the reported ones."""
    if filters.reported:
        queryset = Reflection.objects.filter(REPORTED_Q)
    else:
        queryset = Reflection.objects.awaiting_moderation()
    if filters.paper:
        queryset = queryset.filter(version__paper__code=filters.paper)
    if filters.version:
        queryset = queryset.filter(version_id=filters.version)
    if filters.perspective:
        queryset = queryset.filter(perspective=filters.perspective)
    if filters.findings:
        queryset = queryset.filter(findings__isnull=False).exclude(findings={})
    if filters.revised:
        asked = ModerationEvent.objects.filter(
            reflection=OuterRef("pk"), action=ModerationEvent.Action.REVISION_REQUESTED
        )
        queryset = queryset.filter(Exists(asked))
    if filters.text:
        # In the text and in a change waiting for a decision.
        queryset = queryset.filter(
            Q(body__icontains=filters.text) | Q(revision_body__icontains=filters.text)
        )
    return queryset


def moderation_queue(filters: QueueFilters = QueueFilters(), *, page_number=1):
    """Pending reflections and pending changes to published ones, oldest first unless asked
    otherwise, with everything a moderator needs to decide."""
    queryset = awaiting(filters).select_related(
        "version__paper", "section", "question", "author", "parent"
    )
    queryset = queryset.order_by(*QUEUE_ORDERS.get(filters.order, QUEUE_ORDERS["oudste"]))
    return paginate(queryset, page_number, settings.MODERATION_PAGE_SIZE)


def queue_overview(filters: QueueFilters) -> dict:
    """How many wait per paper and since when (cached like the counts: renewed by every
    moderation step), and how many match the filter (counted only when there is one)."""
    rows = cache.get(QUEUE_OVERVIEW_KEY)
    if rows is None:
        rows = list(
            Reflection.objects.awaiting_moderation()
            .values("version__paper__code")
            .annotate(n=Count("pk"), oldest=Min("submitted_at"))
            .order_by("version__paper__code")
        )
        cache.set(QUEUE_OVERVIEW_KEY, rows, 60 * 60)
    total = sum(row["n"] for row in rows)
    return {
        "per_paper": [(row["version__paper__code"], row["n"]) for row in rows],
        "oldest": min((row["oldest"] for row in rows), default=None),
        "total": total,
        "matching": total if filters.is_empty else awaiting(filters).count(),
    }


def reported(*, page_number=1):
    """Reflections hidden after reports, or published with open reports."""
    queryset = (
        Reflection.objects.filter(REPORTED_Q)
        .select_related("version__paper", "section", "question", "author")
        .order_by("-report_count", "updated_at")
    )
    page = paginate(queryset, page_number, settings.MODERATION_PAGE_SIZE)
    reflections = page.object_list
    offset = (page.number - 1) * settings.MODERATION_PAGE_SIZE
    shown = queryset.values("pk")[offset : offset + settings.MODERATION_PAGE_SIZE]
    reports = Report.objects.filter(reflection_id__in=shown, resolved_at__isnull=True).order_by(
        "created_at"
    )
    by_reflection: dict[int, list] = defaultdict(list)
    for item in reports:
        by_reflection[item.reflection_id].append(item)
    for reflection in reflections:
        reflection.open_reports = by_reflection.get(reflection.pk, [])
    return page, reflections


QUEUE_COUNTS_KEY = "reflections:queue-counts"
QUEUE_OVERVIEW_KEY = "reflections:queue-overview"
# Every moderation step deletes these (reflections.signals): counting 100,000 waiting
# reflections costs about 0.2 s, once per change instead of once per page.
QUEUE_KEYS = (QUEUE_COUNTS_KEY, QUEUE_OVERVIEW_KEY)


def queue_counts() -> dict[str, int]:
    """For the moderators' navigation: cached, renewed by every moderation step (signals)."""
    counts = cache.get(QUEUE_COUNTS_KEY)
    if counts is None:
        counts = _count_queue()
        cache.set(QUEUE_COUNTS_KEY, counts, 60 * 60)
    return counts


def _count_queue() -> dict[str, int]:
    row = Reflection.objects.aggregate(
        pending=Count("pk", filter=awaiting_moderation_q()),
        reported=Count("pk", filter=REPORTED_Q),
    )
    return row


@dataclass
class TargetReflections:
    """What the paper page shows under one question, one section or the paper as a whole."""

    key: tuple[str, int | None]
    label: str  # names the target to a screen reader (HTML for a question)
    compose_label: str
    compose_url: str
    list_url: str
    items: list[items.ShownItem] = field(default_factory=list)
    count: int = 0
    has_more: bool = False

    @property
    def slot(self) -> str:
        """Its place in the page's skeleton (public.body)."""
        kind, pk = self.key
        return f"{kind}-{pk or 0}"

    def filled(self, shown: list[items.ShownItem], count: int, perspective: str | None):
        """This target with its reflections (shown under the perspective filter, if any)."""
        approved_shown = sum(1 for item in shown if item.status == Reflection.Status.APPROVED)
        suffix = f"&perspectief={perspective}" if perspective else ""
        return replace(
            self,
            items=shown,
            count=count,
            has_more=count > approved_shown,
            list_url=f"{self.list_url}{suffix}",
        )


def targets_of(page) -> list[TargetReflections]:
    """Every target on a papers.selectors.PaperPage, in page order, each also set on its
    section, question or the page (``target_reflections``, ``paper_reflections``), without
    reflections yet."""
    kwargs = {"code": page.paper.code, "version": page.version.number}
    compose = reverse("reflections:compose", kwargs=kwargs)
    listing = reverse("reflections:list", kwargs=kwargs)
    found = []

    def target(key, label: str, compose_label: str, query: str) -> TargetReflections:
        made = TargetReflections(
            key=key,
            label=label,
            compose_label=compose_label,
            compose_url=f"{compose}{query}",
            list_url=f"{listing}{query}",
        )
        found.append(made)
        return made

    for section in page.sections:
        section.target_reflections = target(
            ("section", section.pk), section.heading, _("Reageer op deze sectie"),
            f"?sectie={section.anchor}",
        )  # fmt: skip
        for question in section.question_list:
            question.target_reflections = target(
                ("question", question.pk), question.text_html, _("Reageer op deze vraag"),
                f"?vraag={question.anchor}",
            )  # fmt: skip
    for group in page.groups:
        for question in group.question_list:
            question.target_reflections = target(
                ("question", question.pk), question.text_html, _("Reageer op deze vraag"),
                f"?vraag={question.anchor}",
            )  # fmt: skip
    page.paper_reflections = target(PAPER, page.paper.title, _("Reageer op de paper"), "?geheel=1")
    return found


def attach_to_page(page, on_page: ReflectionsOnPage) -> None:
    """Hang the reflections on the sections and questions of a papers.selectors.PaperPage."""
    targets_of(page)
    for section in page.sections:
        section.body_with_markers = passage_markers.with_markers(
            section, on_page.paragraph_counts, page.version
        )
        _fill(section, on_page)
        for question in section.question_list:
            _fill(question, on_page)
    for group in page.groups:
        for question in group.question_list:
            _fill(question, on_page)
        group.reflection_count = sum(q.target_reflections.count for q in group.question_list)
    page.paper_reflections = _filled(page.paper_reflections, on_page)
    page.reflections = on_page


def _filled(target: TargetReflections, on_page: ReflectionsOnPage) -> TargetReflections:
    return target.filled(
        on_page.shown.get(target.key, []), on_page.counts.get(target.key, 0), on_page.perspective
    )


def _fill(holder, on_page: ReflectionsOnPage) -> None:
    holder.target_reflections = _filled(holder.target_reflections, on_page)


QUEUE_ITEM_TEMPLATE = "reflections/moderation/_queue_item.html"
# Erasure and redaction delete every queue item (civcare.core.generations.
# forget_rendered_pages): an item is keyed by its reflection's state, and the copies of the
# states before the last one (a text since revised) hold its words as they were.
register_rendered_pages(f"fragments:{QUEUE_ITEM_TEMPLATE}:*")


def queue_item_version(reflection: Reflection) -> str:
    """What a cached queue item depends on (civcare.core.fragments.render_each)."""
    return (
        f"{reflection.pk}:{reflection.updated_at.isoformat()}:{reflection.author_id}:"
        f"{reflection.author.display_name if reflection.author else ''}"
    )


def forget_queue_items(reflections) -> None:
    """Remove the cached queue items of these reflections (their text and author's name)."""

    forget(
        QUEUE_ITEM_TEMPLATE, [queue_item_version(r) for r in reflections.select_related("author")]
    )


@functools.lru_cache(maxsize=20_000)
def paper_of_reflection(pk: int) -> str:
    code = Reflection.objects.filter(pk=pk).values_list("version__paper__code", flat=True).first()
    if code is None:
        raise LookupError(pk)  # not remembered: lru_cache keeps answers, not exceptions
    return code


def reflection_pages(request, pk: int, *args, **kwargs) -> list[str] | None:
    """The generations a reflection's own page depends on: its paper's (a reply published,
    a hide, a name change and a new version all renew it). A reflection never moves to
    another paper, so which paper it is on is remembered by each process."""
    try:
        return [paper_scope(paper_of_reflection(pk))]
    except LookupError:
        return None


def reflection_page(pk: int) -> Reflection:
    """One published reflection and, if it is not a reply itself, its published replies
    (``reply_list``); 404 for anything not published (two queries)."""
    reflection = get_object_or_404(
        Reflection.objects.published().select_related(
            "version__paper", "author", "section", "question", *extensions.RELATED,
            *extensions.OWN_PAGE_RELATED, "parent__author",
        ),
        pk=pk,
    )  # fmt: skip
    if reflection.parent is None:
        reflection.reply_list = list(
            Reflection.objects.published()
            .filter(parent=reflection)
            .select_related("author", "version", *extensions.RELATED)
            .order_by("published_at", "pk")
        )
    return reflection


def moderation_history(reflection: Reflection) -> dict:
    """What a moderator reads beside a reflection: its steps, the reports about it, the
    moderators' own notes and, for a resubmission, the request it answers."""
    events = list(reflection.events.select_related("actor").order_by("created_at", "pk"))
    request = next(
        (e for e in reversed(events) if e.action == ModerationEvent.Action.REVISION_REQUESTED),
        None,
    )
    return {
        "events": events,
        "reports": reflection.reports.select_related("reporter").order_by("created_at"),
        "notes": reflection.moderator_notes.select_related("author"),
        "revision_request": request if reflection.is_resubmission else None,
    }


def revision_requests(reflections) -> dict[int, ModerationEvent]:
    """The latest request for a change of each of these reflections, by id (one query,
    also for none: the page's query count does not depend on what it holds)."""
    ids = [r.pk for r in reflections] or [0]
    found = ModerationEvent.objects.filter(
        reflection_id__in=ids, action=ModerationEvent.Action.REVISION_REQUESTED
    ).select_related("actor")
    return {event.reflection_id: event for event in found.order_by("created_at", "pk")}


@dataclass(frozen=True)
class HandledFilters:
    """What the log of handled items is filtered on; empty means "any"."""

    action: str = ""
    moderator: str = ""  # "mij" for the signed-in moderator's own decisions
    paper: str = ""
    days: int = 7

    @property
    def is_empty(self) -> bool:
        return self == HandledFilters()


HANDLED_DAYS = (1, 7, 30, 365)


def handled(filters: HandledFilters, *, viewer, page_number=1):
    """The moderators' decisions, newest first, with their reflection (paginated without
    COUNT; two queries whatever the number of decisions)."""
    since = timezone.now() - datetime.timedelta(days=filters.days)
    events = ModerationEvent.objects.filter(
        action__in=ModerationEvent.DECISION_ACTIONS, created_at__gte=since
    )
    if filters.action:
        events = events.filter(action=filters.action)
    if filters.moderator == "mij":
        events = events.filter(actor=viewer)
    if filters.paper:
        events = events.filter(reflection__version__paper__code=filters.paper)
    latest = ModerationEvent.objects.filter(reflection=OuterRef("reflection_id")).order_by(
        "-created_at", "-pk"
    )
    events = (
        events.annotate(latest_id=Subquery(latest.values("pk")[:1]))
        .select_related("actor", "reflection__version__paper", "reflection__section",
                        "reflection__question", "reflection__author")
        .order_by("-created_at", "-pk")
    )  # fmt: skip
    page = paginate(events, page_number, settings.MODERATION_PAGE_SIZE)
    now = timezone.now()
    for event in page.object_list:
        # Reopenable: still the reflection's last step, and not about one's own reflection.
        event.reopenable = (
            event.latest_id == event.pk
            and event.may_be_reopened(now)
            and event.reflection.author_id != viewer.pk
        )
    return page


def waiting_times(days: int = 7) -> dict[str, dict]:
    """Per paper: how long reflections waited for a decision (submission to decision) over
    the last ``days``: the median and the longest, in seconds (one query)."""
    since = timezone.now() - datetime.timedelta(days=days)
    rows = (
        ModerationEvent.objects.filter(
            action__in=FIRST_DECISIONS,
            from_status=Reflection.Status.PENDING,
            created_at__gte=since,
        )
        .annotate(
            submitted=Subquery(
                ModerationEvent.objects.filter(
                    reflection=OuterRef("reflection_id"),
                    action__in=SUBMISSIONS,
                    created_at__lte=OuterRef("created_at"),
                )
                .order_by("-created_at", "-pk")
                .values("created_at")[:1]
            )
        )
        .values_list("reflection__version__paper__code", "created_at", "submitted")
    )
    waits: dict[str, list[float]] = defaultdict(list)
    for code, decided, submitted in rows:
        if submitted is not None:
            waits[code].append((decided - submitted).total_seconds())
    return {
        code: {"median": statistics.median(values), "longest": max(values), "count": len(values)}
        for code, values in sorted(waits.items())
    }


# A text enters the queue by these steps and leaves it by these decisions.
SUBMISSIONS = (
    ModerationEvent.Action.SUBMITTED,
    ModerationEvent.Action.EDITED,
    ModerationEvent.Action.REOPENED,
)
FIRST_DECISIONS = (
    ModerationEvent.Action.APPROVED,
    ModerationEvent.Action.DECLINED,
    ModerationEvent.Action.REVISION_REQUESTED,
)
