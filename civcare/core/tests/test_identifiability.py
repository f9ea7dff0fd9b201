"""The herleidbaarheidscheck (civcare.core.identifiability): what it marks, how well, and that
it never builds its lookup lists where a visitor waits."""

from __future__ import annotations

from collections import Counter

import docdeid as dd
import pytest

from civcare.core import identifiability
from civcare.core.identifiability import CATEGORIES, CompactLookup, Finding, NotPrepared

from .identifiability_corpus import CASES as TUNING_CASES_A
from .identifiability_corpus_b import CASES as TUNING_CASES_B
from .identifiability_heldout import CASES as HELDOUT_CASES


def scores(cases) -> dict[str, tuple[float, float]]:
    """Precision and recall per category: a finding counts when it overlaps a labelled span
    of its own category (the moderator sees the mark there)."""
    hits, wrong, missed = Counter(), Counter(), Counter()
    for text, labels in cases:
        found = identifiability.find(text)
        spans = [(category, text.index(words), text.index(words) + len(words))
                 for category, words in labels]  # fmt: skip
        for category, start, end in spans:
            if any(f.category == category and f.start < end and f.end > start for f in found):
                hits[category] += 1
            else:
                missed[category] += 1
        for finding in found:
            if not any(
                category == finding.category and finding.start < end and finding.end > start
                for category, start, end in spans
            ):
                wrong[finding.category] += 1
    result = {}
    for category in [*CATEGORIES, "alle"]:
        tp, fp, fn = (
            (sum(c.values()) for c in (hits, wrong, missed))
            if category == "alle"
            else (hits[category], wrong[category], missed[category])
        )
        result[category] = (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)
    return result


def test_the_tuning_set_is_found_as_labelled():
    """The texts the patterns were written against (identifiability_corpus*.py)."""
    measured = scores(TUNING_CASES_A + TUNING_CASES_B)
    precision, recall = measured["alle"]
    assert precision >= 0.97 and recall >= 0.95, measured
    assert all(p >= 0.9 and r >= 0.85 for p, r in measured.values()), measured


def test_the_held_out_set_is_found_as_labelled():
    """Texts written apart from the detector and never used to tune it: the honest figure
    (the closing note of issue #18 gives it per category)."""
    measured = scores(HELDOUT_CASES)
    precision, recall = measured["alle"]
    assert precision >= HELDOUT_PRECISION and recall >= HELDOUT_RECALL, measured


# Measured on 3 December 2026, the set never having been used to tune: precision 0.94,
# recall 0.87 (per category in docs/reflections.md). A change that finds less fails here.
HELDOUT_PRECISION = 0.92
HELDOUT_RECALL = 0.85


@pytest.mark.parametrize(
    "text",
    [
        "Als jeugdzorgwerker zie ik de wijkverpleegkundige en de huisarts langs elkaar werken.",
        "Stichting De Kamer van Sociale Waarden vraagt in SHPP003-01 naar tijdloosheid.",
        "Het ziekenhuis, de GGZ en de gemeente spraken in 2019 pas na drie jaar met ons.",
        "Herstel begint niet bij gelijk krijgen, maar bij ruimte maken (sectie 4, vraag 11).",
    ],
)
def test_roles_paper_terms_and_kinds_of_institution_are_not_marked(text):
    assert identifiability.find(text) == []


def test_a_finding_names_its_category_and_exact_words():
    text = "Mijn broer Kees Jansen (45) woont sinds 3 februari in Kliniek De Horst in Zwolle."
    found = {(f.category, f.text) for f in identifiability.find(text)}
    assert found >= {
        ("naam", "Kees Jansen"),
        ("leeftijd", "45"),
        ("datum", "3 februari"),
        ("instelling", "Kliniek De Horst"),
        ("plaats", "Zwolle"),
    }
    for finding in identifiability.find(text):
        assert text[finding.start : finding.end] == finding.text


def test_counts_per_category_in_a_fixed_order():
    findings = [
        Finding(0, 3, "telefoon", "x"),
        Finding(4, 5, "naam", "y"),
        Finding(6, 7, "naam", "z"),
    ]
    assert list(identifiability.counts(findings).items()) == [("naam", 2), ("telefoon", 1)]


def test_a_compact_lookup_finds_what_the_trie_finds():
    trie = dd.ds.LookupTrie()
    for phrase in (["De", "Linde"], ["De", "Linde", "Oost"], ["Kerkstraat"], ["Het", "Baken"]):
        trie.add_item(phrase)
    compact = CompactLookup.of(trie)
    tokens = ["in", "De", "Linde", "Oost", "aan", "de", "Kerkstraat", "en", "Het", "Anker"]
    for start in range(len(tokens)):
        assert compact.longest_matching_prefix(tokens, start) == trie.longest_matching_prefix(
            tokens, start
        )
    assert set(compact.children) == set(trie.children)


def test_without_its_prepared_lists_the_check_says_so_instead_of_building(tmp_path, monkeypatch):
    monkeypatch.setattr(identifiability, "_detector", None)
    assert not identifiability.is_prepared(tmp_path)
    with pytest.raises(NotPrepared, match="make install"):
        identifiability.load(tmp_path)
    assert not any(tmp_path.iterdir())  # nothing was built
