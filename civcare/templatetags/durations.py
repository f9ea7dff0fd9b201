"""A span of time in words, e.g. for how long a reflection waited: "2 uur 5 minuten"."""

from django import template
from django.utils.translation import ngettext

register = template.Library()


@register.filter
def duration(seconds) -> str:
    """Seconds as the two largest units that matter: days and hours, hours and minutes,
    or minutes (at least one)."""
    minutes = max(1, round(float(seconds) / 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = []
    if days:
        parts.append(ngettext("%(n)d dag", "%(n)d dagen", days) % {"n": days})
    if hours:
        parts.append(ngettext("%(n)d uur", "%(n)d uur", hours) % {"n": hours})
    if minutes and not days:
        parts.append(ngettext("%(n)d minuut", "%(n)d minuten", minutes) % {"n": minutes})
    return " ".join(parts)
