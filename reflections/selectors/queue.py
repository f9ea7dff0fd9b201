"""What the moderators work on: the queue and its filters, the reported reflections, the
counts in their navigation, the cached queue items."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Exists, Min, OuterRef, Q

from civcare.core.fragments import forget
from civcare.core.generations import register_rendered_pages
from civcare.core.pagination import paginate

from ..models import ModerationEvent, Reflection, Report, awaiting_moderation_q

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
