"""Paragraph identifiers across versions and the resolution of quoted passages
(papers.passages), on constructed edits of a section."""

import random

import pytest

from civcare.core import textdiff
from civcare.core.tests.adversarial import ordinary_text
from papers import passages
from papers.passages import (
    SIMILARITY_THRESHOLD,
    Paragraph,
    Quote,
    Status,
    assign_ids,
    resolve,
    similarity,
)

V09 = [
    "Een maatregel die tijdelijk bedoeld was, wordt ongemerkt permanent.",
    "Tijdloosheid van maatregelen ontstaat wanneer niemand verplicht opnieuw kijkt.",
    "Het netwerk van de cliënt wordt zelden gevraagd wat het ziet.",
    "Herstel begint niet bij gelijk krijgen, maar bij ruimte maken.",
]
FIRST = [Paragraph(id=n + 1, text=text) for n, text in enumerate(V09)]
NEXT_ID = len(FIRST) + 1


def quote_of(paragraph: Paragraph, words: str) -> Quote:
    start = paragraph.text.index(words)
    return Quote.of(paragraph, start, start + len(words))


def next_version(texts: list[str]) -> list[Paragraph]:
    paragraphs, _next = assign_ids(FIRST, texts, NEXT_ID)
    return paragraphs


def test_unchanged_paragraphs_keep_their_identifiers_and_a_changed_one_records_its_origin():
    texts = [*V09]
    texts[1] = "Tijdloosheid van maatregelen ontstaat wanneer niemand op vaste momenten kijkt."
    texts.insert(3, "Een nieuwe alinea over de rol van de rechter bij verlenging.")
    paragraphs, next_id = assign_ids(FIRST, texts, NEXT_ID)
    assert [p.id for p in paragraphs] == [1, 5, 3, 6, 4]
    assert paragraphs[1].replaces == 2  # the reworded paragraph took the place of p2
    assert paragraphs[3].replaces is None  # wholly new text replaces nothing
    assert next_id == 7


def test_a_paragraph_that_only_moved_keeps_its_identifier():
    texts = [V09[2], V09[0], V09[1], V09[3]]
    assert [p.id for p in next_version(texts)] == [3, 1, 2, 4]


def test_unchanged_passage():
    quote = quote_of(FIRST[1], "niemand verplicht opnieuw kijkt")
    texts = ["Een inleidende alinea die er nieuw bij kwam.", *V09]
    found = resolve(quote, next_version(texts))
    assert found.status == Status.UNCHANGED and found.paragraph == 2


def test_moved_passage_is_found_in_another_paragraph():
    quote = quote_of(FIRST[2], "zelden gevraagd wat het ziet")
    texts = [
        V09[0],
        V09[1] + " Het netwerk van de cliënt wordt zelden gevraagd wat het ziet.",
        V09[3],
    ]
    found = resolve(quote, next_version(texts))
    assert found.status == Status.MOVED and found.paragraph == next_version(texts)[1].id


def test_slightly_reworded_passage_is_changed_with_its_best_match():
    quote = quote_of(FIRST[1], "Tijdloosheid van maatregelen ontstaat wanneer niemand verplicht")
    texts = [*V09]
    texts[1] = "Tijdloosheid van maatregelen ontstaat als niemand verplicht opnieuw kijkt."
    paragraphs = next_version(texts)
    found = resolve(quote, paragraphs)
    assert found.status == Status.CHANGED
    assert found.paragraph == paragraphs[1].id and paragraphs[1].replaces == 2
    assert found.found.startswith("Tijdloosheid van maatregelen ontstaat als niemand")
    assert found.similarity >= 0.8


def test_rewritten_passage_is_gone():
    quote = quote_of(FIRST[1], "Tijdloosheid van maatregelen ontstaat wanneer niemand verplicht")
    texts = [*V09]
    texts[1] = "Teams plannen bij elke beperking een evaluatiedatum in het zorgplan."
    found = resolve(quote, next_version(texts))
    assert found.status == Status.GONE and found.similarity < SIMILARITY_THRESHOLD


def test_split_paragraph_keeps_the_exact_passage_as_moved():
    quote = quote_of(FIRST[0], "wordt ongemerkt permanent")
    texts = [
        "Een maatregel die tijdelijk bedoeld was.",
        "Zo'n maatregel wordt ongemerkt permanent.",
        *V09[1:],
    ]
    paragraphs = next_version(texts)
    found = resolve(quote, paragraphs)
    assert found.status == Status.MOVED and found.paragraph == paragraphs[1].id


def test_merged_paragraphs_keep_the_exact_passage_as_moved():
    quote = quote_of(FIRST[2], "wordt zelden gevraagd")
    texts = [V09[0], V09[1] + " " + V09[2], V09[3]]
    paragraphs = next_version(texts)
    found = resolve(quote, paragraphs)
    assert found.status == Status.MOVED and found.paragraph == paragraphs[1].id
    assert paragraphs[1].replaces == 3  # of the two it merged, the one it shares most with


def test_deleted_paragraph_is_gone():
    quote = quote_of(FIRST[2], "Het netwerk van de cliënt wordt zelden gevraagd wat het ziet.")
    found = resolve(quote, next_version([V09[0], V09[1], V09[3]]))
    assert found.status == Status.GONE


def test_the_same_words_twice_are_told_apart_by_their_context():
    first = Paragraph(1, "Het netwerk helpt. Daarna: het netwerk helpt niet meer vanzelf.")
    quote = Quote.of(first, first.text.rindex("het netwerk helpt"), len(first.text) - 20)
    moved = [Paragraph(7, "Soms: het netwerk helpt. Daarna: het netwerk helpt niet meer vanzelf.")]
    found = resolve(quote, moved)
    assert found.status == Status.MOVED and found.paragraph == 7


def test_the_threshold_separates_rewording_from_rewriting():
    sentence = "Tijdloosheid van maatregelen ontstaat wanneer niemand verplicht opnieuw kijkt"
    reworded = "Tijdloosheid van maatregelen ontstaat als niemand op vaste momenten opnieuw kijkt"
    rewritten = "Een maatregel zonder einddatum blijft bestaan omdat niemand ernaar kijkt"
    assert similarity(sentence, reworded) >= SIMILARITY_THRESHOLD > similarity(sentence, rewritten)


# -- Choosing a passage within a paragraph ----------------------------------------------------

SENTENCES = "Dit is zin één, bijv. met een afkorting. Daarna komt zin twee! En “drie?” Ja."


def test_sentences_end_at_a_full_stop_before_a_capital_not_after_an_abbreviation():
    paragraph = Paragraph(1, SENTENCES)
    quoted = [
        passages.quote_of_words(paragraph, first, last).exact
        for first, last in passages.sentence_ranges(SENTENCES)
    ]
    assert quoted == [
        "Dit is zin één, bijv. met een afkorting.",
        "Daarna komt zin twee!",
        "En “drie?”",
        "Ja.",
    ]


def test_chosen_words_are_quoted_with_the_text_around_them():
    paragraph = Paragraph(1, SENTENCES)
    quote = passages.quote_of_words(paragraph, 9, 10)
    assert quote.exact == "komt zin"
    assert quote.prefix.endswith("afkorting. Daarna ") and quote.suffix.startswith(" twee! En")
    # The last words of a sentence take its closing punctuation along.
    assert passages.quote_of_words(paragraph, 10, 11).exact == "zin twee!"
    with pytest.raises(ValueError):
        passages.quote_of_words(paragraph, 11, 99)


def test_a_browser_selection_is_located_by_its_words_and_the_text_before_it():
    text = "De zorg liep vast. Niemand zag het. Toen liep de zorg opnieuw vast."
    assert passages.locate_words(text, "zorg  vast", "") is None  # not these words in a row
    assert passages.locate_words(text, "de zorg", "Niemand zag het. Toen liep") == (9, 10)
    assert passages.locate_words(text, "zorg", "") == (1, 1)  # the first, without context
    assert passages.locate_words(text, "", "") is None


def test_a_changed_sentence_is_found_with_its_full_stop():
    quote = Quote(1, "Wanneer zorg vastloopt, verdwijnt het netwerk vaak als eerste uit beeld.")
    new = [Paragraph(5, "Wanneer zorg vastloopt, verdwijnt het netwerk meestal als eerste uit "
                        "beeld. Dat is geen toeval.", replaces=1)]  # fmt: skip
    resolution = resolve(quote, new)
    assert resolution.status == Status.CHANGED
    assert resolution.found.endswith("uit beeld.")


def test_a_paragraph_without_enough_shared_words_is_not_searched():
    text = "Het netwerk van de cliënt wordt zelden gevraagd wat het ziet."
    assert passages.closest_passage("zelden gevraagd wat het ziet", text, at_least=0.6)[0] == 1.0
    # Two of six words shared: no window can reach 0.6, so none is looked at.
    assert passages.closest_passage("geen mens vraagt wat men ziet", text, at_least=0.6) == (
        0.0,
        "",
    )
    assert passages.closest_passage("geen mens vraagt wat men ziet", text)[0] > 0


# -- Bounded, however long the section (an editor's text, up to 20,000 characters) ------------


def work_spent(monkeypatch) -> list[int]:
    """The work of every comparison of words made from now on (civcare.core.textdiff)."""
    spent = []
    real = textdiff.matching

    def counted(*args, **kwargs):
        found = real(*args, **kwargs)
        spent.append(found[1])
        return found

    monkeypatch.setattr(textdiff, "matching", counted)
    return spent


def test_a_section_rewritten_in_hundreds_of_paragraphs_compares_each_with_a_few(monkeypatch):
    """300 short paragraphs, each changed: each is compared with the CANDIDATES nearest its
    place (it was every pair: 90,000 comparisons), and still found to replace its own."""
    words = passages.words(ordinary_text(20_000))
    texts = [" ".join(words[n : n + 8]) for n in range(0, 2400, 8)]
    before = [Paragraph(id=n + 1, text=text) for n, text in enumerate(texts)]
    spent = work_spent(monkeypatch)
    after, _next = assign_ids(before, [f"{text} Erbij." for text in texts], len(texts) + 1)
    assert [p.replaces for p in after] == [p.id for p in before]
    assert len(spent) <= len(texts) * passages.CANDIDATES


def test_a_long_quote_in_a_long_paragraph_of_shuffled_words_is_searched_within_a_budget(
    monkeypatch,
):
    """A 300-word quote in 20,000 characters of the same words shuffled (15 s before): the
    search stops at SEARCH_BUDGET with the best passage found; a quote that is there is
    found whole, at once."""
    text = ordinary_text(20_000)
    words = text.split(" ")
    quote = " ".join(words[1000:1300])
    random.Random(28).shuffle(words)
    spent = work_spent(monkeypatch)
    score, _passage = passages.closest_passage(quote, " ".join(words))
    assert 0 < score < SIMILARITY_THRESHOLD
    assert sum(spent) <= passages.SEARCH_BUDGET
    spent.clear()
    score, passage = passages.closest_passage(quote, text)
    assert score == 1.0 and passages.words(passage) == passages.words(quote)
    assert sum(spent) <= 2 * len(quote.split())


# -- Positions: where a reader sees each block (#29) ---------------------------------------


def test_a_list_belongs_to_the_paragraph_that_introduces_it():
    html = (
        "<p>Eerste.</p>\n<p>In deze situaties verschuift de aandacht naar:</p>\n"
        "<ul>\n<li>feiten;</li>\n<li>verantwoordelijkheden.</li>\n</ul>\n<p>Slot.</p>"
    )
    assert passages.positions(html) == [
        passages.Position(1),
        passages.Position(2),
        passages.Position(2, "1"),
        passages.Position(2, "2"),
        passages.Position(3),
    ]
    assert len(passages.positions(html)) == len(passages.blocks(html))


def test_a_list_without_a_paragraph_right_before_it_is_a_paragraph_of_its_own():
    html = (
        "<ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>"  # a section that starts with a list
        "<p>Tekst.</p><h3>Tussenkop</h3><ul><li>d</li></ul>"
        "<blockquote><p>Citaat.</p></blockquote>"
    )
    assert passages.positions(html) == [
        passages.Position(1, "1"),
        passages.Position(1, "2"),
        passages.Position(2, "1"),  # right after another list
        passages.Position(3),
        passages.Position(4, "1"),  # after a heading, not after the paragraph
        passages.Position(5),
    ]


def test_list_items_are_numbered_as_shown_nested_and_from_the_lists_start():
    html = (
        "<p>Patronen:</p>"
        '<ol start="3"><li><p>Herhaling</p><p>zonder voortgang.</p></li>'
        "<li>Verharding<ul><li>van taal</li><li>van toon</li></ul></li></ol><p>Na.</p>"
    )
    assert passages.positions(html) == [
        passages.Position(1),
        passages.Position(1, "3"),  # its paragraphs are part of the item
        passages.Position(1, "4"),
        passages.Position(1, "4.1"),
        passages.Position(1, "4.2"),
        passages.Position(2),
    ]
    assert len(passages.positions(html)) == len(passages.blocks(html))
