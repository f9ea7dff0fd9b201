"""Counts as a reader reads them: "1.010 reflecties" in Dutch, "1,010" in English (#31: the
work list said "1010"). Django groups digits only with USE_THOUSAND_SEPARATOR, which would
also group years and numbers in URLs; this groups where a template asks."""

from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def thousands(value):
    try:
        return number_format(int(value), force_grouping=True)
    except (TypeError, ValueError):
        return value
