"""The reflections part of a person's data: in their export, and on account deletion."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Count, F

from civcare.accounts.services import register_eraser, register_exporter
from civcare.core import generations
from papers.caching import bump_after_commit

from .models import ModerationEvent, Reflection, Report
from .selectors import forget_queue_items

Action = ModerationEvent.Action

# The moderation steps whose reason the author receives (by email and on Mijn reflecties).
REASONS_TOLD_TO_AUTHOR = {
    Action.DECLINED,
    Action.REVISION_REQUESTED,
    Action.REDACTED,  # what kinds of thing were replaced (never the words)
}


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
            "change_awaiting_moderation": r.revision_body,
            "anonymous": r.is_anonymous,
            "may_quote": r.may_quote,
            "status": r.status,
            "status_reason": r.status_reason,
            # What the herleidbaarheidscheck found in the text that waited (kinds, counts).
            "possible_personal_data": r.findings,
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
    are not lost with it (its history goes). What they wrote as a reader goes too: the
    reasons of their reports (the reports themselves cascade), and the open reports they
    made no longer count towards hiding a reflection. Cached copies of the moderation queue
    and of the pages that showed them are removed, not only made unreachable.
    """
    mine = Reflection.objects.filter(author=user)
    published = mine.filter(status=Reflection.Status.APPROVED)
    forget_queue_items(mine)
    # Bulk updates send no signals: the pages showing these reflections are renewed here.
    bump_after_commit(*set(published.values_list("version_id", flat=True)))
    transaction.on_commit(generations.forget_rendered_pages)

    # One report per person per reflection (a unique constraint): one less for each.
    open_reports = Report.objects.filter(reporter=user, resolved_at__isnull=True)
    Reflection.objects.filter(
        pk__in=open_reports.values("reflection_id"), report_count__gt=0
    ).update(report_count=F("report_count") - 1)
    ModerationEvent.objects.filter(actor=user, action=Action.REPORTED).update(reason="")

    if keep_published:
        # Kept as published, without a name and without a change still waiting (they can
        # no longer stand behind it, and it must not be published in their absence).
        affected = published.update(
            author=None, revision_body="", revision_body_html="", revision_perspective="",
            requested_body="", change_diff=None,
        )  # fmt: skip
    else:
        affected = published.count()
    # What goes: all of theirs, or all but the kept published ones. One that others replied
    # to keeps its place as an empty, withdrawn item (with no history), so their replies stay.
    with_replies = mine.annotate(n=Count("replies")).filter(n__gt=0)
    ModerationEvent.objects.filter(reflection__in=with_replies).delete()
    for reflection in with_replies:
        reflection.body = reflection.revision_body = reflection.status_reason = ""
        reflection.requested_body = ""
        reflection.change_diff = None
        reflection.revision_perspective = ""
        reflection.status = Reflection.Status.WITHDRAWN
        reflection.author = None
        reflection.save()
    mine.delete()
    return affected
