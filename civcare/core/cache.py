"""The Redis cache backend: failing open when Redis is unreachable, and mirroring small values
in each process, kept current by Redis itself (client-side caching).

Almost every request reads a few small, rarely changing values: the generations every cached
page is keyed on, the session, the signed-in person and their roles. Asking Redis for them
costs a network round trip each, more than serving a cached page costs otherwise. Redis can
tell a client when a key it read has changed (``CLIENT TRACKING``, RESP3 push messages): each
process keeps the small values it read, and drops one the moment Redis says it changed. Before
a value is served from the mirror, the invalidations Redis has sent are read (one poll of the
socket, no round trip).

How current a mirrored value is: Redis writes the invalidation to every tracking connection
while it executes the write, before the writer goes on. The next request of a visitor reaches
another process after the writer's answer went back over the network, long after the
invalidation arrived there; a process's own writes forget their keys at once. When the
connection breaks or Redis restarts, the whole mirror is dropped (invalidations may have been
missed), and a connection that has been silent for a second is checked with a PING before
anything is served from it, so a Redis host that vanished without closing the connection
costs at most that second.

redis-py's own client-side cache needs Redis 7.4 (Debian 12 ships 7.0, which has tracking):
hence this small mirror over redis-py's connection and RESP3 parser.
"""

from __future__ import annotations

import logging
import os
import select
import threading
import time
from collections import OrderedDict

from django_redis.cache import RedisCache, omit_exception
from redis import Connection, RedisError
from redis._parsers import _RESP3Parser
from redis.connection import parse_url
from redis.exceptions import ConnectionError as RedisConnectionError

logger = logging.getLogger(__name__)

# Values larger than this are not kept (whole pages have their own per-process memory,
# civcare.core.generations.recent_pages); the mirror of one process stays below MAX_BYTES.
MAX_VALUE_BYTES = 16 * 1024
MAX_BYTES = 8 * 1024 * 1024
# A connection that has said nothing for this long is asked for a PING before its mirror
# is trusted again; a broken connection is retried after the same pause.
CONFIRM_AFTER = 1.0


class Mirror:
    """Small raw values of one Redis database, as this process last read them, dropped the
    moment Redis reports a change. One per process and server (shared by its threads)."""

    def __init__(self, url: str, *, timeout: float = 0.5):
        self.settings = {
            **parse_url(url),
            "protocol": 3,
            "parser_class": _RESP3Parser,
            "socket_timeout": timeout,
            "socket_connect_timeout": timeout,
        }
        self.values: OrderedDict[bytes, bytes | None] = OrderedDict()
        self.size = 0
        self._lock = threading.RLock()
        self._connection: Connection | None = None
        self._pid = os.getpid()
        self._confirmed_at = 0.0
        self._retry_at = 0.0
        self._poller = select.poll()
        self._polled = None  # the socket the poller watches

    def get_many(self, keys: list[str]) -> dict[str, bytes | None] | None:
        """The raw value of each key (None: Redis holds no such key), or None when Redis
        cannot be asked right now (the caller then takes its ordinary path)."""
        with self._lock:
            connection = self._ready()
            if connection is None:
                return None
            try:
                self._read_invalidations(connection)
                found: dict[str, bytes | None] = {}
                missing = []
                for key in keys:
                    name = key.encode()
                    if name in self.values:
                        self.values.move_to_end(name)
                        found[key] = self.values[name]
                    else:
                        missing.append(key)
                if missing:
                    # Reading a key through this connection is what makes Redis track it.
                    # An invalidation that comes before the answer is handled while reading
                    # it; one for a later change comes after, and is read before next use.
                    connection.send_command("MGET", *missing)
                    for key, value in zip(missing, connection.read_response(), strict=True):
                        found[key] = value
                        self._keep(key.encode(), value)
                    self._confirmed_at = time.monotonic()
                return found
            except (RedisError, OSError, ValueError) as error:
                self._broken(error)
                return None

    def forget(self, keys) -> None:
        """This process changed these keys: never serve the old values, not even during the
        moment before Redis's invalidation arrives."""
        with self._lock:
            for key in keys:
                self._drop(key.encode() if isinstance(key, str) else key)

    def forget_all(self) -> None:
        with self._lock:
            self.values.clear()
            self.size = 0

    # -- inside the lock -----------------------------------------------------------------

    def _ready(self) -> Connection | None:
        if self._pid != os.getpid():  # a forked child: the parent's socket is not ours
            self._pid, self._connection = os.getpid(), None
            self.forget_all()
        now = time.monotonic()
        if self._connection is None:
            if now < self._retry_at:
                return None
            try:
                connection = Connection(**self.settings)
                connection.register_connect_callback(self._on_connect)
                connection.connect()
            except (RedisError, OSError) as error:
                self._broken(error)
                return None
            self._connection, self._confirmed_at = connection, now
        elif now - self._confirmed_at > CONFIRM_AFTER:
            try:
                self._read_invalidations(self._connection)
                self._connection.send_command("PING")
                self._connection.read_response()
            except (RedisError, OSError) as error:
                self._broken(error)
                return None
            self._confirmed_at = now
        return self._connection

    def _on_connect(self, connection: Connection) -> None:
        # On every (re)connection: what was read before may have changed unseen.
        self.forget_all()
        connection.send_command("CLIENT", "TRACKING", "ON")
        connection.read_response()
        connection._parser.set_invalidation_push_handler(self._invalidated)

    def _read_invalidations(self, connection: Connection) -> None:
        while self._pending(connection):
            connection.read_response(push_request=True)

    def _pending(self, connection: Connection) -> bool:
        """Whether Redis has sent something: bytes the parser already holds, or bytes (or
        the end of the connection) waiting on the socket. One poll(2) with no timeout;
        redis-py's can_read() costs four system calls and an exception (a third of what
        a cached page costs to serve)."""
        sock = connection._sock
        if sock is None:  # redis-py dropped it after an error
            raise RedisConnectionError("the tracking connection is closed")
        buffered = connection._parser._buffer
        if buffered is not None and buffered.unread_bytes():
            return True
        if self._polled is not sock:
            self._poller, self._polled = select.poll(), sock
            self._poller.register(sock, select.POLLIN | select.POLLPRI)
        return bool(self._poller.poll(0))

    def _invalidated(self, message: list) -> None:
        names = message[1]
        if names is None:  # FLUSHDB or FLUSHALL
            self.forget_all()
            return
        for name in names:
            self._drop(name)

    def _keep(self, name: bytes, value: bytes | None) -> None:
        self._drop(name)
        cost = len(name) + (len(value) if value is not None else 0)
        if value is not None and len(value) > MAX_VALUE_BYTES:
            return
        self.values[name] = value
        self.size += cost
        while self.size > MAX_BYTES:
            old_name, old_value = self.values.popitem(last=False)
            self.size -= len(old_name) + (len(old_value) if old_value is not None else 0)

    def _drop(self, name: bytes) -> None:
        if name in self.values:
            value = self.values.pop(name)
            self.size -= len(name) + (len(value) if value is not None else 0)

    def _broken(self, error: Exception) -> None:
        logger.debug("Cache mirror disconnected: %s", error)
        self.forget_all()
        if self._connection is not None:
            self._connection.disconnect()
        self._connection = None
        self._retry_at = time.monotonic() + CONFIRM_AFTER


_mirrors: dict[str, Mirror] = {}
_mirrors_lock = threading.Lock()


def mirror_for(url: str) -> Mirror:
    """The process's mirror of the Redis database at ``url`` (Django makes a cache backend
    per thread; the mirror and its connection are shared)."""
    with _mirrors_lock:
        if url not in _mirrors:
            _mirrors[url] = Mirror(url)
        return _mirrors[url]


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


class MirroredRedisCache(FailOpenRedisCache):
    """FailOpenRedisCache whose reads are answered from the process's Mirror when they can be.

    Reads fall back to django-redis when the mirror cannot reach Redis (which then fails
    open as before). Every write also forgets its keys in this process's mirror.
    """

    def __init__(self, server, params):
        super().__init__(server, params)
        location = server if isinstance(server, str) else server[0]
        self.mirror = mirror_for(location.split(",")[0])

    def get(self, key, default=None, version=None, client=None):
        if client is not None:
            return super().get(key, default, version, client)
        name = self.client.make_key(key, version=version)
        found = self.mirror.get_many([name])
        if found is None:
            return super().get(key, default, version)
        value = found[name]
        return default if value is None else self.client.decode(value)

    def get_many(self, keys, version=None, client=None):
        if client is not None or not keys:
            return super().get_many(keys, version=version, client=client)
        names = {self.client.make_key(key, version=version): key for key in keys}
        found = self.mirror.get_many(list(names))
        if found is None:
            return super().get_many(keys, version=version)
        return {
            names[name]: self.client.decode(value)
            for name, value in found.items()
            if value is not None
        }

    def _forget(self, keys, version=None) -> None:
        self.mirror.forget(self.client.make_key(key, version=version) for key in keys)

    # Each write forgets its keys after writing: until then, Redis still holds the old value.
    def set(self, key, *args, version=None, **kwargs):
        try:
            return super().set(key, *args, version=version, **kwargs)
        finally:
            self._forget([key], version)

    def add(self, key, *args, version=None, **kwargs):
        try:
            return super().add(key, *args, version=version, **kwargs)
        finally:
            self._forget([key], version)

    def set_many(self, data, *args, version=None, **kwargs):
        try:
            return super().set_many(data, *args, version=version, **kwargs)
        finally:
            self._forget(list(data), version)

    def delete(self, key, *args, version=None, **kwargs):
        try:
            return super().delete(key, *args, version=version, **kwargs)
        finally:
            self._forget([key], version)

    def delete_many(self, keys, *args, version=None, **kwargs):
        keys = list(keys)
        try:
            return super().delete_many(keys, *args, version=version, **kwargs)
        finally:
            self._forget(keys, version)

    def incr(self, key, *args, version=None, **kwargs):
        try:
            return super().incr(key, *args, version=version, **kwargs)
        finally:
            self._forget([key], version)

    def decr(self, key, *args, version=None, **kwargs):
        try:
            return super().decr(key, *args, version=version, **kwargs)
        finally:
            self._forget([key], version)

    def touch(self, key, *args, version=None, **kwargs):
        try:
            return super().touch(key, *args, version=version, **kwargs)
        finally:
            self._forget([key], version)

    def delete_pattern(self, *args, **kwargs):
        try:
            return super().delete_pattern(*args, **kwargs)
        finally:
            self.mirror.forget_all()

    def clear(self):
        try:
            return super().clear()
        finally:
            self.mirror.forget_all()
