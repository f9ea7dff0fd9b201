"""After signing in, an editor lands on the editors' dashboard (unless a moderation queue
with work in it came first: reflections.landing)."""

from __future__ import annotations

from django.urls import reverse

from civcare.accounts.services import register_sign_in_landing
from papers.permissions import is_editor


@register_sign_in_landing(priority=20)
def editors_dashboard(user) -> str | None:
    return reverse("editor:dashboard") if is_editor(user) else None
