"""What the moderators decided: a reflection's history and notes, the log of handled items,
the waiting times."""

from __future__ import annotations

import datetime
import statistics
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from civcare.core.pagination import paginate

from ..models import ModerationEvent, Reflection


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
