"""The word diff with a budget (civcare.core.textdiff): what it shows, and that no pair of
texts makes it work more than its budget (the work is counted; the time is bench/run's)."""

import json
import random

import pytest
from django.conf import settings

from civcare.core import textdiff
from civcare.core.tests.adversarial import diff_pairs, ordinary_text


def drawn(old: str, new: str, found: textdiff.Diff) -> str:
    marks = {textdiff.EQUAL: "{}", textdiff.DELETE: "[-{}-]", textdiff.INSERT: "{{+{}+}}"}
    pieces = textdiff.segments(old, new, found.changes)
    return "".join(marks[op].format(text) for op, text in pieces)


def tokens(text: str) -> list[str]:
    return textdiff.TOKEN_RE.findall(text)


def within_budget(old: str, new: str, found: textdiff.Diff) -> bool:
    """At most the budget and one run of equal tokens past it (the shorter text)."""
    return found.work <= textdiff.BUDGET + min(len(tokens(old)), len(tokens(new)))


def test_an_edit_is_shown_word_by_word_with_the_texts_own_whitespace():
    old = "Mijn broer Jan viel tussen wal en schip.\n\nNiemand belde terug."
    new = "Mijn broer viel tussen wal en schip.\n\nNiemand belde ons terug, nooit."
    found = textdiff.diff(old, new)
    assert drawn(old, new, found) == (
        "Mijn broer[- Jan-] viel tussen wal en schip.\n\nNiemand belde{+ ons+} terug{+, nooit+}."
    )
    assert (found.insertions, found.deletions, found.is_complete) == (2, 1, True)


def test_the_first_words_deleted_take_their_space_with_them():
    old, new = "Eerlijk gezegd vind ik dit goed.", "vind ik dit goed."
    assert drawn(old, new, textdiff.diff(old, new)) == "[-Eerlijk gezegd -]vind ik dit goed."


def test_whitespace_is_not_compared():
    """ "a " three thousand times is 3,000 tokens, not 6,000 of which half are equal to each
    other; laid out differently it is the same text."""
    old = "a " * 3000
    found = textdiff.diff(old, old.replace(" ", "\n"))  # one line against 3,000
    assert found.changes == () and found.is_complete and within_budget(old, old, found)


def test_a_shortest_edit_is_found():
    """Myers' script deletes and inserts no more words than needed (checked against the
    longest common subsequence, by dynamic programming, on small random texts)."""

    def common(a, b):
        lengths = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
        for i in range(len(a) - 1, -1, -1):
            for j in range(len(b) - 1, -1, -1):
                lengths[i][j] = (
                    lengths[i + 1][j + 1] + 1
                    if a[i] == b[j]
                    else max(lengths[i + 1][j], lengths[i][j + 1])
                )
        return lengths[0][0]

    rng = random.Random(19)
    for _ in range(300):
        a = [rng.choice("abc") for _ in range(rng.randint(0, 14))]
        b = [rng.choice("abc") for _ in range(rng.randint(0, 14))]
        hunks, _work = textdiff._myers(a, b, textdiff.BUDGET)
        edits = sum((a2 - a1) + (b2 - b1) for a1, a2, b1, b2 in hunks)
        assert edits == len(a) + len(b) - 2 * common(a, b)


def test_drawn_it_reads_as_both_texts():
    """What is kept and inserted is the new text exactly; what is kept and deleted holds the
    old text's words in order."""
    rng = random.Random(28)
    vocabulary = ["de", "zorg", "netwerk", "naaste", ",", ".", "a", "herstel"]
    for _ in range(300):
        old, new = (
            "".join(rng.choice(vocabulary) + rng.choice([" ", "\n", "\n\n"]) for _ in range(30))
            for _text in range(2)
        )
        found = textdiff.diff(old, new, budget=rng.choice([textdiff.BUDGET, 40]))
        pieces = textdiff.segments(old, new, found.changes)
        assert "".join(text for op, text in pieces if op != textdiff.DELETE) == new
        kept_and_deleted = "".join(text for op, text in pieces if op != textdiff.INSERT)
        assert tokens(kept_and_deleted) == tokens(old)


@pytest.mark.parametrize("length", [1199, settings.REFLECTION_MAX_LENGTH, 20_000])
def test_no_pair_of_texts_makes_it_work_past_its_budget(length):
    """The pairs that took difflib 70 s (6,000 characters) and 8 s (1,199): the work done
    stays within the budget, and what could not be compared word by word is given whole."""
    for name, (old, new) in diff_pairs(length).items():
        found = textdiff.diff(old, new)
        assert within_budget(old, new, found), name
        if not found.is_complete:
            assert len(found.changes) == 1, name  # all of it, side by side


def test_a_text_against_an_unrelated_one_is_given_whole():
    old, new = diff_pairs(settings.REFLECTION_MAX_LENGTH)["ordinary text against 'a ' repeated"]
    found = textdiff.diff(old, new)
    assert not found.is_complete
    assert found.changes == ((textdiff.REPLACE, 0, len(old), 0, len(new)),)
    old, shuffled = diff_pairs(20_000)["words against the same words shuffled"]
    assert len(old) == 20_000 and not textdiff.diff(old, shuffled).is_complete


def test_a_long_text_edited_in_many_places_is_still_shown_word_by_word():
    old = ordinary_text(settings.REFLECTION_MAX_LENGTH)
    words = old.split(" ")
    changed = [n for n in range(0, len(words), 10) if words[n] != words[n].upper()]
    for n in changed:  # one word in ten, in capitals
        words[n] = words[n].upper()
    new = " ".join(words)
    found = textdiff.diff(old, new)
    assert found.is_complete and len(found.changes) == len(changed) > 70
    assert within_budget(old, new, found)


def test_a_changed_paragraph_is_compared_on_its_own():
    """The paragraphs nobody touched are compared as whole lines: the work is that of the
    one that changed, however long the text around it."""
    paragraphs = [ordinary_text(20_000)[n : n + 400] for n in range(0, 20_000, 400)]
    old = "\n\n".join(paragraphs)
    new = "\n\n".join([*paragraphs[:25], "Een nieuwe zin. " + paragraphs[25], *paragraphs[26:]])
    found = textdiff.diff(old, new)
    assert (found.insertions, found.deletions) == (3, 0)
    assert found.work < 1000


def test_stored_it_keeps_no_words_and_holds_only_for_its_own_texts():
    old, new = "Mijn broer Jan viel.", "Mijn broer viel."
    kept = textdiff.stored(old, new)
    assert "Jan" not in json.dumps(kept) and "broer" not in json.dumps(kept)
    assert textdiff.changes_of(kept, old, new) == [(textdiff.DELETE, 10, 14, 10, 10)]
    assert textdiff.changes_of(kept, old, new + " Erbij.") is None
    assert textdiff.changes_of(None, old, new) is None
    too_much = textdiff.stored(*diff_pairs(6000)["ordinary text against 'a ' repeated"])
    assert too_much["complete"] is False and too_much["changes"] == []
