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

    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(
        reason="needs PostgreSQL (row locks, full-text search, or app servers sharing one "
        "database); set DATABASE_URL=postgres://… — CI runs these on PostgreSQL"
    )
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


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
