"""Work the background job does between its deliveries (``manage.py send_notifications``),
registered by the apps above core, which core cannot import: each task does a slice of what
is waiting and returns how much it did, so the mail never waits long for it."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

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
