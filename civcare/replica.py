"""Visitors' reads from a PostgreSQL read replica (DATABASE_REPLICA_URL), when there is one.

Anonymous visitors are most of the traffic and never write; their GET and HEAD requests
read from the replica. Everyone signed in, and every POST, uses the primary, so nobody
ever misses their own change because of replication lag.
"""

from __future__ import annotations

from contextvars import ContextVar

from django.conf import settings

REPLICA = "replica"

_visitor_reading: ContextVar[bool] = ContextVar("visitor_reading", default=False)


class ReplicaMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        visitor = (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        )
        token = _visitor_reading.set(visitor)
        try:
            return self.get_response(request)
        finally:
            _visitor_reading.reset(token)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        return REPLICA if _visitor_reading.get() else None

    def db_for_write(self, model, **hints):
        return None  # always the primary

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the same data, wherever it was read

    def allow_migrate(self, db, app_label, **hints):
        return db != REPLICA
