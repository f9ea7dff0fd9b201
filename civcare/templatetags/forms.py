"""Accessible form rendering: every widget points at its help text and its errors."""

from django import template

register = template.Library()


@register.simple_tag
def field_widget(field, **attrs):
    """Render ``field``'s widget with aria-describedby / aria-invalid set.

    The ids match those used by includes/field.html for the help text and the errors.
    """
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}-hulp")
    if field.errors:
        described_by.append(f"{field.auto_id}-fout")
        attrs["aria-invalid"] = "true"
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs={**field.field.widget.attrs, **attrs})


@register.filter
def widget_type(field) -> str:
    return field.field.widget.__class__.__name__.lower()
