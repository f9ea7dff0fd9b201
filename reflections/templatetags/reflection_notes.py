from django import template
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from reflections.extensions import NOTES, OWN_PAGE_NOTES

register = template.Library()


@register.simple_tag
def reflection_notes(reflection, where: str = "public") -> SafeString:
    """The notes other parts show under a reflection (reflections.extensions)."""
    return mark_safe(
        "".join(render_to_string(name, {"reflection": reflection}) for name in NOTES[where])
    )


@register.simple_tag
def own_page_notes(reflection) -> SafeString:
    """The notes shown only on the reflection's own page and its author's list."""
    return mark_safe(
        "".join(render_to_string(name, {"reflection": reflection}) for name in OWN_PAGE_NOTES)
    )
