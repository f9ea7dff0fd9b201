"""Near-identical reflections on one consultation, suggested to the editors side by side: the
same person posting twice, a text copied by several people, close variants.

Similarity is pg_trgm's: the share of distinct word trigrams two texts have in common
(|A ∩ B| / |A ∪ B|). On PostgreSQL the database computes it, with the trigram index of
migration governance 0003; on SQLite the same measure is computed here, more slowly."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.core.cache import cache
from django.db import connection
from django.db.models import Q

from civcare.core import generations
from papers.models import PaperVersion
from reflections.models import Reflection

# At 0.6 a copied text with a sentence added or a few words changed is found, while two
# different reflections on the same question (which share the paper's vocabulary) score
# 0.1–0.3 in the test set (papers/governance/tests/test_similarity.py).
THRESHOLD = 0.6
MAX_CLUSTERS = 50
# A cluster shows this many side by side; the rest are counted (a text copied by hundreds).
MAX_SHOWN = 24

WORD_RE = re.compile(r"[^\W_]+")


def trigrams(text: str) -> frozenset[str]:
    """pg_trgm's trigrams: each lower-cased word padded with two spaces before, one after."""
    found: set[str] = set()
    for word in WORD_RE.findall(text.lower()):
        padded = f"  {word} "
        found.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return frozenset(found)


def similarity(a: str, b: str) -> float:
    return _similarity(trigrams(a), trigrams(b))


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)


def _pairs_in_python(version: PaperVersion) -> list[tuple[int, int, float]]:
    texts = Reflection.objects.filter(version=version, status=Reflection.Status.APPROVED)
    grams = sorted(
        ((len(g), pk, g) for pk, g in ((pk, trigrams(body)) for pk, body in
                                        texts.values_list("pk", "body"))),
    )  # fmt: skip
    pairs = []
    for i, (size_a, pk_a, a) in enumerate(grams):
        for size_b, pk_b, b in grams[i + 1 :]:
            # Sorted by size: once the smaller set is too small a share of the larger one,
            # no later (larger) text can reach the threshold either.
            if size_a < THRESHOLD * size_b:
                break
            score = _similarity(a, b)
            if score >= THRESHOLD:
                pairs.append((min(pk_a, pk_b), max(pk_a, pk_b), score))
    return pairs


def _pairs_in_postgresql(version: PaperVersion) -> list[tuple[int, int, float]]:
    # "a % b" (pg_trgm's default threshold, 0.3) lets the trigram index find the candidates;
    # similarity() then keeps those at THRESHOLD. One query; the table name is ours, the
    # values are parameters.
    table = Reflection._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT a.id, b.id, similarity(a.body, b.body)
            FROM {table} a JOIN {table} b
              ON b.version_id = a.version_id AND b.status = a.status AND b.id > a.id
             AND a.body %% b.body
            WHERE a.version_id = %s AND a.status = %s AND similarity(a.body, b.body) >= %s
            """,
            [version.pk, Reflection.Status.APPROVED, THRESHOLD],
        )
        return [(a, b, float(score)) for a, b, score in cursor.fetchall()]


def pairs(version: PaperVersion) -> list[tuple[int, int, float]]:
    """(smaller pk, larger pk, similarity) of every pair at or above THRESHOLD: computed
    once per state of the paper's reflections (the paper's generation is in the key: an
    approval, an edit or a withdrawal renews it) and cached."""
    scope = f"paper:{version.paper.code}"
    current = generations.generations([scope, generations.GLOBAL])
    key = generations.digest_key("governance:similar", version.pk, *current.values())
    found = cache.get(key)
    if found is None:
        if connection.vendor == "postgresql":
            found = _pairs_in_postgresql(version)
        else:
            found = _pairs_in_python(version)
        cache.set(key, found, 24 * 3600)
    return found


@dataclass
class Cluster:
    reflections: list[Reflection]
    best: float | None  # the highest similarity of a pair in it (None: grouped by hand)
    more: int = 0  # members not shown (beyond MAX_SHOWN)

    @property
    def already_grouped(self) -> bool:
        """All of them are in one group already (shown, but nothing left to do)."""
        groups = {getattr(r, "similarity_membership", None) for r in self.reflections}
        groups = {m.group_id if m else None for m in groups}
        return len(groups) == 1 and None not in groups


def clusters(version: PaperVersion) -> list[Cluster]:
    """Reflections linked by a chain of similar pairs, largest cluster first (at most
    MAX_CLUSTERS), then the groups the editors formed that no pair suggests; two queries
    however large the consultation."""
    parent: dict[int, int] = {}

    def root(pk: int) -> int:
        while parent.setdefault(pk, pk) != pk:
            parent[pk] = parent[parent[pk]]
            pk = parent[pk]
        return pk

    best: dict[int, float] = {}
    found = pairs(version)
    for a, b, _score in found:
        parent[root(a)] = root(b)
    for a, _b, score in found:
        best[root(a)] = max(best.get(root(a), 0.0), score)
    members: dict[int, list[int]] = {}
    for pk in parent:
        members.setdefault(root(pk), []).append(pk)
    ordered = sorted(members.items(), key=lambda item: (-len(item[1]), min(item[1])))
    ordered = [(key, sorted(pks)) for key, pks in ordered[:MAX_CLUSTERS]]
    wanted = [pk for _root, pks in ordered for pk in pks[:MAX_SHOWN]]
    # The groups the editors formed come along, also where no pair suggests them (a group
    # made from the work list): one query for both, for any number of them.
    rows = Reflection.objects.filter(
        Q(pk__in=wanted) | Q(similarity_membership__group__version=version)
    ).select_related("author", "section", "question", "similarity_membership")
    by_pk = {r.pk: r for r in rows}
    found = [
        Cluster([by_pk[pk] for pk in pks[:MAX_SHOWN] if pk in by_pk], best[key],
                more=max(0, len(pks) - MAX_SHOWN))
        for key, pks in ordered
    ]  # fmt: skip
    shown = {pk for _root, pks in ordered for pk in pks}
    formed: dict[int, list[Reflection]] = {}
    for reflection in by_pk.values():
        if reflection.pk not in shown:
            formed.setdefault(reflection.similarity_membership.group_id, []).append(reflection)
    found += [
        Cluster(sorted(members, key=lambda r: r.pk), None)
        for _group, members in sorted(formed.items())
    ]
    return found
