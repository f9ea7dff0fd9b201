"""A word diff whose work is bounded, whatever the two texts are.

difflib's SequenceMatcher over words *and* whitespace (autojunk off) is about cubic on
repetitive input: 6,000 ordinary characters against ``"a " * 3000`` took 70 s, and a
1,199-character edit of a published reflection 8.5 s on every view of the moderation queue.
This diff:

- compares words and punctuation, never whitespace: a run of whitespace travels with the
  token after it, so the texts are shown with the whitespace they have, but "a " repeated
  is not twice as many tokens, half of them equal to each other;
- matches the texts line by line first (a paragraph a person did not touch is one item, not a
  hundred words), then word by word only inside the runs of lines that changed;
- finds each shortest edit script with Myers' O(ND) algorithm ("An O(ND) difference algorithm
  and its variations", 1986), counting every step against one ``budget``. When the budget is
  spent, what is left to compare is given whole (the old lines deleted, the new inserted) and
  the result says it is not complete: a moderator is shown both texts side by side instead.

The result holds character offsets into the two texts, not words: stored, it keeps no copy of
either text (reflections.Reflection.change_diff), and drawing it again is linear.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

# Words (with the apostrophes and hyphens inside them) and single punctuation marks.
TOKEN_RE = re.compile(r"[\w’'-]+|[^\w\s]", re.UNICODE)
WORD_RE = re.compile(r"\w", re.UNICODE)
# A step of Myers' algorithm (one diagonal tried, one pair of tokens compared) is one unit.
# 200,000 units take about 0.1 s in CPython: any two reflections of 6,000 characters that
# differ in a few hundred words stay well inside it; a text against an unrelated one of the
# same length does not, and is better read side by side anyway.
BUDGET = 200_000
# An equal run of at most this many tokens between two changes that are each at least as
# long (in characters) is shown as part of the change: "de" or a comma kept in the middle
# of a rewritten sentence makes the change harder to read, not easier.
SHORT_EQUAL = 2

# What the line by line pass may spend at most (a part of the budget): texts whose lines
# differ altogether (one long line against many short ones) are compared word by word.
LINES_SHARE = 4

EQUAL, DELETE, INSERT, REPLACE = "equal", "delete", "insert", "replace"


@dataclass(frozen=True)
class Diff:
    """``changes``: (op, a1, a2, b1, b2) character ranges of the old text deleted and of the
    new one inserted (op "delete", "insert" or "replace"), in order; what lies between them is
    equal. ``insertions`` and ``deletions`` count words, not punctuation. ``work``: the units
    of the budget spent. ``is_complete``: False when the budget ran out and some changed
    lines are given whole."""

    changes: tuple[tuple[str, int, int, int, int], ...]
    insertions: int
    deletions: int
    work: int
    is_complete: bool


@dataclass
class _Tokens:
    """The tokens of a text, the characters each one covers (``cuts[i]`` to ``cuts[i + 1]``:
    the token with the whitespace before it), where each one's own characters start, and its
    lines, as (key, first, end) in tokens."""

    items: list[str]
    cuts: list[int]
    starts: list[int]
    lines: list[tuple[int, int, int]]


def _tokens(text: str, keys: dict[tuple[str, ...], int]) -> _Tokens:
    items: list[str] = []
    spans: list[tuple[int, int]] = []
    lines: list[tuple[int, int, int]] = []
    at = 0
    for line in text.split("\n"):
        first = len(items)
        for match in TOKEN_RE.finditer(line):
            items.append(match.group())
            spans.append((at + match.start(), at + match.end()))
        if len(items) > first:  # a blank line has no tokens: it is whitespace of the next
            key = keys.setdefault(tuple(items[first:]), len(keys))
            lines.append((key, first, len(items)))
        at += len(line) + 1
    cuts = [0, *(end for _start, end in spans[:-1]), len(text)]
    return _Tokens(items, cuts, [start for start, _end in spans], lines)


def _myers(
    a: list, b: list, budget: int, max_edits: int | None = None
) -> tuple[list[tuple[int, int, int, int]] | None, int]:
    """The hunks (a1, a2, b1, b2) where ``a`` and ``b`` differ, for a shortest edit script,
    and the work done; None for the hunks when that would cost more than ``budget``, or take
    more than ``max_edits`` deletions and insertions. The work past the budget is at most one
    snake: the length of the shorter sequence."""
    n, m = len(a), len(b)
    start = 0
    while start < n and start < m and a[start] == b[start]:
        start += 1
    end_a, end_b = n, m
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a, end_b = end_a - 1, end_b - 1
    work = start + (n - end_a) + 1
    a, b = a[start:end_a], b[start:end_b]
    n, m = len(a), len(b)
    if not n or not m:
        return ([(start, start + n, start, start + m)] if n or m else []), work
    offset = n + m + 1
    v = [0] * (2 * offset + 1)
    trace: list[list[int]] = []
    for d in range(n + m + 1):
        if max_edits is not None and d > max_edits:
            return None, work
        trace.append(v[offset - d : offset + d + 1])  # the values round d starts from
        for k in range(-d, d + 1, 2):
            work += 1
            if k == -d or (k != d and v[offset + k - 1] < v[offset + k + 1]):
                x = v[offset + k + 1]
            else:
                x = v[offset + k - 1] + 1
            y = x - k
            while x < n and y < m and a[x] == b[y]:
                x, y = x + 1, y + 1
                work += 1
            v[offset + k] = x
            if x >= n and y >= m:
                return _hunks(_path(trace, n, m), start), work
            if work > budget:  # at most one snake (the shorter text) past the budget
                return None, work
    raise AssertionError("unreachable: a script of n + m steps always exists")


def _path(trace: list[list[int]], n: int, m: int) -> list[tuple[int, int]]:
    """The edits of the script found, from its end: (i, -1) deletes a[i], (-1, j) inserts
    b[j], in order from the start."""
    edits: list[tuple[int, int]] = []
    x, y = n, m
    for d in range(len(trace) - 1, 0, -1):
        v = trace[d]  # v[d + k] is diagonal k's furthest x after round d - 1
        k = x - y
        down = k == -d or (k != d and v[d + k - 1] < v[d + k + 1])
        previous = k + 1 if down else k - 1
        px = v[d + previous]
        py = px - previous
        x, y = px, py  # the snake back to the edit is equal: skipped
        edits.append((-1, py) if down else (px, -1))
    edits.reverse()
    return edits


def _hunks(edits: list[tuple[int, int]], start: int) -> list[tuple[int, int, int, int]]:
    """Consecutive deletions and insertions as one hunk (a1, a2, b1, b2), shifted by
    ``start``. Between two edits the texts run equal, so the position in one text follows
    from the other's."""
    hunks: list[list[int]] = []
    x = y = 0  # where the next edit would stand if nothing equal came between
    for i, j in edits:
        if i >= 0:  # deletion of a[i]: the equal run before it ends at i
            y += i - x
            x = i
            if hunks and hunks[-1][1] == x and hunks[-1][3] == y:
                hunks[-1][1] = x + 1
            else:
                hunks.append([x, x + 1, y, y])
            x += 1
        else:  # insertion of b[j]
            x += j - y
            y = j
            if hunks and hunks[-1][1] == x and hunks[-1][3] == y:
                hunks[-1][3] = y + 1
            else:
                hunks.append([x, x, y, y + 1])
            y += 1
    return [(a1 + start, a2 + start, b1 + start, b2 + start) for a1, a2, b1, b2 in hunks]


def _without_short_equals(
    hunks: list[tuple[int, int, int, int]], a: _Tokens, b: _Tokens
) -> list[tuple[int, int, int, int]]:
    """Hunks separated by an equal run of at most SHORT_EQUAL tokens become one when the run
    is no longer (in characters) than the change on either side of it."""

    def size(a1: int, a2: int, b1: int, b2: int) -> int:
        return max(a.cuts[a2] - a.cuts[a1], b.cuts[b2] - b.cuts[b1])

    merged: list[tuple[int, int, int, int]] = []
    for hunk in hunks:
        if merged:
            before = merged[-1]
            gap = hunk[0] - before[1]
            equal = a.cuts[hunk[0]] - a.cuts[before[1]]
            if gap <= SHORT_EQUAL and equal <= min(size(*before), size(*hunk)):
                merged[-1] = (before[0], hunk[1], before[2], hunk[3])
                continue
        merged.append(hunk)
    return merged


def diff(old: str, new: str, *, budget: int = BUDGET) -> Diff:
    """``new`` compared with ``old``, in at most about ``budget`` units of work."""
    keys: dict[tuple[str, ...], int] = {}
    a, b = _tokens(old, keys), _tokens(new, keys)
    line_hunks, work = _myers(
        [key for key, *_ in a.lines], [key for key, *_ in b.lines], budget // LINES_SHARE
    )
    if line_hunks is None:  # laid out in other lines altogether: word by word throughout
        line_hunks = [(0, len(a.lines), 0, len(b.lines))] if a.lines or b.lines else []
    complete = True
    hunks: list[tuple[int, int, int, int]] = []
    for l1, l2, m1, m2 in line_hunks:
        a1 = a.lines[l1][1] if l1 < len(a.lines) else len(a.items)
        a2 = a.lines[l2 - 1][2] if l2 > l1 else a1
        b1 = b.lines[m1][1] if m1 < len(b.lines) else len(b.items)
        b2 = b.lines[m2 - 1][2] if m2 > m1 else b1
        if a2 > a1 and b2 > b1 and complete:
            inside, spent = _myers(a.items[a1:a2], b.items[b1:b2], budget - work)
            work += spent
            if inside is not None:
                hunks += [(a1 + i1, a1 + i2, b1 + j1, b1 + j2) for i1, i2, j1, j2 in inside]
                continue
            complete = False  # this run and every later one: given whole
        hunks.append((a1, a2, b1, b2))
    changes = []
    insertions = deletions = 0
    for a1, a2, b1, b2 in _without_short_equals(hunks, a, b):
        op = REPLACE if a2 > a1 and b2 > b1 else (DELETE if a2 > a1 else INSERT)
        end = a.cuts[a2]
        if b2 == 0 and a2 < len(a.items):
            # The first words deleted: the new text starts with no whitespace, so the
            # whitespace that separated them from what follows goes with them.
            end = a.starts[a2]
        changes.append((op, a.cuts[a1], end, b.cuts[b1], b.cuts[b2]))
        deletions += sum(1 for token in a.items[a1:a2] if WORD_RE.search(token))
        insertions += sum(1 for token in b.items[b1:b2] if WORD_RE.search(token))
    return Diff(tuple(changes), insertions, deletions, work, complete)


def segments(old: str, new: str, changes) -> list[tuple[str, str]]:
    """The texts as (op, text) pieces in reading order: "equal" and "insert" from ``new``,
    "delete" from ``old`` (a replacement is its deletion, then its insertion). Linear."""
    pieces: list[tuple[str, str]] = []
    at = 0
    for _op, a1, a2, b1, b2 in changes:
        if b1 > at:
            pieces.append((EQUAL, new[at:b1]))
        if a2 > a1:
            pieces.append((DELETE, old[a1:a2]))
        if b2 > b1:
            pieces.append((INSERT, new[b1:b2]))
        at = b2
    if at < len(new):
        pieces.append((EQUAL, new[at:]))
    return pieces


def hunks(a: list, b: list, *, budget: int = BUDGET) -> list[tuple[int, int, int, int]] | None:
    """Where two sequences of any hashable items differ, as (a1, a2, b1, b2) in order (what
    lies between is equal), for a shortest edit script; None when finding it would cost more
    than ``budget``."""
    return _myers(a, b, budget)[0]


def matching(
    a: list, b: list, *, budget: int = BUDGET, max_edits: int | None = None
) -> tuple[int | None, int]:
    """How many items of ``a`` and ``b`` match in order (a longest common subsequence), and
    the work that cost; None for the number when it would cost more than ``budget``, or
    when more than ``max_edits`` items would not match (the search stops there: cheaper)."""
    found, work = _myers(a, b, budget, max_edits)
    if found is None:
        return None, work
    return len(a) - sum(a2 - a1 for a1, a2, _b1, _b2 in found), work


def _digest(old: str, new: str) -> str:
    return hashlib.sha256(f"{len(old)}:{old}{new}".encode()).hexdigest()[:32]


def stored(old: str, new: str, *, budget: int = BUDGET) -> dict:
    """What to keep of the comparison of ``old`` with ``new`` to draw it later (see
    changes_of): the changes as character offsets, never the words, with a digest of the
    two texts. An incomplete comparison keeps no changes: both texts are read side by side.
    ``work`` is kept to show the budget was honoured."""
    found = diff(old, new, budget=budget)
    return {
        "of": _digest(old, new),
        "complete": found.is_complete,
        "changes": [list(change) for change in found.changes] if found.is_complete else [],
        "work": found.work,
    }


def changes_of(kept: dict | None, old: str, new: str) -> list[tuple] | None:
    """The changes ``kept`` (by stored) holds for exactly these two texts; None when it holds
    none for them: made for other texts, incomplete, or not made."""
    if not kept or not kept.get("complete") or kept.get("of") != _digest(old, new):
        return None
    return [tuple(change) for change in kept["changes"]]
