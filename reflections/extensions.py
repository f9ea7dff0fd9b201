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


# What is shown only on a reflection's own page and on its author's list (Mijn reflecties),
# never with the many reflections of a paper page: fetched with that one reflection.
OWN_PAGE_RELATED: list[str] = []
OWN_PAGE_NOTES: list[str] = []


def show_on_own_pages(*, related: list[str], note: str) -> None:
    for path in related:
        if path not in OWN_PAGE_RELATED:
            OWN_PAGE_RELATED.append(path)
    if note not in OWN_PAGE_NOTES:
        OWN_PAGE_NOTES.append(note)


def show_with_reflections(*, related: list[str], public_note: str, own_note: str) -> None:
    for path in related:
        if path not in RELATED:
            RELATED.append(path)
    for where, template in (("public", public_note), ("own", own_note)):
        if template not in NOTES[where]:
            NOTES[where].append(template)
