"""The Redis cache backend, failing open when Redis is unreachable."""

from __future__ import annotations

from django_redis.cache import RedisCache, omit_exception


class FailOpenRedisCache(RedisCache):
    """django-redis with one difference: ``add`` answers True when Redis is unreachable.

    Every other call already turns a Redis outage into a miss (IGNORE_EXCEPTIONS). ``add``
    would answer None, and allauth's rate limiter takes its lock with ``add``: with Redis
    down it would wait a second and then refuse every sign-in with a 429. Failing open
    keeps people able to sign in during an outage (tests/test_faults.py); the outage is
    logged (civcare.core.log_filters.CacheOutage), and the limits count again once Redis is back.
    """

    @omit_exception(return_value=True)
    def add(self, *args, **kwargs):
        return self.client.add(*args, **kwargs)
