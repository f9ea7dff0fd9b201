"""The diff between two versions (papers/compare.py): rendered text, words counted."""

import pytest

from papers.compare import compare, plain_text, word_diff
from papers.tests.factories import build_paper

pytestmark = pytest.mark.django_db


def test_the_diff_compares_what_readers_read_not_the_markdown():
    old = build_paper(code="SHPP003-84", sections=1)
    new = build_paper(code="SHPP003-85", sections=1)
    before, after = old.sections.get(), new.sections.get()
    before.body = "Het **netwerk** telt.\n\n> Een citaat.\n\n- een punt"
    before.save()
    after.anchor, after.title = before.anchor, before.title
    after.body = "Het **sociale netwerk** telt.\n\n> Een citaat.\n\n- een punt"
    after.save()
    (item,) = compare(old, new)
    assert "**" not in item.body_html and "&gt;" not in item.body_html
    assert "- een punt" not in item.body_html and "een punt" in item.body_html
    assert "<ins>" in item.body_html and "sociale" in item.body_html
    assert (item.insertions, item.deletions) == (1, 0)


def test_words_are_counted_without_punctuation():
    _html, added, removed = word_diff("Zo is het.", "Zo is het, toch?")
    assert (added, removed) == (1, 0)  # "toch"; the comma and question mark are no words


def test_plain_text_keeps_one_block_per_paragraph():
    rendered = "<h2>Titel</h2><p>Een <em>zin</em> &amp; meer.</p><ul><li>één</li><li>twee</li></ul>"
    assert plain_text(rendered) == "Titel\n\nEen zin & meer.\n\n• één\n\n• twee"
