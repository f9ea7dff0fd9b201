"""Generations: cache counters that make every fragment keyed by them unreachable at once.

Every public version (and a few named scopes: "all", "roles", "own:<user>") has a generation
number in the cache. Rendered fragments and pages are keyed by it, so bumping the number
retires every cached copy at once. A generation that is missing (evicted, or Redis was
restarted) starts again from the clock, never from a number a stale fragment could still
carry. What the scopes mean is the apps' business; this module only counts.
"""

from __future__ import annotations

import contextvars
import hashlib
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

FRAGMENT_TTL = 60 * 60 * 24  # a day; a change makes a fragment unreachable long before that
GLOBAL = "all"
# A visitor with any of these cookies may see something personal: no whole-page cache.
# (civcare_primary: a visitor who just wrote reads the primary, not an older cached page.)
PERSONAL_COOKIES = {settings.SESSION_COOKIE_NAME, "messages", "civcare_primary"}


def _key(scope) -> str:
    return f"papers:generation:{scope}"


def digest_key(prefix: str, *parts) -> str:
    """A short cache key for parts that may hold any characters (paths, role lists)."""
    return f"{prefix}:{hashlib.sha1(repr(parts).encode()).hexdigest()}"


def cached_or_earlier(key: str, earlier: str, work: Callable[[], object], *,
                      earlier_ok: bool, still_valid: Callable[[object], bool] | None = None,
                      ttl: int = FRAGMENT_TTL) -> tuple[object, str]:  # fmt: skip
    """What is cached under ``key`` (worked out for the present state); else, with
    ``earlier_ok``, the last result worked out under ``earlier`` (the same thing for an
    earlier state), if it is younger than settings.EARLIER_RESULTS_SECONDS and
    ``still_valid`` says it may be shown: the background job is working out the present
    state, and a page shows the last rather than make its reader wait. Else ``work()``,
    cached under both (under ``earlier`` never over a newer result). Returns it and how it
    was found: "cached", "earlier" or "worked"."""
    found = cache.get(key)
    if found is not None:
        return found, "cached"
    if earlier_ok and settings.EARLIER_RESULTS_SECONDS > 0:
        last = cache.get(earlier)  # (when its work began, the result)
        if (last is not None and time.time() - last[0] < settings.EARLIER_RESULTS_SECONDS
                and (still_valid is None or still_valid(last[1]))):  # fmt: skip
            return last[1], "earlier"
    since, began = generation(GLOBAL), time.time()
    found = work()
    stored = {key: found}
    last = cache.get(earlier)
    if last is None or last[0] <= began:  # a slower worker's older state does not win
        stored[earlier] = (began, found)
    store_unless_forgotten(stored, ttl, since=since)
    return found, "worked"


def store_unless_forgotten(values: dict, ttl: int, *, since) -> None:
    """Cache ``values``, worked out from what was read under the global generation ``since``:
    if an erasure or a redaction renewed it meanwhile (forget_rendered_pages deleted the
    cache while the work ran), they are deleted again at once, not left where nothing reads
    them for ``ttl`` (they may hold the erased words)."""
    cache.set_many(values, ttl)
    if generation(GLOBAL) != since:
        cache.delete_many(list(values))


def due(key: str, seconds: float) -> bool:
    """Whether work named ``key`` may run now: at most once per ``seconds`` (shared by every
    process through the cache; always, with 0)."""
    if seconds <= 0:
        return True
    return cache.add(f"due:{key}", 1, seconds)


def generation(scope) -> int:
    key = _key(scope)
    value = cache.get(key)
    if value is None:
        cache.add(key, time.time_ns(), None)
        value = cache.get(key) or time.time_ns()
    return value


def generations(scopes: list) -> dict:
    """Several generations in one round trip (starting any that are missing)."""
    found = cache.get_many([_key(scope) for scope in scopes])
    current = {scope: found.get(_key(scope)) or generation(scope) for scope in scopes}
    _note_global(current)
    return current


def generations_with(scopes: list, keys: list[str]) -> tuple[dict, dict]:
    """The generations of ``scopes`` and the values of ``keys``, in one round trip."""
    wanted = [_key(scope) for scope in scopes]
    found = cache.get_many([*wanted, *keys])
    current = {scope: found.get(_key(scope)) or generation(scope) for scope in scopes}
    _note_global(current)
    return current, {key: found[key] for key in keys if key in found}


_seen_global: list = [None]


def _note_global(current: dict) -> None:
    """A new global generation empties this process's memories of pages and fragments: that
    is how forget_rendered_pages (erasure, a redaction) reaches every process, not only the
    one it ran in. (Their keys are unreachable anyway; this removes the copies.)"""
    value = current.get(GLOBAL)
    if value is not None and value != _seen_global[0]:
        if _seen_global[0] is not None:
            _forget_process_memories()
        _seen_global[0] = value


def bump_scope(scope: str) -> None:
    """Renew one named generation (e.g. "own:12", "roles")."""
    key = _key(scope)
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, time.time_ns(), None)


def bump_scopes(scopes) -> None:
    for scope in scopes:
        bump_scope(scope)


class _RecentPages:
    """The last few whole pages and page parts this process served, by their cache key.

    Every such key holds the generations of what the page shows, so an entry can never be
    stale: a change makes its key unreachable. Serving from here saves fetching and
    unpickling a page of a few hundred kB from Redis; the generations themselves come from
    the cache (mirrored in the process, civcare.core.cache.Mirror).
    """

    def __init__(self, size: int):
        self.size = size
        self._pages: OrderedDict[str, object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str):
        with self._lock:
            found = self._pages.get(key)
            if found is not None:
                self._pages.move_to_end(key)
            return found

    def get_many(self, keys) -> dict:
        with self._lock:
            found = {}
            for key in keys:
                if key in self._pages:
                    self._pages.move_to_end(key)
                    found[key] = self._pages[key]
            return found

    def clear(self) -> None:
        with self._lock:
            self._pages.clear()

    def forget(self, keys) -> None:
        with self._lock:
            for key in keys:
                self._pages.pop(key, None)

    def put(self, key: str, value) -> None:
        self.put_many({key: value})

    def put_many(self, values: dict) -> None:
        with self._lock:
            for key, value in values.items():
                self._pages[key] = value
                self._pages.move_to_end(key)
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)


# At most ~64 pages and parts of a few hundred kB each per worker process.
recent_pages = _RecentPages(size=64)
# Rendered list items (civcare.core.fragments), keyed by their content: a paper page shows
# a few hundred; about 2 kB each.
recent_fragments = _RecentPages(size=4000)


# The cache keys of rendered pages and page parts, as patterns; the parts that cache pages
# register theirs (register_rendered_pages), so erasure finds them without core naming them.
RENDERED_PAGE_PATTERNS: list[str] = []


def register_rendered_pages(*patterns: str) -> None:
    RENDERED_PAGE_PATTERNS.extend(p for p in patterns if p not in RENDERED_PAGE_PATTERNS)


# Copies of what pages show that are kept outside the cache (civcare.core.documents: the
# PDFs, in the database), forgotten with the pages.
_ALSO_FORGET: list[Callable[[], None]] = []


def also_forget(forget: Callable[[], None]) -> None:
    if forget not in _ALSO_FORGET:
        _ALSO_FORGET.append(forget)


# What a process keeps in its own memory of what pages show or texts say (the pages and
# fragments above; the similar pairs' MinHash signatures): emptied by forget_rendered_pages,
# in the erasing process at once and in the others when they notice the new global
# generation.
_PROCESS_MEMORIES: list[Callable[[], None]] = [recent_pages.clear, recent_fragments.clear]


def register_process_memory(forget: Callable[[], None]) -> None:
    if forget not in _PROCESS_MEMORIES:
        _PROCESS_MEMORIES.append(forget)


def _forget_process_memories() -> None:
    for forget in _PROCESS_MEMORIES:
        forget()


def forget_rendered_pages() -> None:
    """Delete every cached page and page part, not just make them unreachable: after an
    account is erased or a text redacted, no copy of the pages that showed it may stay in
    the cache, nor in any process's memory. Rare, so the cost of a cold cache for everyone
    is acceptable."""
    _forget_process_memories()
    if hasattr(cache, "delete_pattern"):  # Redis
        for pattern in RENDERED_PAGE_PATTERNS:
            cache.delete_pattern(pattern)
    else:  # one process's own memory: start it afresh
        cache.clear()
    for forget in _ALSO_FORGET:
        forget()
    bump_scope(GLOBAL)  # the other processes empty their memories on their next request


_preview = contextvars.ContextVar("civcare_rolled_back_preview", default=False)


@contextmanager
def rolled_back_preview():
    """Around work in a transaction that will be rolled back (the upload preview): saving its
    rows must not invalidate the cached pages of the whole site."""
    token = _preview.set(True)
    try:
        yield
    finally:
        _preview.reset(token)


def in_rolled_back_preview() -> bool:
    return _preview.get()
