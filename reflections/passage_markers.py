"""The marker at the end of each paragraph of the paper page: how many published reflections
are about a passage in it, linking to them and to responding to that paragraph (issue #19).

One small link per paragraph rather than a "Reageer op deze alinea" link after each: the
page stays readable, and a screen reader hears which paragraph and how many reflections.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from papers import passages


@dataclass(frozen=True)
class Place:
    section_id: int
    number: int  # the paragraph's identifier within its section
    url: str  # the list of reflections on it, where one can respond to it


def places(section) -> list[Place]:
    """Where the markers of ``section``'s paragraphs go, in order (needs the section's
    target_reflections, reflections.selectors.targets_of)."""
    listing = section.target_reflections.list_url
    # The stored identifiers, in the order of the HTML's paragraphs (papers.passages.number),
    # without reading the paragraphs' text; numbered afresh should they not match.
    pairs = section.paragraphs
    if len(pairs) != len(passages.blocks(section.body_html)):
        pairs = [[p.id, None] for p in passages.numbered(section.body_html, [])]
    return [Place(section.pk, number, f"{listing}&alinea={number}") for number, _r in pairs]


def marker(place: Place, counts: dict[tuple[int, int], int], version) -> str:
    """The marker's HTML: empty on a version that takes no reflections and has none on
    this paragraph."""
    n = counts.get((place.section_id, place.number), 0)
    if not n and not version.is_open_for_reflection:
        return ""
    if n:
        label = ngettext(
            "Alinea %(number)s: %(n)s reflectie. Lees of reageer",
            "Alinea %(number)s: %(n)s reflecties. Lees of reageer",
            n,
        ) % {"number": place.number, "n": n}
    else:
        label = _("Reageer op alinea %(number)s") % {"number": place.number}
    return format_html(
        ' <a class="passage-marker" href="{}"><span aria-hidden="true">¶{}</span>'
        '<span class="visually-hidden">{}</span></a>',
        place.url,
        f"\u2009{n}" if n else "",
        label,
    )


def with_markers(section, counts: dict[tuple[int, int], int], version) -> str:
    """The section's text with each paragraph's marker."""
    return passages.at_block_ends(
        section.body_html, [marker(place, counts, version) for place in places(section)]
    )
