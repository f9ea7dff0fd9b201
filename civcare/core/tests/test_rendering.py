"""Markdown → sanitised HTML, for paper text and for text written by the public."""

import re
from html.parser import HTMLParser

import pytest

from civcare.core.rendering import (
    USER_LINK_REL,
    absolute_urls,
    render_inline_markdown,
    render_paper_markdown,
    render_user_markdown,
)
from civcare.core.tests.adversarial import markdown_texts

# Known XSS payloads (OWASP filter evasion cheat sheet and friends), raw and inside Markdown.
XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    '<img src="javascript:alert(1)">',
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<body onload=alert(1)>",
    '<iframe src="https://evil.example"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<a href="javascript:alert(1)">klik</a>',
    '<a href="JaVaScRiPt:alert(1)">klik</a>',
    '<a href="jav&#x09;ascript:alert(1)">klik</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    "[klik](javascript:alert(1))",
    "[klik](JAVASCRIPT:alert(1))",
    "[klik](data:text/html,<script>alert(1)</script>)",
    '[klik](https://example.org "title" onmouseover="alert(1)")',
    "![plaatje](javascript:alert(1))",
    "![x](https://evil.example/x.png)",
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<p style="position:fixed;top:0">overlay</p>',
    "<style>body{display:none}</style>",
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<form action="https://evil.example"><input name=x><button>ok</button></form>',
    '<base href="https://evil.example/">',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    '<video><source onerror="alert(1)"></video>',
    '<a href="https://example.org" onclick="alert(1)">ok</a>',
    '<a href="https://example.org" rel="opener">ok</a>',
    '<a href="https://example.org" target="_blank">ok</a>',
    '"><script>alert(1)</script>',
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<!--<script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
    '<p id="inhoud">kaping van een anker</p>',
    '<h1 class="site-name">nep-kop</h1>',
    "<marquee onstart=alert(1)>x</marquee>",
    '<x onclick="alert(1)">x</x>',
    "`<script>alert(1)</script>`",
    "    <script>alert(1)</script>",
    "```\n<script>alert(1)</script>\n```",
    '<a href="  javascript:alert(1)">x</a>',
    '<a href="java\nscript:alert(1)">x</a>',
    '<a href="//evil.example">protocol-relative</a>',
]

ALLOWED_USER_TAGS = {
    "a",
    "blockquote",
    "br",
    "code",
    "del",
    "em",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "strong",
    "ul",
}
ALLOWED_USER_ATTRIBUTES = {"a": {"href", "title", "rel"}, "ol": {"start"}}
SAFE_URL = re.compile(r"^(https?://|mailto:|/|#|[^:]*$)", re.I)


class ElementAudit(HTMLParser):
    """Collects every element and attribute of the output, as a browser would parse it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_USER_TAGS:
            self.problems.append(f"tag <{tag}>")
        for name, value in attrs:
            if name not in ALLOWED_USER_ATTRIBUTES.get(tag, set()):
                self.problems.append(f"attribute {name} on <{tag}>")
            if name == "href" and not SAFE_URL.match((value or "").strip()):
                self.problems.append(f"url {value!r}")
            if name == "rel" and value != USER_LINK_REL:
                self.problems.append(f"rel {value!r}")

    handle_startendtag = handle_starttag


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_user_text_never_carries_active_content(payload):
    for text in (payload, f"Mijn reflectie:\n\n{payload}\n\nEinde.", f"**{payload}**"):
        html = render_user_markdown(text)
        audit = ElementAudit()
        audit.feed(html)
        assert audit.problems == [], (payload, html)
        # Text that survives is inert: no tag can start inside it.
        assert "<script" not in html.lower()


def test_user_links_are_marked_as_user_content():
    html = render_user_markdown("Zie [de ombudsman](https://www.nationaleombudsman.nl).")
    assert html == (
        '<p>Zie <a href="https://www.nationaleombudsman.nl" '
        f'rel="{USER_LINK_REL}">de ombudsman</a>.</p>'
    )
    assert USER_LINK_REL == "nofollow ugc noopener noreferrer"


def test_user_rel_cannot_be_overridden():
    html = render_user_markdown('<a href="https://example.org" rel="opener">x</a>')
    assert f'rel="{USER_LINK_REL}"' in html and 'opener"' not in html.replace(USER_LINK_REL, "")


def test_user_headings_stay_below_the_page_outline():
    html = render_user_markdown("# Kop\n\nTekst")
    assert html.startswith("<h4>Kop</h4>")


def test_user_markdown_keeps_ordinary_formatting():
    html = render_user_markdown("Eerste regel\ntweede regel\n\n- een\n- twee\n\n> citaat")
    assert "Eerste regel<br>\ntweede regel" in html
    assert "<ul>\n<li>een</li>" in html
    assert "<blockquote>" in html


def test_paper_text_is_sanitised_too():
    html = render_paper_markdown('Tekst <img src=x onerror=alert(1)> <a href="javascript:x">a</a>')
    assert "<img" not in html and "javascript" not in html and "onerror" not in html


def test_inline_rendering_has_no_paragraph():
    assert render_inline_markdown("Wanneer *vastloopt*?") == "Wanneer <em>vastloopt</em>?"


# --- Bounded work: adversarial texts at the maximum length -----------------------------------
# (How long each takes is measured by bench/run, never timed here.)
ADVERSARIAL = markdown_texts(6000)  # REFLECTION_MAX_LENGTH


@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_adversarial_text_renders_as_text_without_error(text):
    html = render_user_markdown(text)
    assert html.startswith("<")
    assert "<script" not in html


def test_a_line_of_nested_markers_keeps_the_deep_ones_as_text():
    html = render_user_markdown("- " * 20 + "kern")
    assert html.count("<ul>") == 8  # MAX_BLOCK_NESTING
    assert "- - - " in html and "kern" in html


def _stack_depth() -> int:
    import inspect

    return len(inspect.stack(0))


def test_nesting_too_deep_for_the_stack_raises_render_error():
    """Lists nested by indentation, one level more on every line, only reach Python's
    recursion limit in a text far longer than a reflection may be; with a lower limit a
    short one shows what then happens: a RenderError for the form, never a RecursionError."""
    import sys

    from civcare.core.rendering import RenderError

    deep = "\n".join("    " * depth + "- x" for depth in range(60))
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(_stack_depth() + 120)
    try:
        with pytest.raises(RenderError):
            render_user_markdown(deep)
    finally:
        sys.setrecursionlimit(limit)


@pytest.mark.parametrize(
    ("source", "href", "title"),
    [
        ('[a](https://example.org "titel")', "https://example.org", "titel"),
        ("[a](<https://example.org/met spatie>)", "https://example.org/met spatie", None),
        ("[a](https://example.org/(haakjes))", "https://example.org/(haakjes)", None),
        ("[a [b] c](https://example.org)", "https://example.org", None),
    ],
)
def test_bounded_links_still_read_real_links(source, href, title):
    html = render_user_markdown(source)
    assert f'href="{href.replace(" ", "%20")}"' in html or f'href="{href}"' in html
    if title:
        assert f'title="{title}"' in html


def test_images_are_text_in_user_markdown_and_kept_in_paper_text():
    assert "<img" not in render_user_markdown("![plaatje](https://example.org/x.png)")
    assert "plaatje" in render_user_markdown("![plaatje](https://example.org/x.png)")


def test_absolute_urls_resolves_every_link_and_citation_and_nothing_else():
    html = (
        render_user_markdown(
            "Zie [de paper](/papers/X/v0.9/), [hier](#reacties), [verder](../v1.0/?a=1&b=2), "
            '[mail](mailto:a@example.org), [elders](https://example.org/x "a > b"); '
            'in de tekst: href="/blijft".'
        )
        + '<blockquote cite="/papers/X/#s-p1"><p>x</p></blockquote>'
    )
    absolute = absolute_urls(html, "https://civ-care.nl/reflecties/5/")
    assert re.findall(r'(?:href|cite)="([^"]*)"', absolute) == [
        "https://civ-care.nl/papers/X/v0.9/",
        "https://civ-care.nl/reflecties/5/#reacties",
        "https://civ-care.nl/reflecties/v1.0/?a=1&amp;b=2",
        "mailto:a@example.org",
        "https://example.org/x",
        "/blijft",  # words of the text, not an attribute
        "https://civ-care.nl/papers/X/#s-p1",
    ]
    assert 'title="a &gt; b"' in absolute and f'rel="{USER_LINK_REL}"' in absolute
