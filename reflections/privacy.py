"""The reflections part of a person's data: in their export, and on account deletion."""

from __future__ import annotations

from django.db.models import Count

from civcare.accounts.services import register_eraser, register_exporter
from papers.signals import bump_after_commit

from .models import ModerationEvent, Reflection, Report

# The moderation steps whose reason the author receives (by email and on Mijn reflecties).
REASONS_TOLD_TO_AUTHOR = {"reflections.declined", "reflections.revision_requested"}


@register_exporter("reflections")
def export(user) -> list[dict]:
    reflections = list(
        Reflection.objects.filter(author=user)
        .select_related("version__paper", "section", "question")
        .order_by("created_at")
    )
    events = ModerationEvent.objects.filter(reflection__in=reflections).order_by("created_at")
    history: dict[int, list] = {}
    for event in events:
        history.setdefault(event.reflection_id, []).append(
            {
                "action": event.action,
                "from": event.from_status,
                "to": event.to_status,
                # Only what the author was told: a report's reason is the reporter's words
                # ("Alleen de moderatie leest dit") and a moderator's note on keeping a
                # reflection is internal.
                "reason": event.reason if event.action in REASONS_TOLD_TO_AUTHOR else "",
                "at": event.created_at.isoformat(),
            }
        )
    return [
        {
            "id": r.pk,
            "paper": r.version.paper.code,
            "version": r.version.number,
            "about": r.target_label,
            "reply_to": r.parent_id,
            "perspective": r.perspective,
            "text": r.body,
            "anonymous": r.is_anonymous,
            "may_quote": r.may_quote,
            "status": r.status,
            "status_reason": r.status_reason,
            "created_at": r.created_at.isoformat(),
            "published_at": r.published_at.isoformat() if r.published_at else None,
            "moderation_history": history.get(r.pk, []),
        }
        for r in reflections
    ]


@register_exporter("reports")
def export_reports(user) -> list[dict]:
    return [
        {"reflection": item.reflection_id, "reason": item.reason, "at": item.created_at.isoformat()}
        for item in Report.objects.filter(reporter=user).order_by("created_at")
    ]


@register_eraser
def erase(user, keep_published: bool) -> int:
    """Remove the person's reflections, or keep the published ones as 'Verwijderd account'.

    Unpublished reflections (pending, declined, …) always go. A removed reflection that
    others replied to keeps its place as an empty, withdrawn item, so that their replies
    are not lost with it.
    """
    mine = Reflection.objects.filter(author=user)
    published = mine.filter(status=Reflection.Status.APPROVED)
    # Bulk updates send no signals: the pages showing these reflections are renewed here.
    bump_after_commit(*set(published.values_list("version_id", flat=True)))
    if keep_published:
        kept = published.update(author=None)
        mine.exclude(status=Reflection.Status.APPROVED).delete()
        return kept
    with_replies = mine.annotate(n=Count("replies")).filter(n__gt=0)
    affected = published.count()
    for reflection in with_replies:
        reflection.body = ""
        reflection.status = Reflection.Status.WITHDRAWN
        reflection.author = None
        reflection.save(update_fields=["body", "body_html", "body_digest", "status", "author"])
    mine.delete()
    return affected
