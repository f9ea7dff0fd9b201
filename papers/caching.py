"""The rendered paper page is cached (Redis in production) and invalidated by generation.

Every public version has a generation number in the cache. Rendered fragments are keyed
by it, so bumping the number makes every cached fragment of that version unreachable at
once: when a reflection is published, hidden, edited or withdrawn, when a disposition
is recorded, and when the version's text or state changes. A generation that is missing
(evicted, or Redis was restarted) starts again from the clock, never from a number a
stale fragment could still carry.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable

from django.core.cache import cache
from django.utils.translation import get_language

logger = logging.getLogger(__name__)

FRAGMENT_TTL = 60 * 60 * 24  # a day; a change makes a fragment unreachable long before that
GLOBAL = "all"


def _key(scope) -> str:
    return f"papers:generation:{scope}"


def generation(scope) -> int:
    key = _key(scope)
    value = cache.get(key)
    if value is None:
        cache.add(key, time.time_ns(), None)
        value = cache.get(key) or time.time_ns()
    return value


def bump(*version_ids: int | None) -> None:
    """Invalidate the cached pages of these versions (or of every version: no arguments)."""
    scopes: Iterable = [pk for pk in version_ids if pk] if version_ids else [GLOBAL]
    for scope in scopes:
        key = _key(scope)
        try:
            cache.incr(key)
        except ValueError:  # not in the cache (yet): any fresh value will do
            cache.set(key, time.time_ns(), None)


def fragment(version, perspective: str | None, render: Callable[[], str]) -> str:
    """The cached HTML of a public version's page body, rendered by ``render`` on a miss."""
    if not version.is_public:
        return render()  # drafts are seen by editors only, while they change
    key = ":".join(
        str(part)
        for part in (
            "papers:page",
            version.pk,
            generation(version.pk),
            generation(GLOBAL),
            perspective or "-",
            get_language() or "nl",
        )
    )
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, FRAGMENT_TTL)
    return html
