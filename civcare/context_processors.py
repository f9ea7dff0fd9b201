from functools import cached_property

from django.conf import settings


def site(request):
    """Values every page shows; no database access here (the 500 page must still render)."""
    return {"foundation_name": settings.CIVCARE_FOUNDATION}


class Roles:
    """The viewer's roles, computed only when a template asks (so anonymous pages pay nothing)."""

    def __init__(self, user):
        self.user = user

    @cached_property
    def is_editor(self) -> bool:
        from papers.permissions import is_editor

        return is_editor(self.user)

    @cached_property
    def is_moderator(self) -> bool:
        from reflections.permissions import is_moderator

        return is_moderator(self.user)

    @cached_property
    def moderation_counts(self) -> dict[str, int]:
        from reflections.selectors import queue_counts

        return queue_counts() if self.is_moderator else {}


def roles(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"roles": None}
    return {"roles": Roles(user)}
