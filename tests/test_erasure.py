"""Erasure leaves nothing: after an account is deleted, no table and no cache key holds the
person's name, address or words (AVG art. 17), whichever choice they made for their
published reflections. Crosses every part: accounts, reflections, papers, the outbox, the
official PDFs. On the memory cache (the tests' own) and on Redis, as in production, where
erasure cannot empty the whole cache and must find every key that may hold them."""

import contextlib
import gzip
import pickle
import subprocess
import zlib

import pytest
import redis
from django.apps import apps
from django.contrib.sessions.models import Session
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import models
from django.test import Client

from civcare.accounts.services import delete_account
from civcare.accounts.tests.factories import UserFactory, moderator
from civcare.core import documents
from civcare.settings import redis_caches
from papers import following
from papers.tests.factories import adopted_successor, build_paper
from reflections import moderation
from tests.servers import shared_redis_url

pytestmark = pytest.mark.django_db

# A database of the shared Redis (127.0.0.1:6379) that no other test uses, and a prefix of
# its own: the test empties it before and after.
REDIS_URL = shared_redis_url(2)

NAME = "Pieter Privéschuil"
EMAIL = "pieter.prive@example.org"
PUBLISHED = "Gepubliceerde tekst van Pieter over het netwerk rond zijn broer."
PENDING = "Wachtende tekst van Pieter die nog niemand las, over de woongroep."
REPORT = "Pieters eigen reden om deze reflectie te melden."
DRAFT = "Concept van Pieter, geschreven voordat hij inlogde, over de crisis."
CHANGE = "Een aanvulling van Pieter die nog wacht op de moderatie."


def readable(value, seen=None) -> str:
    """Every text a cached or stored value holds, however it is kept: pickled objects and
    their attributes, gzip and raw DEFLATE (compressed pages and their parts), PDFs (as a
    reader's PDF tool extracts their text)."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return ""
    seen.add(id(value))
    if isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        return text_of_bytes(bytes(value))
    if isinstance(value, dict):
        return " ".join(f"{readable(k, seen)} {readable(v, seen)}" for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return " ".join(readable(item, seen) for item in value)
    if hasattr(value, "__dict__"):
        return f"{value!s} {readable(vars(value), seen)}"
    return str(value)


def text_of_bytes(data: bytes) -> str:
    if data.startswith(b"%PDF"):
        result = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True,
                                check=True, timeout=60)  # fmt: skip
        return result.stdout.decode()
    texts = [data.decode("utf-8", "ignore")]
    if data.startswith(b"\x1f\x8b"):
        data = gzip.decompress(data)
    else:  # a part of a compressed page (civcare.core.compression.CompressedPart)
        with contextlib.suppress(zlib.error):
            data = zlib.decompressobj(-zlib.MAX_WBITS).decompress(data)
    texts.append(data.decode("utf-8", "ignore"))
    return " ".join(texts)


def texts_in_tables() -> list[tuple[str, str]]:
    """(table, text) for every text value of every row of every table (and the official
    PDFs kept in the database, as text)."""
    found = []
    for model in apps.get_models():
        fields = [
            f.attname
            for f in model._meta.concrete_fields
            if isinstance(f, models.CharField | models.TextField | models.JSONField
                          | models.BinaryField)
        ]  # fmt: skip
        for row in model.objects.values_list(*fields) if fields else []:
            found += [(model._meta.db_table, readable(value)) for value in row if value]
    for session in Session.objects.all():
        found.append(("django_session (decoded)", str(session.get_decoded())))
    return found


def texts_in_cache() -> list[tuple[str, str]]:
    """(key, value) of everything in the cache: the tests' local memory, or every key of the
    test's Redis database, each value read as the site reads it."""
    backend = caches["default"]
    if isinstance(backend, LocMemCache):
        return [(key, readable(pickle.loads(value))) for key, value in list(backend._cache.items())]
    client = backend.client.get_client()
    return [
        (key.decode(), readable(backend.client.decode(client.get(key))))
        for key in client.scan_iter(count=1000)
    ]


@pytest.fixture(params=["memory cache", "Redis"])
def cache_backend(request, settings):
    """The cache the site runs on: the memory of one process (erasure empties it whole), or
    Redis (it deletes what may hold the person, and renews the rest)."""
    if request.param == "Redis":
        try:
            redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping()
        except redis.RedisError:
            pytest.skip(f"needs Redis at {REDIS_URL} (CI starts it)")
        settings.CACHES = redis_caches(REDIS_URL, key_prefix="civcare-erasure-test")
        settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"  # as with Redis
        cache.clear()
    yield request.param
    cache.clear()


def holding(markers, places) -> list[str]:
    return sorted({f"{where}: {marker[:20]}…" for where, text in places for marker in markers
                   if marker in text})  # fmt: skip


@pytest.fixture
def person_everywhere(cache_backend, django_capture_on_commit_callbacks):
    version = build_paper(code="SHPP003-80", sections=2, groups=1, questions_per_group=2)
    mod = moderator()
    person = UserFactory(display_name=NAME, email=EMAIL)
    with django_capture_on_commit_callbacks(execute=True):
        published, _ = moderation.submit(
            version=version, author=person, perspective="relative", body=PUBLISHED
        )
        moderation.approve(published, by=mod)
        pending, _ = moderation.submit(
            version=version, author=person, perspective="relative", body=PENDING
        )
        other, _ = moderation.submit(
            version=version, author=UserFactory(), perspective="client",
            body="Een reflectie van iemand anders, die Pieter meldt.",
        )  # fmt: skip
        other = moderation.approve(other, by=mod)
        moderation.report(other, by=person, reason=REPORT)
        # A change to their published reflection still waiting for a moderator.
        moderation.edit(published, by=person, body=f"{PUBLISHED} {CHANGE}", perspective="client")
        following.follow(person, version.paper)
        following.notify(version, following.Step.CLOSED)  # an email to them, still in the outbox
    # The moderators' queue read while it waited, then revised by them: the queue's copy
    # of the text as it was is no longer the current one.
    moderating = Client()
    moderating.force_login(mod)
    moderating.get("/moderatie/")
    with django_capture_on_commit_callbacks(execute=True):
        moderation.edit(pending, by=person, body=f"{PENDING} Nog iets.", perspective="client")
    # A draft written before signing in on a second device, then signed in there.
    device = Client()
    device.post(
        f"/papers/{version.paper.code}/v{version.number}/reageren/",
        {"target": "paper", "perspective": "relative", "body": DRAFT, "is_anonymous": "naam"},
    )
    device.force_login(person)
    # Everything cached that shows them: the visitors' page, theirs, the moderation queue,
    # the list of reflections, the reflection's own page and its feed, search.
    visitor = Client()
    for url in [
        version.get_absolute_url(),
        f"/papers/{version.paper.code}/v{version.number}/reflecties/",
        f"/reflecties/{published.pk}/",
        f"/papers/{version.paper.code}/v{version.number}/feed/",
        "/zoeken/?q=broer",
    ]:
        assert visitor.get(url).status_code == 200, url
    device.get(version.get_absolute_url())
    moderating.get("/moderatie/")
    # Its consultation over (the next version adopted): the report, its charts and its PDF.
    adopted_successor(version)
    for url in [f"/papers/{version.paper.code}/v{version.number}/{page}/"
                for page in ("consultatieverslag", "analyse")]:  # fmt: skip
        assert visitor.get(url).status_code == 200, url
    documents.work(watch=True)
    report = f"/papers/{version.paper.code}/v{version.number}/consultatieverslag.pdf"
    assert NAME in text_of_bytes(visitor.get(report).content)
    markers = [NAME, EMAIL, PUBLISHED, PENDING, REPORT, DRAFT, CHANGE]
    assert holding([NAME, PENDING, PUBLISHED], texts_in_cache())  # the check sees them
    assert holding(markers, texts_in_tables())
    return person, version, other, device, markers


@pytest.mark.parametrize("keep_published", [False, True])
def test_erasure_leaves_no_trace_in_any_table_or_cache_key(
    person_everywhere, django_capture_on_commit_callbacks, keep_published
):
    person, _version, other, device, markers = person_everywhere
    with django_capture_on_commit_callbacks(execute=True):
        delete_account(person, keep_reflections=keep_published)
    if keep_published:
        markers.remove(PUBLISHED)  # they chose to leave it, as "Verwijderd account"
    assert holding(markers, texts_in_tables()) == []
    assert holding(markers, texts_in_cache()) == []
    # Their report no longer counts; their waiting change is out of the queue.
    from reflections.models import Reflection

    assert not Reflection.objects.awaiting_moderation().exists()
    other.refresh_from_db()
    assert other.report_count == 0
    # Signed out on the other device too.
    assert "/accounts/login/" in device.get("/mijn/account/").url


def test_an_editor_who_recorded_a_board_decision_can_delete_their_account(client):
    import datetime

    from civcare.accounts.tests.factories import editor
    from governance import transitions

    version = build_paper(code="SHPP003-81", sections=2, groups=1, questions_per_group=1)
    recorder, other_editor = editor(display_name="Redacteur Weg"), editor()
    transitions.close_consultation(version, by=recorder)
    draft = transitions.create_draft(version, by=recorder)
    transitions.record_decision(
        draft, by=recorder, decided_on=datetime.date(2026, 11, 20), reference="BB-9"
    )
    delete_account(recorder, keep_reflections=False)  # it was a 500 (a protected key)
    draft.refresh_from_db()
    assert draft.board_decision.reference == "BB-9" and draft.board_decision.recorded_by is None
    client.force_login(other_editor)
    page = client.get(f"/redactie/{draft.paper.code}/v{draft.number}/").content.decode()
    assert "vastgelegd door Verwijderd account" in page
