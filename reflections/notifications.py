"""Emails about reflections: the author hears every decision (nothing about me without me).

Each function writes to the outbox (civcare.core.mail) inside the transition's transaction:
the email exists exactly when the decision does, and is delivered by the periodic job.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse

from civcare.core.mail import Email, absolute, queue

from .models import Reflection


def _reflection(reflection_id: int):
    return (
        Reflection.objects.select_related("version__paper", "author", "section", "question")
        .filter(pk=reflection_id)
        .first()
    )


def decision_key(reflection_id: int, event_key: str | int) -> str:
    return f"reflections.decision:{reflection_id}:{event_key}"


def decision(
    reflection_id: int,
    *,
    revision_accepted: bool | None = None,
    key: str = "",
    delay: datetime.timedelta | None = None,
    redacted: bool = False,
    restored: bool = False,
) -> None:
    """Tell the author what the moderator decided, with the reason (``revision_accepted``:
    True or False when the decision was about a change to a published text; ``redacted``:
    published with what may identify someone replaced; ``restored``: a removal taken back).
    ``key`` names the decision (its
    event), so that a reopening can withdraw the email while it waits ``delay``."""
    reflection = _reflection(reflection_id)
    if reflection is None or reflection.author is None:
        return
    queue(
        [
            _decision_email(
                reflection, revision_accepted, key=key, delay=delay, redacted=redacted,
                restored=restored,
            )
        ]
    )  # fmt: skip


def _decision_email(
    reflection, revision_accepted, *, key: str, delay, redacted=False, restored=False
) -> Email:
    context = {
        "redacted": redacted,
        "restored": restored,
        # Asked to change a text that was online (after reports): it is offline now.
        "taken_offline": reflection.is_revision and reflection.published_at is not None,
        "revision_published": revision_accepted is True,
        "revision_refused": revision_accepted is False,
        "reflection": reflection,
        "mine_url": absolute(reverse("reflections:mine")),
        "page_url": absolute(reflection.get_absolute_url()),
    }
    return Email.for_person(
        "reflections/email/decision",
        context,
        reflection.author,
        key=decision_key(reflection.pk, key) if key else "",
        delay=delay,
    )


def decisions(keys: dict[int, str], *, delay: datetime.timedelta | None = None) -> None:
    """``decision()`` for many reflections published at once (their event keys by id): one
    query for the reflections, one insert for the emails."""
    reflections = (
        Reflection.objects.select_related("version__paper", "author", "section", "question")
        .filter(pk__in=list(keys), author__isnull=False)
        .order_by("pk")
    )
    queue(
        _decision_email(reflection, None, key=keys[reflection.pk], delay=delay)
        for reflection in reflections
    )


def new_pending(reflection_id: int) -> None:
    """Optionally tell the moderators that the queue has a new item: each their own email
    (one message to all would show every moderator's address to the others)."""
    if not settings.REFLECTIONS_NOTIFY_MODERATORS:
        return
    reflection = _reflection(reflection_id)
    if reflection is None:
        return
    moderators = (
        get_user_model()
        .objects.filter(groups__permissions__codename="moderate_reflection", is_active=True)
        .distinct()
    )
    context = {"reflection": reflection, "queue_url": absolute(reverse("reflections:queue"))}
    queue(
        Email.for_person("reflections/email/new_pending", context, m)
        for m in moderators
        if m.pk != reflection.author_id
    )
