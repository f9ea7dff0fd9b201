"""Faults under a running production server: PostgreSQL stopped, Redis stopped.

Nothing is mocked: the test starts a PostgreSQL and a Redis of its own, a gunicorn with the
production settings over them, and really stops and starts the servers underneath it.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from tests.servers import (
    BASE_DIR,
    AppServer,
    Client,
    OwnPostgres,
    OwnRedis,
    production_env,
    text_of,
    worker_pids,
)

pytestmark = pytest.mark.postgres

EMAIL, PASSWORD = "schrijver@example.org", "een-lang-wachtwoord-42"
PAPER = "/papers/SHPP003-05/"
COMPOSE = "/papers/SHPP003-05/v0.9/reageren/"
UNCACHED = "/papers/SHPP003-05/geschiedenis/"
TEXT = "Mijn <reflectie> over het netwerk, geschreven terwijl de database weg was."

CREATE_WRITER = f"""
from allauth.account.models import EmailAddress
from civcare.accounts.models import User
user = User.objects.create_user(
    "{EMAIL}", "{PASSWORD}", display_name="Schrijver", perspective="client"
)
EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
"""


def manage(env: dict, *args: str) -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, timeout=300,
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]


@pytest.fixture(scope="module")
def stack():
    postgres, redis = OwnPostgres(), OwnRedis()
    try:
        postgres.create()
        redis.start()
        # A long reconnection chain, so that recovery after PostgreSQL returns does not
        # depend on the pool's own next attempt (see civcare.core.postgresql).
        env = production_env(
            postgres.url, redis.url,
            DATABASE_POOL_TIMEOUT="1", DATABASE_POOL_RECONNECT_TIMEOUT="120",
        )  # fmt: skip
        manage(env, "migrate", "--noinput")
        manage(env, "load_papers")
        manage(env, "shell", "-c", CREATE_WRITER)
        server = AppServer(env).start()
        try:
            yield postgres, redis, server
        finally:
            print(server.stop()[-4000:])
    finally:
        redis.stop()
        postgres.destroy()


def wait_for(check, seconds: float = 15) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.25)
    return False


def test_postgresql_stopped_and_back(stack):
    postgres, _redis, server = stack
    writer = Client()
    assert writer.log_in(server.url, EMAIL, PASSWORD).status == 302
    assert writer.get(server.url + COMPOSE).status == 200
    assert Client().get(server.url + PAPER).status == 200
    processes = worker_pids(server)

    postgres.stop()
    try:
        health = Client().get(server.url + "/healthz")
        assert health.status == 503 and health.elapsed < 2, (health.status, health.elapsed)

        page = Client().get(server.url + UNCACHED)
        assert page.status == 503
        assert "Het platform is even niet bereikbaar" in page.body
        assert "Traceback" not in page.body and "OperationalError" not in page.body

        # A reflection sent now is not saved, and the writer gets the text back.
        sent = writer.post(
            server.url + COMPOSE,
            {"target": "paper", "perspective": "client", "body": TEXT, "is_anonymous": "naam"},
        )
        assert sent.status == 503
        assert "Uw reflectie is niet opgeslagen" in sent.body
        assert "Mijn &lt;reflectie&gt; over het netwerk" in sent.body  # escaped, intact

        # Visitors still read the paper: it is served from the shared cache.
        assert Client().get(server.url + PAPER).status == 200
    finally:
        postgres.start()

    # The same processes serve again, without a restart: once /healthz says the database is
    # back, a worker whose pool still waits out its reconnection delay takes a fresh pool
    # instead of refusing the request (civcare.core.postgresql).
    assert wait_for(lambda: Client().get(server.url + "/healthz").status == 200)
    answers = [Client().get(server.url + UNCACHED).status for _ in range(4 * server.workers)]
    assert answers == [200] * len(answers), (answers, server.stop()[-6000:])
    sent = writer.post(
        server.url + COMPOSE,
        {"target": "paper", "perspective": "client", "body": TEXT, "is_anonymous": "naam"},
    )
    assert sent.status == 302 and sent.location.endswith("/mijn/reflecties/")
    assert worker_pids(server) == processes


def test_redis_stopped(stack):
    _postgres, redis, server = stack
    reader = Client()
    assert reader.log_in(server.url, EMAIL, PASSWORD).status == 302
    processes = worker_pids(server)

    redis.stop()
    try:
        for url in (PAPER, UNCACHED, "/", "/healthz"):
            response = Client().get(server.url + url)
            assert response.status == 200, url
        # The session is also in PostgreSQL (cached_db): signed-in people stay signed in.
        mine = reader.get(server.url + "/mijn/reflecties/")
        assert mine.status == 200 and "Schrijver" in text_of(mine.body)
        # A new sign-in works too (allauth's rate limit counts in the cache: a miss).
        assert Client().log_in(server.url, EMAIL, PASSWORD).status == 302
    finally:
        redis.start()
    assert wait_for(lambda: Client().get(server.url + PAPER).status == 200)
    assert worker_pids(server) == processes
    log = server.stop()
    server.start()  # for any test after this one
    assert "WARNING civcare.core.cache: Redis is unreachable" in log
    assert "Traceback" not in log
