"""Reading by subject rather than by manner (#31): a fixed linear map on the sentence
vectors that weighs down the directions in which texts on one subject differ from each other
(register, length, perspective, the writer's own story) and so lets the subject count for
more when the theme suggestions (governance/suggestions.py) compare reflections with a
theme's examples. The proposed clusters keep plain cosines (the map did not make them purer
on the held-out set), and so do the similar page's pairs (a threshold an editor sets means
what it says).

How it is made (``learn``): on the tuning set (governance/tests/semantic_tuning.py: 102
reflections written and coded by hand for this, fictional people, eight themes), the scatter
of each theme's texts around their theme's mean, pooled over the themes (texts on one theme
only, no campaign copies), W; the map is (W + λ·mean eigenvalue·I)^-½, LAMBDA the
shrinkage. It is learned from how texts on *a* subject vary, not from the subjects
themselves: the held-out set's ten themes are other themes, and the map helps there too
(docs/embeddings.md has the figures). The recipe writes ``data/subject_metric.npz``
(``python -m governance.tests.semantic_evaluation learn-metric``); a test checks that the file
is what the recipe makes with the model installed.

Without the file, or with a file made for another model, vectors are compared as they are
(centred and normalised), as before.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from pathlib import Path

import numpy as np

from civcare.core import embeddings

logger = logging.getLogger(__name__)

PATH = Path(__file__).resolve().parent / "data" / "subject_metric.npz"
# Shrinkage towards plain cosines, chosen on the tuning set (right first with four examples,
# the map learned from half its themes: 0.78–0.81 from λ 0.5 to 5, 2 in the middle; plain
# cosines 0.68).
LAMBDA = 2.0


def normalised(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=-1, keepdims=True)
    return rows / np.where(norms == 0, 1, norms)


def learn(sets: list[tuple[np.ndarray, list[list[int]]]], *, shrink: float = LAMBDA
          ) -> np.ndarray:  # fmt: skip
    """The map (a symmetric 384 × 384 matrix) from ``sets``: per set (one consultation: its
    own mean is taken off), the vectors and, per subject, the rows of the texts written on it
    alone. The scatter around each subject's mean is pooled over all subjects of all sets."""
    spread = []
    for vectors, groups in sets:
        centred = normalised(vectors - vectors.mean(axis=0))
        spread += [centred[rows] - centred[rows].mean(axis=0) for rows in groups if len(rows) > 1]
    pooled = np.vstack(spread)
    within = pooled.T @ pooled / len(pooled)
    values, axes = np.linalg.eigh(within)
    return (axes / np.sqrt(values + shrink * values.mean())) @ axes.T


def save(matrix: np.ndarray, path: Path = PATH) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, matrix=matrix.astype(np.float16), model=np.array(embeddings.MODEL))


@functools.cache
def learned() -> np.ndarray | None:
    """The map for the model in use, or None (no file, or one for another model)."""
    try:
        stored = np.load(PATH)
        model, matrix = str(stored["model"]), stored["matrix"]
    except (OSError, ValueError, KeyError):  # missing, or not a metric we wrote
        logger.warning("No subject metric at %s: vectors are compared as they are", PATH)
        return None
    if model != embeddings.MODEL:
        logger.warning("The subject metric was made for %s, not %s", model, embeddings.MODEL)
        return None
    matrix = matrix.astype(np.float32)
    return matrix if matrix.shape == (embeddings.DIMENSIONS,) * 2 else None


@functools.cache
def digest() -> str:
    """Which map is in use, for the keys of what is cached with it."""
    matrix = learned()
    return "none" if matrix is None else hashlib.sha256(matrix.tobytes()).hexdigest()[:16]


def by_subject(rows: np.ndarray, *others: np.ndarray) -> tuple[np.ndarray, ...]:
    """``rows`` (a consultation's vectors) and ``others`` (e.g. the themes' names) centred on
    the mean of ``rows``, normalised and mapped; as they are where there is no map (or the
    rows are not the model's). The callers centre and normalise what they get, as always:
    the mapped rows' own mean is what they share."""
    matrix = learned() if rows.shape[-1] == embeddings.DIMENSIONS else None
    if matrix is None:
        return (rows, *others)
    mean = rows.mean(axis=0)
    return tuple(normalised(part - mean) @ matrix for part in (rows, *others))
