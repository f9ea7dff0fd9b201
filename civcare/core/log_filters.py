"""Logging filters (settings.LOGGING)."""

from __future__ import annotations

import logging
import time


class CacheOutage(logging.Filter):
    """Turn django-redis' "Exception ignored" tracebacks into one warning per minute.

    With Redis down every cache call fails and is ignored (the site keeps serving from
    PostgreSQL); a traceback per call would bury the log. One plain warning a minute per
    process tells the operator what is wrong and that it is still wrong.
    """

    interval = 60.0

    def __init__(self, name: str = ""):
        super().__init__(name)
        self._last = -self.interval

    def filter(self, record: logging.LogRecord) -> bool:
        now = time.monotonic()
        if now - self._last < self.interval:
            return False
        self._last = now
        cause = record.exc_info[1] if record.exc_info else None
        while cause is not None and cause.__cause__ is not None:
            cause = cause.__cause__
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.msg = "Redis is unreachable; serving without cache (%s)"
        record.args = (cause or "unknown error",)
        record.exc_info = record.exc_text = None
        return True
