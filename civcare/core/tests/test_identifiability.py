"""The herleidbaarheidscheck (civcare.core.identifiability): what it marks, how well, and that
it never builds its lookup lists where a visitor waits."""

from __future__ import annotations

import itertools

import docdeid as dd
import pytest
from django.core.cache import cache

from civcare.core import identifiability
from civcare.core.identifiability import (
    CheckFailed,
    CheckUnavailable,
    CompactLookup,
    Finding,
    NotPrepared,
)

from .adversarial import identifiability_texts, runs_of_names
from .identifiability_corpus import CASES as TUNING_CASES_A
from .identifiability_corpus_b import CASES as TUNING_CASES_B
from .identifiability_corpus_c import CASES as TUNING_CASES_C
from .identifiability_heldout import CASES as HELDOUT_CASES
from .identifiability_heldout_review import CASES as REVIEW_CASES_A
from .identifiability_heldout_review_b import CASES as REVIEW_CASES_B
from .identifiability_scores import scores, table


def test_the_tuning_set_is_found_as_labelled():
    """The texts the patterns were written against (identifiability_corpus*.py)."""
    measured = scores(TUNING_CASES_A + TUNING_CASES_B + TUNING_CASES_C)
    overall = measured["alle"]
    assert overall.precision >= 0.97 and overall.recall >= 0.95, table(measured)
    assert all(s.precision >= 0.9 and s.recall >= 0.85 for s in measured.values()), table(measured)


def test_the_held_out_set_is_found_as_labelled():
    """Texts written apart from the detector and never used to tune it: the honest figure
    (the closing note of issue #18 gives it per category)."""
    measured = scores(HELDOUT_CASES)
    overall = measured["alle"]
    assert overall.precision >= HELDOUT_PRECISION and overall.recall >= HELDOUT_RECALL, table(
        measured
    )


# The review's held-out sets (#28): the first written before any of the review's patterns,
# the second after the first round of tuning and before the second; neither used to tune
# (docs/reflections.md gives each one's figures when it was first measured).
REVIEW_CASES = REVIEW_CASES_A + REVIEW_CASES_B


def test_the_reviews_held_out_sets_are_found_in_every_category():
    """At least 95 % of what they label is found and ticked, in every category."""
    measured = scores(REVIEW_CASES)
    assert all(s.recall >= 0.95 for s in measured.values()), "\n" + table(measured)


def test_in_texts_that_name_nobody_nothing_is_ticked():
    """The held-out texts about the care system ("het FACT-team", "de jeugdzorg", "een
    vader", "een punt"): whatever is marked there, none of it probable."""
    ticked = {
        text: [(f.category, f.text) for f in identifiability.find(text) if f.is_probable]
        for text, labels in REVIEW_CASES
        if not labels
    }
    assert {text: found for text, found in ticked.items() if found} == {}


# Measured on 3 December 2026, the set never having been used to tune: precision 0.94,
# recall 0.87; after the review's changes (#28), still never used to tune: 0.97 and 0.93
# (per category in docs/reflections.md). A change that finds less fails here.
HELDOUT_PRECISION = 0.95
HELDOUT_RECALL = 0.91


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


# --- Bounded time (#28: deduce's cost grew with the cube of a run of names) -----------------

ADVERSARIAL = {**runs_of_names(300, 600, 1200), **identifiability_texts(20_000)}


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_deduce_reads_bounded_chunks_of_any_text(name):
    """The bound on deduce's work: chunks of at most MAX_CHUNK characters, none with more
    than MAX_RUN words in a row that a name can grow over, together exactly the text."""
    text = ADVERSARIAL[name]
    spans = identifiability.chunks(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    for start, end in spans:
        assert 0 < end - start <= identifiability.MAX_CHUNK
        run = 0
        for word in identifiability._TOKEN.findall(text[start:end]):
            if word[0].isupper() or word.lower() in identifiability.CHAIN_WORDS:
                run += 1
            elif word not in identifiability._IN_A_NAME:
                run = 0
            assert run <= identifiability.MAX_RUN, (name, text[start:end])


def test_a_run_of_1200_names_is_checked():
    """The review's input: minutes and then a RecursionError before; now every name is
    marked (as names of at most MAX_RUN words)."""
    text = "Jan " * 1200
    try:
        found = identifiability.find(text)
    except CheckUnavailable:
        return  # on a machine too slow for the budget: said so, never an error page
    assert {f.category for f in found} == {"naam"}
    assert sum(f.text.split().count("Jan") for f in found) == 1200


@pytest.mark.parametrize("name", identifiability_texts(20_000))
def test_long_adversarial_texts_end_in_findings_or_check_unavailable(name):
    text = identifiability_texts(20_000)[name]
    try:
        found = identifiability.find(text)
    except CheckUnavailable:
        return
    assert all(text[f.start : f.end] == f.text for f in found)


def test_the_time_budget_is_consulted_before_each_chunk(settings):
    settings.IDENTIFIABILITY_BUDGET_MS = 0
    with pytest.raises(CheckFailed, match="budget"):
        identifiability.find("Mijn broer Kees Jansen woont in Zwolle.")


def test_a_tiny_budget_stops_a_long_text_early(settings):
    settings.IDENTIFIABILITY_BUDGET_MS = 1
    with pytest.raises(CheckFailed, match=r"budget of 1 ms used up after \d+ of 500"):
        identifiability.find("Jan-" * 5000)


@pytest.mark.parametrize("error", [RecursionError, ValueError, MemoryError])
def test_an_error_inside_deduce_is_check_unavailable(error, monkeypatch):
    """Whatever deduce raises on a text (the review saw a RecursionError) reaches the caller
    as CheckFailed, which every caller catches, never as the error itself."""

    def failing(text, **kwargs):
        raise error("inside deduce")

    monkeypatch.setattr(identifiability.load(), "deidentify", failing)
    with pytest.raises(CheckFailed, match=error.__name__):
        identifiability.find("Mijn broer Kees Jansen woont in Zwolle.")


def test_a_text_is_checked_once_then_read_from_the_cache(settings):
    text = "Mijn broer Kees Jansen woont sinds 3 februari in Zwolle."
    first = identifiability.find(text)
    settings.IDENTIFIABILITY_BUDGET_MS = 0  # running deduce again would fail now
    assert identifiability.find(text) == first
    with pytest.raises(CheckFailed):
        identifiability.find(text + " ")  # another text: not from the cache


def test_the_cache_holds_where_and_what_kind_never_the_words():
    text = "Mijn broer Kees Jansen woont in Zwolle."
    identifiability.find(text)
    stored = cache.get(identifiability.cache_key(text))
    assert stored and all(
        isinstance(start, int) and isinstance(end, int) and category in identifiability.LABELS
        for start, end, category, _probable in stored
    )
    assert "Jansen" not in repr(stored) and "Zwolle" not in repr(stored)


def test_a_text_the_check_could_not_finish_is_not_tried_again_at_once(settings):
    text = "Mijn broer Kees Jansen woont in Zwolle."
    settings.IDENTIFIABILITY_BUDGET_MS = 0
    with pytest.raises(CheckFailed):
        identifiability.find(text)
    settings.IDENTIFIABILITY_BUDGET_MS = 2000
    with pytest.raises(CheckFailed, match="a moment ago"):
        identifiability.find(text)


def test_a_display_name_is_no_full_name_when_the_check_fails(settings):
    assert identifiability.looks_like_full_name("Kees Jansen")
    settings.IDENTIFIABILITY_BUDGET_MS = 0
    assert not identifiability.looks_like_full_name("Kees de Vries")


def test_not_prepared_and_check_failed_are_both_check_unavailable():
    assert issubclass(NotPrepared, CheckUnavailable) and issubclass(CheckFailed, CheckUnavailable)


def test_the_words_a_name_runs_over_are_deduces_own(tmp_path):
    """CHAIN_WORDS mirrors deduce's interfix and prefix lists: a newer deduce that adds one
    fails here, so the chunks keep cutting where deduce's names can grow."""
    detector = identifiability.load()
    words = {
        word.lower()
        for name in ("interfix", "prefix")
        for phrase in detector.lookup_structs[name].items()
        for word in identifiability._TOKEN.findall(phrase)
        if word[0].isalnum()
    }
    assert words <= identifiability.CHAIN_WORDS


# --- What the review found wrongly marked or missed (#28) -----------------------------------


def found(text: str) -> set[tuple[str, str, bool]]:
    return {(f.category, f.text, f.is_probable) for f in identifiability.find(text)}


def test_een_before_a_noun_is_an_article_not_an_age():
    for text in (
        "Als dochter van een vader met een psychose weet ik hoe het is.",
        "Ik ben een moeder van drie kinderen.",
        "Toen ik een kind was, kende niemand het woord mantelzorg.",
    ):
        assert not any(f.category == "leeftijd" for f in identifiability.find(text)), text
    assert ("leeftijd", "één jaar", True) in found("Onze kleindochter van één jaar mocht niet mee.")


@pytest.mark.parametrize(
    ("text", "words", "category"),
    [
        ("Het FACT-team kwam pas na drie weken.", "FACT", "instelling"),
        ("Jeugdzorg werkt alleen als ouders ook gehoord worden.", "Jeugdzorg", "instelling"),
        ("Punt is dat niemand belde.", "Punt", "naam"),
    ],
)
def test_a_care_term_or_an_ordinary_word_is_shown_but_not_probable(text, words, category):
    """Shown to the moderator, marked as uncertain and not ticked beforehand (detail.html);
    not counted for the queue, not shown to the author."""
    findings = identifiability.find(text)
    assert [(f.category, f.text, f.is_probable) for f in findings] == [(category, words, False)]
    assert identifiability.counts(findings) == {}
    assert "finding--unsure" in identifiability.marked(text, findings)
    assert f"({identifiability.LABELS[category].lower()}, onzeker)" in identifiability.marked(
        text, findings
    )


def test_a_care_home_after_its_kind_is_one_institution():
    text = "Mijn zoon woont bij Beschermd Wonen De Brug in Assen."
    assert found(text) == {
        ("instelling", "Beschermd Wonen De Brug", True),
        ("plaats", "Assen", True),
    }
    assert ("instelling", "Het Zonnehuis", True) in found("Ze ging naar Het Zonnehuis.")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("In maart 2025 kreeg ze een plek.", "maart 2025"),
        ("Het gesprek was op 15 maart.", "15 maart"),
        ("Sinds maart '25 woont hij niet meer thuis.", "maart '25"),
        ("Op 3 oktober 2024 werd hij opgenomen.", "3 oktober 2024"),
    ],
)
def test_a_month_with_a_year_or_a_day_is_a_date(text, words):
    assert ("datum", words, True) in found(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("De brief met kenmerk 2024/18734 kwam te laat.", "2024/18734"),
        ("Onder ons kenmerk AB-12345 loopt een klacht.", "AB-12345"),
        ("Het zaaknummer is 20241107-0042.", "20241107-0042"),
        ("Ik kreeg referentie WMO-2023-8812 en verder niets.", "WMO-2023-8812"),
        ("Mijn klantnummer 77412093 moet ik steeds noemen.", "77412093"),
        ("Het staat als ticket #4711 in hun systeem.", "#4711"),
    ],
)
def test_a_reference_or_case_number_is_found(text, words):
    assert ("nummer", words, True) in found(text)


def test_an_account_is_found_once_and_an_email_address_is_no_account():
    text = "Ik schrijf als @jan_jansen82 en als @janjansen; mail jan@voorbeeld.nl."
    assert found(text) == {
        ("account", "@jan_jansen82", True),
        ("account", "@janjansen", True),
        ("email", "jan@voorbeeld.nl", True),
    }
    assert identifiability.PLACEHOLDERS["account"] == "[account]"


@pytest.mark.parametrize("name", ["Parnassia", "GGZ inGeest", "'s Heeren Loo", "Leger des Heils"])
def test_care_organisations_are_found_by_their_name(name):
    assert ("instelling", name, True) in found(f"Mijn broer kreeg hulp van {name}, eindelijk.")
