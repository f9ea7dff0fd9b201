"""Passages of a section: its paragraphs and list items with identifiers that survive the next
version, and where a quoted passage of one version is found in the next (issue #19).

A reflection on a passage keeps the words it is about as a W3C Web Annotation–style text quote
(the exact words, a little text before and after them) together with the paragraph's
identifier. When editors amend a section for the next version, the paragraphs that did not
change keep their identifiers; a changed one gets a new identifier and records the one it
replaced. Each quote is then resolved against the new text and gets a status that is stored
and shown, never a silent guess:

- ``ongewijzigd``: its paragraph is unchanged (same identifier), so the words stand where they
  stood;
- ``verplaatst``: the exact words are found in another paragraph (moved, split off, merged);
- ``gewijzigd``: the words are gone, but a passage that resembles them closely enough
  (SIMILARITY_THRESHOLD) is found, preferably in the paragraph that replaced theirs;
- ``verdwenen``: nothing resembles them any more.

Pure functions over plain text: no database, so the rules are tested on constructed edits
(papers/tests/test_passages.py). Their work is bounded however long the section (an editor's
text, up to 20,000 characters): words are compared with civcare.core.textdiff, which counts
its steps against a budget, and each search below has a budget of its own.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass
from html import unescape

from civcare.core import textdiff

# How much text on either side of a quote is kept to tell apart two places where the same
# words occur (the W3C TextQuoteSelector's prefix and suffix).
CONTEXT_CHARS = 32
# A quote and a passage of the new text are "the same passage, reworded" when at least this
# share of their words match in order (2 × the words of a longest common subsequence / all
# their words: what difflib's ratio over words gave on ordinary text, where it was tuned).
# Rewording a sentence slightly (a word or two replaced, a clause added) keeps it above 0.7;
# a sentence rewritten around the same subject shares its function words and a term or two,
# below 0.45. 0.6 asks that clearly more than half of the words survive, in order: below it,
# showing "this is what your passage became" would more often mislead than help.
SIMILARITY_THRESHOLD = 0.6
# A changed paragraph "replaces" the most similar paragraph it took the place of, when they
# share at least this much; below it, it is new text.
REPLACES_THRESHOLD = 0.3
# A changed paragraph is compared with at most this many of the paragraphs it may have
# replaced (those nearest its place): a section rewritten in 375 short paragraphs at once
# compared 140,000 pairs, 3.7 s.
CANDIDATES = 20
# What finding a quote's closest passage in one paragraph may cost (textdiff's units, about
# 0.5 µs each; one per window, and each comparison's steps): the best passage found within
# it stands. A 300-word quote in a paragraph of 20,000 characters of shuffled words took 15 s.
SEARCH_BUDGET = 2 * textdiff.BUDGET

WORD_RE = re.compile(r"[\w’'-]+", re.UNICODE)
# What may close a sentence after its last word.
CLOSING = '.!?…"”’)'


class Status:
    UNCHANGED = "ongewijzigd"
    MOVED = "verplaatst"
    CHANGED = "gewijzigd"
    GONE = "verdwenen"


@dataclass(frozen=True)
class Paragraph:
    """One paragraph or list item of a section, as plain text, with its identifier (a number
    unique within the section and all its versions: ``#sectie-4-p3``) and, for a changed
    paragraph, the identifier of the one it replaced."""

    id: int
    text: str
    replaces: int | None = None


@dataclass(frozen=True)
class Quote:
    """The words a reflection is about (the W3C TextQuoteSelector), in one paragraph."""

    paragraph: int
    exact: str
    prefix: str = ""
    suffix: str = ""

    @classmethod
    def of(cls, paragraph: Paragraph, start: int, end: int) -> Quote:
        """The quote of ``paragraph.text[start:end]``, with the text around it."""
        text = paragraph.text
        return cls(
            paragraph=paragraph.id,
            exact=text[start:end],
            prefix=text[max(0, start - CONTEXT_CHARS) : start],
            suffix=text[end : end + CONTEXT_CHARS],
        )


@dataclass(frozen=True)
class Resolution:
    status: str
    paragraph: int | None = None  # where the passage is (or what it became) in the new text
    found: str = ""  # the words there
    similarity: float = 1.0


def normalized(text: str) -> str:
    return " ".join(text.split())


def words(text: str) -> list[str]:
    return [word.lower() for word in WORD_RE.findall(text)]


def similarity(a: str, b: str) -> float:
    """The share of the words of ``a`` and ``b`` that match in order; 0 for texts so different
    that finding out would cost more than textdiff.BUDGET (hundreds of words changed)."""
    return _ratio(words(a), words(b), textdiff.BUDGET)[0]


def _ratio(a: list[str], b: list[str], budget: int) -> tuple[float, int]:
    """(2 × matching / total, the work it cost); 0.0 beyond ``budget``."""
    if not a and not b:
        return 1.0, 0
    common, work = textdiff.matching(a, b, budget=budget)
    return (0.0 if common is None else 2 * common / (len(a) + len(b))), work


def assign_ids(
    previous: list[Paragraph], texts: list[str], next_id: int
) -> tuple[list[Paragraph], int]:
    """Identifiers for the paragraphs ``texts`` of a section's new version, given those of
    the version it was copied from: an unchanged paragraph keeps its identifier (also when it
    moved), a changed one gets a new one and records the most similar paragraph it took the
    place of. Returns the paragraphs and the next free identifier."""
    old = [normalized(p.text) for p in previous]
    new = [normalized(t) for t in texts]
    ids: list[int | None] = [None] * len(new)
    replaces: list[int | None] = [None] * len(new)
    kept: set[int] = set()
    # Beyond the budget (paragraphs laid out anew altogether) nothing stands where it stood:
    # the unchanged paragraphs are still found by their text below.
    changed = textdiff.hunks(old, new) or []
    if not changed and old != new:
        changed = [(0, len(old), 0, len(new))]
    at = (0, 0)
    for i1, i2, j1, j2 in [*changed, (len(old), len(old), len(new), len(new))]:
        for i, j in zip(range(at[0], i1), range(at[1], j1), strict=True):  # equal
            ids[j] = previous[i].id
            kept.add(previous[i].id)
        at = (i2, j2)
    # A paragraph that is unchanged but moved: the same text elsewhere keeps its identifier.
    unplaced = {old[i]: previous[i].id for i in range(len(old)) if previous[i].id not in kept}
    for j, text in enumerate(new):
        if ids[j] is None and unplaced.get(text) is not None:
            ids[j] = unplaced.pop(text)
            kept.add(ids[j])
    # What is left is changed or new text: a new identifier, and the paragraph it replaced:
    # the most similar of those left over near its place (the shortest edit script may pair
    # it with another run of old paragraphs than the one it took the place of).
    left = [(i, p.id, words(p.text)) for i, p in enumerate(previous) if p.id not in kept]
    positions = [i for i, *_rest in left]
    for i1, i2, j1, j2 in changed:
        for j in range(j1, j2):
            if ids[j] is not None:
                continue
            ids[j], next_id = next_id, next_id + 1
            place = i1 + (j - j1) * (i2 - i1) / (j2 - j1)
            around = bisect.bisect_left(positions, place)
            nearby = left[max(0, around - CANDIDATES) : around + CANDIDATES]
            nearest = sorted(nearby, key=lambda item: (abs(item[0] - place), item[0]))
            mine = words(new[j])
            scored = [
                (_ratio(theirs, mine, textdiff.BUDGET)[0], pk)
                for _i, pk, theirs in nearest[:CANDIDATES]
            ]
            best = max(scored, default=(0.0, None))
            if best[0] >= REPLACES_THRESHOLD:
                replaces[j] = best[1]
    paragraphs = [
        Paragraph(id=ids[j], text=texts[j], replaces=replaces[j]) for j in range(len(new))
    ]
    return paragraphs, next_id


def resolve(quote: Quote, new: list[Paragraph]) -> Resolution:
    """Where the quoted passage of the previous version is in ``new`` (see the module)."""
    same = next((p for p in new if p.id == quote.paragraph), None)
    if same is not None and best_place(quote, same.text) is not None:
        return Resolution(Status.UNCHANGED, same.id, quote.exact)
    # The exact words elsewhere: among the paragraphs that hold them, the one whose text
    # around them matches best, then the one that replaced theirs.
    located = [
        (context, p.replaces == quote.paragraph, p)
        for p in new
        if (context := best_place(quote, p.text)) is not None
    ]
    if located:
        _context, _replaced, paragraph = max(located, key=lambda found: found[:2])
        return Resolution(Status.MOVED, paragraph.id, quote.exact)
    best = (0.0, False, None, "")
    for paragraph in new:
        score, passage = closest_passage(quote.exact, paragraph.text, at_least=SIMILARITY_THRESHOLD)
        candidate = (score, paragraph.replaces == quote.paragraph, paragraph, passage)
        if candidate[:2] > best[:2]:
            best = candidate
    score, _replaced, paragraph, passage = best
    if paragraph is not None and score >= SIMILARITY_THRESHOLD:
        return Resolution(Status.CHANGED, paragraph.id, passage, round(score, 2))
    return Resolution(Status.GONE, None, "", round(score, 2))


def best_place(quote: Quote, text: str) -> int | None:
    """None when the quote's words do not occur in ``text``; otherwise how well the text
    around their best place matches the quote's prefix and suffix (0, 1 or 2)."""
    exact, text = normalized(quote.exact), normalized(text)
    prefix, suffix = normalized(quote.prefix), normalized(quote.suffix)
    if not exact:
        return None
    scores = [
        int(bool(prefix) and text[: m.start()].endswith(prefix))
        + int(bool(suffix) and text[m.end() :].startswith(suffix))
        for m in re.finditer(re.escape(exact), text)
    ]
    return max(scores, default=None)


def closest_passage(exact: str, text: str, *, at_least: float = 0.0) -> tuple[float, str]:
    """The run of words in ``text`` most like ``exact`` (windows of about its length).

    A paragraph whose words could not give any window a similarity of ``at_least`` is not
    searched (score 0): with a section of twenty paragraphs and a hundred reflections on a
    passage that was deleted, searching every window of every paragraph took seconds."""
    wanted = words(exact)
    if not wanted:
        return 0.0, ""
    spans = word_spans(text)
    tokens = [text[a:b].lower() for a, b in spans]
    if not tokens:
        return 0.0, ""
    size = len(wanted)
    lengths = sorted({max(1, round(size * f)) for f in (0.75, 0.9, 1.0, 1.1, 1.25, 1.5)})
    # The most words any window shares with the quote, over the shortest window: no window
    # of this paragraph can be more similar than that.
    shared = sum((Counter(tokens) & Counter(wanted)).values())
    if at_least and 2 * min(shared, size) / (size + min(lengths[0], len(tokens))) < at_least:
        return 0.0, ""
    # Each window's words in common with the quote, as a multiset, kept while it slides (one
    # word out, one in): 2 × that / all their words bounds its similarity. The windows are
    # compared word by word from the highest bound down, and only while one could still beat
    # the best so far (as good, and earlier: the first best window is the one kept).
    need = Counter(wanted)
    windows = []
    for length in lengths:
        have: Counter = Counter()
        common = 0
        for start in range(0, max(1, len(tokens) - length + 1)):
            if start == 0:
                for token in tokens[:length]:
                    have[token] += 1
                    common += have[token] <= need[token]
            else:
                out, into = tokens[start - 1], tokens[start + length - 1]
                common -= have[out] <= need[out]
                have[out] -= 1
                have[into] += 1
                common += have[into] <= need[into]
            end = min(len(tokens), start + length)
            windows.append((-2 * common / (end - start + size), length, start, end))
    windows.sort()
    best, first_best, where = 0.0, (math.inf, 0), (0, 0)
    spent = len(windows)
    for negative_bound, length, start, end in windows:
        if -negative_bound < best or spent > SEARCH_BUDGET:
            break
        total = end - start + size
        # As similar as the best at most (1 - best) × total words unmatched: no need to look
        # for a script longer than that.
        common, work = textdiff.matching(
            tokens[start:end],
            wanted,
            budget=SEARCH_BUDGET - spent,
            max_edits=math.floor((1 - best) * total + 1e-9),
        )
        spent += work
        score = 0.0 if common is None else 2 * common / total
        if score > best or (score == best > 0 and (length, start) < first_best):
            best, first_best, where = score, (length, start), (start, end)
    first, last = where
    if last <= first:
        return best, ""
    start, end = spans[first][0], spans[last - 1][1]
    # The closing punctuation the quote ends with, where the passage has it too (a quoted
    # sentence is compared with a sentence, not with its words minus the full stop).
    closing = exact[len(exact.rstrip(CLOSING)) :]
    if closing and text[end : end + len(closing)] == closing:
        end += len(closing)
    return best, text[start:end]


# -- Paragraphs in a section's rendered HTML ---------------------------------------------------

BLOCK_TAG_RE = re.compile(r"<(/?)(p|li|ul|ol)\b[^>]*>", re.IGNORECASE)
TAG_RE = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Block:
    """Where a paragraph or list item sits in rendered HTML: its opening tag ends at
    ``tag_end`` (an id attribute goes before it); its own text runs to ``text_end``."""

    tag_end: int
    text_start: int
    text_end: int


def blocks(html: str) -> list[Block]:
    """Every paragraph outside a list and every list item, in reading order. A paragraph
    inside a list item is part of the item; a nested list's items are blocks of their own,
    so an item's text ends where its nested list begins."""
    found: list[Block] = []
    open_items: list[int] = []  # indexes in ``found`` of the list items still open
    paragraph: int | None = None  # index of an open paragraph outside any list item
    ends: dict[int, int] = {}
    for match in BLOCK_TAG_RE.finditer(html):
        closing, tag = match.group(1) == "/", match.group(2).lower()
        if tag == "li" and not closing:
            found.append(Block(match.end() - 1, match.end(), -1))
            open_items.append(len(found) - 1)
        elif tag == "li" and closing and open_items:
            index = open_items.pop()
            ends.setdefault(index, match.start())
        elif tag in {"ul", "ol"} and not closing and open_items:
            ends.setdefault(open_items[-1], match.start())  # the item's own text ends here
        elif tag == "p" and not closing and not open_items:
            found.append(Block(match.end() - 1, match.end(), -1))
            paragraph = len(found) - 1
        elif tag == "p" and closing and paragraph is not None and not open_items:
            ends[paragraph] = match.start()
            paragraph = None
    return [Block(b.tag_end, b.text_start, ends.get(i, len(html))) for i, b in enumerate(found)]


@dataclass(frozen=True)
class Position:
    """Where a block is as a reader sees it, not its identifier: the number of its paragraph
    in the section and, for a list item, its number in the list ("2", "2.1" in a nested
    list). Identifiers count every block and survive edits (#sectie-3-p7 may be the second
    paragraph a reader sees); a quote names the position (#29)."""

    paragraph: int
    item: str = ""


OL_START_RE = re.compile(r"""\bstart\s*=\s*["']?(-?\d+)""", re.IGNORECASE)


def positions(html: str) -> list[Position]:
    """The position of each block of ``html`` (papers.passages.blocks), in the same order.

    A list belongs to the paragraph right before it (in the papers a list is introduced by
    a sentence ending in a colon, and is read as part of it); a list with no paragraph right
    before it (at the start of a section, after a heading, a quote or another list) counts as
    a paragraph of its own. An item is numbered as the reader sees it: an ordered list that
    starts at 3 (``<ol start="3">``) numbers its first item 3."""
    found: list[Position] = []
    paragraph = 0
    after_paragraph: int | None = None  # where the last top-level paragraph ended
    lists: list[list] = []  # per open list: [the enclosing item's label, the last number]
    open_items: list[str] = []  # the labels of the list items still open
    for match in BLOCK_TAG_RE.finditer(html):
        closing, tag = match.group(1) == "/", match.group(2).lower()
        if tag in {"ul", "ol"} and not closing:
            if not lists:
                between = html[after_paragraph : match.start()] if after_paragraph else "x"
                if between.strip():
                    paragraph += 1
            start = OL_START_RE.search(match.group(0)) if tag == "ol" else None
            lists.append([open_items[-1] if open_items else "", int(start[1]) - 1 if start else 0])
        elif tag in {"ul", "ol"} and closing and lists:
            lists.pop()
            if not lists:
                after_paragraph = None
        elif tag == "li" and not closing:
            if not lists:  # an item outside any list (not from Markdown): a list of its own
                paragraph += 1
                lists.append(["", 0])
            lists[-1][1] += 1
            enclosing, number = lists[-1]
            label = f"{enclosing}.{number}" if enclosing else str(number)
            open_items.append(label)
            found.append(Position(paragraph, label))
        elif tag == "li" and closing and open_items:
            open_items.pop()
        elif tag == "p" and not closing and not open_items:
            paragraph += 1
            found.append(Position(paragraph))
        elif tag == "p" and closing and not open_items:
            after_paragraph = match.end()
    return found


def block_texts(html: str) -> list[str]:
    """The plain text of each block (what paragraphs are compared and quoted by)."""
    return [
        normalized(unescape(TAG_RE.sub("", html[b.text_start : b.text_end]))) for b in blocks(html)
    ]


def with_ids(html: str, prefix: str, ids: list[int]) -> str:
    """The HTML with ``id="<prefix>-p<n>"`` on each block, so every paragraph has its own
    link (#sectie-4-p3). ``ids`` are the blocks' identifiers in order."""
    return _into_blocks(html, [f' id="{prefix}-p{n}"' for n in ids], at_text_end=False)


def _into_blocks(html: str, inserts: list[str], *, at_text_end: bool) -> str:
    """``html`` with ``inserts[i]`` in the i-th block: in its opening tag, or after its text."""
    parts, at = [], 0
    for block, insert in zip(blocks(html), inserts, strict=True):
        where = block.text_end if at_text_end else block.tag_end
        parts += [html[at:where], insert]
        at = where
    parts.append(html[at:])
    return "".join(parts)


def numbered(html: str, identifiers: list[list[int | None]]) -> list[Paragraph]:
    """The paragraphs of a stored section: its HTML's blocks with their stored identifiers
    ([id, replaces] pairs, Section.paragraphs)."""
    texts = block_texts(html)
    if len(identifiers) != len(texts):  # not numbered yet: as if every paragraph were new
        identifiers = [[n, None] for n in range(1, len(texts) + 1)]
    return [
        Paragraph(id=pair[0], text=text, replaces=pair[1])
        for pair, text in zip(identifiers, texts, strict=True)
    ]


def number(
    html: str,
    anchor: str,
    source: tuple[str, list[list[int | None]], int] | None = None,
) -> tuple[str, list[list[int | None]], int]:
    """A section's rendered ``html`` numbered against ``source``, the section it was copied
    from (its body_html, paragraphs and next_paragraph), or from 1 when there is none:
    the HTML with the ids in it, the [id, replaces] pairs, and the next free identifier."""
    source_html, identifiers, next_id = source or ("", [], 1)
    previous = numbered(source_html, identifiers) if source else []
    paragraphs, next_id = assign_ids(previous, block_texts(html), next_id)
    return (
        with_ids(html, anchor, [p.id for p in paragraphs]),
        [[p.id, p.replaces] for p in paragraphs],
        next_id,
    )


# -- Choosing a passage within a paragraph (the compose form, without JavaScript) ----------

# A sentence ends at . ! ? or … followed by space and what starts a sentence; "bijv. de" and
# "art. 3" stay in one sentence because a lower-case word or a number follows.
SENTENCE_END_RE = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“‘(]?[A-ZÀ-Ý])")


def word_spans(text: str) -> list[tuple[int, int]]:
    """Where each word of ``text`` starts and ends (the words a passage is chosen by)."""
    return [m.span() for m in WORD_RE.finditer(text)]


def sentence_ranges(text: str) -> list[tuple[int, int]]:
    """Each sentence of ``text`` as a range of word positions (first, last), in order."""
    spans = word_spans(text)
    bounds = [0, *(m.start() for m in SENTENCE_END_RE.finditer(text)), len(text)]
    ranges = []
    for start, end in itertools.pairwise(bounds):
        inside = [i for i, (a, _b) in enumerate(spans) if start <= a < end]
        if inside:
            ranges.append((inside[0], inside[-1]))
    return ranges


def quote_of_words(paragraph: Paragraph, first: int, last: int) -> Quote:
    """The quote of the words ``first`` to ``last`` (positions, inclusive) of a paragraph,
    with the punctuation that closes the last word's sentence."""
    spans = word_spans(paragraph.text)
    if not spans or not 0 <= first <= last < len(spans):
        raise ValueError("no such words in this paragraph")
    start, end = spans[first][0], spans[last][1]
    if last in {final for _first, final in sentence_ranges(paragraph.text)}:
        # The full stop (and a closing quotation mark) belongs to the sentence quoted.
        while end < len(paragraph.text) and paragraph.text[end] in CLOSING:
            end += 1
    return Quote.of(paragraph, start, end)


def locate_words(text: str, exact: str, prefix: str = "") -> tuple[int, int] | None:
    """The word positions (first, last) of ``exact`` in ``text``, preferring the place whose
    preceding text matches ``prefix``; None when the words do not occur. Used to turn a
    selection made in the browser into the same choice the form offers without it."""
    wanted = words(exact)
    if not wanted:
        return None
    tokens = words(text)
    places = [
        i for i in range(len(tokens) - len(wanted) + 1) if tokens[i : i + len(wanted)] == wanted
    ]
    if not places:
        return None
    before = words(prefix)

    def agreement(i: int) -> int:
        preceding = tokens[max(0, i - len(before)) : i]
        return sum(1 for a, b in zip(reversed(preceding), reversed(before), strict=False) if a == b)

    first = max(places, key=lambda i: (agreement(i), -i))
    return first, first + len(wanted) - 1


def at_block_ends(html: str, inserts: list[str]) -> str:
    """``html`` with ``inserts[i]`` at the end of the i-th block's own text (a paragraph's
    marker goes inside it, after its last word)."""
    return _into_blocks(html, inserts, at_text_end=True)
