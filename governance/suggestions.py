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
- the vectors are read by subject rather than by manner (governance/subject_metric.py: a
  fixed map learned from the tuning set; held-out, four examples, right first 0.65 with it
  against 0.62 without);
- a theme is the mean of its examples, plus the vector of its name and description at
  NAME_WEIGHT (the words the editor chose for it: on the tuning set, with four examples,
  right first 0.52 without and 0.68 with);
- a reflection's scores are its cosines with the themes; the suggestion is the highest, and
  it is *zeker* when it leads the second by SURE_MARGIN or more.

Plain arithmetic on stored vectors (numpy): a page may call ``for_version``; the model runs
only in the background job (``keep_theme_vectors``, the themes' names).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np
from django.core.cache import cache

from civcare.core import background, documents, embeddings, generations
from papers.models import PaperVersion
from reflections import vectors as reflection_vectors
from reflections.models import Reflection

from . import subject_metric
from .models import Theme, ThemeAssignment, ThemeVector
from .subject_metric import normalised

# A theme is suggested once it has this many examples (with one, a single text decides).
MIN_EXAMPLES = 2
# The weight of a theme's name and description beside the mean of its examples.
NAME_WEIGHT = 1.0
# The lead over the second theme from which a suggestion is called *zeker*: on the tuning
# set the top suggestion was right for 0.9 of those at or above it, with four examples.
SURE_MARGIN = 0.08


def is_sure(margin: float) -> bool:
    return margin >= SURE_MARGIN


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
        return is_sure(self.margin)


def theme_scores(
    vectors: np.ndarray,
    examples: list[list[int]],
    names: np.ndarray | None = None,
    *,
    name_weight: float = NAME_WEIGHT,
    by_subject: bool = True,
) -> np.ndarray:
    """Cosines (rows: ``vectors``, columns: themes). ``examples`` holds, per theme, the rows
    of ``vectors`` coded with it (at least one each); ``names`` one vector per theme of its
    name and description, or None. ``by_subject``: compared through the subject metric
    (governance/subject_metric.py) where there is one."""
    if by_subject:
        if names is None:
            (vectors,) = subject_metric.by_subject(vectors)
        else:
            vectors, names = subject_metric.by_subject(vectors, names)
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


# --- a consultation's suggestions, from what is stored ------------------------------------


@dataclass(frozen=True)
class Suggested:
    """The theme suggested for one reflection without a theme, and the next two."""

    theme: Theme
    margin: float
    is_sure: bool
    also: tuple[Theme, ...] = ()


@dataclass
class Suggestions:
    """What the worklist and the themes page say about suggestions for one consultation."""

    available: bool = False  # the model runs here (or ran: the vectors are there)
    published: int = 0
    read: int = 0  # published reflections with a vector of their present text
    ready: list[Theme] = field(default_factory=list)  # themes with MIN_EXAMPLES or more
    short: list[Theme] = field(default_factory=list)  # themes with fewer
    by_reflection: dict[int, Suggested] = field(default_factory=dict)

    @property
    def is_on(self) -> bool:
        """Suggestions need two themes to choose between."""
        return len(self.ready) >= 2

    def ids(self, theme_pk: int, sure: bool | None = None) -> list[int]:
        return sorted(
            pk
            for pk, found in self.by_reflection.items()
            if found.theme.pk == theme_pk and (sure is None or found.is_sure == sure)
        )

    def counts(self) -> dict[int, tuple[int, int]]:
        """Per theme: how many suggestions are zeker, how many onzeker."""
        found: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for suggested in self.by_reflection.values():
            found[suggested.theme.pk][0 if suggested.is_sure else 1] += 1
        return {pk: (sure, unsure) for pk, (sure, unsure) in found.items()}


def for_version(version: PaperVersion, themes: list[Theme] | None = None) -> Suggestions:
    """The suggestions for the published reflections of ``version`` without a theme, worked
    out once per state of what they depend on (the vectors, the themes given, the themes'
    names) and cached: two queries (three with ``themes`` not given, in order; one more once
    there are suggestions). Worked out, the vectors are read too (15 MB at 10,000
    reflections) and the arithmetic takes milliseconds."""
    if themes is None:
        themes = list(Theme.objects.filter(version=version).in_order())
    counted = Reflection.objects.filter(version=version, status=Reflection.Status.APPROVED)
    read = reflection_vectors.read_of(counted)
    found = Suggestions(
        available=bool(read.read) or embeddings.installed(),
        published=read.published,
        read=read.read,
    )
    pairs = sorted(ThemeAssignment.objects.filter(theme__version=version)
                   .values_list("theme_id", "reflection_id"))  # fmt: skip
    examples = Counter(theme_id for theme_id, _pk in pairs)
    # Examples counted among all given (a theme's examples without a vector yet count too:
    # the job makes theirs within minutes; the arithmetic uses those that have one).
    found.ready = [t for t in themes if examples[t.pk] >= MIN_EXAMPLES]
    found.short = [t for t in themes if examples[t.pk] < MIN_EXAMPLES]
    if not found.is_on or not read.read:
        return found
    names = _name_vectors(found.ready)
    state = (*read.state, pairs,
             [(t.pk, t.name, t.description) for t in found.ready], names is not None,
             subject_metric.digest())  # fmt: skip
    key = generations.digest_key("governance:suggested", version.pk, documents.digest(*state))
    kept = cache.get(key)
    if kept is None:
        kept = _work_out(counted, found.ready, pairs, names)
        cache.set(key, kept, 24 * 3600)
    by_pk = {theme.pk: theme for theme in found.ready}
    found.by_reflection = {
        pk: Suggested(by_pk[best], margin, is_sure(margin), tuple(by_pk[t] for t in also))
        for pk, (best, margin, also) in kept.items()
    }
    return found


def _work_out(published, ready: list[Theme], pairs, names) -> dict[int, tuple]:
    """{reflection pk: (theme pk, margin, (the next two theme pks))} for the published
    reflections without a theme that have a vector."""
    ids, rows = reflection_vectors.matrix(published.values("pk"))
    row_of = {pk: row for row, pk in enumerate(ids)}
    coded: dict[int, list[int]] = defaultdict(list)
    with_theme = set()
    for theme_id, reflection_id in pairs:
        with_theme.add(reflection_id)
        if reflection_id in row_of:
            coded[theme_id].append(row_of[reflection_id])
    usable = [t for t in ready if coded[t.pk]]
    open_rows = [row for pk, row in row_of.items() if pk not in with_theme]
    if len(usable) < 2 or not open_rows:
        return {}
    if names is not None:
        names = names[[ready.index(t) for t in usable]]
    scores = theme_scores(rows, [coded[t.pk] for t in usable], names)
    return {
        ids[row]: (usable[result.best].pk, round(result.margin, 4),
                   tuple(usable[t].pk for t in result.order[1:3]))
        for row, result in zip(open_rows, scored(scores[open_rows]), strict=True)
    }  # fmt: skip


def _name_vectors(themes: list[Theme]) -> np.ndarray | None:
    """The vectors of the themes' present names and descriptions; None unless every one has
    its own (the background job makes them within seconds of a change)."""
    stored = {
        v.theme_id: v for v in ThemeVector.objects.filter(theme__in=themes, model=embeddings.MODEL)
    }
    rows = []
    for theme in themes:
        vector = stored.get(theme.pk)
        if vector is None or vector.digest != ThemeVector.digest_of(theme):
            return None
        rows.append(vector.array)
    return np.vstack(rows)


@background.task
def keep_theme_vectors() -> int:
    """The background job's part: embed the themes whose name or description has no vector
    yet (a handful at a time; a theme is a few words)."""
    if not embeddings.enabled():
        return 0
    stored = dict(ThemeVector.objects.filter(model=embeddings.MODEL)
                  .values_list("theme_id", "digest"))  # fmt: skip
    waiting = [
        theme
        for theme in Theme.objects.order_by("pk")
        if stored.get(theme.pk) != ThemeVector.digest_of(theme)
    ][:32]
    # Nothing waiting, nothing loaded: an idle job does not map the model's 72 MB.
    if not waiting or not embeddings.available():
        return 0
    made = embeddings.embed([ThemeVector.text_of(t) for t in waiting])
    ThemeVector.objects.bulk_create(
        [ThemeVector(theme=theme, digest=ThemeVector.digest_of(theme), model=embeddings.MODEL,
                     vector=embeddings.to_bytes(vector))
         for theme, vector in zip(waiting, made, strict=True)],
        update_conflicts=True, unique_fields=["theme"], update_fields=["digest", "model", "vector"],
    )  # fmt: skip
    return len(waiting)
