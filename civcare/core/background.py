"""Work the background job does between its deliveries (``manage.py send_notifications``),
registered by the apps above core, which core cannot import: each task does a slice of what
is waiting and returns how much it did, so the mail never waits long for it."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from django.conf import settings
from django.db import close_old_connections, connections

logger = logging.getLogger(__name__)

TASKS: list[Callable[[], int]] = []


def task(work: Callable[[], int]) -> Callable[[], int]:
    TASKS.append(work)
    return work


def each(works: list[Callable[[], int]], failed: str) -> int:
    """Call every one of ``works`` and add up what they did; one that fails is logged (with
    ``failed``) and must stop neither the others nor the job's mail and PDFs."""
    done = 0
    for work in works:
        try:
            done += work()
        except Exception:
            logger.exception("%s: %s", failed, work.__qualname__)
    return done


# Work that only fills a store or a cache for later — the texts' vectors, the editors'
# groups and clusters worked out ahead — runs in one thread of the job at a lower priority
# (BACKGROUND_NICENESS; on Linux a priority is a thread's, and the threads started from it,
# such as the embedding engine's, inherit it): on a machine shared with the app servers the
# requests come first and this work takes what they leave (bench/run --embeddings measures
# posting and approving beside it). The job's mail and the PDFs a reader waits for keep
# their priority.
_yielding: ThreadPoolExecutor | None = None
_yielding_lock = threading.Lock()
_here = threading.local()


def yielding(function: Callable, *args):
    """``function(*args)`` in the job's low-priority thread, waited for; in the calling thread
    when no priority is to be lowered (BACKGROUND_NICENESS 0) or when called from that thread
    itself."""
    return start_yielding(function, *args).result()


def start_yielding(function: Callable, *args) -> Future:
    """``function(*args)`` started in the job's low-priority thread, not waited for (its
    Future); run at once in the calling thread where ``yielding`` would."""
    global _yielding
    if not settings.BACKGROUND_NICENESS or getattr(_here, "yielding", False):
        done: Future = Future()
        try:
            done.set_result(function(*args))
        except Exception as error:
            done.set_exception(error)
        return done
    with _yielding_lock:
        if _yielding is None:
            _yielding = ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="yielding", initializer=_lower_priority
            )
    return _yielding.submit(_with_connection, function, *args)


def _lower_priority() -> None:
    _here.yielding = True
    wanted = settings.BACKGROUND_NICENESS
    with contextlib.suppress(OSError):
        native = threading.get_native_id()
        if wanted > os.getpriority(os.PRIO_PROCESS, native):
            os.setpriority(os.PRIO_PROCESS, native, wanted)


def _with_connection(function: Callable, *args):
    """The thread has database connections of its own: checked before (one broken since is
    replaced) and closed after (a connection per round costs milliseconds; one left open in
    an idle thread would hold a PostgreSQL backend, and keep a test database from being
    dropped)."""
    close_old_connections()
    try:
        return function(*args)
    finally:
        connections.close_all()


def run(*, seconds: float = 0.0) -> int:
    """One slice of every task; with ``seconds``, slices until nothing is left or the time is
    up (the job run once a minute by cron). Returns how much was done."""
    done = 0
    until = time.monotonic() + seconds
    while True:
        this_round = each(TASKS, "Background task failed")
        done += this_round
        if not this_round or time.monotonic() >= until:
            return done
