"""Near-identical reflections on one consultation, suggested to the editors side by side: the
same person posting twice, a text copied by several people, close variants.

Similarity is pg_trgm's: the share of distinct word trigrams two texts have in common
(|A ∩ B| / |A ∪ B|, what its similarity() computes). On PostgreSQL the trigrams are
pg_trgm's own (show_trgm, migration governance 0003 enables the extension); on SQLite they
are made here the same way. Which pairs reach the threshold is found by ``join`` (every
pair); what the editors are shown is found by ``links``, which needs only enough of them to
tell the groups, in time about linear in the size of a group of near-copies."""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

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
# A cluster shows this many side by side; the rest are listed by name, ticked as well, so the
# group proposed holds all of them (a text copied by hundreds).
MAX_SHOWN = 24
# How many texts of one group of near-copies ``links`` keeps under each trigram it indexes.
# A new text reaches a group through any member it resembles: near-copies resemble every
# member, so a few are enough, and each new text is compared with a few, not with the whole
# group (300 near-copies: 45,000 comparisons, 6 s, before). A group smaller than this is
# found pair by pair, as by ``join``.
PER_GROUP = 8

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


@dataclass
class Links:
    """What ``links`` found: pairs at or above THRESHOLD (smaller pk, larger pk, similarity),
    enough to join every group of similar texts, and how many pairs of texts it compared."""

    pairs: list[tuple[int, int, float]] = field(default_factory=list)
    compared: int = 0


def links(sets: dict[int, frozenset[str]]) -> Links:
    """The pairs that join similar texts into groups, found like ``join`` but in time about
    linear in the size of a group of near-copies, with the same groups for ordinary data.

    Texts with the same trigrams (copies; case, spaces and punctuation do not count) are one
    text to compare: its first copy, the others linked to it at 1.0. The others go through
    ``join``'s filters, with two changes: groups are followed as they form (union-find), and
    under each trigram at most PER_GROUP texts of one group are indexed, so a text finds a
    large group through a few of its members rather than all of them; once it is in a group
    of PER_GROUP or more, the group's other members are not compared with it."""
    copies: dict[frozenset[str], list[int]] = defaultdict(list)
    for pk in sorted(sets):
        copies[sets[pk]].append(pk)
    found = Links()
    for grams, pks in copies.items():
        if grams:  # a text without words resembles nothing, not even another one
            found.pairs += [(pks[0], pk, 1.0) for pk in pks[1:]]
    distinct = {pks[0]: grams for grams, pks in copies.items()}

    parent: dict[int, int] = {pk: pk for pk in distinct}
    size: dict[int, int] = dict.fromkeys(distinct, 1)

    def root(pk: int) -> int:
        while parent[pk] != pk:
            parent[pk] = parent[parent[pk]]
            pk = parent[pk]
        return pk

    def union(a: int, b: int) -> None:
        a, b = root(a), root(b)
        if a != b:
            if size[a] < size[b]:
                a, b = b, a
            parent[b] = a  # the larger group keeps its root, and so its indexed members
            size[a] += size[b]

    t = THRESHOLD
    frequency = Counter(gram for grams in distinct.values() for gram in grams)
    rank = {gram: n for n, gram in enumerate(sorted(frequency, key=lambda g: (frequency[g], g)))}
    records = sorted(
        ((sorted(rank[gram] for gram in grams), pk) for pk, grams in distinct.items()),
        key=lambda record: (len(record[0]), record[1]),
    )
    index: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    indexed: Counter = Counter()  # (trigram, group) → texts of that group indexed under it
    done: dict[int, frozenset[int]] = {}
    for x, pk in records:
        size_x = len(x)
        overlap: dict[int, int] = {}
        for i in range(size_x - math.ceil(t * size_x) + 1 if size_x else 0):
            for other, j, other_size in index[x[i]]:
                seen = overlap.get(other, 0)
                if seen < 0 or other_size < t * size_x:
                    continue
                needed = math.ceil(t / (1 + t) * (size_x + other_size))
                fits = seen + 1 + min(size_x - i - 1, other_size - j - 1) >= needed
                overlap[other] = seen + 1 if fits else -1
        mine = frozenset(x)
        for other, seen in overlap.items():
            if seen <= 0:
                continue
            group = root(other)
            if group == root(pk) and size[group] >= PER_GROUP:
                continue  # in that large group already, through another of its members
            found.compared += 1
            common = len(mine & done[other])
            score = common / (size_x + len(done[other]) - common)
            if score >= t:
                found.pairs.append((min(pk, other), max(pk, other), score))
                union(pk, other)
        group = root(pk)
        for i in range(size_x - math.ceil(2 * t / (1 + t) * size_x) + 1 if size_x else 0):
            if indexed[x[i], group] < PER_GROUP:
                indexed[x[i], group] += 1
                index[x[i]].append((pk, i, size_x))
        done[pk] = mine
    found.pairs.sort()
    return found


def _state(version: PaperVersion) -> str:
    """A digest of what the groups depend on: which reflections on ``version`` are published,
    and their texts (body_digest). Not a generation of the paper's pages: showing a
    reflection under another name, anonymous or quotable changes no group, and must not
    make the editors wait for the groups to be worked out again."""
    table = Reflection._meta.db_table
    approved = Reflection.Status.APPROVED
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # The table name is ours, the values are parameters.
            cursor.execute(
                "SELECT count(*), md5(string_agg(id::text || ':' || body_digest, ',' "
                f"ORDER BY id)) FROM {table} WHERE version_id = %s AND status = %s",
                [version.pk, approved],
            )
            count, digest = cursor.fetchone()
            return f"{count}:{digest}"
    rows = Reflection.objects.filter(version=version, status=approved).order_by("pk")
    listed = ",".join(f"{pk}:{digest}" for pk, digest in rows.values_list("pk", "body_digest"))
    return hashlib.md5(listed.encode(), usedforsecurity=False).hexdigest()


def pairs(version: PaperVersion) -> list[tuple[int, int, float]]:
    """(smaller pk, larger pk, similarity) of the pairs that join the similar reflections on
    ``version`` into groups (``links``): worked out once per state of its published texts
    (_state) and cached."""
    key = generations.digest_key("governance:similar", version.pk, _state(version))
    found = cache.get(key)
    if found is None:
        if connection.vendor == "postgresql":
            found = links(_trigram_sets_in_postgresql(version)).pairs
        else:
            found = links(_trigram_sets_in_python(version)).pairs
        cache.set(key, found, 24 * 3600)
    return found


@dataclass
class Cluster:
    reflections: list[Reflection]  # shown side by side (at most MAX_SHOWN)
    best: float | None  # the highest similarity of a pair in it (None: grouped by hand)
    others: list[Reflection] = field(default_factory=list)  # the rest, listed by name

    @property
    def members(self) -> list[Reflection]:
        """All of them: the group it proposes."""
        return [*self.reflections, *self.others]

    @property
    def more(self) -> int:
        """Members not shown side by side."""
        return len(self.others)

    @property
    def already_grouped(self) -> bool:
        """All of them are in one group already (shown, but nothing left to do)."""
        groups = {getattr(r, "similarity_membership", None) for r in self.members}
        groups = {m.group_id if m else None for m in groups}
        return len(groups) == 1 and None not in groups


def clusters(version: PaperVersion) -> list[Cluster]:
    """Reflections linked by a chain of similar pairs, largest cluster first (at most
    MAX_CLUSTERS), each with all its members, then the groups the editors formed that no
    pair suggests; two queries however large the consultation (three when its published
    texts changed since the groups were last worked out)."""
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
    wanted = [pk for _root, pks in ordered for pk in pks]
    # The groups the editors formed come along, also where no pair suggests them (a group
    # made from the work list): one query for both, for any number of them.
    rows = Reflection.objects.filter(
        Q(pk__in=wanted) | Q(similarity_membership__group__version=version)
    ).select_related("author", "version__paper", "section", "question", "similarity_membership")
    by_pk = {r.pk: r for r in rows}
    found = []
    for key, pks in ordered:
        present = [by_pk[pk] for pk in pks if pk in by_pk]
        found.append(Cluster(present[:MAX_SHOWN], best[key], others=present[MAX_SHOWN:]))
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
