"""Theme suggestions (#31): once the editors have given each theme a few reflections, every
reflection without a theme gets the theme whose examples it most resembles in meaning, with
how sure that is. A suggestion is never a coding: an editor accepts it (one, or many at once
with the preview and undo of a bulk step).

The method, chosen on the tuning set (governance/tests/semantic_tuning.py) and measured on
a held-out set written apart from it (semantic_heldout.py; the figures are in
docs/embeddings.md and guarded by governance/tests/test_suggestions.py):

- every published reflection is a vector of multilingual-e5-small (reflections/vectors.py);
  the consultation's mean vector is taken off every one (what all reflections on a paper
  share says nothing about which theme one is on) and the rest normalised;
- a theme is the mean of its examples, plus the vector of its name and description at
  NAME_WEIGHT (the words the editor chose for it: on the tuning set, with four examples,
  right first 0.52 without and 0.68 with);
- a reflection's scores are its cosines with the themes; the suggestion is the highest, and
  it is *zeker* when it leads the second by SURE_MARGIN or more.

Plain arithmetic on stored vectors (numpy): no model is run here, so a page may call it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# A theme is suggested once it has this many examples (with one, a single text decides).
MIN_EXAMPLES = 2
# The weight of a theme's name and description beside the mean of its examples.
NAME_WEIGHT = 1.0
# The lead over the second theme from which a suggestion is called *zeker*: on the tuning
# set the top suggestion was right for 0.9 of those at or above it, with four examples.
SURE_MARGIN = 0.08


@dataclass(frozen=True)
class Scored:
    """What the suggestions found for one reflection: themes by index, best first."""

    order: tuple[int, ...]
    scores: tuple[float, ...]  # the cosines, in the same order

    @property
    def best(self) -> int:
        return self.order[0]

    @property
    def margin(self) -> float:
        return self.scores[0] - self.scores[1] if len(self.scores) > 1 else self.scores[0]

    @property
    def is_sure(self) -> bool:
        return self.margin >= SURE_MARGIN


def normalised(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms == 0, 1, norms)


def theme_scores(
    vectors: np.ndarray,
    examples: list[list[int]],
    names: np.ndarray | None = None,
    *,
    name_weight: float = NAME_WEIGHT,
) -> np.ndarray:
    """Cosines (rows: ``vectors``, columns: themes). ``examples`` holds, per theme, the rows
    of ``vectors`` coded with it (at least one each); ``names`` one vector per theme of its
    name and description, or None."""
    mean = vectors.mean(axis=0)
    centred = normalised(vectors - mean)
    centres = np.stack([centred[rows].mean(axis=0) for rows in examples])
    if names is not None and name_weight:
        centres = centres + name_weight * normalised(names - mean)
    return centred @ normalised(centres).T


def scored(scores: np.ndarray) -> list[Scored]:
    """Each row's themes best first, with their cosines."""
    order = np.argsort(-scores, axis=1, kind="stable")
    return [
        Scored(tuple(int(t) for t in row), tuple(float(scores[i, t]) for t in row))
        for i, row in enumerate(order)
    ]
