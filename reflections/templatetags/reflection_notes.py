from django import template
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from reflections.extensions import NOTES

register = template.Library()


@register.simple_tag
def reflection_notes(reflection, where: str = "public") -> SafeString:
    """The notes other parts show under a reflection (reflections.extensions)."""
    return mark_safe(
        "".join(render_to_string(name, {"reflection": reflection}) for name in NOTES[where])
    )
