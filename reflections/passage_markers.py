"""The marker at the end of each paragraph of the paper page: how many published reflections
are about a passage in it, linking to them and to responding to that paragraph (issue #19).

One small link per paragraph rather than a "Reageer op deze alinea" link after each: the
page stays readable, and a screen reader hears which paragraph and how many reflections.
The count says it is a count ("2 reflecties"): "¶ 2" at the end of a paragraph was read as
the paragraph's number (#29). Paragraphs are named as readers see them (reflections.paragraphs).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from papers import passages

from . import paragraphs


@dataclass(frozen=True)
class Place:
    section_id: int
    number: int  # the paragraph's identifier within its section
    url: str  # the list of reflections on it, where one can respond to it
    position: passages.Position  # where a reader sees it: "alinea 2, punt 1"


def places(section) -> list[Place]:
    """Where the markers of ``section``'s paragraphs go, in order (needs the section's
    target_reflections, reflections.selectors.targets_of)."""
    listing = section.target_reflections.list_url
    # The stored identifiers, in the order of the HTML's paragraphs (papers.passages.number),
    # without reading the paragraphs' text; numbered afresh should they not match.
    positions = section.positions()
    return [
        Place(section.pk, number, f"{listing}&alinea={number}", position)
        for number, position in positions.items()
    ]


def marker(place: Place, counts: dict[tuple[int, int], int], version) -> str:
    """The marker's HTML: empty on a version that takes no reflections and has none on
    this paragraph."""
    n = counts.get((place.section_id, place.number), 0)
    if not n and not version.is_open_for_reflection:
        return ""
    name = paragraphs.short_name(place.position)
    if n:
        label = ngettext(
            "%(paragraph)s: %(n)s reflectie. Lees of reageer",
            "%(paragraph)s: %(n)s reflecties. Lees of reageer",
            n,
        ) % {"paragraph": capfirst(name), "n": n}
        # The visible words are part of the name (WCAG 2.5.3, label in name).
        shown = ngettext("%(n)s reflectie", "%(n)s reflecties", n) % {"n": n}
        return format_html(
            ' <a class="passage-marker passage-marker--count" href="{}" aria-label="{}" lang="{}">'
            "{}</a>",
            place.url,
            label,
            get_language(),
            shown,
        )
    return format_html(
        ' <a class="passage-marker" href="{}" aria-label="{}" lang="{}">'
        '<span aria-hidden="true">¶</span></a>',
        place.url,
        _("Reageer op %(paragraph)s") % {"paragraph": name},
        get_language(),
    )


def with_markers(section, counts: dict[tuple[int, int], int], version) -> str:
    """The section's text with each paragraph's marker."""
    return passages.at_block_ends(
        section.body_html, [marker(place, counts, version) for place in places(section)]
    )
