"""Campaigns (#31): one letter sent by many, each copy with small edits (a town, a line of
one's own, "wij" for "ik"). Such texts are near-copies of one another: the groups of
similar reflections (governance/similarity.py, trigrams at its THRESHOLD) that hold at least
MIN_SIZE texts. A campaign is counted, shown with one text that stands for it and its
variants, can be handled with one disposition, and is reported as "N reflecties uit één
campagne": never dropped or counted for less without it being said.

On the tuning set the groups at THRESHOLD found both campaigns whole and nothing else;
the held-out figures are in docs/embeddings.md (governance/tests/test_suggestions.py)."""

from __future__ import annotations

from collections import defaultdict

from . import similarity

MIN_SIZE = similarity.CAMPAIGN_SIZE


def find(texts: dict[int, str]) -> list[list[int]]:
    """The campaigns among ``texts`` (id: text), each as its ids in order, largest first."""
    sets = {pk: similarity.trigrams(text) for pk, text in texts.items()}
    return _campaigns(sets, similarity.links(sets).pairs)


def of_version(version) -> dict[int, tuple[int, int]]:
    """{reflection pk: (campaign number, its size)} for the published reflections of
    ``version`` in a campaign, numbered from the largest; from the similar pairs the
    background job works out ahead (similarity.pairs, cached per state of the texts)."""
    pairs = similarity.pairs(version)
    found = _campaigns({pk for a, b, _s in pairs for pk in (a, b)}, pairs)
    return {pk: (number, len(members))
            for number, members in enumerate(found, start=1) for pk in members}  # fmt: skip


def sizes(version) -> list[int]:
    """The sizes of the campaigns among the published reflections of ``version``, largest
    first (one query when the background job worked out the similar pairs ahead)."""
    by_number = dict(of_version(version).values())
    return [by_number[number] for number in sorted(by_number)]


def _campaigns(pks, pairs) -> list[list[int]]:
    parent = {pk: pk for pk in pks}

    def root(pk: int) -> int:
        while parent[pk] != pk:
            parent[pk] = parent[parent[pk]]
            pk = parent[pk]
        return pk

    for a, b, _score in pairs:
        parent[root(a)] = root(b)
    groups: dict[int, list[int]] = defaultdict(list)
    for pk in sorted(parent):
        groups[root(pk)].append(pk)
    found = [members for members in groups.values() if len(members) >= MIN_SIZE]
    return sorted(found, key=lambda members: (-len(members), members[0]))
