"""Emails about reflections: the author hears every decision (nothing about me without me)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse

from civcare.mail import absolute, send


def _reflection(reflection_id: int):
    from .models import Reflection

    return (
        Reflection.objects.select_related("version__paper", "author", "section", "question")
        .filter(pk=reflection_id)
        .first()
    )


def decision(reflection_id: int) -> bool:
    """Tell the author what the moderator decided, with the reason."""
    reflection = _reflection(reflection_id)
    if reflection is None or reflection.author is None:
        return False
    context = {
        "reflection": reflection,
        "mine_url": absolute(reverse("reflections:mine")),
        "page_url": absolute(reflection.get_absolute_url()),
    }
    return send("reflections/email/decision", context, [reflection.author.email])


def new_pending(reflection_id: int) -> bool:
    """Optionally tell the moderators that the queue has a new item."""
    if not settings.REFLECTIONS_NOTIFY_MODERATORS:
        return False
    reflection = _reflection(reflection_id)
    if reflection is None:
        return False
    moderators = (
        get_user_model()
        .objects.filter(groups__permissions__codename="moderate_reflection", is_active=True)
        .distinct()
    )
    context = {"reflection": reflection, "queue_url": absolute(reverse("reflections:queue"))}
    return send("reflections/email/new_pending", context, [m.email for m in moderators])


def disposition(disposition_id: int) -> bool:
    """Tell the author what became of their reflection in the new version."""
    from papers.models import Disposition

    item = (
        Disposition.objects.select_related(
            "reflection__author", "reflection__version__paper", "version", "section"
        )
        .filter(pk=disposition_id)
        .first()
    )
    if item is None or item.reflection.author is None:
        return False
    context = {
        "disposition": item,
        "reflection": item.reflection,
        "mine_url": absolute(reverse("reflections:mine")),
    }
    return send("reflections/email/disposition", context, [item.reflection.author.email])
