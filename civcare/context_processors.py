from django.conf import settings
from django.utils.functional import SimpleLazyObject

from civcare.accounts.roles import Roles
from reflections.selectors import queue_counts


def site(request):
    """Values every page shows; no database access here (the 500 page must still render)."""
    return {
        "foundation_name": settings.CIVCARE_FOUNDATION,
        "site_url": settings.SITE_URL.rstrip("/"),
    }


def roles(request):
    """The viewer's roles and, for moderators, the queue's counts: both computed only when a
    template asks for them."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"roles": None, "moderation_counts": {}}
    viewer = Roles(user)
    return {"roles": viewer, "moderation_counts": moderation_counts_for(viewer)}


def moderation_counts_for(viewer: Roles):
    return SimpleLazyObject(lambda: queue_counts() if viewer.is_moderator else {})
