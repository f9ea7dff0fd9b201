"""Project-wide pytest setup."""

import pytest


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
    """Rate limits and cached fragments live in the cache; each test starts clean."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _every_email_goes_through_the_outbox(settings):
    """As in production: EMAIL_BACKEND writes to the outbox (Django's test setup replaces it
    with locmem); delivering is what the periodic job does, into mail.outbox here."""
    settings.EMAIL_BACKEND = "civcare.core.mail.OutboxBackend"
    settings.MAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def delivered(mailoutbox):
    """delivered() runs the outbox's delivery, as ``manage.py send_notifications`` does, and
    returns every email sent so far."""
    from civcare.core import mail

    def deliver() -> list:
        mail.deliver()
        return mailoutbox

    return deliver
