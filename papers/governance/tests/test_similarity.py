"""Similar reflections (similarity.py): what counts as a near-duplicate, the clusters shown to
the editors, and the same answer from PostgreSQL's pg_trgm and from the Python fallback."""

import pytest

from civcare.accounts.tests.factories import editor
from papers.caching import bump
from papers.governance import similarity, transitions
from papers.tests.factories import build_paper
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


@pytest.mark.postgres
def test_postgresql_and_the_python_fallback_give_the_same_pairs(consultation):
    version, _made = consultation
    in_database = similarity._pairs_in_postgresql(version)
    in_python = similarity._pairs_in_python(version)
    assert {(a, b) for a, b, _ in in_database} == {(a, b) for a, b, _ in in_python}
    scores = {(a, b): s for a, b, s in in_python}
    for a, b, score in in_database:
        assert score == pytest.approx(scores[(a, b)], abs=1e-4)


def test_a_group_formed_by_hand_is_shown_though_no_pair_suggests_it(consultation):
    version, made = consultation
    transitions.form_group(version, [made["C"].pk, made["D"].pk], by=editor())
    found = similarity.clusters(version)
    by_hand = [c for c in found if c.best is None]
    assert [{r.pk for r in c.reflections} for c in by_hand] == [{made["C"].pk, made["D"].pk}]
    assert by_hand[0].already_grouped


def test_a_text_copied_by_many_shows_a_bounded_cluster_and_counts_the_rest(consultation):
    version, _made = consultation
    for _ in range(similarity.MAX_SHOWN + 6):
        approved(version=version, body=CAMPAIGN)
    biggest = similarity.clusters(version)[0]
    assert len(biggest.reflections) == similarity.MAX_SHOWN
    assert biggest.more == 6 + 3  # the three B texts are copies of the same campaign


def test_the_pairs_are_computed_once_per_state_of_the_reflections(consultation, monkeypatch):
    version, _made = consultation
    computed = []
    real = similarity._pairs_in_python
    monkeypatch.setattr(similarity, "_pairs_in_python", lambda v: computed.append(1) or real(v))
    monkeypatch.setattr(similarity.connection, "vendor", "sqlite")
    similarity.clusters(version)
    similarity.clusters(version)
    assert len(computed) == 1
    bump(version.pk)  # what an approval, an edit or a withdrawal does
    similarity.clusters(version)
    assert len(computed) == 2
