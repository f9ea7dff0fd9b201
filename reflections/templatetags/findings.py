"""{% findings_words reflection %}: on a queue card, what the herleidbaarheidscheck found in
the waiting text, in its own words ("Mogelijk een naam: ‘Kees Jansen’"), so a moderator
need not open every flagged item to see it. Cards are cached per version of the reflection
(civcare.core.fragments) and the check per text, so the check runs once per text."""

from __future__ import annotations

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from civcare.core import identifiability

register = template.Library()


@register.simple_tag
def findings_words(reflection) -> SafeString:
    text = reflection.revision_body if reflection.has_pending_revision else reflection.body
    try:
        found = [f for f in identifiability.find(text) if f.is_probable]
    except identifiability.CheckUnavailable:
        return mark_safe("")
    if not found:
        return mark_safe("")
    return format_html(
        '<ul class="findings-words">{}</ul>',
        format_html_join(
            "",
            "<li>{}: <q>{}</q></li>",
            ((identifiability.LABELS[f.category], f.text) for f in found),
        ),
    )
