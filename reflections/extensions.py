"""What the parts above reflections show with a reflection, without reflections naming them.

The governance shows what became of a reflection (its disposition, once public) under its
text. It registers that here at start-up (GovernanceConfig.ready): the related rows to fetch
with every reflection, and the templates that show them. Reflections itself names neither,
so its arrows keep pointing down.
"""

from __future__ import annotations

# select_related paths fetched with every reflection a page shows.
RELATED: list[str] = []
# Templates rendered under a reflection's text, with ``reflection`` in their context: on the
# public pages, and on the author's own list (Mijn reflecties).
NOTES: dict[str, list[str]] = {"public": [], "own": []}


def show_with_reflections(*, related: list[str], public_note: str, own_note: str) -> None:
    for path in related:
        if path not in RELATED:
            RELATED.append(path)
    for where, template in (("public", public_note), ("own", own_note)):
        if template not in NOTES[where]:
            NOTES[where].append(template)
