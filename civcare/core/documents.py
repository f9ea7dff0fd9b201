"""Documents rendered ahead of the request (the official PDFs), one render at a time.

A consultation report's PDF takes seconds to render (2.7 s at 40 reflections, 8 s at 100,
about 80 s expected at 1,000). Rendered in the request, every change to a paper followed by
a request cost a render, and two requests at once cost two. Now:

- each document (a kind, a subject such as a version's id, a language) is a row in the
  database (civcare.core.models.Document): its content as last rendered, and the *state* of
  the data it shows (a digest the kind computes from the generations it depends on,
  civcare.core.generations), and the state a request or a change asked for (``wanted``);
- a request serves the stored content when its state is the current one. Otherwise it asks
  for it, waits DOCUMENT_WAIT_SECONDS for it, and then answers that the document is being
  made (NotReady: a 503 with Retry-After, pending_response). It never renders a public
  document itself;
- the background job (``manage.py send_notifications``, between deliveries: work()) renders
  what is asked for. Where it sees the same generations as the app servers (a shared cache:
  Redis), it also compares every public document with the current state first, so a
  change is rendered before anyone asks: a request normally finds its document ready. With
  each process's own memory as the cache (``make run``) it renders what requests ask for.

Whoever renders a document claims its row for RENDER_LEASE (an UPDATE on the row, as the
outbox claims its emails): nobody else renders that document meanwhile, whatever the number
of app servers and workers. A draft (render_now: editors' previews, never stored) is rendered
in the request under the same claim. In the database rather than the cache: every process
sees the same rows with or without Redis, and a document outlives a restart of Redis. What
may hold a person's name or words (a kind registered ``personal``) is deleted on erasure and
redaction (forget_rendered_pages, through forget_personal).
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import secrets
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language

from . import background, generations
from .models import Document

logger = logging.getLogger(__name__)

# Longer than any render (a report of 1,000 reflections: about 80 s); a worker that dies
# mid-render holds its document this long.
RENDER_LEASE = datetime.timedelta(minutes=10)
# A render that failed is tried again after this (the error is logged).
RETRY_FAILED_AFTER = datetime.timedelta(minutes=10)
# What a visitor is told to wait before asking again (the Retry-After header, in seconds).
RETRY_AFTER = 60
POLL_SECONDS = 0.25


@dataclass(frozen=True)
class Kind:
    name: str
    # The state of each public document among the subjects (every public one for None): a
    # short digest that changes whenever what the document shows changes.
    states: Callable[[list[int] | None], dict[int, str]]
    # The document as bytes, in the active language; None: it is no longer public.
    render: Callable[[int], bytes | None]
    # Whether it can hold a person's name or words (erasure deletes it).
    personal: bool


KINDS: dict[str, Kind] = {}

# Results other than documents that an editors' page needs and that take seconds to work out
# (the groups of similar reflections at 1,000: 6 s on a quiet machine): each app registers a
# function that works out what changed since and caches it, and returns how many it worked
# out. The job runs them where it shares the app servers' cache, so the page finds them.
PREPARERS: list[Callable[[], int]] = []


def prepare_ahead(prepare: Callable[[], int]) -> Callable[[], int]:
    PREPARERS.append(prepare)
    return prepare


def register(
    name: str,
    *,
    states: Callable[[list[int] | None], dict[int, str]],
    render: Callable[[int], bytes | None],
    personal: bool,
) -> None:
    KINDS[name] = Kind(name, states, render, personal)


def digest(*parts) -> str:
    """A state from the values it is made of (generations, counts)."""
    return hashlib.sha1(repr(parts).encode()).hexdigest()


class NotReady(Exception):
    """The document is being made (or about to be): ask again in RETRY_AFTER seconds."""


def fetch(name: str, subject: int) -> bytes:
    """The public document ``name`` of ``subject`` in the active language, as the data are now:
    the stored copy, or the one the job makes within DOCUMENT_WAIT_SECONDS; NotReady when it
    is not there by then. 404 for a document that is not public."""
    language = get_language() or settings.LANGUAGE_CODE
    state = KINDS[name].states([subject]).get(subject)
    if state is None:
        raise Http404
    found = _stored(name, subject, language, state)
    if found is not None:
        return found
    _ask(name, subject, language, state)
    deadline = time.monotonic() + settings.DOCUMENT_WAIT_SECONDS
    while time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)
        found = _stored(name, subject, language, state)
        if found is not None:
            return found
    raise NotReady


def render_now(name: str, subject: int, make: Callable[[], bytes]) -> bytes:
    """A document that is not public (an editor's preview of a draft): rendered here and
    not kept, since it changes while the editors work, but under the document's claim, so
    that no second render of it runs meanwhile (NotReady instead)."""
    row = _row(name, subject, get_language() or settings.LANGUAGE_CODE)
    token = _claim(row.pk)
    if token is None:
        raise NotReady
    try:
        return make()
    finally:
        Document.objects.filter(pk=row.pk, claim=token).update(claim="", claimed_until=None)


def pending_response(request: HttpRequest) -> HttpResponse:
    """What a visitor sees while their document is being made: 503 with Retry-After, so a
    crawler or a download tool comes back for the document instead of keeping this page."""
    response = render(request, "document_pending.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    add_never_cache_headers(response)
    # Expected, not an error of the server: logged as such, not by django.request as one.
    logger.info("Document being made: %s", request.path)
    response._has_been_logged = True
    return response


def work(*, limit: int | None = None, watch: bool | None = None) -> int:
    """The background job's part: notice what changed (``watch``; by default when this
    process sees the app servers' generations), then render what is due, one document at a
    time, at most ``limit``. Returns how many were rendered."""
    if watch is None:
        watch = sees_shared_generations()
    if watch:
        notice_changes()
        _prepare()
    rendered = taken = 0
    while limit is None or taken < limit:
        done = _render_one()
        if done is None:
            break
        taken += 1
        rendered += done
    return rendered


# The work ahead running in the job's low-priority thread, if any (one at a time).
_ahead: list[Future | None] = [None]


def _prepare() -> None:
    """Start the work ahead in the job's low-priority thread (background.start_yielding),
    unless the last is still running, and do not wait for it: on a machine the app servers
    keep busy it may take minutes at priority 19, and the job's mail and the PDFs a reader
    waits for go on meanwhile. It only fills the cache; a page works out what it needs
    itself when it finds nothing prepared, so a failure here costs an editor's wait and
    stops nothing else (background.each logs it)."""
    running = _ahead[0]
    if running is not None and not running.done():
        return
    _ahead[0] = background.start_yielding(background.each, PREPARERS, "Preparing ahead failed")


def sees_shared_generations() -> bool:
    """Whether this process reads the generations the app servers bump: not with the memory
    cache of one process (``make run``: the job then renders what requests ask for)."""
    return not isinstance(caches["default"], LocMemCache)


def notice_changes() -> int:
    """Ask for every public document whose state changed: each one in the site's own
    language, and in every other language it was asked for before. Returns how many."""
    asked = 0
    for name, kind in KINDS.items():
        current = kind.states(None)
        rows = Document.objects.filter(kind=name, subject__in=list(current)).values_list(
            "pk", "subject", "language", "wanted"
        )
        languages: dict[int, set[str]] = {subject: set() for subject in current}
        for pk, subject, language, wanted in rows:
            languages[subject].add(language)
            if wanted != current[subject]:
                asked += _asked(Document.objects.filter(pk=pk), current[subject])
        for subject, found in languages.items():
            if settings.LANGUAGE_CODE not in found:
                _ask(name, subject, settings.LANGUAGE_CODE, current[subject])
                asked += 1
    return asked


def forget_personal() -> None:
    """Erasure, a redaction: every stored document that may show a person's name or words
    goes (the job renders them again without). A render under way stores nothing: its row
    is gone."""
    personal = [name for name, kind in KINDS.items() if kind.personal]
    Document.objects.filter(kind__in=personal).delete()


generations.also_forget(forget_personal)


# -- inside ------------------------------------------------------------------------------


def _stored(name: str, subject: int, language: str, state: str) -> bytes | None:
    found = (
        Document.objects.filter(kind=name, subject=subject, language=language, state=state)
        .exclude(content=None)
        .values_list("content", flat=True)
        .first()
    )
    return bytes(found) if found is not None else None


def _row(name: str, subject: int, language: str) -> Document:
    try:
        with transaction.atomic():
            row, _created = Document.objects.get_or_create(
                kind=name, subject=subject, language=language
            )
    except IntegrityError:  # made by another process in the meantime
        row = Document.objects.get(kind=name, subject=subject, language=language)
    return row


def _ask(name: str, subject: int, language: str, state: str) -> None:
    row = _row(name, subject, language)
    _asked(Document.objects.filter(pk=row.pk).exclude(wanted=state), state)


def _asked(rows, state: str) -> int:
    return rows.update(wanted=state, asked_at=timezone.now())


def _claim(pk: int) -> str | None:
    now = timezone.now()
    token = secrets.token_hex(16)
    free = Q(claimed_until__isnull=True) | Q(claimed_until__lt=now)
    taken = Document.objects.filter(free, pk=pk).update(
        claim=token, claimed_until=now + RENDER_LEASE
    )
    return token if taken else None


def _due():
    return (
        Document.objects.exclude(wanted="")
        .exclude(state=F("wanted"))
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=timezone.now()))
        .filter(kind__in=list(KINDS))
        .order_by("asked_at", "pk")
    )


def _render_one() -> bool | None:
    """Render the first due document this worker can claim: whether that succeeded, or None
    when none is due."""
    for pk in _due().values_list("pk", flat=True)[:20]:
        token = _claim(pk)
        if token is None:
            continue  # another worker took it
        row = Document.objects.filter(pk=pk, claim=token).defer("content").first()
        if row is not None:
            return _render_claimed(row, token)
    return None


def _render_claimed(row: Document, token: str) -> bool:
    # Labelled with the state that was asked for: the data read below are at least that
    # new (it was asked for after they were committed), so a request for that state may
    # have this copy; a newer request asks again and is rendered again.
    wanted = row.wanted
    held = Document.objects.filter(pk=row.pk, claim=token)
    started = time.monotonic()
    try:
        with translation.override(row.language):
            content = KINDS[row.kind].render(row.subject)
    except Exception:
        logger.exception("Could not render %s", row)
        held.update(claim="", claimed_until=timezone.now() + RETRY_FAILED_AFTER)
        return False
    if content is None:  # no longer public
        held.delete()
        return False
    # Erased meanwhile (forget_personal deleted the row): nothing is stored.
    return bool(
        held.update(
            content=content,
            state=wanted,
            claim="",
            claimed_until=None,
            rendered_at=timezone.now(),
            render_seconds=round(time.monotonic() - started, 3),
        )
    )
