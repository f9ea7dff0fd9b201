"""The passage a reflection is about, above its text: ``{% passage_quote reflection %}``.

Built in Python rather than included as a template: the paper page shows a few hundred
reflections, and an include per quoted one made its cold render measurably slower
(bench/run, issue #19)."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from reflections import paragraphs

register = template.Library()


def quote_position(reflection):
    """Where the quoted paragraph is as readers see it: set by the paper page, which has
    its sections (reflections.items), or from the reflection's section (selected with it
    wherever a quote is shown); None for a paragraph the section no longer has."""
    if hasattr(reflection, "quote_position"):
        return reflection.quote_position
    return reflection.section.position(reflection.quote_paragraph)


@register.simple_tag
def passage_quote(reflection) -> SafeString:
    if reflection.quote_paragraph is None:
        return SafeString("")
    url = f"{reflection.version.get_absolute_url()}#{reflection.quote_anchor}"
    position = quote_position(reflection)
    return format_html(
        '<figure class="passage-quote"><figcaption>{} (<a href="{}">{}</a>):</figcaption>'
        '<blockquote cite="{}" lang="nl"><p>{}</p></blockquote></figure>',
        _("Over de passage"),
        url,
        paragraphs.short_name(position) if position else _("naar de alinea"),
        url,
        reflection.quote_exact,
    )


@register.simple_tag
def paragraph_described(section, number: int) -> str:
    """ "de tweede alinea van sectie 3, ‘…’" for the paragraph with identifier ``number``."""
    position = section.position(number)
    return paragraphs.described(section, position) if position else section.heading
