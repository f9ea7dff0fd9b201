"""Near-identical reflections on one consultation, suggested to the editors side by side: the
same person posting twice, a text copied by several people, close variants.

Similarity is pg_trgm's: the share of distinct word trigrams two texts have in common
(|A ∩ B| / |A ∪ B|, what its similarity() computes). On PostgreSQL the trigrams are
pg_trgm's own (show_trgm, migration governance 0003 enables the extension); on SQLite they
are made here the same way. Which pairs reach the threshold is found by ``join`` (every
pair, the reference the tests hold ``links`` to); what the editors are shown is found by
``links``, which needs only enough of them to tell the groups: candidates by MinHash, each
compared exactly, in time about linear in the number of texts and in the size of a group of
near-copies (10,000 reflections of one vocabulary: 8 s, was 206 s)."""

from __future__ import annotations

import functools
import hashlib
import math
import re
import threading
import zlib
from collections import Counter, OrderedDict, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import connection

from civcare.core import documents, generations, textdiff
from papers.compare import diff_html
from papers.models import PaperVersion
from reflections import vectors as reflection_vectors
from reflections.models import Reflection

from .models import CODING_STATUSES, SimilarityMember, SimilarityThreshold, group_label

# At 0.6 a copied text with a sentence added or a few words changed is found, while two
# different reflections on the same question (which share the paper's vocabulary) score
# 0.1–0.3 in the test set (governance/tests/test_similarity.py).
THRESHOLD = 0.6
MAX_CLUSTERS = 50
# A cluster shows this many side by side, and says how many it holds (#29: a group of 127
# headed "24 reflecties"); all of them are on its own page, a page at a time, and its action
# takes all of them.
MAX_SHOWN = 12
# Members a page of one cluster's own page.
PAGE_SIZE = 50
# Near-copies of one text by this many or more are a campaign (governance/campaigns.py): two
# are one person posting twice or one text quoted.
CAMPAIGN_SIZE = 3
# How many texts of one group ``links`` compares a new text with where they meet (a band of
# their hashes). A new text reaches a group through any member it resembles: near-copies
# resemble every member, so a few are enough, and each new text is compared with a few, not
# with the whole group (300 near-copies: 45,000 comparisons, 6 s, before). A group smaller
# than this is found pair by pair, as by ``join``.
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
    """The pairs that join similar texts into groups: the groups ``join`` gives, in time about
    linear in the number of texts and in the size of a group of near-copies.

    Texts with the same trigrams (copies; case, spaces and punctuation do not count) are one
    text to compare: its first copy, the others linked to it at 1.0. The others are compared
    only where MinHash (Broder, 1997) makes them candidates: BANDS × ROWS hashes per text, and
    two texts are candidates when they agree on all ROWS hashes of one band (locality-
    sensitive hashing). ``join``'s filters passed 29 % of all pairs of the bench's texts (one
    vocabulary, similarity 0.175 at the median), so it grew with the square of their number:
    4,000 texts 27 s, 10,000 206 s. Every candidate is compared exactly: a pair below
    THRESHOLD is never proposed. Groups are followed as they form (union-find): a text is
    compared with at most PER_GROUP members of each group it meets in a band, and not with a
    group it is already in."""
    copies: dict[frozenset[str], list[int]] = defaultdict(list)
    for pk in sorted(sets):
        copies[sets[pk]].append(pk)
    found = Links()
    for grams, pks in copies.items():
        if grams:  # a text without words resembles nothing, not even another one
            found.pairs += [(pks[0], pk, 1.0) for pk in pks[1:]]
    distinct = {pks[0]: grams for grams, pks in copies.items() if grams}

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
            parent[b] = a
            size[a] += size[b]

    import numpy  # loaded when groups are worked out, not when the site starts

    order = sorted(distinct)
    signatures = _signatures({pk: distinct[pk] for pk in order})
    least_equal = (THRESHOLD - ESTIMATE_MARGIN) * BANDS * ROWS
    compared: set[tuple[int, int]] = set()  # met again in another band: compared once
    for band in range(BANDS):
        columns = slice(band * ROWS, (band + 1) * ROWS)
        buckets: dict[bytes, list[int]] = defaultdict(list)
        for pk in order:
            buckets[signatures[pk][columns].tobytes()].append(pk)
        for members in buckets.values():
            if len(members) < 2:
                continue
            met: list[int] = []  # members of this bucket so far, at most PER_GROUP a group
            for pk in members:
                per_group: Counter = Counter()
                for other in met:
                    group = root(other)
                    if group == root(pk) or per_group[group] >= PER_GROUP:
                        continue
                    per_group[group] += 1
                    # The share of equal hashes estimates the similarity (σ 0.028 at 0.6): a
                    # candidate far below THRESHOLD is set aside without comparing its trigrams.
                    equal = numpy.count_nonzero(signatures[pk] == signatures[other])
                    if equal < least_equal:
                        continue
                    if (other, pk) in compared:
                        continue
                    compared.add((other, pk))
                    found.compared += 1
                    score = _similarity(distinct[pk], distinct[other])
                    if score >= THRESHOLD:
                        found.pairs.append((other, pk, score))  # other < pk: members in order
                        union(pk, other)
                if sum(root(other) == root(pk) for other in met) < PER_GROUP:
                    met.append(pk)
    found.pairs.sort()
    return found


# MinHash: BANDS bands of ROWS hashes. Two texts of similarity s are candidates with
# probability 1 - (1 - s^ROWS)^BANDS: 0.992 at THRESHOLD (0.6), 0.9998 at 0.7, 0.019 at 0.2
# (the bench's unrelated texts: 0.175 at the median). A pair at the threshold that is missed
# still joins its group through any other member it resembles.
BANDS, ROWS = 60, 5
# How far below THRESHOLD the estimate from the signatures may fall before a candidate is set
# aside uncompared: more than five standard deviations of the estimate at THRESHOLD.
ESTIMATE_MARGIN = 0.15
_PRIME = (1 << 31) - 1  # Mersenne: (a·x + b) mod p, x a 32-bit CRC, fits in 64 bits


@functools.cache
def _hash_functions():
    """(a, b) of each hash function, fixed: the same text has the same signature on every
    run and machine. numpy is loaded here, not when the site starts."""
    import numpy

    chosen = numpy.random.default_rng(20261207)
    return (
        chosen.integers(1, _PRIME, size=BANDS * ROWS, dtype=numpy.uint64),
        chosen.integers(0, _PRIME, size=BANDS * ROWS, dtype=numpy.uint64),
    )


# A text's signature depends on its trigrams alone, and the job works the pairs out again for
# every new state of a consultation (a publication): the signatures are kept in the process,
# by a digest of the trigrams, and only a new or changed text's are made (2,000 varied texts:
# a next state's pairs 0.33 s instead of 0.79 s; in the bench's one-vocabulary texts the
# comparing is most of the work). At most KEPT_SIGNATURES (about 30 MB); a signature is made
# from a text's words: all are dropped when an erasure or a redaction renews the global
# generation (generations.register_process_memory; the generation is read before each use).
KEPT_SIGNATURES = 20_000
_kept_signatures: OrderedDict[bytes, object] = OrderedDict()
_kept_lock = threading.Lock()  # a web process may serve requests in threads


def _forget_signatures() -> None:
    with _kept_lock:
        _kept_signatures.clear()


generations.register_process_memory(_forget_signatures)


def _signatures(sets: dict[int, frozenset[str]]) -> dict:
    """Each text's MinHash signature (a numpy array): for each of BANDS × ROWS hash functions
    the smallest hash of its trigrams (a CRC of the trigram, not Python's salted hash)."""
    import numpy

    # A process that erased nothing (the job) learns of an erasure here: a new global
    # generation empties what it kept (generations._note_global).
    generations.generations([generations.GLOBAL])
    a, b = _hash_functions()
    codes: dict[str, int] = {}
    signatures = {}
    for pk, grams in sets.items():
        digest = hashlib.blake2b("\n".join(sorted(grams)).encode(), digest_size=16).digest()
        with _kept_lock:
            kept = _kept_signatures.get(digest)
            if kept is not None:
                _kept_signatures.move_to_end(digest)
        if kept is not None:
            signatures[pk] = kept
            continue
        values = numpy.fromiter(
            (codes[g] if g in codes else codes.setdefault(g, zlib.crc32(g.encode()))
             for g in grams),
            dtype=numpy.uint64,
            count=len(grams),
        )  # fmt: skip
        # Below 2^31 (the prime): four bytes a hash suffice.
        signatures[pk] = ((values[:, None] * a + b) % _PRIME).min(axis=0).astype(numpy.uint32)
        with _kept_lock:
            _kept_signatures[digest] = signatures[pk]
            if len(_kept_signatures) > KEPT_SIGNATURES:
                _kept_signatures.popitem(last=False)
    return signatures


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


def pairs(version: PaperVersion, *, earlier_ok: bool = False) -> list[tuple[int, int, float]]:
    """(smaller pk, larger pk, similarity) of the pairs that join the similar reflections on
    ``version`` into groups (``links``): worked out once per state of its published texts
    (_state) and cached; normally ahead, by the background job (prepare_ahead).
    ``earlier_ok``: a page may show the pairs of the state before while the job works out
    this one (generations.cached_or_earlier); they may name texts no longer published."""
    return _pairs(version, earlier_ok=earlier_ok)[0]


def _pairs(
    version: PaperVersion, *, earlier_ok: bool = False, key: str | None = None
) -> tuple[list, str]:
    """The pairs, and how they were found ("cached", "earlier" or "worked" out now);
    ``key``: the present state's, where the caller has it (_pairs_key)."""

    def work() -> list[tuple[int, int, float]]:
        if connection.vendor == "postgresql":
            return links(_trigram_sets_in_postgresql(version)).pairs
        return links(_trigram_sets_in_python(version)).pairs

    key = key or _pairs_key(version)
    earlier = generations.digest_key("governance:similar:earlier", version.pk)
    return generations.cached_or_earlier(key, earlier, work, earlier_ok=earlier_ok,
                                         ttl=24 * 3600)  # fmt: skip


def _pairs_key(version: PaperVersion) -> str:
    return generations.digest_key("governance:similar", version.pk, _state(version))


@documents.prepare_ahead
def prepare_ahead() -> int:
    """The background job's part: the pairs of every version the editors code, worked out
    when its published texts changed, so that the similar page finds them (cold, at 1,000
    reflections, it took 6 s on a quiet machine and 22 s on a loaded one). One query per
    version when nothing changed."""
    worked = 0
    for version in PaperVersion.objects.filter(status__in=CODING_STATUSES).order_by("pk"):
        # While texts keep arriving, each is a new state: at most once per interval, or at
        # 10,000 reflections the job would keep PostgreSQL busy (8 s of trigrams a state).
        words, meaning = _pairs_key(version), _meaning_key(version)
        if cache.get(words) is not None and (meaning is None or cache.get(meaning[0]) is not None):
            continue  # nothing changed since they were worked out
        interval = settings.AHEAD_INTERVAL_SECONDS
        if not generations.due(f"governance:similar:{version.pk}", interval):
            continue
        worked += _pairs(version, key=words)[1] == "worked"
        if meaning is not None:  # and those close in meaning (#31), from the stored vectors
            _meaning_pairs(version, keyed=meaning)
    return worked


# --- alike in meaning (#31) ------------------------------------------------------------
# Each text is joined to at most this many others in meaning (its nearest above the
# threshold): single links over cosines chain a thousand texts on one subject into one
# cluster; near-copies are joined by their words anyway.
MEANING_NEIGHBOURS = 5
# What the editors choose from: on the held-out set (docs/embeddings.md), at 0.92 three in
# four pairs found were on one theme, at 0.88 one in five.
MEANING_CHOICES = [(f"0.{n}", f"0,{n}") for n in range(85, 100)]
# Rows a block of the cosine matrix (512 × 10,000 floats: 20 MB).
MEANING_BLOCK = 512


def meaning_pairs(version: PaperVersion, meaning=None) -> list[tuple[int, int, float]]:
    """(smaller pk, larger pk, cosine) of published reflections on ``version`` alike in
    meaning at or above the consultation's threshold (SimilarityThreshold), each text with
    its MEANING_NEIGHBOURS nearest; from the stored vectors, once per state of the vectors
    and the threshold, cached (two queries when cached, one with ``meaning``, the threshold,
    given; empty without vectors)."""
    return _meaning_pairs(version, meaning)[0]


def _meaning_pairs(version: PaperVersion, meaning=None, *, earlier_ok: bool = False,
                   keyed: tuple[str, float] | None = None) -> tuple[list, str]:  # fmt: skip
    """The pairs, and how they were found (as _pairs); ``keyed``: the present state's key
    and threshold, where the caller has them (_meaning_key)."""
    keyed = keyed or _meaning_key(version, meaning)
    if keyed is None:
        return [], "cached"
    key, threshold = keyed
    published = Reflection.objects.filter(version=version, status=Reflection.Status.APPROVED)

    def work() -> list[tuple[int, int, float]]:
        ids, rows = reflection_vectors.matrix(published.values("pk"))
        return close_in_meaning(ids, rows, threshold)

    earlier = generations.digest_key("governance:meaning:earlier", version.pk, threshold)
    return generations.cached_or_earlier(key, earlier, work, earlier_ok=earlier_ok,
                                         ttl=24 * 3600)  # fmt: skip


def _meaning_key(version: PaperVersion, meaning=None) -> tuple[str, float] | None:
    """The cache key of the present state's pairs by meaning, and the threshold; None while
    fewer than two texts have a vector."""
    threshold = float(meaning if meaning is not None else SimilarityThreshold.of(version))
    published = Reflection.objects.filter(version=version, status=Reflection.Status.APPROVED)
    read = reflection_vectors.read_of(published)
    if read.read < 2:
        return None
    state = documents.digest(*read.state, threshold)
    return generations.digest_key("governance:meaning", version.pk, state), threshold


def close_in_meaning(ids: list[int], rows, threshold: float) -> list[tuple[int, int, float]]:
    """The pairs of ``rows`` (one vector each, ids in order) with cosine >= ``threshold``,
    each row with its MEANING_NEIGHBOURS nearest: a block of rows at a time against all."""
    import numpy

    norms = numpy.linalg.norm(rows, axis=1, keepdims=True)
    unit = rows / numpy.where(norms == 0, 1, norms)
    found: dict[tuple[int, int], float] = {}
    for start in range(0, len(ids), MEANING_BLOCK):
        block = unit[start : start + MEANING_BLOCK] @ unit.T
        for offset, scores in enumerate(block):
            row = start + offset
            scores[row] = -1.0  # not itself
            near = numpy.flatnonzero(scores >= threshold)
            if len(near) > MEANING_NEIGHBOURS:
                near = near[numpy.argsort(-scores[near], kind="stable")[:MEANING_NEIGHBOURS]]
            for other in near:
                a, b = sorted((ids[row], ids[int(other)]))
                found[(a, b)] = round(float(scores[other]), 4)
    return sorted((a, b, score) for (a, b), score in found.items())


class Proposal:
    """What a group of similar reflections asks of the editor (#29: after grouping, the rest
    of a campaign is proposed as joining that group, never as a new group that hides it)."""

    FORM = "form"  # none of them is in a group: one new group of all of them
    ADD = "add"  # some are in one group, the others join it
    MERGE = "merge"  # they are in two or more groups: merging them is the editor's explicit act
    DONE = "done"  # all in one group: nothing to do


@dataclass(frozen=True)
class Group:
    """An editors' group as the similar page names it."""

    pk: int
    name: str
    size: int  # its published members

    @property
    def label(self) -> str:
        return group_label(self.pk, self.name)


@dataclass
class Cluster:
    """Reflections linked by similar pairs and by the editors' groups (a group is never split
    over two clusters): all of them, and the few shown side by side."""

    ids: list[int]  # every member, in order of number
    best: float | None  # the highest similarity of a pair in it (None: grouped by hand only)
    group_of: dict[int, int]  # a member in a group → that group's number
    groups: dict[int, Group]  # the groups among them
    reflections: list[Reflection] = field(default_factory=list)  # the cards, when loaded
    # The highest cosine of a pair joined by meaning (#31; None: none joined that way).
    meaning: float | None = None
    # Made from an earlier state's pairs (Clusters.stale).
    stale: bool = False

    @property
    def key(self) -> int:
        """Its smallest member: how the page and its forms address it."""
        return self.ids[0]

    @property
    def anchor(self) -> str:
        return f"voorstel-{self.key}"

    @property
    def size(self) -> int:
        return len(self.ids)

    @property
    def digest(self) -> str:
        """What the editor was shown: every member and the group it was in. A step on the
        cluster is refused when this changed (a reflection published or grouped since)."""
        shown = ",".join(f"{pk}:{self.group_of.get(pk, '')}" for pk in self.ids)
        return hashlib.sha256(shown.encode()).hexdigest()[:32]

    @property
    def is_campaign(self) -> bool:
        """Near-copies of one text sent by many (#31): the page says "N reflecties uit één
        campagne", and one disposition for the group handles them all."""
        return self.best is not None and self.size >= CAMPAIGN_SIZE

    @property
    def ungrouped(self) -> list[int]:
        return [pk for pk in self.ids if pk not in self.group_of]

    @property
    def target(self) -> Group | None:
        """The group they join: the only one, or of several the largest (then the oldest)."""
        if not self.groups:
            return None
        return min(self.groups.values(), key=lambda g: (-g.size, g.pk))

    @property
    def others(self) -> list[Group]:
        """The groups merged into ``target``."""
        target = self.target
        return [g for pk, g in sorted(self.groups.items()) if target is None or pk != target.pk]

    @property
    def proposal(self) -> str:
        if not self.groups:
            return Proposal.FORM
        if len(self.groups) > 1:
            return Proposal.MERGE
        return Proposal.ADD if self.ungrouped else Proposal.DONE

    @property
    def already_grouped(self) -> bool:
        return self.proposal == Proposal.DONE

    @property
    def is_new_group(self) -> bool:
        return self.proposal == Proposal.FORM

    @property
    def is_joining(self) -> bool:
        return self.proposal == Proposal.ADD

    @property
    def is_merge(self) -> bool:
        return self.proposal == Proposal.MERGE

    @property
    def representative(self) -> int:
        """The text the others are compared with: the first of the group they join, or the
        first of all."""
        target = self.target
        if target is None:
            return self.key
        return next(pk for pk in self.ids if self.group_of.get(pk) == target.pk)

    @property
    def card_ids(self) -> list[int]:
        """The members shown side by side: the representative, then the ones the proposal
        changes (those joining first), then the rest; at most MAX_SHOWN."""
        target = self.target.pk if self.target else None
        first = self.representative
        order = sorted(
            (pk for pk in self.ids if pk != first),
            key=lambda pk: (self.group_of.get(pk) == target, pk in self.group_of, pk),
        )
        return [first, *order][:MAX_SHOWN]

    @property
    def hidden(self) -> int:
        """Members not shown side by side (all of them are in the proposal)."""
        return self.size - min(self.size, MAX_SHOWN)


class Clusters(list):
    """The clusters a page shows; ``stale``: from the pairs of an earlier state of the
    consultation (the background job is working out the present one), without the texts no
    longer published."""

    stale = False


def _all_clusters(version: PaperVersion, meaning=None, *, earlier_ok: bool = False) -> Clusters:
    """Every cluster of at least two published reflections on ``version``, largest first:
    the similar pairs (by words and by meaning) and the editors' groups, joined (union-find).
    Four or five queries (one more when the pairs are an earlier state's)."""
    parent: dict[int, int] = {}

    def root(pk: int) -> int:
        while parent.setdefault(pk, pk) != pk:
            parent[pk] = parent[parent[pk]]
            pk = parent[pk]
        return pk

    found, how = _pairs(version, earlier_ok=earlier_ok)
    alike, how_alike = _meaning_pairs(version, meaning, earlier_ok=earlier_ok)
    stale = "earlier" in (how, how_alike)
    if stale:  # an earlier state's pairs: only what is published now
        now = set(Reflection.objects.filter(version=version, status=Reflection.Status.APPROVED)
                  .values_list("pk", flat=True))  # fmt: skip
        found = [pair for pair in found if pair[0] in now and pair[1] in now]
        alike = [pair for pair in alike if pair[0] in now and pair[1] in now]
    for a, b, _score in [*found, *alike]:
        parent[root(a)] = root(b)
    # The editors' groups: their published members (a withdrawn reflection stays a member,
    # but is in no proposal).
    group_of: dict[int, int] = {}
    names: dict[int, str] = {}
    first_of: dict[int, int] = {}
    rows = SimilarityMember.objects.filter(
        group__version=version,
        reflection__version=version,
        reflection__status=Reflection.Status.APPROVED,
    ).values_list("reflection_id", "group_id", "group__name")
    for pk, group_id, name in rows:
        group_of[pk], names[group_id] = group_id, name
        if group_id in first_of:
            parent[root(pk)] = root(first_of[group_id])
        else:
            first_of[group_id] = root(pk)
    sizes = Counter(group_of.values())
    best: dict[int, float] = {}
    for a, _b, score in found:
        best[root(a)] = max(best.get(root(a), 0.0), score)
    closest: dict[int, float] = {}
    for a, _b, score in alike:
        closest[root(a)] = max(closest.get(root(a), 0.0), score)
    members: dict[int, list[int]] = defaultdict(list)
    for pk in parent:
        members[root(pk)].append(pk)
    clusters = Clusters()
    clusters.stale = stale
    for key, pks in members.items():
        if len(pks) < 2:
            continue
        pks.sort()
        mine = {pk: group_of[pk] for pk in pks if pk in group_of}
        groups = {g: Group(g, names[g], sizes[g]) for g in sorted(set(mine.values()))}
        clusters.append(Cluster(pks, best.get(key), mine, groups, meaning=closest.get(key)))
    clusters.sort(key=lambda c: (-c.size, c.key))
    return clusters


def _with_cards(clusters: list[Cluster], wanted: dict[int, list[int]] | None = None) -> None:
    """Load the reflections each cluster shows (``wanted``: cluster key → ids; else its
    card_ids), all clusters in one query, each with the words where it differs from the
    cluster's representative (``difference``)."""
    wanted = wanted or {c.key: c.card_ids for c in clusters}
    every = {pk for ids in wanted.values() for pk in ids}
    every |= {c.representative for c in clusters if wanted.get(c.key)}
    rows = Reflection.objects.filter(pk__in=every).select_related(
        "author", "version__paper", "section", "question"
    )
    by_pk = {r.pk: r for r in rows}
    # Why a card is beside its representative (#31): how alike their words and their meaning.
    ids, vectors = reflection_vectors.matrix(every)
    vector_of = dict(zip(ids, vectors, strict=True))
    budget = PAGE_DIFF_BUDGET
    for cluster in clusters:
        cards = [by_pk[pk] for pk in wanted.get(cluster.key, []) if pk in by_pk]
        representative = by_pk.get(cluster.representative)
        first = trigrams(representative.body) if representative is not None else frozenset()
        for reflection in cards:
            group = cluster.group_of.get(reflection.pk)
            reflection.similar_group = cluster.groups[group] if group else None
            reflection.is_representative = reflection.pk == cluster.representative
            reflection.difference = None
            reflection.alike = _alike(representative, first, reflection, vector_of)
            # The words that differ help with near-copies; a text in other words is read
            # whole (its difference would mark every word).
            near_copy = reflection.alike is not None and reflection.alike.words >= THRESHOLD
            if near_copy and budget > 0:
                reflection.difference, spent = _difference(representative, reflection)
                budget -= spent
        cluster.representative_reflection = representative
        cluster.reflections = cards


@dataclass(frozen=True)
class Alike:
    """Why a card is beside its cluster's representative: the share of their trigrams in
    common, and the cosine of their vectors (None without both vectors)."""

    words: float
    meaning: float | None


def _alike(representative, first: frozenset[str], reflection, vector_of) -> Alike | None:
    """``first``: the representative's trigrams, made once for all its cards."""
    if representative is None or reflection.pk == representative.pk:
        return None
    words = _similarity(first, trigrams(reflection.body))
    a, b = vector_of.get(representative.pk), vector_of.get(reflection.pk)
    if a is None or b is None:
        return Alike(words, None)
    import numpy

    cosine = float(a @ b / ((numpy.linalg.norm(a) * numpy.linalg.norm(b)) or 1.0))
    return Alike(words, cosine)


# Words compared per card, and per page: near-copies differ in a few words, which costs a few
# hundred units of textdiff's budget; a long text in a chain of similar ones may cost more, and
# is shown whole instead (bounded: at most about 0.5 s for a page of 50 clusters).
CARD_DIFF_BUDGET = 20_000
PAGE_DIFF_BUDGET = 1_000_000


@dataclass(frozen=True)
class Difference:
    """A text against its cluster's representative: the HTML with the words that differ
    marked (papers.compare.diff_html), and how many words were added and left out."""

    html: str
    insertions: int
    deletions: int

    @property
    def is_same(self) -> bool:
        return not (self.insertions or self.deletions)


def _difference(
    representative: Reflection, reflection: Reflection
) -> tuple[Difference | None, int]:
    found = textdiff.diff(representative.body, reflection.body, budget=CARD_DIFF_BUDGET)
    if not found.is_complete:
        return None, found.work
    html = diff_html(representative.body, reflection.body, found.changes)
    return Difference(html, found.insertions, found.deletions), found.work


def clusters(version: PaperVersion, meaning=None, *, earlier_ok: bool = False) -> Clusters:
    """What the similar page shows: every cluster with an editors' group in it (no group
    leaves the page unseen), and the largest others up to MAX_CLUSTERS, largest first, each
    with its true size and at most MAX_SHOWN cards. Six or seven queries however large the
    consultation (four when its published texts changed since the pairs were worked out)."""
    found = _all_clusters(version, meaning, earlier_ok=earlier_ok)
    shown, proposals = Clusters(), 0
    shown.stale = found.stale
    for cluster in found:
        if cluster.groups:
            shown.append(cluster)
        elif proposals < MAX_CLUSTERS:
            shown.append(cluster)
            proposals += 1
    _with_cards(shown)
    return shown


def cluster(version: PaperVersion, pk: int, *, earlier_ok: bool = False) -> Cluster | None:
    """The cluster ``pk`` is in now (None: in none), without its cards (with_cards)."""
    every = _all_clusters(version, earlier_ok=earlier_ok)
    found = next((c for c in every if pk in c.ids), None)
    if found is not None:
        found.stale = every.stale
    return found


def with_cards(found: Cluster, ids: list[int]) -> Cluster:
    """``found`` with the reflections ``ids`` loaded as its cards (one query)."""
    _with_cards([found], {found.key: ids})
    return found
