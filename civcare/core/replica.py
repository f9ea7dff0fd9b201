"""Visitors' reads from a PostgreSQL read replica (DATABASE_REPLICA_URL), when there is one.

Anonymous visitors are most of the traffic and never write; their GET and HEAD requests
read from the replica. Everyone signed in, and every POST, uses the primary, so nobody
ever misses their own change because of replication lag. A visitor who just wrote
something without signing in (unsubscribed through the link in an email) gets a cookie
that keeps their browser on the primary for REPLICA_STICKY_SECONDS: the page they are
redirected to shows their change, not the replica's older state.
"""

from __future__ import annotations

from contextvars import ContextVar

from django.conf import settings

REPLICA = "replica"
PRIMARY_COOKIE = "civcare_primary"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")

_visitor_reading: ContextVar[bool] = ContextVar("visitor_reading", default=False)


class ReplicaMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        visitor = (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and PRIMARY_COOKIE not in request.COOKIES
        )
        token = _visitor_reading.set(visitor)
        try:
            response = self.get_response(request)
        finally:
            _visitor_reading.reset(token)
        if request.method not in SAFE_METHODS:
            response.set_cookie(
                PRIMARY_COOKIE,
                "1",
                max_age=settings.REPLICA_STICKY_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        return REPLICA if _visitor_reading.get() else None

    def db_for_write(self, model, **hints):
        return None  # always the primary

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the same data, wherever it was read

    def allow_migrate(self, db, app_label, **hints):
        return db != REPLICA
