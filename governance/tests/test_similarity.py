"""Similar reflections (similarity.py): what counts as a near-duplicate, the clusters shown to
the editors, and the same answer from PostgreSQL's pg_trgm and from the Python fallback."""

import itertools
import random
import types
import zlib
from collections import Counter

import pytest
from django.db import connection

from civcare.accounts.tests.factories import editor
from civcare.core import documents
from governance import similarity, transitions
from governance.models import SimilarityGroup
from papers.caching import bump
from papers.tests.factories import build_paper
from reflections import moderation
from reflections.tests.factories import approved

pytestmark = pytest.mark.django_db

NETWORK = (
    "Toen mijn broer vastliep in de zorg, sprak niemand met ons als familie. Het netwerk werd "
    "pas gehoord toen het te laat was, en toen was de relatie met de hulpverlening al kapot."
)
CAMPAIGN = (
    "Als cliëntenraad vragen wij dat elke zorgaanbieder een vast aanspreekpunt aanwijst voor "
    "naasten, bereikbaar binnen een werkdag, ook bij een crisis buiten kantoortijden."
)
# (label, text): the test set. Same letter = meant as near-duplicates.
TEXTS = [
    ("A1", NETWORK),
    ("A2", NETWORK + " Dat moet anders."),  # the same person, a sentence added
    ("A3", NETWORK.replace("mijn broer", "mijn zus")),  # a close variant
    ("B1", CAMPAIGN),  # a text copied by several people
    ("B2", CAMPAIGN),
    ("B3", "  " + CAMPAIGN.upper() + "  "),  # case and spaces do not matter
    # Different reflections on the same subject, sharing the paper's vocabulary: not similar.
    ("C", "Het netwerk van de cliënt wordt te laat betrokken; de zorgrelatie loopt dan vast."),
    ("D", "Juridisering maakt het gesprek over herstel moeilijker, zeker bij een crisis."),
    ("E", "Als familie voelden wij ons buitengesloten door de regels van de instelling."),
    ("F", "Een vast aanspreekpunt helpt, maar alleen als die persoon ook tijd krijgt."),
]
EXPECTED_CLUSTERS = [{"A1", "A2", "A3"}, {"B1", "B2", "B3"}]


@pytest.fixture
def consultation():
    version = build_paper(code="SHPP003-73", sections=1, groups=1, questions_per_group=1)
    made = {label: approved(version=version, body=text) for label, text in TEXTS}
    return version, made


def labelled(clusters, made):
    by_pk = {r.pk: label for label, r in made.items()}
    return [{by_pk[r.pk] for r in cluster.reflections} for cluster in clusters]


def test_the_trigrams_are_those_of_pg_trgm():
    assert similarity.trigrams("cat") == {"  c", " ca", "cat", "at "}
    assert similarity.trigrams("Cat, cat!") == similarity.trigrams("cat")
    assert similarity.similarity("", "cat") == 0.0
    assert similarity.similarity("word", "word") == 1.0


def test_near_duplicates_cluster_and_different_reflections_do_not(consultation):
    version, made = consultation
    found = labelled(similarity.clusters(version), made)
    assert sorted(found, key=min) == EXPECTED_CLUSTERS
    # The closest pair of two *different* reflections stays far below the threshold.
    others = [text for label, text in TEXTS if label in "CDEF"]
    closest = max(
        similarity.similarity(a, b) for a in [*others, NETWORK, CAMPAIGN] for b in others if a != b
    )
    assert closest < similarity.THRESHOLD / 2


def test_a_grouped_cluster_says_so(consultation):
    version, made = consultation
    roos = editor()
    transitions.form_group(version, [made["B1"].pk, made["B2"].pk, made["B3"].pk], by=roos)
    state = {
        frozenset(labelled([c], made)[0]): c.already_grouped for c in similarity.clusters(version)
    }
    assert state == {frozenset({"A1", "A2", "A3"}): False, frozenset({"B1", "B2", "B3"}): True}


def test_moving_a_reflection_to_another_group_dissolves_a_group_left_alone(consultation):
    version, made = consultation
    roos = editor()
    first = transitions.form_group(version, [made["A1"].pk, made["A2"].pk], by=roos)
    transitions.form_group(version, [made["A2"].pk, made["A3"].pk], by=roos)
    assert not type(first).objects.filter(pk=first.pk).exists()  # A1 alone is no group
    with pytest.raises(transitions.InvalidTransition, match="minstens twee"):
        transitions.form_group(version, [made["C"].pk], by=roos)


def brute_force(sets):
    return sorted(
        (a, b, similarity._similarity(sets[a], sets[b]))
        for a, b in itertools.combinations(sorted(sets), 2)
        if similarity._similarity(sets[a], sets[b]) >= similarity.THRESHOLD
    )


def test_the_join_finds_exactly_the_pairs_that_comparing_every_pair_finds():
    """Prefix filtering skips comparisons, never pairs: checked against all pairs on texts
    built to sit around the threshold (copies, small edits, shared sentences, strangers)."""
    rng = random.Random(7)
    words = [f"woord{n}" for n in range(300)]
    base = [" ".join(rng.sample(words, 30)) for _ in range(12)]
    texts = []
    for n in range(240):
        text = base[n % 12].split()
        for _ in range(rng.randint(0, 14)):  # edits: from a copy to a rewrite
            text[rng.randrange(len(text))] = rng.choice(words)
        texts.append(" ".join(text))
    sets = {pk: similarity.trigrams(text) for pk, text in enumerate(texts)}
    expected = brute_force(sets)
    assert len(expected) > 100  # the test set has pairs on both sides of the threshold
    assert similarity.join(sets) == expected


@pytest.mark.postgres
def test_postgresql_and_the_python_fallback_give_the_same_pairs(consultation):
    """pg_trgm's trigrams through the join, pg_trgm's similarity() on every pair, and the
    Python fallback: the same pairs with the same scores."""
    version, _made = consultation
    found = similarity.join(similarity._trigram_sets_in_postgresql(version))
    in_python = similarity.join(similarity._trigram_sets_in_python(version))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT a.id, b.id, similarity(a.body, b.body) FROM reflections_reflection a "
            "JOIN reflections_reflection b ON b.version_id = a.version_id AND b.id > a.id "
            "WHERE a.version_id = %s AND similarity(a.body, b.body) >= %s",
            [version.pk, similarity.THRESHOLD],
        )
        every_pair = sorted(cursor.fetchall())
    assert [(a, b) for a, b, _ in found] == [(a, b) for a, b, _ in every_pair]
    assert [(a, b) for a, b, _ in in_python] == [(a, b) for a, b, _ in every_pair]
    for (_a, _b, score), (_x, _y, exact) in zip(found, every_pair, strict=True):
        assert score == pytest.approx(exact, abs=1e-4)


def test_a_group_formed_by_hand_is_shown_though_no_pair_suggests_it(consultation):
    version, made = consultation
    transitions.form_group(version, [made["C"].pk, made["D"].pk], by=editor())
    found = similarity.clusters(version)
    by_hand = [c for c in found if c.best is None]
    assert [{r.pk for r in c.reflections} for c in by_hand] == [{made["C"].pk, made["D"].pk}]
    assert by_hand[0].already_grouped


def test_a_text_copied_by_many_shows_a_bounded_cluster_and_counts_the_rest(consultation):
    version, made = consultation
    copies = [approved(version=version, body=CAMPAIGN) for _ in range(similarity.MAX_SHOWN + 6)]
    biggest = similarity.clusters(version)[0]
    assert len(biggest.reflections) == similarity.MAX_SHOWN
    # Its true size: the three B texts are copies of the same campaign.
    assert biggest.size == similarity.MAX_SHOWN + 6 + 3
    assert biggest.hidden == 6 + 3
    assert biggest.ids == sorted([made["B1"].pk, made["B2"].pk, made["B3"].pk,
                                  *(r.pk for r in copies)])  # fmt: skip


def computations(monkeypatch) -> list:
    """Every time the pairs are worked out from the texts (on the Python fallback)."""
    computed = []
    real = similarity._trigram_sets_in_python
    monkeypatch.setattr(
        similarity, "_trigram_sets_in_python", lambda v: computed.append(1) or real(v)
    )
    monkeypatch.setattr(similarity.connection, "vendor", "sqlite")
    return computed


def test_the_pairs_are_computed_once_per_state_of_the_reflections(consultation, monkeypatch):
    version, _made = consultation
    computed = computations(monkeypatch)
    similarity.clusters(version)
    similarity.clusters(version)
    assert len(computed) == 1
    approved(version=version, body=NETWORK)  # an approval (an edit, a withdrawal: the same)
    similarity.clusters(version)
    assert len(computed) == 2


def test_what_changes_no_group_does_not_work_the_groups_out_again(consultation, monkeypatch):
    """Shown anonymously or quotable, or the paper's pages renewed (a disposition, a section
    amended): the published texts are the same, and so are the groups."""
    version, made = consultation
    computed = computations(monkeypatch)
    similarity.clusters(version)
    author = made["A1"].author
    moderation.change_presentation(made["A1"], by=author, is_anonymous=True, may_quote=True)
    bump(version.pk)
    similarity.clusters(version)
    assert len(computed) == 1
    moderation.withdraw(made["A2"], by=made["A2"].author)  # no longer published: it is
    found = similarity.clusters(version)
    assert len(computed) == 2
    assert made["A2"].pk not in {pk for cluster in found for pk in cluster.ids}


def test_the_background_job_works_the_groups_out_before_an_editor_asks(consultation, monkeypatch):
    """Cold, the similar page at 1,000 reflections made its editor wait 6 s (22 s on a loaded
    machine): the job works the pairs out after every change, and the page finds them."""
    version, _made = consultation
    computed = computations(monkeypatch)
    documents.work(watch=True)
    assert len(computed) == 1
    similarity.clusters(version)
    assert len(computed) == 1  # the page found them
    documents.work(watch=True)
    assert len(computed) == 1  # nothing changed: nothing worked out again
    approved(version=version, body=NETWORK)
    documents.work(watch=True)
    assert len(computed) == 2
    similarity.clusters(version)
    assert len(computed) == 2


def test_a_version_no_longer_coded_is_not_worked_out(consultation, monkeypatch):
    version, _made = consultation
    computed = computations(monkeypatch)
    version.status = version.Status.SUPERSEDED
    version.save(update_fields=["status"])
    documents.work(watch=True)
    assert computed == []


def near_copies(count: int) -> list[str]:
    """A text copied by ``count`` people, each changing a word or adding a sentence."""
    words = CAMPAIGN.split()
    texts = []
    for n in range(count):
        copy = list(words)
        copy[n % len(words)] = f"woord{n}"
        texts.append(" ".join(copy) + (f" Aanvulling {n}." if n % 3 == 0 else ""))
    return texts


def test_a_group_of_hundreds_of_near_copies_is_found_with_a_few_comparisons_per_text():
    """300 near-copies: one group of 300 (each text is similar to every other one), found
    with at most PER_GROUP comparisons per text, where every pair was 45,000."""
    sets = {pk: similarity.trigrams(text) for pk, text in enumerate(near_copies(300))}
    assert len(similarity.join(sets)) == 300 * 299 // 2  # every pair is a near-copy
    found = similarity.links(sets)
    assert found.compared <= similarity.PER_GROUP * 300
    groups = {}
    for a, b, _score in found.pairs:
        groups.setdefault(a, {a}).add(b)
    linked = set().union(*groups.values())
    assert linked == set(range(300)) and len(found.pairs) >= 299


def test_copies_are_compared_once():
    """A text copied word for word by 300 people is one text to compare."""
    sets = {pk: similarity.trigrams(CAMPAIGN) for pk in range(300)}
    found = similarity.links(sets)
    assert found.compared == 0 and found.pairs == [(0, pk, 1.0) for pk in range(1, 300)]


def components(found) -> list[set[int]]:
    parent = {}

    def root(pk):
        while parent.setdefault(pk, pk) != pk:
            pk = parent[pk]
        return pk

    for a, b, _score in found:
        parent[root(a)] = root(b)
    groups = {}
    for pk in parent:
        groups.setdefault(root(pk), set()).add(pk)
    return sorted(groups.values(), key=min)


def test_the_groups_are_those_every_pair_gives():
    """On texts built to sit around the threshold (the join's test set) and on the bench's
    consultation texts, ``links`` proposes the same groups as comparing every pair."""
    rng = random.Random(7)
    words = [f"woord{n}" for n in range(300)]
    base = [" ".join(rng.sample(words, 30)) for _ in range(12)]
    texts = []
    for n in range(240):
        text = base[n % 12].split()
        for _ in range(rng.randint(0, 14)):
            text[rng.randrange(len(text))] = rng.choice(words)
        texts.append(" ".join(text))
    texts += near_copies(40) + [CAMPAIGN] * 5
    sets = {pk: similarity.trigrams(text) for pk, text in enumerate(texts)}
    assert components(similarity.links(sets).pairs) == components(similarity.join(sets))


def test_texts_in_one_vocabulary_are_compared_a_few_times_not_pair_by_pair():
    """2,000 reflections written from the paper's vocabulary (similarity about 0.2 between
    any two, as in the bench): the join's filters passed 29 % of all pairs, and the groups of
    10,000 took 206 s. The hashes set those pairs aside; the near-copies among them still form
    their group, and every proposed pair is at or above the threshold."""
    rng = random.Random(11)
    vocabulary = [f"woord{n}" for n in range(900)]
    texts = [" ".join(rng.sample(vocabulary, 25)) for _ in range(2000)]
    texts += near_copies(30)
    sets = {pk: similarity.trigrams(text) for pk, text in enumerate(texts)}
    found = similarity.links(sets)
    assert found.compared <= len(texts)  # every pair would be 2 million
    assert components(found.pairs) == [set(range(2000, 2030))]
    assert all(score >= similarity.THRESHOLD for _a, _b, score in found.pairs)
    for a, b, score in found.pairs:
        assert score == pytest.approx(similarity.similarity(texts[a], texts[b]))


# --- whole groups (#29) ----------------------------------------------------------------------


def campaign(version, count: int, start: int = 0) -> list:
    """``count`` near-copies of CAMPAIGN published on ``version`` (the n-th with its own word)."""
    return [approved(version=version, body=text) for text in near_copies(start + count)[start:]]


def proposal_of(version, pk):
    return similarity.cluster(version, pk)


def test_a_campaign_larger_than_the_cards_is_grouped_whole(consultation):
    """40 near-copies (and the three B copies): 12 cards, and the proposal takes all 43."""
    version, _made = consultation
    copies = campaign(version, 40)
    found = similarity.clusters(version)[0]
    assert (found.size, len(found.reflections), found.is_new_group) == (43, MAX_SHOWN, True)
    step = transitions.take_similar(version, found.key, found.digest, by=editor())
    group = step.group
    assert group.members.count() == 43
    assert {m.reflection_id for m in group.members.all()} >= {r.pk for r in copies}
    after = similarity.cluster(version, found.key)
    assert after.already_grouped and after.target.pk == group.pk


MAX_SHOWN = similarity.MAX_SHOWN


def test_near_copies_published_after_grouping_are_proposed_to_join_that_group(consultation):
    version, _made = consultation
    roos = editor()
    first = campaign(version, 24)
    found = proposal_of(version, first[0].pk)
    group = transitions.take_similar(version, found.key, found.digest, by=roos).group
    later = campaign(version, 21, start=24)

    found = proposal_of(version, first[0].pk)
    assert found.is_joining and found.target.pk == group.pk
    assert found.size == 3 + 24 + 21  # the B texts are copies too
    assert found.ungrouped == sorted(r.pk for r in later)
    # The cards start with the group's first text, then the ones that would join.
    assert found.card_ids[0] == found.representative
    assert set(found.card_ids[1:]) <= {r.pk for r in later}

    step = transitions.take_similar(version, found.key, found.digest, by=roos)
    assert step.group.pk == group.pk and step.joined  # the same group, never a new one
    assert group.members.count() == 48
    assert similarity.cluster(version, first[0].pk).already_grouped

    # Undone, the group is as it was: its 27, under its own number.
    transitions.undo_bulk_step(step, by=roos)
    assert group.members.count() == 27


def test_a_cluster_that_changed_since_it_was_shown_is_refused_and_nothing_changes(consultation):
    version, _made = consultation
    first = campaign(version, 20)
    seen = proposal_of(version, first[0].pk)
    campaign(version, 1, start=20)  # published while the editor was reading
    with pytest.raises(transitions.InvalidTransition, match="veranderd sinds u haar zag"):
        transitions.take_similar(version, seen.key, seen.digest, by=editor())
    assert not SimilarityGroup.objects.exists()
    now = proposal_of(version, first[0].pk)
    assert now.size == seen.size + 1 and now.digest != seen.digest


def test_two_groups_that_resemble_each_other_are_merged_only_when_asked(consultation):
    version, made = consultation
    roos = editor()
    copies = campaign(version, 8)
    small = transitions.form_group(version, [made["B1"].pk, made["B2"].pk], by=roos)
    large = transitions.form_group(version, [r.pk for r in copies], by=roos)
    SimilarityGroup.objects.filter(pk=small.pk).update(name="Cliëntenraad")
    found = proposal_of(version, copies[0].pk)
    # Both groups stay, and the page proposes merging them (B3 has no group yet).
    assert found.is_merge and [g.pk for g in found.others] == [small.pk]
    assert found.target.pk == large.pk
    assert SimilarityGroup.objects.count() == 2

    step = transitions.take_similar(version, found.key, found.digest, by=roos)
    assert step.group.pk == large.pk and large.members.count() == 11
    assert not SimilarityGroup.objects.filter(pk=small.pk).exists()
    # Undone: the small group is back, with its number and its name.
    transitions.undo_bulk_step(step, by=roos)
    back = SimilarityGroup.objects.get(pk=small.pk)
    assert back.name == "Cliëntenraad" and back.members.count() == 2
    assert large.members.count() == 8


def test_a_group_cannot_be_undone_from_under_reflections_that_joined_it_since(consultation):
    version, _made = consultation
    roos = editor()
    first = campaign(version, 5)
    found = proposal_of(version, first[0].pk)
    formed = transitions.take_similar(version, found.key, found.digest, by=roos)
    campaign(version, 2, start=5)
    found = proposal_of(version, first[0].pk)
    joined = transitions.take_similar(version, found.key, found.digest, by=roos)
    with pytest.raises(transitions.InvalidTransition, match="opnieuw"):
        transitions.undo_bulk_step(formed, by=roos)
    assert formed.group.members.count() == 10
    transitions.undo_bulk_step(joined, by=roos)
    transitions.undo_bulk_step(formed, by=roos)
    assert not SimilarityGroup.objects.exists()


def test_each_card_marks_the_words_that_differ_from_the_representative(consultation):
    """Variants side by side with their own words marked, in words a screen reader says
    (not colour only); a copy is said to be one, not shown again (#29)."""
    version, made = consultation
    found = similarity.cluster(version, made["A1"].pk)
    similarity.with_cards(found, found.ids)
    cards = {r.pk: r for r in found.reflections}
    assert found.representative == made["A1"].pk and cards[made["A1"].pk].difference is None
    added = cards[made["A2"].pk].difference
    assert (added.insertions, added.deletions) == (3, 0)
    assert '<ins><span class="visually-hidden">[toegevoegd: </span> Dat moet anders.' in added.html
    variant = cards[made["A3"].pk].difference
    assert (
        "[verwijderd: </span> broer" in variant.html and "[toegevoegd: </span> zus" in variant.html
    )
    copies = similarity.cluster(version, made["B1"].pk)
    similarity.with_cards(copies, copies.ids)
    same = {r.pk: r.difference.is_same for r in copies.reflections[1:]}
    assert same == {made["B2"].pk: True, made["B3"].pk: False}  # B3 is in capitals


# --- alike in meaning (#31) -----------------------------------------------------------------


def test_texts_close_in_meaning_are_paired_each_with_its_nearest_only():
    import numpy as np

    rng = np.random.default_rng(5)
    base = rng.normal(0, 1, 16)
    near = [base + rng.normal(0, 0.05, 16) for _ in range(8)]  # eight saying the same
    far = [rng.normal(0, 1, 16) for _ in range(4)]
    ids = list(range(1, 13))
    found = similarity.close_in_meaning(ids, np.vstack(near + far), 0.95)
    assert all(a < b and score >= 0.95 for a, b, score in found)
    assert {pk for pair in found for pk in pair[:2]} == set(range(1, 9))  # none of the far
    # Each text brings at most its MEANING_NEIGHBOURS nearest: not all 28 pairs of eight.
    per_text = Counter(pk for a, b, _s in found for pk in (a, b))
    assert len(found) < 28 and min(per_text.values()) >= similarity.MEANING_NEIGHBOURS


def test_a_new_state_shows_the_groups_of_the_one_before_while_the_job_works(
    consultation, monkeypatch, settings
):
    """At 10,000 reflections the job takes about 25 s to work a new state out: meanwhile a
    page shows the groups as they were (said, and without what is no longer published)
    instead of making its editor wait; after EARLIER_RESULTS_SECONDS (no job running?) the
    request works it out itself. What a step decides on is always the present state."""
    from civcare.core import generations

    settings.EARLIER_RESULTS_SECONDS = 90
    version, made = consultation
    computed = computations(monkeypatch)
    assert not similarity.clusters(version, earlier_ok=True).stale  # the first: worked out
    newcomer = approved(version=version, body=NETWORK + " Ook bij ons.")
    moderation.withdraw(made["A2"], by=made["A2"].author)
    shown = similarity.clusters(version, earlier_ok=True)
    assert shown.stale and len(computed) == 1
    members = {pk for cluster in shown for pk in cluster.ids}
    assert made["A1"].pk in members
    assert made["A2"].pk not in members and newcomer.pk not in members
    # A step is decided on the present state, and what it worked out the pages find.
    assert newcomer.pk in similarity.cluster(version, made["A1"].pk).ids
    assert len(computed) == 2
    assert not similarity.clusters(version, earlier_ok=True).stale
    # No job for longer than the allowance: the page works the new state out itself.
    approved(version=version, body=NETWORK + " En bij ons.")
    assert similarity.clusters(version, earlier_ok=True).stale
    later = generations.time.time() + 91
    monkeypatch.setattr(generations.time, "time", lambda: later)
    assert not similarity.clusters(version, earlier_ok=True).stale
    assert len(computed) == 3


def test_while_texts_keep_arriving_the_job_works_the_groups_out_at_most_once_an_interval(
    consultation, monkeypatch, settings
):
    """Each publication is a new state; at 10,000 reflections one state costs PostgreSQL 8 s
    of trigrams, and twenty a second kept it busy beside the readers (bench/run
    --embeddings): the job works a version out at most once per AHEAD_INTERVAL_SECONDS."""
    from django.core.cache import cache

    settings.AHEAD_INTERVAL_SECONDS = 45
    version, _made = consultation
    computed = computations(monkeypatch)
    documents.work(watch=True)
    approved(version=version, body=NETWORK + " Nog een keer.")
    documents.work(watch=True)
    assert len(computed) == 1  # within the interval: not again
    cache.delete(f"due:governance:similar:{version.pk}")  # the interval over
    documents.work(watch=True)
    assert len(computed) == 2


def test_signatures_are_kept_per_text_and_forgotten_with_an_erasure(monkeypatch):
    """The job works the pairs out again for every new state: a text's MinHash signature is
    made once and kept by its trigrams, so the next state makes only the new text's; the
    pairs are those of signatures made afresh. An erasure or a redaction drops them all (a
    signature is made from a text's words)."""
    from civcare.core import generations

    texts = [NETWORK, NETWORK + " Dat moet anders.", CAMPAIGN, CAMPAIGN + " Groet uit Assen.",
             "Juridisering maakt het gesprek over herstel moeilijker."]  # fmt: skip
    sets = {pk: similarity.trigrams(text) for pk, text in enumerate(texts)}
    generations.forget_rendered_pages()  # nothing kept from another test
    first = similarity.links(sets).pairs
    hashed = []  # the trigrams hashed for a signature
    monkeypatch.setattr(similarity, "zlib", types.SimpleNamespace(
        crc32=lambda gram: hashed.append(gram) or zlib.crc32(gram)))  # fmt: skip
    sets[5] = similarity.trigrams(CAMPAIGN + " Groet uit Zwolle.")
    second = similarity.links(sets).pairs
    assert len(hashed) == len(sets[5])  # the new text's trigrams, none of the kept texts'
    assert components(second) == components(similarity.join(sets)) != components(first)
    assert len(similarity._kept_signatures) == 6
    generations.forget_rendered_pages()  # in this process: at once
    assert not similarity._kept_signatures
    # Another process erased: this one empties its memory when it sees the new generation.
    generations._note_global({generations.GLOBAL: "seen"})
    similarity.links(sets)
    generations._note_global({generations.GLOBAL: "renewed"})
    assert not similarity._kept_signatures
