"""Project-wide pytest setup."""

import shutil
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parent / "artifacts" / "e2e"


def pytest_configure(config):
    # Once per run, by the process that starts it (with pytest-xdist, not a worker): a worker
    # clearing them could remove the pages another worker's audit had just written.
    if not hasattr(config, "workerinput"):
        shutil.rmtree(ARTIFACTS, ignore_errors=True)


def pytest_collection_modifyitems(config, items):
    from django.db import connection

    # A test that commits (a browser test's live server, the concurrency tests) empties the
    # database after it, the rows the migrations wrote included (the role groups, the
    # privacy statement). Run alone, pytest-django puts those tests last; on several workers
    # (pytest-xdist, a file's tests together) one can come first, and the tests after it on
    # that worker found no groups. The database's first contents are kept (Django's
    # serialized rollback) and put back after each such test (pytest_runtest_teardown).
    for item in items:
        marker = item.get_closest_marker("django_db")
        commits = {"live_server", "transactional_db"} & set(item.fixturenames) or (
            marker is not None and marker.kwargs.get("transaction")
        )
        if commits:
            item.empties_the_database = True
            if "django_db_serialized_rollback" not in item.fixturenames:
                item.fixturenames.append("django_db_serialized_rollback")

    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(
        reason="needs PostgreSQL (row locks, full-text search, or app servers sharing one "
        "database); set DATABASE_URL=postgres://… — CI runs these on PostgreSQL"
    )
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_teardown(item, nextitem):
    yield
    if not getattr(item, "empties_the_database", False):
        return
    from django.db import connections
    from pytest_django.plugin import blocking_manager_key

    # After the test's own teardown, which emptied the database: the rows the migrations
    # wrote, back for the tests that come after it on this worker (saving an object that
    # is there already updates it, so a later restore changes nothing).
    with item.config.stash[blocking_manager_key].unblock():
        for connection in connections.all(initialized_only=True):
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                connection.creation.deserialize_db_from_string(contents)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits and cached fragments live in the cache; each test starts clean. So does
    what a process remembers of the data (SQLite reuses the ids of rolled-back rows)."""
    from django.core.cache import cache

    from civcare.core.generations import recent_pages
    from reflections.selectors import paper_of_reflection

    cache.clear()
    recent_pages.clear()
    paper_of_reflection.cache_clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _dutch_to_begin_with():
    """Each test starts in the site's language. A request in English leaves English active in
    the thread (the locale middleware activates each request's language, as Django's own
    does, and a streamed response needs it after the middleware returns): in production the
    next request activates its own, in a test the next test would run in English."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _every_email_goes_through_the_outbox(settings):
    """As in production: EMAIL_BACKEND writes to the outbox (Django's test setup replaces it
    with locmem); delivering is what the periodic job does, into mail.outbox here."""
    settings.EMAIL_BACKEND = "civcare.core.mail.OutboxBackend"
    settings.MAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def delivered(mailoutbox, settings):
    """delivered() runs the outbox's delivery, as ``manage.py send_notifications`` does once
    the undo window of a decision has passed (``waited=False``: right now), and returns every
    email sent so far."""
    from civcare.core import mail
    from civcare.core.tests.outbox import wait_in_outbox

    def deliver(*, waited: bool = True) -> list:
        if waited:
            wait_in_outbox(settings.MODERATION_UNDO_MINUTES)
        mail.deliver()
        return mailoutbox

    return deliver
