"""Near-identical reflections on one consultation, suggested to the editors side by side: the
same person posting twice, a text copied by several people, close variants.

Similarity is pg_trgm's: the share of distinct word trigrams two texts have in common
(|A ∩ B| / |A ∪ B|, what its similarity() computes). On PostgreSQL the trigrams are
pg_trgm's own (show_trgm, migration governance 0003 enables the extension); on SQLite they
are made here the same way. Which pairs reach the threshold is found by ``join``."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.core.cache import cache
from django.db import connection
from django.db.models import Q

from civcare.core import generations
from papers.caching import paper_scope
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


def _trigram_sets_in_python(version: PaperVersion) -> dict[int, frozenset[str]]:
    texts = Reflection.objects.filter(version=version, status=Reflection.Status.APPROVED)
    return {pk: trigrams(body) for pk, body in texts.values_list("pk", "body")}


def _trigram_sets_in_postgresql(version: PaperVersion) -> dict[int, frozenset[str]]:
    """pg_trgm's own trigrams of each text (show_trgm: the set similarity() compares), in
    one query; the table name is ours, the values are parameters."""
    table = Reflection._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, show_trgm(body) FROM {table} WHERE version_id = %s AND status = %s",
            [version.pk, Reflection.Status.APPROVED],
        )
        return {pk: frozenset(grams) for pk, grams in cursor.fetchall()}


def join(sets: dict[int, frozenset[str]]) -> list[tuple[int, int, float]]:
    """Every pair of sets with similarity >= THRESHOLD, without comparing every pair.

    PPJoin (Xiao et al., "Efficient similarity joins for near duplicate detection", 2008):
    trigrams are ranked from rare to common; two sets with |A ∩ B| / |A ∪ B| >= t share one
    of the first |A| - ceil(t·|A|) + 1 of each (prefix filter), can only reach the overlap
    they need if enough trigrams remain after the shared one (positional filter), and differ
    in size by at most a factor t (size filter). Only the pairs that pass are compared.
    Comparing every pair in PostgreSQL took 24 s for 1,151 reflections (pg_trgm's index does
    not help for texts this long: their common trigrams match nearly every row); this finds
    the same pairs (tested against every pair) in about 1.5 s on the same texts, once per
    state of the paper's reflections."""
    t = THRESHOLD
    frequency = Counter(gram for grams in sets.values() for gram in grams)
    rank = {gram: n for n, gram in enumerate(sorted(frequency, key=lambda g: (frequency[g], g)))}
    records = sorted(
        ((sorted(rank[gram] for gram in grams), pk) for pk, grams in sets.items()),
        key=lambda record: (len(record[0]), record[1]),
    )
    index: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    done: dict[int, frozenset[int]] = {}
    found = []
    for x, pk in records:
        size = len(x)
        overlap: dict[int, int] = {}
        for i in range(size - math.ceil(t * size) + 1 if size else 0):
            for other, j, other_size in index[x[i]]:
                seen = overlap.get(other, 0)
                if seen < 0 or other_size < t * size:
                    continue
                needed = math.ceil(t / (1 + t) * (size + other_size))
                fits = seen + 1 + min(size - i - 1, other_size - j - 1) >= needed
                overlap[other] = seen + 1 if fits else -1
        # A record is found by later (larger) ones through a shorter prefix of its own.
        for i in range(size - math.ceil(2 * t / (1 + t) * size) + 1 if size else 0):
            index[x[i]].append((pk, i, size))
        mine = frozenset(x)
        for other, seen in overlap.items():
            if seen > 0:
                common = len(mine & done[other])
                score = common / (size + len(done[other]) - common)
                if score >= t:
                    found.append((min(pk, other), max(pk, other), score))
        done[pk] = mine
    return sorted(found)


def pairs(version: PaperVersion) -> list[tuple[int, int, float]]:
    """(smaller pk, larger pk, similarity) of every pair at or above THRESHOLD: computed
    once per state of the paper's reflections (the paper's generation is in the key: an
    approval, an edit or a withdrawal renews it) and cached."""
    scope = paper_scope(version.paper.code)
    current = generations.generations([scope, generations.GLOBAL])
    key = generations.digest_key("governance:similar", version.pk, *current.values())
    found = cache.get(key)
    if found is None:
        if connection.vendor == "postgresql":
            found = join(_trigram_sets_in_postgresql(version))
        else:
            found = join(_trigram_sets_in_python(version))
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
    ).select_related("author", "version__paper", "section", "question", "similarity_membership")
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
