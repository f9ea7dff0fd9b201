"""After signing in, a moderator with reflections waiting lands on the queue (accounts asks
its registered parts where a person's work is: civcare.accounts.services)."""

from __future__ import annotations

from django.urls import reverse

from civcare.accounts.services import register_sign_in_landing

from .permissions import is_moderator
from .selectors import queue_counts


@register_sign_in_landing(priority=10)
def moderation_queue(user) -> str | None:
    if is_moderator(user) and queue_counts()["pending"]:
        return reverse("reflections:queue")
    return None
