"""Two independent gunicorn servers over the same PostgreSQL and Redis act as one site."""

from __future__ import annotations

import os
import re
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.sessions.backends.db import SessionStore
from django.core.management import call_command
from django.db import connection

from civcare.accounts import roles
from civcare.accounts.models import User
from reflections.models import Reflection
from tests import scenario
from tests.servers import AppServer, Client, production_env, shared_redis_url

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
REDIS_URL = shared_redis_url(0)
# The servers run production password hashers; the test suite hashes with MD5 for speed.
# A PBKDF2 hash with few iterations is valid for both and quick to check.
SERVER_HASH = PBKDF2PasswordHasher().encode(scenario.PASSWORD, "civcaresalt", iterations=1000)


def usable_on_the_servers() -> None:
    User.objects.update(password=SERVER_HASH)


def signed_in(user) -> Client:
    """A visitor with a session made directly in the shared database (no login round trip)."""
    user.refresh_from_db()
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "civcare.accounts.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    return Client(cookies={"sessionid": session.session_key})


def redis_available() -> bool:
    try:
        import redis

        client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5)
        client.flushdb()
        return True
    except Exception:
        return False


@pytest.fixture
def servers():
    if not redis_available():
        pytest.skip("needs Redis on 127.0.0.1:6379 (CI starts it)")
    db = connection.settings_dict
    database_url = (
        f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    )
    # Same SECRET_KEY as this process, so sessions made here are valid there.
    env = production_env(
        database_url, REDIS_URL, SECRET_KEY=settings.SECRET_KEY, REPORTS_PER_HOUR="2"
    )
    first, second = AppServer(env).start(), AppServer(env).start()
    yield first, second
    for server in (first, second):
        output = server.stop()
        if output.strip():
            print(f"--- server {server.port} ---\n{output[-3000:]}")


def test_two_app_servers_share_sessions_cache_rate_limits_and_data(servers):
    a, b = servers
    built = scenario.build(reflections=6)
    usable_on_the_servers()
    paper = "/papers/SHPP003-05/"

    # A session made on one server is valid on the other.
    reader = Client()
    assert reader.log_in(a.url, built.reader.email, scenario.PASSWORD).status == 302
    assert reader.session_cookie
    mine = reader.get(f"{b.url}/mijn/account/")
    assert mine.status == 200 and built.reader.display_name in mine.body

    # An approval through one server is shown by the other on the next request.
    assert "Deze reflectie wacht nog op de moderatie." not in Client().get(b.url + paper).body
    moderator = Client()
    moderator.log_in(a.url, built.moderator.email, scenario.PASSWORD)
    approved = moderator.post(
        f"{a.url}/moderatie/", {"approve": f"{built.pending.pk}:{built.pending.waiting_digest}"}
    )
    assert approved.status == 302
    assert "Deze reflectie wacht nog op de moderatie." in Client().get(b.url + paper).body

    # Rate limits count across both servers (allauth: 5 failures per address).
    attacker = Client()
    for server in (a, b, a, b, a):
        attacker.log_in(server.url, built.editor.email, "fout-wachtwoord-1")
    blocked = attacker.log_in(b.url, built.editor.email, scenario.PASSWORD)
    assert blocked.status == 200 and "Te veel mislukte" in blocked.body

    # So does ours for reports (2 an hour here): the third, on either server, is refused.
    others = Reflection.objects.filter(status="approved", parent=None).exclude(author=built.reader)[
        :3
    ]
    answers = [
        reader.post(f"{server.url}/reflecties/{reflection.pk}/melden/", {"reason": "Herleidbaar."})
        for server, reflection in zip((a, b, a), others, strict=True)
    ]
    assert [answer.status for answer in answers] == [302, 302, 200]
    assert "al 2 reflecties gemeld" in answers[2].body


def test_concurrent_posts_over_both_servers_lose_none_and_duplicate_none(servers):
    a, b = servers
    call_command("load_papers", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    roles.ensure_groups()
    people = [
        scenario.person(f"schrijver-{n}@example.org", f"Gelijktijdig {n}", "other")
        for n in range(100)
    ]
    usable_on_the_servers()
    sessions = {person.pk: signed_in(person) for person in people}

    posts = []
    for index, person in enumerate(people):
        for number in range(2):  # 200 different reflections
            body = f"Gelijktijdige reflectie {index}-{number} over het sociaal netwerk."
            # Each one is sent twice at once, once to each server: a double submit.
            posts += [(sessions[person.pk], a, body), (sessions[person.pk], b, body)]
    start = threading.Barrier(8)

    def send(item):
        client, server, body = item
        return client.post(
            f"{server.url}/papers/SHPP003-05/v0.9/reageren/",
            {
                "target": "paper",
                "perspective": "other",
                "body": body,
                "is_anonymous": "naam",
                "submit": "1",
            },
        )

    with ThreadPoolExecutor(max_workers=8, initializer=lambda: start.wait()) as pool:
        results = list(pool.map(send, posts))
    assert [r.status for r in results].count(302) == len(posts), {r.status for r in results}
    bodies = list(Reflection.objects.values_list("body", flat=True))
    assert len(bodies) == 200 and len(set(bodies)) == 200
    assert all(re.match(r"Gelijktijdige reflectie \d+-\d ", body) for body in bodies)
