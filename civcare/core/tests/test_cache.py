"""The Redis cache backend's mirror (civcare.core.cache): small values served from the
process, never older than what Redis holds. Against a real Redis (CI has one on
127.0.0.1:6379); another app server is played by a plain Redis client writing the keys."""

from __future__ import annotations

import socket
import time

import pytest
import redis

from civcare.core import cache as cache_module
from civcare.core.cache import MirroredRedisCache
from tests.servers import shared_redis_url

URL = shared_redis_url(1)


def redis_available() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


pytestmark = [
    pytest.mark.skipif(
        not redis_available(), reason="needs Redis on 127.0.0.1:6379 (CI starts one)"
    ),
]


@pytest.fixture
def other_server():
    """What another app server does to the same Redis."""
    client = redis.Redis.from_url(URL)
    client.flushdb()
    yield client
    client.flushdb()
    client.close()


@pytest.fixture
def site_cache(other_server):
    cache_module._mirrors.clear()
    backend = MirroredRedisCache(URL, {"OPTIONS": {"IGNORE_EXCEPTIONS": True}})
    yield backend
    cache_module._mirrors.clear()


def mget_calls(client: redis.Redis) -> int:
    return client.info("commandstats").get("cmdstat_mget", {}).get("calls", 0)


def written_by_other(client, backend, key, value):
    client.set(backend.client.make_key(key), backend.client.encode(value))


def seen(read, expected):
    """What ``read()`` gives once the invalidation of another server's write has arrived.
    Redis sends it to the tracking connection while executing the write; a visitor's next
    request reaches this process a network round trip after the writer's answer. Here the
    writer is in the same process, so the reader is allowed that moment (0.5 s at most; on
    a loaded machine the loopback delivery once lagged the writer's answer, CI 7 Dec)."""
    deadline = time.monotonic() + 0.5
    while read() != expected and time.monotonic() < deadline:
        time.sleep(0.01)
    return read()


def test_a_value_read_once_is_served_without_asking_redis(site_cache, other_server):
    site_cache.set("papers:generation:all", 7)
    assert site_cache.get("papers:generation:all") == 7
    before = mget_calls(other_server)
    for _ in range(20):
        assert site_cache.get("papers:generation:all") == 7
    assert mget_calls(other_server) == before


def test_a_change_by_another_server_is_seen_on_the_next_read(site_cache, other_server):
    site_cache.set("papers:generation:paper:SHPP003-05", 1)
    assert site_cache.get("papers:generation:paper:SHPP003-05") == 1
    key = "papers:generation:paper:SHPP003-05"
    other_server.incr(site_cache.client.make_key(key))
    assert seen(lambda: site_cache.get(key), 2) == 2
    written_by_other(other_server, site_cache, key, 40)
    assert seen(lambda: site_cache.get_many([key]), {key: 40}) == {key: 40}


def test_deleted_expired_and_flushed_keys_are_gone(site_cache, other_server):
    site_cache.set_many({"a": "één", "b": {"rollen": ["moderatie"]}, "c": 3})
    assert site_cache.get_many(["a", "b", "c"]) == {
        "a": "één",
        "b": {"rollen": ["moderatie"]},
        "c": 3,
    }
    other_server.delete(site_cache.client.make_key("a"))
    assert seen(lambda: site_cache.get("a", "weg"), "weg") == "weg"
    other_server.pexpire(site_cache.client.make_key("b"), 1)
    time.sleep(0.05)
    assert site_cache.get("b") is None
    other_server.flushdb()
    # A flush reaches the tracking connection as one message that Redis may send in the same
    # write cycle as the flusher's answer; a visitor's next request comes a network round
    # trip later. Here the reader is the same process, so allow it that moment.
    deadline = time.monotonic() + 0.5
    while site_cache.get_many(["c"]) != {} and time.monotonic() < deadline:
        time.sleep(0.01)
    assert site_cache.get_many(["c"]) == {}


def test_a_missing_key_written_later_is_seen(site_cache, other_server):
    assert site_cache.get("sessie") is None  # the absence is mirrored too
    written_by_other(other_server, site_cache, "sessie", {"_auth_user_id": "12"})
    session = {"_auth_user_id": "12"}
    assert seen(lambda: site_cache.get("sessie"), session) == session


def test_own_writes_are_read_back_at_once(site_cache):
    for n in range(50):
        site_cache.set("teller", n)
        assert site_cache.get("teller") == n
        site_cache.incr("teller")
        assert site_cache.get("teller") == n + 1
    site_cache.delete("teller")
    assert site_cache.get("teller") is None


def test_mirrored_values_are_copies(site_cache):
    site_cache.set("sessie", {"berichten": []})
    site_cache.get("sessie")["berichten"].append("gewijzigd door een view")
    assert site_cache.get("sessie") == {"berichten": []}


def test_a_lost_connection_drops_the_mirror(site_cache, other_server):
    site_cache.set("papers:generation:all", 1)
    assert site_cache.get("papers:generation:all") == 1
    # Redis forgets whom it tracked; a change made meanwhile must still be seen.
    host, port = site_cache.mirror._connection._sock.getsockname()[:2]
    other_server.client_kill_filter(addr=f"{host}:{port}")
    written_by_other(other_server, site_cache, "papers:generation:all", 2)
    assert seen(lambda: site_cache.get("papers:generation:all"), 2) == 2
    time.sleep(cache_module.CONFIRM_AFTER + 0.1)  # the mirror connects again after a pause
    written_by_other(other_server, site_cache, "papers:generation:all", 3)
    assert seen(lambda: site_cache.get("papers:generation:all"), 3) == 3


def test_large_values_are_read_but_not_kept(site_cache, other_server):
    page = "x" * (cache_module.MAX_VALUE_BYTES + 1)
    site_cache.set("pagina", page)
    before = mget_calls(other_server)
    assert site_cache.get("pagina") == page
    assert site_cache.get("pagina") == page
    assert mget_calls(other_server) == before + 2
    assert site_cache.mirror.size < 1000


def test_the_mirror_stays_within_its_size(site_cache, monkeypatch):
    monkeypatch.setattr(cache_module, "MAX_BYTES", 10_000)
    for n in range(200):
        site_cache.set(f"sleutel:{n}", "w" * 500)
        site_cache.get(f"sleutel:{n}")
    assert site_cache.mirror.size <= 10_000
    assert site_cache.get("sleutel:0") == "w" * 500  # evicted here, still in Redis


def test_redis_unreachable_is_a_miss_not_an_error():
    cache_module._mirrors.clear()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    unreachable = MirroredRedisCache(
        f"redis://127.0.0.1:{port}/0",
        {"OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2}},
    )
    assert unreachable.get("papers:generation:all", "standaard") == "standaard"
    assert unreachable.get_many(["a", "b"]) == {}
    cache_module._mirrors.clear()
