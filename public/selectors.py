"""What the public pages read beyond one paper's content: its whole history with the board's
decisions."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404

from governance.models import BoardDecision, coding_is_public
from papers.models import Paper, PaperEvent, PaperVersion
from papers.permissions import is_editor
from papers.selectors import PUBLIC_EVENTS


@dataclass
class PaperHistory:
    paper: Paper
    versions: list[PaperVersion]
    events: list
    decisions: dict
    reports: set[int]  # the versions whose consultation report is public


def paper_history(code: str, *, user=None) -> PaperHistory:
    versions = list(
        PaperVersion.objects.filter(paper__code=code)
        .select_related("paper__series", "based_on")
        .order_by("-major", "-minor")
    )
    editor = is_editor(user)
    visible = [v for v in versions if v.is_public or editor]
    if not visible:
        raise Http404("Onbekende paper")
    events = PaperEvent.objects.filter(version__in=visible).select_related("version", "actor")
    if not editor:
        events = events.filter(action__in=PUBLIC_EVENTS)
    decisions = {
        d.version_id: d
        for d in BoardDecision.objects.filter(version__in=visible).select_related("version")
        if editor or d.version.status in PaperVersion.PUBLIC_STATUSES
    }
    return PaperHistory(
        paper=visible[0].paper,
        versions=visible,
        # By the day each step took effect (an adoption: the board's decision), newest first.
        events=sorted(
            events.order_by("-created_at", "-pk"),
            key=lambda event: event.occurred_on,
            reverse=True,
        ),
        decisions=decisions,
        reports={v.pk for v in visible if coding_is_public(v, versions=versions)},
    )
