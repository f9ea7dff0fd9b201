"""Counting attempts in the shared cache, so a limit holds across all app servers.

A fixed window per period: simple, one atomic INCR in Redis per attempt. A person can use
up to twice the limit around a window's edge; for limits against abuse that is fine.
When the cache is unreachable the attempt is allowed (and the outage logged): readers
must not be locked out because Redis is.
"""

from __future__ import annotations

import time

from django.core.cache import cache


def hit(scope: str, who: object, *, limit: int, period: int) -> bool:
    """Count one attempt by ``who``; False when it exceeds ``limit`` in this period."""
    window = int(time.time() // period)
    key = f"ratelimit:{scope}:{who}:{window}"
    cache.add(key, 0, period + 60)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr, or the cache is unreachable
        return True
    return count is None or count <= limit
