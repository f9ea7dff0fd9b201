"""The vectors of the published reflections (#31), kept by the background job: each round
it embeds a batch of the published texts that have none (or one of an older text), and
removes what no published text owns any more. Never in a request: a web request only reads
what is stored (ReflectionVector). Without the model (civcare.core.embeddings) nothing is
made and the pages that use vectors say so."""

from __future__ import annotations

import datetime
import time
from dataclasses import dataclass

import numpy as np
from django.conf import settings
from django.db import transaction
from django.db.models import Count, F, Max, Q, QuerySet

from civcare.core import background, embeddings

from .models import Reflection, ReflectionVector


def current() -> QuerySet:
    """The vectors that belong to a published reflection's present text."""
    return ReflectionVector.objects.filter(
        reflection__status=Reflection.Status.APPROVED,
        digest=F("reflection__body_digest"),
        model=embeddings.MODEL,
    )


@dataclass(frozen=True)
class Read:
    """How far the job got with some published reflections: how many there are, how many
    have the vector of their present text, and when the newest was made (what the pages
    that read by meaning cache their work by)."""

    published: int
    read: int
    newest: datetime.datetime | None

    @property
    def state(self) -> tuple:
        return self.read, str(self.newest)


def read_of(published: QuerySet) -> Read:
    """``published`` (reflections) counted in one query."""
    current = Q(vector__digest=F("body_digest"), vector__model=embeddings.MODEL)
    counts = published.aggregate(published=Count("pk"), read=Count("vector", filter=current),
                                 newest=Max("vector__created_at", filter=current))  # fmt: skip
    return Read(counts["published"], counts["read"], counts["newest"])


def missing() -> QuerySet:
    """The published reflections without a vector of their present text, oldest first. One
    outer join: the same as a NOT EXISTS on current(), which PostgreSQL ran as a loop over
    the rows, 3.4 s a batch at 10,000 reflections (this: 30 ms)."""
    stale = Q(vector__isnull=True) | ~Q(vector__digest=F("body_digest"))
    stale |= ~Q(vector__model=embeddings.MODEL)
    return Reflection.objects.filter(stale, status=Reflection.Status.APPROVED).order_by("pk")


def embed_waiting(limit: int | None = None) -> int:
    """Embed up to ``limit`` published texts that lack their vector; returns how many were
    stored (copies of one text embedded once). The texts are read, embedded outside any
    transaction (seconds), then stored under a lock of their rows, and only where the text
    is still the one embedded: a text redacted or erased meanwhile gets no vector of its old
    words."""
    limit = limit or settings.EMBEDDING_BATCH
    batch = list(missing().values_list("pk", "body", "body_digest")[:limit])
    # Nothing waiting, nothing loaded: an idle job does not map the model's 72 MB.
    if not batch or not embeddings.available():
        return 0
    # A text already embedded (a campaign's copies, one text posted twice) is embedded once:
    # its vector is the same for every copy.
    texts = {digest: body for _pk, body, digest in batch}
    known = {
        digest: embeddings.from_bytes(bytes(vector))
        for digest, vector in ReflectionVector.objects.filter(
            digest__in=list(texts), model=embeddings.MODEL
        ).values_list("digest", "vector")
    }
    new = [digest for digest in texts if digest not in known]
    if new:
        known.update(zip(new, embeddings.embed([texts[d] for d in new]), strict=True))
    return _store(batch, np.vstack([known[digest] for _pk, _body, digest in batch]))


@transaction.atomic
def _store(batch, vectors: np.ndarray) -> int:
    made = {
        pk: (digest, vector) for (pk, _body, digest), vector in zip(batch, vectors, strict=True)
    }
    locked = Reflection.objects.select_for_update().filter(
        pk__in=made, status=Reflection.Status.APPROVED
    )
    still = {pk for pk, digest in locked.values_list("pk", "body_digest") if made[pk][0] == digest}
    ReflectionVector.objects.filter(reflection_id__in=still).delete()
    ReflectionVector.objects.bulk_create(
        ReflectionVector(reflection_id=pk, digest=made[pk][0], model=embeddings.MODEL,
                         vector=embeddings.to_bytes(made[pk][1]))
        for pk in sorted(still)
    )  # fmt: skip
    return len(still)


def sweep() -> int:
    """Remove the vectors no published text owns (a bulk update that bypassed
    Reflection.save, another model's vectors): returns how many went."""
    stale = ReflectionVector.objects.exclude(pk__in=current().values("pk"))
    return stale.delete()[0]


# The sweep is a safety net (Reflection.save removes a stale vector at once): a scan of every
# vector (50 ms at 10,000) at most this often, not every round of the job.
SWEEP_EVERY = 300.0
_swept_at: float | None = None


@background.task
def keep_vectors() -> int:
    global _swept_at
    if not embeddings.enabled():
        return 0
    swept = 0
    if _swept_at is None or time.monotonic() - _swept_at >= SWEEP_EVERY:
        swept, _swept_at = sweep(), time.monotonic()
    return swept + embed_waiting()


def matrix(reflection_ids) -> tuple[list[int], np.ndarray]:
    """The current vectors of ``reflection_ids``, as (ids in order, one row each); the ids
    without one are left out."""
    rows = current().filter(reflection_id__in=reflection_ids).order_by("reflection_id")
    pairs = list(rows.values_list("reflection_id", "vector"))
    if not pairs:
        return [], np.zeros((0, embeddings.DIMENSIONS), dtype=np.float32)
    ids = [pk for pk, _v in pairs]
    return ids, np.vstack([embeddings.from_bytes(bytes(v)) for _pk, v in pairs])
