"""What an author sees of their own reflections: Mijn reflecties and what still waits."""

from __future__ import annotations

from django.conf import settings
from django.db.models import OuterRef, Subquery

from civcare.core.pagination import paginate

from .. import extensions
from ..models import ModerationEvent, Reflection


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
