"""Proposed clusters (governance/clusters.py, #31): the consultation divided by meaning before
any theme exists, a campaign one point that takes all its copies along, Dutch key phrases,
the three texts that stand for a cluster, the same division on every run; and a theme's two
parts. The vectors here are made by hand (three directions and some noise): what is tested is
the arithmetic on what the job stores, not the model (the held-out figures are in
docs/embeddings.md)."""

import numpy as np
import pytest
from django.core.cache import cache

from civcare.accounts.tests.factories import editor
from civcare.core import embeddings, generations
from governance import clusters, transitions
from governance.models import ThemeAssignment
from papers.tests.factories import build_paper
from reflections import vectors as reflection_vectors
from reflections.models import Reflection, ReflectionVector
from reflections.tests.factories import approved

WAITING = [
    "De wachtlijst voor de ggz is maanden lang; op de wachtlijst verergeren de klachten.",
    "Mijn zoon staat al een jaar op een wachtlijst voor begeleid wonen.",
    "Een wachtlijst van negen maanden voor een eerste gesprek is onacceptabel.",
    "Op de wachtlijst hoor je niets; een wachtlijst zonder aanspreekpunt is eenzaam.",
    "Wachtlijsten in de jeugdzorg duren te lang voor gezinnen in nood.",
    "Zet op de wachtlijst iemand naast de wachtende, zodat de wachtlijst draaglijk wordt.",
]
PRIVACY = [
    "Mijn dossier werd zonder toestemming gedeeld met de gemeente.",
    "Wie mag mijn dossier inzien? Het dossier hoort bij de cliënt.",
    "In het dossier stonden fouten die ik niet mocht laten verbeteren.",
    "Gegevens uit het dossier gingen naar de verzekeraar zonder dat iemand het vroeg.",
    "Het medisch dossier moet van de cliënt zijn, niet van de instelling.",
    "Toestemming vragen voordat het dossier wordt gedeeld zou vanzelf moeten spreken.",
]
CARERS = [
    "Als mantelzorger draai ik alles zelf naast mijn baan.",
    "Respijtzorg voor de mantelzorger is nauwelijks te krijgen.",
    "De mantelzorger wordt vergeten terwijl zij elke dag klaarstaat.",
    "Mantelzorgers raken overbelast en niemand vraagt hoe het gaat.",
    "Ik ben mantelzorger voor mijn moeder en heb geen avond meer vrij.",
    "Een mantelzorger heeft recht op ondersteuning, niet op nog een formulier.",
]
LETTER = (
    "Geachte redactie, namens het cliëntenplatform vragen wij u de wachttijden in versie 1.0 "
    "te begrenzen: niemand mag langer dan vier weken wachten zonder vast aanspreekpunt."
)


def store_vectors(reflections, direction: int, rng, *, spread: float = 0.25) -> None:
    """Each reflection a vector near axis ``direction`` (as the job would store it)."""
    for reflection in reflections:
        vector = rng.normal(0, spread, embeddings.DIMENSIONS).astype(np.float32)
        vector[direction] += 3.0
        vector[383] += 5.0  # what every text on one paper shares: centring takes it off
        ReflectionVector.objects.create(
            reflection=reflection, digest=reflection.body_digest, model=embeddings.MODEL,
            vector=embeddings.to_bytes(vector / np.linalg.norm(vector)),
        )  # fmt: skip


@pytest.fixture
def consultation(db):
    """Eighteen reflections on three subjects, each with its vector; and a campaign of five
    copies of one letter, near the waiting subject."""
    version = build_paper(code="SHPP003-72", sections=2, groups=1, questions_per_group=1)
    rng = np.random.default_rng(7)
    made = {}
    for direction, (name, texts) in enumerate((("waiting", WAITING), ("privacy", PRIVACY),
                                               ("carers", CARERS))):  # fmt: skip
        made[name] = [approved(version=version, body=text) for text in texts]
        store_vectors(made[name], direction, rng)
    towns = ["Utrecht", "Zwolle", "Breda", "Assen", "Venlo"]
    made["campaign"] = [approved(version=version, body=f"{LETTER} Groet uit {town}.")
                        for town in towns]  # fmt: skip
    store_vectors(made["campaign"], 0, rng, spread=0.02)
    return version, made


def ids(reflections) -> list[int]:
    return sorted(r.pk for r in reflections)


def test_three_subjects_are_three_clusters_each_whole(consultation, django_assert_num_queries):
    version, made = consultation
    found = clusters.for_version(version, 3)
    assert (found.read, found.published, found.count) == (23, 23, 3)
    members = sorted(sorted(c.ids) for c in found.clusters)
    waiting = sorted(ids(made["waiting"]) + ids(made["campaign"]))
    assert members == sorted([waiting, ids(made["privacy"]), ids(made["carers"])])
    # Largest first: the waiting cluster holds the campaign's five copies.
    assert (found.clusters[0].size, found.clusters[0].campaigns) == (11, 5)
    # The same reflections give the same division (fixed seeds), from the cache or not.
    with django_assert_num_queries(3):  # the counts, the themes given, the three examples
        again = clusters.for_version(version, 3)
    assert [c.ids for c in again.clusters] == [c.ids for c in found.clusters]
    assert [c.digest for c in again.clusters] == [c.digest for c in found.clusters]


def test_a_cluster_is_named_by_its_dutch_key_phrases_and_shown_by_three_texts(consultation):
    version, made = consultation
    found = {c.ids[0]: c for c in clusters.for_version(version, 3).clusters}
    privacy = next(c for c in found.values() if set(c.ids) == set(ids(made["privacy"])))
    carers = next(c for c in found.values() if set(c.ids) == set(ids(made["carers"])))
    waiting = next(c for c in found.values() if c.campaigns)
    # Lemmas: "wachtlijsten" counts as "wachtlijst", "mantelzorgers" as "mantelzorger".
    assert privacy.phrases[0] == "dossier"
    assert carers.phrases[0] == "mantelzorger"
    assert "wachtlijst" in waiting.phrases
    # Function words and the words of every reflection never name a cluster.
    for cluster in (privacy, carers, waiting):
        assert not set(" ".join(cluster.phrases).split()) & clusters.STOPWORDS
        assert len(cluster.examples) == 3 and set(cluster.example_ids) <= set(cluster.ids)
    # The name offered: its first two phrases, as a name starts.
    assert carers.suggested_name == ", ".join(carers.phrases[:2]).capitalize()
    assert carers.suggested_name.startswith("Mantelzorger")
    # The campaign is one text among the examples at most, not three copies of one letter.
    letters = [r for r in waiting.examples if r.body.startswith("Geachte redactie")]
    assert len(letters) <= 1


def test_the_number_of_clusters_is_the_editors_choice_within_bounds(consultation):
    version, _made = consultation
    assert clusters.for_version(version, 2).count == 2
    assert clusters.for_version(version, 99).count == clusters.MOST
    assert clusters.for_version(version).count == clusters.default_count(23) == 2
    assert [clusters.default_count(n) for n in (200, 600, 10_000)] == [7, 12, 12]


def test_members_with_a_theme_are_counted_not_hidden(consultation):
    version, made = consultation

    roos = editor()
    theme = transitions.create_theme(version, by=roos, name="Privacy")
    transitions.assign_theme(theme, ids(made["privacy"])[:4], by=roos)
    privacy = next(c for c in clusters.for_version(version, 3).clusters
                   if set(c.ids) == set(ids(made["privacy"])))  # fmt: skip
    assert (privacy.size, privacy.with_theme, privacy.without_theme) == (6, 4, 2)


def test_without_vectors_nothing_is_proposed_and_the_reason_is_known(db, settings):
    version = build_paper(code="SHPP003-73", sections=1)
    for text in WAITING:
        approved(version=version, body=text)
    found = clusters.for_version(version)
    assert (found.is_on, found.read, found.published) == (False, 0, 6)
    assert found.available == embeddings.installed()


def test_a_theme_splits_into_the_two_parts_it_holds(consultation):
    version, made = consultation

    roos = editor()
    wide = transitions.create_theme(version, by=roos, name="Alles over de zorg")
    transitions.assign_theme(wide, ids(made["privacy"]) + ids(made["carers"]), by=roos)
    parts = clusters.parts_of(wide)
    assert sorted(sorted(p.ids) for p in parts) == sorted([ids(made["privacy"]),
                                                           ids(made["carers"])])  # fmt: skip
    assert {p.phrases[0] for p in parts} == {"dossier", "mantelzorger"}
    narrow = transitions.create_theme(version, by=roos, name="Klein")
    transitions.assign_theme(narrow, ids(made["privacy"])[:3], by=roos)
    assert clusters.parts_of(narrow) == []  # fewer than four: nothing to split
    assert ThemeAssignment.objects.filter(theme=wide).count() == 12


def test_kmeans_keeps_a_heavy_point_whole_and_is_deterministic():
    rng = np.random.default_rng(1)
    first, second = np.eye(4)[0], np.eye(4)[1]
    rows = np.vstack([rng.normal(0, 0.1, (5, 4)) + first,
                      rng.normal(0, 0.1, (5, 4)) + second])  # fmt: skip
    rows = rows / np.linalg.norm(rows, axis=1, keepdims=True)
    labels = clusters.kmeans(rows, 2, weights=np.array([45, 1, 1, 1, 1, 1, 1, 1, 1, 1]))
    assert len(set(labels[:5])) == 1 and len(set(labels[5:])) == 1 and labels[0] != labels[5]
    assert list(clusters.kmeans(rows, 2)) == list(clusters.kmeans(rows, 2))


def test_erasure_forgets_the_clusters_key_phrases(consultation):
    """The key phrases are words of the texts: when an account is erased or a text redacted,
    the rendered pages are forgotten and the clusters' cached phrases with them."""
    from django.core.cache import cache

    from civcare.core import generations

    version, _made = consultation
    clusters.for_version(version, 3)
    assert f"{clusters.CACHE_PREFIX}:*" in generations.RENDERED_PAGE_PATTERNS
    cached = [key for key in cache._cache if clusters.CACHE_PREFIX in key]
    assert cached
    generations.forget_rendered_pages()
    assert not [key for key in cache._cache if clusters.CACHE_PREFIX in key]


def test_after_an_erasure_no_clusters_worked_out_before_it_are_shown(consultation, settings):
    """A result being worked out while a text was erased or redacted could be stored after
    the erasure deleted the cache: the last result is kept by the generation erasure
    bumps, so nothing from before it is shown as 'the clusters of a moment ago'."""
    from civcare.core import generations

    settings.EARLIER_RESULTS_SECONDS = 90
    version, _made = consultation
    clusters.for_version(version, earlier_ok=True)
    newcomer = approved(version=version, body="Wachten op hulp is het ergste.")
    store_vectors([newcomer], 0, np.random.default_rng(5))
    assert clusters.for_version(version, earlier_ok=True).stale
    # A worker that read the texts before an erasure stores its result after it.
    counted = Reflection.objects.filter(version=version, status=Reflection.Status.APPROVED)
    read = reflection_vectors.read_of(counted)
    _key, earlier = clusters._keys(version, read, clusters.default_count(read.read))
    late = cache.get(earlier)
    generations.forget_rendered_pages()
    cache.set(earlier, late)
    assert not clusters.for_version(version, earlier_ok=True).stale


def test_another_number_of_clusters_reads_no_text_again(consultation, django_assert_num_queries):
    """Lemmatising the texts is most of a division's work: the terms are kept per version
    by each text's digest, so asking for another number of clusters reads the texts' digests
    and no text; a text changed since is read again, and its old words are not kept."""
    version, made = consultation
    clusters.for_version(version, 3)  # the first division reads every text
    published = Reflection.objects.filter(version=version, status=Reflection.Status.APPROVED)
    with django_assert_num_queries(1):  # the digests; every text's terms were kept
        kept = clusters.terms_of(version, published)
    assert kept[made["privacy"][0].pk] == clusters.terms(PRIVACY[0])
    changed = made["privacy"][0]
    changed.body = "Het dossier werd gedeeld met de buurvrouw van mijn tante."
    changed.save()
    again = clusters.terms_of(version, published)
    assert "buurvrouw" in again[changed.pk] and "toestemming" not in again[changed.pk]
    stored = cache.get(clusters._terms_key(version.pk, generations.generation(generations.GLOBAL)))
    assert len(stored) == len(kept) and Reflection.digest(PRIVACY[0]) not in stored


def test_the_kept_terms_are_not_read_after_an_erasure(consultation):
    """Terms are words of the texts: after an erasure or a redaction the terms kept before
    are never read (the generation they are kept by has moved on), even if a division that
    ran during the erasure stored them after it."""
    version, _made = consultation
    published = Reflection.objects.filter(version=version, status=Reflection.Status.APPROVED)
    kept = clusters.terms_of(version, published)
    before = clusters._terms_key(version.pk, generations.generation(generations.GLOBAL))
    late = cache.get(before)
    generations.forget_rendered_pages()
    cache.set(before, {digest: ["geheim"] for digest in late})  # a late write, tampered
    assert clusters.terms_of(version, published) == kept


def test_the_job_works_out_ahead_the_numbers_of_clusters_editors_asked_for(
    consultation, monkeypatch
):
    """An editor who works with five clusters does not wait for them after each publication:
    the job works out ahead the default and the numbers asked for lately (the last
    ASKED_KEPT), and the page shows them from the cache, or the last ones while the job
    works."""
    version, _made = consultation
    default = clusters.default_count(23)
    clusters.for_version(version, 5)  # an editor asks for five
    newcomer = approved(version=version, body="Wachten op hulp is het ergste.")
    store_vectors([newcomer], 0, np.random.default_rng(5))
    divided = []
    real = clusters.work_out
    monkeypatch.setattr(clusters, "work_out", lambda *a: divided.append(a[3]) or real(*a))
    assert clusters.prepare_ahead() == 2
    assert divided == [default, 5]  # the default first
    found = clusters.for_version(version, 5, earlier_ok=True)
    assert (divided, found.stale, found.count, found.read) == ([default, 5], False, 5, 24)
    assert clusters.prepare_ahead() == 0  # nothing changed since
    for count in (3, 4, default, 6):
        clusters.for_version(version, count)
    assert clusters._counts_ahead(version, 24) == [default, 3, 4, 6]  # five fell out


def test_a_text_changed_while_a_division_reads_is_kept_under_its_own_words(consultation):
    """The digests and the texts are read in two queries: a text changed between them (an
    edit accepted) is lemmatised as it is now and kept under the digest of those words, not
    under the earlier digest another copy of the earlier text would be read by."""
    version, made = consultation
    published = Reflection.objects.filter(version=version, status=Reflection.Status.APPROVED)
    digests = dict(published.values_list("pk", "body_digest"))  # the first query
    changed = made["privacy"][0]
    changed.body = "Het dossier werd gedeeld met de buurvrouw van mijn tante."
    changed.save()
    found = clusters.terms_of(version, published, digests)
    assert "buurvrouw" in found[changed.pk]
    kept = cache.get(clusters._terms_key(version.pk, generations.generation(generations.GLOBAL)))
    assert kept[changed.body_digest] == found[changed.pk]
    assert Reflection.digest(PRIVACY[0]) not in kept  # nothing under the earlier text's digest


def test_terms_stored_while_an_erasure_ran_are_deleted_again(consultation, monkeypatch):
    """A division lemmatises for a second at 10,000 texts: an erasure in that second deletes
    the cache and renews the generation, and the division's late write would leave the
    erased words in the cache for a day (unread, but there). It deletes them again."""
    version, _made = consultation
    published = Reflection.objects.filter(version=version, status=Reflection.Status.APPROVED)
    before = generations.generation(generations.GLOBAL)
    real = clusters.terms
    erased = []

    def terms_while_erasing(text):
        if not erased:
            erased.append(1)
            generations.forget_rendered_pages()
        return real(text)

    monkeypatch.setattr(clusters, "terms", terms_while_erasing)
    clusters.terms_of(version, published)
    assert cache.get(clusters._terms_key(version.pk, before)) is None
