"""How well the herleidbaarheidscheck finds what a labelled set marks: used by the tests and
by bench/run, which prints the table."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from civcare.core import identifiability


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    labelled: int  # labelled stretches of text
    missed: int


def scores(cases) -> dict[str, Score]:
    """Precision and recall per category and for all ("alle"). A probable finding counts
    when it overlaps a labelled stretch of its own category (the moderator sees it marked
    and ticked there). An improbable one is neither a hit nor a mistake: it is shown, but
    not ticked beforehand."""
    hits, wrong, missed = Counter(), Counter(), Counter()
    for text, labels in cases:
        found = [f for f in identifiability.find(text) if f.is_probable]
        spans = [(category, text.index(words), text.index(words) + len(words))
                 for category, words in labels]  # fmt: skip
        for category, start, end in spans:
            if any(f.category == category and f.start < end and f.end > start for f in found):
                hits[category] += 1
            else:
                missed[category] += 1
        for finding in found:
            if not any(
                category == finding.category and finding.start < end and finding.end > start
                for category, start, end in spans
            ):
                wrong[finding.category] += 1
    result = {}
    for category in [*identifiability.CATEGORIES, "alle"]:
        tp, fp, fn = (
            (sum(c.values()) for c in (hits, wrong, missed))
            if category == "alle"
            else (hits[category], wrong[category], missed[category])
        )
        if category != "alle" and not tp + fp + fn:
            continue
        result[category] = Score(
            precision=tp / (tp + fp) if tp + fp else 1.0,
            recall=tp / (tp + fn) if tp + fn else 1.0,
            labelled=tp + fn,
            missed=fn,
        )
    return result


def table(measured: dict[str, Score]) -> str:
    rows = [f"{'categorie':<12} {'precisie':>8} {'recall':>7} {'stukken':>8} {'gemist':>7}"]
    rows += [
        f"{category:<12} {s.precision:>8.2f} {s.recall:>7.2f} {s.labelled:>8} {s.missed:>7}"
        for category, s in measured.items()
    ]
    return "\n".join(rows)
