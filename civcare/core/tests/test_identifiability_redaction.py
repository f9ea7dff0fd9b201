"""identifiability.redacted: what a moderator chose, found in the original text and replaced
in one pass (issue #28: ticked findings were replaced first and typed words then searched in
the changed text, so both were half lost)."""

import pytest

from civcare.core import identifiability
from civcare.core.identifiability import PhraseNotFound, phrases, redacted

TEXT = (
    "Mijn broer woont in Beschermd Wonen De Brug in Assen. Als er iets is, kunt u "
    "bellen op 06-12345678."
)


def span(text: str, words: str, category: str) -> tuple[int, int, str]:
    start = text.index(words)
    return (start, start + len(words), category)


def test_ticked_findings_and_a_typed_name_that_overlaps_one_are_all_replaced():
    spans = [
        span(TEXT, "Beschermd", "plaats"),
        span(TEXT, "Assen", "plaats"),
        span(TEXT, "06-12345678", "telefoon"),
    ]
    result = redacted(TEXT, spans, ["Beschermd Wonen De Brug"])
    assert result.text == (
        "Mijn broer woont in [weggelaten] in [plaats]. Als er iets is, kunt u bellen op "
        "[telefoonnummer]."
    )
    assert result.replaced == {"plaats": 1, "telefoon": 1, "anders": 1}
    # Where the placeholders stand in the new text, for the moderator's preview.
    assert [result.text[a:b] for a, b in result.placeholders] == [
        "[weggelaten]", "[plaats]", "[telefoonnummer]",
    ]  # fmt: skip
    assert '<mark class="redaction">[plaats]</mark>' in result.marked()


def test_only_one_finding_ticked_and_the_full_name_typed_leaves_nothing_of_the_name():
    result = redacted(TEXT, [span(TEXT, "Beschermd", "plaats")], ["Beschermd Wonen De Brug"])
    assert "Wonen" not in result.text and "Brug" not in result.text
    assert result.text.startswith("Mijn broer woont in [weggelaten] in Assen.")
    assert result.replaced == {"anders": 1}


def test_a_typed_phrase_matches_every_occurrence_whatever_the_case_and_spacing():
    text = "Het Zonnehuis belde. Daarna kwam het  zonnehuis\nniet meer; HET ZONNEHUIS zweeg."
    result = redacted(text, [], ["het zonnehuis"])
    assert result.text == (
        "[weggelaten] belde. Daarna kwam [weggelaten]\nniet meer; [weggelaten] zweeg."
    )
    assert result.replaced == {"anders": 3}


def test_a_typed_phrase_is_matched_as_whole_words_only():
    result = redacted("Bram ging naar Brugge, niet naar de Brug.", [], ["Brug"])
    assert result.text == "Bram ging naar Brugge, niet naar de [weggelaten]."


def test_a_typed_phrase_that_is_not_in_the_text_stops_the_redaction():
    with pytest.raises(PhraseNotFound) as refused:
        redacted(TEXT, [span(TEXT, "Assen", "plaats")], ["De Burg"])
    assert refused.value.phrase == "De Burg"


def test_findings_of_one_kind_that_overlap_keep_their_placeholder():
    text = "Ik sprak Jan de Vries gisteren."
    spans = [span(text, "Jan de Vries", "naam"), span(text, "de Vries", "naam")]
    assert redacted(text, spans).text == "Ik sprak [naam] gisteren."


@pytest.mark.parametrize(
    "spans", [[(0, 9999, "naam")], [(5, 2, "naam")], [(0, 4, "geheim")], [(-1, 3, "naam")]]
)
def test_a_span_the_text_does_not_have_is_refused(spans):
    with pytest.raises(ValueError):
        redacted(TEXT, spans)


def test_typed_phrases_are_split_on_semicolons_bounded_and_without_repeats():
    assert phrases(" De Brug ;assen; ;x; de  brug ; Assen") == ["De Brug", "assen"]
    many = ";".join(f"woord{n}" for n in range(50))
    assert len(phrases(many)) == identifiability.MAX_WORDS
    assert len(phrases("a" * 500)[0]) == identifiability.MAX_WORD_LENGTH
