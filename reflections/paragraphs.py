"""How a paragraph of a section is named to readers (#29).

By what they see, never by its identifier: the identifiers count every paragraph and list
item and survive edits (papers.passages), so "alinea 3" for #sectie-1-p3 was, to a reader,
the first item of the list in the second paragraph. A quote, a marker and the list of a
paragraph's reflections say "alinea 2, punt 1"; the form to respond says it in words, with
the section named as such ("de tweede alinea van sectie 3, ‘De impasse…’"): "alinea 3 van
3. De impasse…" was read as "the third of three".
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from papers.passages import Position

# "de derde alinea"; beyond these, "alinea 23" (a section rarely has that many).
ORDINALS = [
    pgettext_lazy("rangtelwoord", "eerste"),
    pgettext_lazy("rangtelwoord", "tweede"),
    pgettext_lazy("rangtelwoord", "derde"),
    pgettext_lazy("rangtelwoord", "vierde"),
    pgettext_lazy("rangtelwoord", "vijfde"),
    pgettext_lazy("rangtelwoord", "zesde"),
    pgettext_lazy("rangtelwoord", "zevende"),
    pgettext_lazy("rangtelwoord", "achtste"),
    pgettext_lazy("rangtelwoord", "negende"),
    pgettext_lazy("rangtelwoord", "tiende"),
    pgettext_lazy("rangtelwoord", "elfde"),
    pgettext_lazy("rangtelwoord", "twaalfde"),
    pgettext_lazy("rangtelwoord", "dertiende"),
    pgettext_lazy("rangtelwoord", "veertiende"),
    pgettext_lazy("rangtelwoord", "vijftiende"),
    pgettext_lazy("rangtelwoord", "zestiende"),
    pgettext_lazy("rangtelwoord", "zeventiende"),
    pgettext_lazy("rangtelwoord", "achttiende"),
    pgettext_lazy("rangtelwoord", "negentiende"),
    pgettext_lazy("rangtelwoord", "twintigste"),
]


def short_name(position: Position) -> str:
    """ "alinea 2", or "alinea 2, punt 1" for the first item of the list in it."""
    if position.item:
        return _("alinea %(paragraph)s, punt %(item)s") % {
            "paragraph": position.paragraph,
            "item": position.item,
        }
    return _("alinea %(paragraph)s") % {"paragraph": position.paragraph}


def name_of(section, number: int | None) -> str:
    """ "alinea 2, punt 1" for the paragraph with identifier ``number`` of ``section``; ""
    for none (no section, no number, or a paragraph the section does not have)."""
    position = section.position(number) if section is not None and number else None
    return short_name(position) if position else ""


def section_name(section) -> str:
    """ "sectie 3, ‘De impasse als herkenbaar patroon’", or "‘Introductie’"."""
    if section.number:
        return _("sectie %(number)s, ‘%(title)s’") % {
            "number": section.number,
            "title": section.title,
        }
    return _("‘%(title)s’") % {"title": section.title}


def described(section, position: Position) -> str:
    """ "de tweede alinea van sectie 3, ‘De impasse…’", or for a list item "punt 2 van de
    lijst in de tweede alinea van …"."""
    names = {"section": section_name(section), "paragraph": position.paragraph}
    if position.paragraph <= len(ORDINALS):
        names["ordinal"] = ORDINALS[position.paragraph - 1]
        if position.item:
            return _("punt %(item)s van de lijst in de %(ordinal)s alinea van %(section)s") % {
                **names,
                "item": position.item,
            }
        return _("de %(ordinal)s alinea van %(section)s") % names
    if position.item:
        return _("punt %(item)s van de lijst in alinea %(paragraph)s van %(section)s") % {
            **names,
            "item": position.item,
        }
    return _("alinea %(paragraph)s van %(section)s") % names
