"""Proposed clusters (#31): before any theme exists, the consultation's published
reflections divided by meaning into groups the editors can turn into themes, each named by
its Dutch key phrases and shown with the three texts that stand for it best; and, for a
theme that grew too wide, the two parts it would split into.

The method (measured on the held-out set, docs/embeddings.md):

- the vectors of reflections/vectors.py, the consultation's mean taken off and normalised
  (as governance/suggestions.py does: what all reflections on one paper share says nothing
  about which cluster one is in);
- a campaign (governance/campaigns.py: one letter sent by many) is one point, the mean of
  its copies: forty-five copies of one letter would otherwise pull a centre towards
  themselves and fill the key phrases with its words; its members all go where it goes;
- spherical k-means (Lloyd's iterations on the unit sphere) from k-means++ seeds drawn with
  a fixed seed: the same reflections give the same clusters on every run and machine;
- key phrases by class-based TF-IDF (Grootendorst, BERTopic 2022): the words of a cluster's
  texts lemmatised (simplemma, Dutch), function words left out, single words and pairs of
  adjacent words counted per cluster and weighed by how rare they are across clusters;
- the representative texts: the three closest to the cluster's centre, one per campaign.

Plain arithmetic on stored vectors: a page may call ``for_version``; worked out once per
state of the vectors and cached. The model runs only in the background job.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np
from django.conf import settings
from django.core.cache import cache

from civcare.core import documents, embeddings, generations
from papers.models import PaperVersion
from reflections import vectors as reflection_vectors
from reflections.models import Reflection

from . import campaigns
from .models import CODING_STATUSES, Theme, ThemeAssignment
from .suggestions import normalised

# The clusters' key phrases are words of the texts: erasing an account or redacting a text
# deletes them from the cache with the pages (generations.forget_rendered_pages).
CACHE_PREFIX = "governance:clusters"
generations.register_rendered_pages(f"{CACHE_PREFIX}:*")

# Fewer read reflections than this: nothing to propose (a handful is read faster by eye).
MIN_READ = 12
# The editors choose how many clusters; the default grows with the consultation.
FEWEST, MOST = 2, 20
SEED = 20261207
ITERATIONS = 40
PHRASES = 5
REPRESENTATIVES = 3

WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

# Dutch function words, and the words every reflection on a paper uses: they tell no cluster
# from another (c-TF-IDF would weigh most of them down; leaving them out keeps the phrases
# readable: no "de wachtlijst" beside "wachtlijst").
FUNCTION_WORDS = """
    aan af al alle alleen als altijd ander andere anders ben bij bijvoorbeeld binnen dan dat
    de deze die dit doe doen door dus echt een eens eigen elk elke en er erg ergens even
    geen geweest graag had hebben heb heeft hem hen het hier hij hoe hun iedereen iemand
    iets ik in is ja je jij jou jouw juist kan kon kunnen laat later maar me meer meest men
    met mij mijn mijzelf misschien moet moeten mogen na naar natuurlijk niet niets nog nu of
    om omdat ons onze ook op over per pas precies te tegen toch toen tot u uit uw van veel
    via voor vooral waar waarom wanneer want was wat we wel welke wie wij wil willen word
    worden wordt zal zij zich zijn zo zoals zonder zou zouden zelf zeer vaak zullen gaan
    komen krijgen maken staan zien zeggen weten vinden denken lijken geven houden blijven
    laten liggen ieder iedere enkele paar heel zeker waarin waarbij daarom daarbij daarin
    daarvan daardoor hierin hierbij zodat terwijl hoewel tussen paper positionpaper concept
    versie tekst reflectie reflecties lezen gelezen één twee drie vier vijf zes zeven acht
    negen tien twintig honderd eerste tweede keer dag week maand jaar uur tijd nooit steeds
    weer soms gewoon goed slecht groot klein nieuw oud lang kort hoog laag mens mensen ding
    dingen manier kant deel stuk beetje nemen zitten horen noemen vragen zetten brengen
    lopen stellen hoeven kijken spreken praten schrijven begrijpen beginnen gebeuren
    proberen zorgen werken helpen wonen weinig genoeg minder helemaal allemaal niks niemand
    elkaar alles zelfs daar eigenlijk inderdaad vanuit namelijk ooit verder ver alsof eerst
    haar enig enige vanaf ineens achteraf zelden opnieuw staat leggen duren vertellen
    benoemen kiezen bellen durven binden leren meteen tegelijk daarna daarvoor
"""
STOPWORDS = frozenset(FUNCTION_WORDS.split())


@functools.cache
def _lemmatizer():
    """simplemma's Dutch dictionary is read once per process (0.4 s), when clusters are first
    worked out, never when the site starts."""
    import simplemma

    return functools.lru_cache(maxsize=200_000)(
        lambda word: simplemma.lemmatize(word, lang="nl").lower()
    )


def terms(text: str) -> list[str]:
    """The lemmas of a text's content words, and each pair of adjacent ones ("vast
    aanspreekpunt"): what key phrases are chosen from."""
    lemma = _lemmatizer()
    kept: list[str | None] = []
    for word in WORD_RE.findall(text.lower()):
        found = lemma(word) if len(word) > 2 else ""
        kept.append(found if len(found) > 2 and found not in STOPWORDS else None)
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(kept) if a and b and a != b]
    return [term for term in kept if term] + pairs


def key_phrases(groups: list[list[list[str]]], *, most: int = PHRASES) -> list[list[str]]:
    """Per group of texts (each as its ``terms``), its ``most`` key phrases by class-based
    TF-IDF: a term's share of
    the group's terms times log(1 + A / its count over all groups), A the mean number of
    terms a group. A term must occur in two texts of the group (one writer's turn of phrase
    names no cluster); a word already in a chosen pair is not chosen again."""
    counted, spread = [], []
    for found in groups:
        counted.append(Counter(term for listed in found for term in listed))
        spread.append(Counter(term for listed in found for term in set(listed)))
    overall = Counter()
    for counts in counted:
        overall.update(counts)
    average = sum(overall.values()) / max(len(groups), 1)
    chosen = []
    for counts, texts_with, size in zip(counted, spread, map(len, groups), strict=True):
        total = sum(counts.values()) or 1
        needed = 2 if size >= 4 else 1
        weighed = sorted(
            ((count / total * math.log(1 + average / overall[term]), term)
             for term, count in counts.items() if texts_with[term] >= needed),
            key=lambda pair: (-pair[0], pair[1]),
        )  # fmt: skip
        phrases: list[str] = []
        for _weight, term in weighed:
            words = term.split()
            if any(word in phrase.split() for phrase in phrases for word in words):
                continue
            phrases.append(term)
            if len(phrases) == most:
                break
        chosen.append(phrases)
    return chosen


def kmeans(rows: np.ndarray, k: int, *, weights: np.ndarray | None = None) -> np.ndarray:
    """The cluster of each row (unit vectors), by spherical k-means from k-means++ seeds
    drawn with a fixed seed. ``weights``: how many reflections a row stands for."""
    n = len(rows)
    k = max(1, min(k, n))
    weights = np.ones(n) if weights is None else weights.astype(float)
    chosen = np.random.default_rng(SEED)
    centres = [rows[int(np.argmax(weights))]]
    distance = 1 - rows @ centres[0]
    for _ in range(1, k):
        spread = np.clip(distance, 0, None) * weights
        if spread.sum() <= 0:
            break
        pick = int(chosen.choice(n, p=spread / spread.sum()))
        centres.append(rows[pick])
        distance = np.minimum(distance, 1 - rows @ rows[pick])
    centre = np.vstack(centres)
    labels = np.full(n, -1)
    weighed = rows * weights[:, None]
    for _ in range(ITERATIONS):
        new = np.argmax(rows @ centre.T, axis=1)
        if np.array_equal(new, labels):
            break
        labels = new
        # Every centre at once: the weighed sum of its members (one product, not a pass over
        # the rows per cluster: 10,000 rows and 20 clusters in milliseconds).
        member_of = np.zeros((len(centre), n), dtype=weighed.dtype)
        member_of[labels, np.arange(n)] = 1
        totals = member_of @ weighed
        kept = totals.any(axis=1)  # a centre left without members stays where it was
        centre[kept] = normalised(totals[kept])
    return labels


def default_count(read: int) -> int:
    """The number of clusters first proposed: about the square root of a quarter of the
    reflections read (7 for 200, 12 for 600 or more), between 2 and 12."""
    return max(FEWEST, min(12, round(math.sqrt(read / 4))))


@dataclass
class ProposedCluster:
    number: int
    ids: list[int]  # every member, in order
    phrases: list[str]
    example_ids: list[int]
    campaigns: int = 0  # members that came in a campaign
    with_theme: int = 0  # members that have a theme already
    examples: list[Reflection] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.ids)

    @property
    def without_theme(self) -> int:
        return self.size - self.with_theme

    @property
    def digest(self) -> str:
        """What the editor was shown: a step on the cluster is refused when this changed."""
        return members_digest(self.ids)

    @property
    def anchor(self) -> str:
        return f"kies-cluster-{self.number}"

    @property
    def suggested_name(self) -> str:
        return ", ".join(self.phrases[:2]).capitalize()[:120]


def members_digest(ids) -> str:
    listed = ",".join(str(pk) for pk in sorted(ids))
    return hashlib.sha256(listed.encode()).hexdigest()[:32]


@dataclass
class Clustering:
    """What the themes page says about proposed clusters for one consultation."""

    available: bool = False
    published: int = 0
    read: int = 0
    count: int = 0  # clusters asked for
    clusters: list[ProposedCluster] = field(default_factory=list)
    # An earlier state's clusters (the job works out the present one): shown only while every
    # text they divided is published as it was.
    stale: bool = False

    @property
    def is_on(self) -> bool:
        return bool(self.clusters)

    @property
    def divided(self) -> int:
        """How many reflections the clusters hold: those read, or, for an earlier state's
        clusters, those read then."""
        return sum(cluster.size for cluster in self.clusters)

    def get(self, number: int) -> ProposedCluster | None:
        return next((c for c in self.clusters if c.number == number), None)


def for_version(
    version: PaperVersion, count: int | None = None, *, examples: bool = True,
    earlier_ok: bool = False,
) -> Clustering:  # fmt: skip
    """The proposed clusters of the published reflections on ``version`` that have a vector:
    ``count`` of them (else default_count), largest first, each with its key phrases, its
    representative texts (loaded: one query) and how many of its members have a theme (one
    query); with ``examples`` false, only the members and key phrases (the work list's
    filter, the job). Worked out once per state of the vectors and cached; ``earlier_ok``:
    a page may show the clusters of the state before while the job works out this one."""
    counted = Reflection.objects.filter(version=version, status=Reflection.Status.APPROVED)
    read = reflection_vectors.read_of(counted)
    found = Clustering(
        available=bool(read.read) or embeddings.installed(),
        published=read.published,
        read=read.read,
    )
    if found.read < MIN_READ:
        return found
    found.count = _count(found.read, count)
    key, earlier = _keys(version, read, found.count)
    # Only the counts the job works out ahead have an earlier result worth showing: the
    # default, and those editors asked for lately (remembered here for the job).
    ahead = _counts_ahead(version, found.read)
    if found.count not in ahead:
        _remember_asked(version, found.count)
    earlier_ok = earlier_ok and found.count in ahead

    def work() -> tuple[list[tuple], frozenset]:
        ids, rows = reflection_vectors.matrix(counted.values("pk"))
        # The texts divided: those with a vector (read with the others, not by 10,000 keys).
        with_vector = set(ids)
        digests = {pk: digest for pk, digest in counted.values_list("pk", "body_digest")
                   if pk in with_vector}  # fmt: skip
        kept = work_out(ids, rows, terms_of(version, counted, digests), found.count,
                        campaigns.of_version(version))  # fmt: skip
        return kept, frozenset((pk, digest[:16]) for pk, digest in digests.items())

    def still_valid(worked: tuple[list[tuple], frozenset]) -> bool:
        # Shown only if every text it divided is published still, as it was: its key
        # phrases are words of those texts (hidden, withdrawn or redacted since: not shown).
        return worked[1] <= _texts_of(counted)

    (kept, _texts), how = generations.cached_or_earlier(
        key, earlier, work, earlier_ok=earlier_ok, still_valid=still_valid, ttl=24 * 3600
    )
    found.stale = how == "earlier"
    found.clusters = [
        ProposedCluster(number, members, phrases, example_ids, in_campaign)
        for number, (members, phrases, example_ids, in_campaign) in enumerate(kept, start=1)
    ]
    if examples:  # what the themes page shows of each: its texts, and how many have a theme
        themed = set(ThemeAssignment.objects.filter(theme__version=version)
                     .values_list("reflection_id", flat=True).distinct())  # fmt: skip
        for cluster in found.clusters:
            cluster.with_theme = sum(pk in themed for pk in cluster.ids)
        _with_examples(found.clusters)
    return found


# The numbers of clusters other than the default that editors asked for on a version: the job
# works these out ahead too, for every new state (at 10,000 reflections 0.8 s each), so an
# editor who works with twenty clusters does not wait for them after each publication. The
# last ASKED_KEPT, for a day after they were last asked.
ASKED_KEPT = 3


def _asked_key(version: PaperVersion) -> str:
    return f"{CACHE_PREFIX}:asked:{version.pk}"


def _counts_ahead(version: PaperVersion, read: int) -> list[int]:
    """The default number of clusters, then those editors asked for lately."""
    default = _count(read)
    return [default, *(n for n in cache.get(_asked_key(version), []) if n != default)]


def _remember_asked(version: PaperVersion, count: int) -> None:
    asked = [n for n in cache.get(_asked_key(version), []) if n != count]
    cache.set(_asked_key(version), [*asked, count][-ASKED_KEPT:], 24 * 3600)


def _count(read: int, asked: int | None = None) -> int:
    """How many clusters: the editor's choice, else the default, within the bounds."""
    return max(FEWEST, min(MOST, asked or default_count(read)))


def _keys(version: PaperVersion, read, count: int) -> tuple[str, str]:
    """The cache keys of the present state's clusters and of the last worked out. Both under
    the prefix (erasure deletes them: key phrases are words), and the last also by the
    generation erasure bumps: a result being worked out while a text was erased or redacted
    is put where no page reads it."""
    # "2": what is kept holds the texts divided too (since 7 December 2026).
    key = generations.digest_key(CACHE_PREFIX, version.pk, documents.digest(*read.state, count, 2))
    erased = generations.generation(generations.GLOBAL)
    earlier = generations.digest_key(f"{CACHE_PREFIX}:earlier", version.pk, count, erased)
    return key, earlier


# What the kept terms are made by: changed when ``terms``, STOPWORDS or the lemmatiser change,
# so that terms kept by an earlier release are not read.
TERMS_VERSION = 1


def _terms_key(version_pk: int, generation) -> str:
    return generations.digest_key(f"{CACHE_PREFIX}:terms", TERMS_VERSION, version_pk, generation)


def terms_of(version: PaperVersion, published, digests: dict[int, str] | None = None
             ) -> dict[int, list[str]]:  # fmt: skip
    """The ``terms`` of every text in ``published`` (of those in ``digests``, {pk: its
    body_digest}, where given), by reflection. Lemmatising is most of the work of dividing a
    large consultation (1.2 s of 2 at 10,000 texts), and the texts barely change between one
    division and the next (another number of clusters, a few new publications): the terms
    are kept per version by the digest of each text, and only new or changed texts are
    read. Terms are words of the texts: they are kept by the generation erasure and
    redaction renew, and what a division stores while an erasure runs is deleted again
    (generations.store_unless_forgotten). A text no longer published since ``digests``
    were read gets no terms."""
    generation = generations.generation(generations.GLOBAL)
    key = _terms_key(version.pk, generation)
    if digests is None:
        digests = dict(published.values_list("pk", "body_digest"))
    kept = cache.get(key) or {}
    found = {pk: kept[digest] for pk, digest in digests.items() if digest and digest in kept}
    present = {digests[pk]: found[pk] for pk in found}
    missing = digests.keys() - found.keys()
    # A few new texts by their keys; many (the first division, after an erasure) all at once.
    read = published.filter(pk__in=missing) if len(missing) <= 500 else published
    # Each body with its own digest, read together: a text changed since ``digests`` were
    # read is kept under the digest of the words lemmatised, never under the earlier one.
    for pk, body, digest in read.values_list("pk", "body", "body_digest"):
        if pk in missing:
            found[pk] = terms(body)
            if digest:
                present[digest] = found[pk]
    if present.keys() != kept.keys():  # new texts read, or texts gone
        generations.store_unless_forgotten({key: present}, 24 * 3600, since=generation)
    return found


def _texts_of(published) -> frozenset:
    """Which texts (reflection and the digest of its text) ``published`` holds."""
    return frozenset((pk, digest[:16]) for pk, digest in published.values_list("pk", "body_digest"))


def work_out(ids: list[int], rows: np.ndarray, terms_by_id: dict[int, list[str]], count: int,
             in_campaign: dict[int, tuple[int, int]]) -> list[tuple]:  # fmt: skip
    """[(member ids, key phrases, example ids, members from a campaign)], largest first;
    ``terms_by_id``: each reflection's ``terms``."""
    if not ids:
        return []
    centred = normalised(rows - rows.mean(axis=0))
    # One point per campaign (its copies' mean), one per other reflection.
    points: dict[object, list[int]] = defaultdict(list)
    for row, pk in enumerate(ids):
        campaign = in_campaign.get(pk)
        points[("campagne", campaign[0]) if campaign else pk].append(row)
    keys = list(points)
    point_rows = normalised(np.vstack([centred[points[key]].mean(axis=0) for key in keys]))
    weights = np.array([len(points[key]) for key in keys])
    labels = kmeans(point_rows, count, weights=weights)
    return _describe(ids, terms_by_id, points, keys, point_rows, labels)


def _describe(ids, terms_by_id, points, keys, point_rows, labels) -> list[tuple]:
    """Each cluster of ``labels`` (over the points ``keys``, each standing for the rows
    ``points[key]`` of ``ids``) as (member ids, key phrases, example ids, members from a
    campaign), largest first."""

    def first(i: int) -> int:  # the reflection a point shows: a campaign's first copy
        return ids[points[keys[i]][0]]

    def weight(i: int) -> int:
        return len(points[keys[i]])

    members_of: dict[int, list[int]] = defaultdict(list)
    for index, label in enumerate(labels):
        members_of[int(label)].append(index)

    def largest_first(group: list[int]) -> tuple[int, int]:
        return -sum(map(weight, group)), min(map(first, group))

    groups = sorted(members_of.values(), key=largest_first)
    # The key phrases: a campaign counts as one text.
    # (A text withdrawn while the division read the others has no terms: it names nothing.)
    phrases = key_phrases([[terms_by_id.get(first(i), []) for i in group] for group in groups])
    found = []
    for group, chosen in zip(groups, phrases, strict=True):
        centre = normalised(point_rows[group].mean(axis=0)[None])[0]
        closest = sorted(group, key=lambda i: (-float(point_rows[i] @ centre), first(i)))
        members = sorted(ids[row] for i in group for row in points[keys[i]])
        from_campaigns = sum(weight(i) for i in group if isinstance(keys[i], tuple))
        found.append((members, chosen, [first(i) for i in closest[:REPRESENTATIVES]],
                      from_campaigns))  # fmt: skip
    return found


def _with_examples(clusters: list[ProposedCluster]) -> None:
    wanted = {pk for cluster in clusters for pk in cluster.example_ids}
    by_pk = Reflection.objects.filter(pk__in=wanted).select_related("section", "question").in_bulk()
    for cluster in clusters:
        cluster.examples = [by_pk[pk] for pk in cluster.example_ids if pk in by_pk]


@documents.prepare_ahead
def prepare_ahead() -> int:
    """The background job's part: the clusters first proposed for every version the editors
    code, and those of the numbers editors asked for lately, worked out when its vectors
    changed, so the themes page finds them (0.5 s at 1,000 reflections, about a second at
    10,000, each). Two queries per version when nothing changed."""
    worked = 0
    for version in PaperVersion.objects.filter(status__in=CODING_STATUSES).order_by("pk"):
        counted = Reflection.objects.filter(version=version, status=Reflection.Status.APPROVED)
        read = reflection_vectors.read_of(counted)
        if read.read < MIN_READ:
            continue
        counts = _counts_ahead(version, read.read)
        waiting = [n for n in counts if cache.get(_keys(version, read, n)[0]) is None]
        if not waiting:
            continue  # nothing changed since
        # At most once per interval while vectors keep arriving (as similarity's pairs).
        if not generations.due(
            f"{CACHE_PREFIX}:ahead:{version.pk}", settings.AHEAD_INTERVAL_SECONDS
        ):
            continue
        for count in waiting:  # the default first
            worked += for_version(version, count, examples=False).is_on
    return worked


def parts_of(theme: Theme) -> list[ProposedCluster]:
    """The two parts ``theme``'s reflections would split into (their vectors, centred on the
    consultation's mean), each with its key phrases and representative texts; empty when
    fewer than four of them have a vector. Worked out once per state of the vectors and of
    the theme's members and cached (every vector of the consultation is read for its mean:
    15 MB at 10,000)."""
    counted = Reflection.objects.filter(version=theme.version_id, status=Reflection.Status.APPROVED)
    members = sorted(theme.assignments.values_list("reflection_id", flat=True))
    if len(members) < 4:
        return []
    read = reflection_vectors.read_of(counted)
    key = generations.digest_key(f"{CACHE_PREFIX}:parts", theme.pk, read.state,
                                 members_digest(members))  # fmt: skip
    described = cache.get(key)
    if described is None:
        described = _parts(counted, members)
        cache.set(key, described, 24 * 3600)
    parts = [ProposedCluster(number, ids, phrases, examples, in_campaign)
             for number, (ids, phrases, examples, in_campaign)
             in enumerate(described, start=1)]  # fmt: skip
    _with_examples(parts)
    return parts


def _parts(counted, members: list[int]) -> list[tuple]:
    ids, rows = reflection_vectors.matrix(counted.values("pk"))
    if len(ids) < 2:
        return []
    centred = normalised(rows - rows.mean(axis=0))
    row_of = {pk: row for row, pk in enumerate(ids)}
    mine = [pk for pk in members if pk in row_of]
    if len(mine) < 4:
        return []
    found = {pk: terms(body) for pk, body in counted.filter(pk__in=mine).values_list("pk", "body")}
    points = {pk: [i] for i, pk in enumerate(mine)}
    point_rows = centred[[row_of[pk] for pk in mine]]
    described = _describe(mine, found, points, list(points), point_rows, kmeans(point_rows, 2))
    return described if len(described) == 2 else []
