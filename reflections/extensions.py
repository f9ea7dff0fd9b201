"""What the parts above reflections show with a reflection, without reflections naming them.

The governance shows what became of a reflection (its disposition, once public) under its
text. It registers that here at start-up (GovernanceConfig.ready): the related rows to fetch
with every reflection, and the templates that show them. Reflections itself names neither,
so its arrows keep pointing down.
"""

from __future__ import annotations

# select_related paths fetched with every reflection a page shows; OWN_PAGE_RELATED only with
# the one reflection of its own page and on its author's list (Mijn reflecties), never with
# the many of a paper page.
RELATED: list[str] = []
OWN_PAGE_RELATED: list[str] = []
# Templates rendered under a reflection's text, with ``reflection`` in their context: on the
# public pages, on the author's own list, and ("own page") on the reflection's own page and
# that list only.
NOTES: dict[str, list[str]] = {"public": [], "own": [], "own page": []}


def _add(items: list[str], new) -> None:
    items.extend(item for item in new if item not in items)


def show_with_reflections(*, related: list[str], public_note: str, own_note: str) -> None:
    _add(RELATED, related)
    _add(NOTES["public"], [public_note])
    _add(NOTES["own"], [own_note])


def show_on_own_pages(*, related: list[str], note: str) -> None:
    _add(OWN_PAGE_RELATED, related)
    _add(NOTES["own page"], [note])
