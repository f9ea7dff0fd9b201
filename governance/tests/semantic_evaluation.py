"""How well the theme suggestions and the campaign detection do on a hand-coded set (#31):
the protocol the tests guard and the closing note reports, one place for both.

Theme suggestions: for k examples a theme (2, 4, 8), DRAWS seeded draws; per theme, k of
the reflections coded with it first, at most one of any campaign (an editor codes a few
different texts, not three copies of one letter); every other reflection is suggested a
theme. Right: the first theme of its hand coding (strict) or any of them; top 3: its first
theme among the three best. Beside it the baseline of the platform before #31: the same with
character trigrams (the mean pg_trgm-style similarity to a theme's examples).

Campaigns: the groups governance.campaigns finds, against the hand-coded campaigns, as
pairs: precision is the share of pairs put in one campaign that are one in the coding,
recall the share of the coding's pairs put in one campaign.

The ceiling (``ceiling``): the same reading with *every other* text of the set as its theme's
examples (13 to 22 a theme in the sets here instead of four; one copy of each campaign, none of the
text's own): what more examples could give a reader by theme centres on these vectors.

Clusters: purity, the share of reflections whose proposed cluster's most common hand-coded
(first) theme is their own.

The subject metric (governance/subject_metric.py) is learned from the tuning set here, and
only from it: ``learn-metric`` writes it.

    python -m governance.tests.semantic_evaluation [heldout|tuning]   # prints the tables
    python -m governance.tests.semantic_evaluation learn-metric       # writes the metric
    python -m governance.tests.semantic_evaluation ceiling [heldout]  # what the vectors allow
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

import numpy as np

DRAWS = 20
KS = (2, 4, 8)


@cache
def dataset(name: str):
    if name == "heldout":
        from governance.tests import semantic_heldout as module
    elif name == "tuning_b":
        from governance.tests import semantic_tuning_b as module
    else:
        from governance.tests import semantic_tuning as module
    return module.THEMES, module.REFLECTIONS


@cache
def vectors(name: str) -> tuple[np.ndarray, np.ndarray]:
    """The texts' vectors and the themes' (their names), as the platform makes them: made
    once per run of the suite, whichever test worker comes first (the others wait for it and
    read the file; 10 s of embedding each, before), kept beside the engine by the digest of
    the model, the engine and the texts."""
    import fcntl
    import hashlib

    from civcare.core import embeddings

    themes, reflections = dataset(name)
    texts = [r["text"] for r in reflections]
    names = list(themes.values())
    embeddings.ENGINE_DIR.mkdir(parents=True, exist_ok=True)
    engines = sorted(path.name for path in embeddings.ENGINE_DIR.glob("*.so"))
    made_by = [embeddings.MODEL, *engines, *texts, *names]
    digest = hashlib.sha256("\n".join(made_by).encode()).hexdigest()[:16]
    path = embeddings.ENGINE_DIR / f"evaluation-{name}-{digest}.npz"
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one worker embeds, the others wait and read
        if not path.exists():
            made = {"texts": embeddings.embed(texts), "names": embeddings.embed(names)}
            np.savez(path.with_suffix(".tmp.npz"), **made)
            path.with_suffix(".tmp.npz").replace(path)
        stored = np.load(path)
        return stored["texts"], stored["names"]


def draw_examples(reflections, themes: list[str], k: int, seed: int) -> list[list[int]]:
    rng = random.Random(seed)
    chosen = []
    for theme in themes:
        coded = [i for i, r in enumerate(reflections) if r["themes"][0] == theme]
        campaigns, rows = set(), []
        for i in rng.sample(coded, len(coded)):
            campaign = reflections[i]["campaign"]
            if campaign and campaign in campaigns:
                continue
            campaigns.add(campaign)
            rows.append(i)
        chosen.append(rows[:k])
    return chosen


def single_theme_groups(name: str) -> list[list[int]]:
    """Per theme, the rows of the texts written on it alone (no second theme, no campaign
    copy): how texts on one subject differ, which the subject metric weighs down."""
    themes, reflections = dataset(name)
    return [[i for i, r in enumerate(reflections)
             if r["themes"] == [code] and not r["campaign"]] for code in themes]  # fmt: skip


# What the subject metric is learned from: the first tuning set. The second
# (semantic_tuning_b.py, ten other themes, written later) checks that what is learned on one
# set of themes helps on another (test_subject_metric.py); learned from both, the map did
# no better (docs/embeddings.md).
TUNING_SETS = ("tuning",)


def learn_metric(sets: tuple[str, ...] = TUNING_SETS) -> np.ndarray:
    """The subject metric, as the recipe makes it: from the tuning set(s) alone."""
    from governance import subject_metric

    return subject_metric.learn([(vectors(name)[0], single_theme_groups(name)) for name in sets])


@dataclass
class Accuracy:
    top1: float
    top1_any: float
    top3: float
    top3_any: float
    kappa: float
    per_theme: dict[str, tuple[float, float]] = field(default_factory=dict)  # precision, recall
    sure_share: float = 0.0  # the share of suggestions called zeker
    sure_right: float = 0.0  # and how many of those were right (strict)


def kappa(truth: list[str], guess: list[str]) -> float:
    """Cohen's κ between two codings of the same items."""
    n = len(truth)
    observed = sum(a == b for a, b in zip(truth, guess, strict=True)) / n
    a, b = Counter(truth), Counter(guess)
    expected = sum(a[label] * b[label] for label in a) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def themes_accuracy(
    name: str, k: int, *, method: str = "embeddings", by_subject: bool = True
) -> Accuracy:
    from governance import suggestions
    from governance.similarity import _similarity, trigrams

    themes, reflections = dataset(name)
    codes = list(themes)
    if method == "embeddings":
        texts, names = vectors(name)
    else:
        grams = [trigrams(r["text"]) for r in reflections]
    truth, guess, any_right, top3, top3_any, sure, sure_right = [], [], 0, 0, 0, 0, 0
    for seed in range(DRAWS):
        examples = draw_examples(reflections, codes, k, seed)
        used = {i for rows in examples for i in rows}
        if method == "embeddings":
            ranked = suggestions.scored(
                suggestions.theme_scores(texts, examples, names, by_subject=by_subject)
            )
        else:
            scores = np.array([[np.mean([_similarity(text, grams[j]) for j in rows])
                                for rows in examples] for text in grams])  # fmt: skip
            ranked = suggestions.scored(scores)
        for i, reflection in enumerate(reflections):
            if i in used:
                continue
            found = ranked[i]
            best = codes[found.best]
            truth.append(reflection["themes"][0])
            guess.append(best)
            any_right += best in reflection["themes"]
            best_three = [codes[t] for t in found.order[:3]]
            top3 += reflection["themes"][0] in best_three
            top3_any += any(theme in best_three for theme in reflection["themes"])
            if found.is_sure:
                sure += 1
                sure_right += best == reflection["themes"][0]
    n = len(truth)
    per_theme = {}
    for code in codes:
        said = sum(g == code for g in guess)
        real = sum(t == code for t in truth)
        hit = sum(g == t == code for g, t in zip(guess, truth, strict=True))
        per_theme[code] = (hit / said if said else 0.0, hit / real if real else 0.0)
    return Accuracy(
        top1=sum(g == t for g, t in zip(guess, truth, strict=True)) / n,
        top1_any=any_right / n,
        top3=top3 / n,
        top3_any=top3_any / n,
        kappa=kappa(truth, guess),
        per_theme=per_theme,
        sure_share=sure / n,
        sure_right=sure_right / sure if sure else 0.0,
    )


def ceiling(name: str) -> tuple[float, float, float]:
    """Right first, among three and (any coded theme) among three when each text is read
    against theme centres made of every other text of the set, its own campaign's copies
    left out: the best a reader by centres can do with these vectors, whatever the number
    of examples an editor gives."""
    from governance import suggestions

    themes, reflections = dataset(name)
    codes = list(themes)
    texts, names = vectors(name)
    first = top3 = top3_any = 0
    # One copy of each campaign, as an editor would give (a letter 45 times over would be
    # the theme's centre); a text's own campaign not at all.
    firsts = {}
    for j, r in enumerate(reflections):
        firsts.setdefault(r["campaign"] or j, j)
    for i, reflection in enumerate(reflections):
        own = reflection["campaign"] or i
        examples = [[j for key, j in firsts.items()
                     if reflections[j]["themes"][0] == code and key != own and j != i]
                    for code in codes]  # fmt: skip
        found = suggestions.scored(suggestions.theme_scores(texts, examples, names)[i : i + 1])[0]
        best_three = [codes[t] for t in found.order[:3]]
        first += best_three[0] == reflection["themes"][0]
        top3 += reflection["themes"][0] in best_three
        top3_any += any(theme in best_three for theme in reflection["themes"])
    n = len(reflections)
    return first / n, top3 / n, top3_any / n


@dataclass
class CampaignAccuracy:
    precision: float
    recall: float
    found: list[int]  # the sizes of the campaigns found, largest first
    coded: list[int]


def campaigns_accuracy(name: str) -> CampaignAccuracy:
    from governance import campaigns

    _themes, reflections = dataset(name)
    found = campaigns.find({i: r["text"] for i, r in enumerate(reflections)})
    together = {(a, b) for group in found for a in group for b in group if a < b}
    coded = Counter(r["campaign"] for r in reflections if r["campaign"])
    truth = {
        (a, b)
        for a, ra in enumerate(reflections)
        for b, rb in enumerate(reflections)
        if a < b and ra["campaign"] and ra["campaign"] == rb["campaign"]
    }
    hits = len(together & truth)
    return CampaignAccuracy(
        precision=hits / len(together) if together else 1.0,
        recall=hits / len(truth) if truth else 1.0,
        found=sorted((len(g) for g in found), reverse=True),
        coded=sorted(coded.values(), reverse=True),
    )


def clusters_purity(name: str, count: int) -> float:
    from governance import clusters

    _themes, reflections = dataset(name)
    texts, _names = vectors(name)
    found = clusters.work_out(
        list(range(len(reflections))), texts,
        {i: clusters.terms(r["text"]) for i, r in enumerate(reflections)}, count,
        {i: (r["campaign"], 0) for i, r in enumerate(reflections) if r["campaign"]},
    )  # fmt: skip
    right = sum(Counter(reflections[i]["themes"][0] for i in members).most_common(1)[0][1]
                for members, *_rest in found)  # fmt: skip
    return right / len(reflections)


def main(name: str) -> None:
    if name == "learn-metric":
        from governance import subject_metric

        subject_metric.save(learn_metric())
        print(f"written: {subject_metric.PATH}")
        return
    if name == "ceiling":
        name = sys.argv[2] if len(sys.argv) > 2 else "heldout"
        first, top3, top3_any = ceiling(name)
        print(f"{name}, every other text as examples: right first {first:.3f}, "
              f"among three {top3:.3f} (any coded theme {top3_any:.3f})")  # fmt: skip
        return
    themes, reflections = dataset(name)
    print(f"{name}: {len(reflections)} reflections, {len(themes)} themes, {DRAWS} draws")
    print("k | method       | top-1 | top-1 (any) | top-3 | top-3 (any) | kappa | "
          "zeker: share, right")  # fmt: skip
    methods = (("by subject", "embeddings", True), ("plain cos.", "embeddings", False),
               ("trigrams", "trigrams", False))  # fmt: skip
    for k in KS:
        for label, method, by_subject in methods:
            a = themes_accuracy(name, k, method=method, by_subject=by_subject)
            print(f"{k} | {label:12} | {a.top1:.2f}  | {a.top1_any:.2f}        | "
                  f"{a.top3:.2f}  | {a.top3_any:.2f}        | {a.kappa:.2f}  | "
                  f"{a.sure_share:.2f}, {a.sure_right:.2f}")  # fmt: skip
    a = themes_accuracy(name, 4)
    print("\nper theme with 4 examples (precision, recall):")
    for code, (p, r) in a.per_theme.items():
        print(f"  {themes[code]}: {p:.2f}, {r:.2f}")
    count = len(themes)
    print(f"\nclusters ({count}), purity: {clusters_purity(name, count):.2f}")
    c = campaigns_accuracy(name)
    print(f"\ncampaigns: precision {c.precision:.3f}, recall {c.recall:.3f}; "
          f"found {c.found}, coded {c.coded}")  # fmt: skip


if __name__ == "__main__":
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "civcare.settings")
    django.setup()
    main(sys.argv[1] if len(sys.argv) > 1 else "heldout")
