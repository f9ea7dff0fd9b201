from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """``{{ mapping|get_item:key }}`` for dicts built by selectors."""
    return mapping.get(key) if mapping else None
