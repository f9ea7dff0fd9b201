"""With DATABASE_REPLICA_URL, visitors read from the replica and signed-in people from the primary.

The "replica" is a copy of the test database in which one title differs, so the page
itself shows which database answered.
"""

from __future__ import annotations

import os

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection

from civcare.accounts import roles
from tests import scenario
from tests.servers import AppServer, Client, production_env
from tests.test_two_servers import signed_in, usable_on_the_servers

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
HISTORY = "/papers/SHPP003-05/geschiedenis/"
PRIMARY_TITLE = "Herstel van het sociaal netwerk"
REPLICA_TITLE = "Zoals de replica het kent"


@pytest.fixture
def replica_url():
    db = connection.settings_dict
    server = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    name = f"{db['NAME']}_replica"
    # CREATE DATABASE … TEMPLATE needs the source without connections, pooled ones included.
    connection.close()
    if connection.settings_dict["OPTIONS"].get("pool"):
        connection.close_pool()
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        # Idle connections left by earlier tests' threads (live server) would block the copy.
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
            [db["NAME"]],
        )
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{db["NAME"]}"')
    with psycopg.connect(f"{server}/{name}", autocommit=True) as replica:
        replica.execute(
            "UPDATE papers_paper SET title = %s WHERE code = 'SHPP003-05'", [REPLICA_TITLE]
        )
    yield f"{server}/{name}", f"{server}/{db['NAME']}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def world():
    call_command("load_papers", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    roles.ensure_groups()
    reader = scenario.person("lezer@example.org", "Lezer Lotte")
    usable_on_the_servers()
    return reader


def test_visitors_read_from_the_replica_and_signed_in_people_from_the_primary(world, replica_url):
    replica, primary = replica_url
    server = AppServer(production_env(primary, None, DATABASE_REPLICA_URL=replica)).start()
    try:
        visitor = Client().get(server.url + HISTORY)
        assert visitor.status == 200
        assert REPLICA_TITLE in visitor.body

        reader = signed_in(world)
        page = reader.get(server.url + HISTORY)
        assert page.status == 200
        assert PRIMARY_TITLE in page.body and REPLICA_TITLE not in page.body

        # Signing in is a POST: it reads and writes the primary.
        person = Client()
        assert person.log_in(server.url, world.email, scenario.PASSWORD).status == 302
        assert REPLICA_TITLE not in person.get(server.url + HISTORY).body
    finally:
        server.stop()


def test_a_visitor_who_just_wrote_reads_the_primary(world, replica_url):
    replica, primary = replica_url
    server = AppServer(production_env(primary, None, DATABASE_REPLICA_URL=replica)).start()
    try:
        visitor = Client()
        assert REPLICA_TITLE in visitor.get(server.url + HISTORY).body
        # A write without signing in: the one-click unsubscribe of an email link.
        visitor.post(server.url + "/papers/afmelden/onbekend/", {})
        page = visitor.get(server.url + HISTORY).body
        assert PRIMARY_TITLE in page and REPLICA_TITLE not in page
        assert REPLICA_TITLE in Client().get(server.url + HISTORY).body  # others: replica
    finally:
        server.stop()
