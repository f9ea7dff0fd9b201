"""The passage a reflection is about, above its text: ``{% passage_quote reflection %}``.

Built in Python rather than included as a template: the paper page shows a few hundred
reflections, and an include per quoted one made its cold render measurably slower
(bench/run, issue #19)."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def passage_quote(reflection) -> SafeString:
    if reflection.quote_paragraph is None:
        return SafeString("")
    url = f"{reflection.version.get_absolute_url()}#{reflection.quote_anchor}"
    return format_html(
        '<figure class="passage-quote"><figcaption>{} (<a href="{}">{}</a>):</figcaption>'
        '<blockquote cite="{}"><p>{}</p></blockquote></figure>',
        _("Over de passage"),
        url,
        _("alinea %(n)s") % {"n": reflection.quote_paragraph},
        url,
        reflection.quote_exact,
    )
