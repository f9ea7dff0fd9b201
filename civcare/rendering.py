"""Markdown → sanitised HTML: the one place where paper text and user text become HTML.

Both apps store the result next to the source (rendered once per change, never per
request). Everything passes through nh3 (the maintained successor of bleach) with an
explicit allow-list, so even text typed by editors cannot carry scripts, event
handlers, styles or javascript:/data: URLs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

import markdown
import nh3
from django.utils.html import escape
from django.utils.text import slugify

URL_SCHEMES = {"http", "https", "mailto"}

# Cross-references between papers are written as [label](paper:SHPP003-02) in the
# paper files. They become a link when that paper is on the platform and an
# "aangekondigd" marker when it is only announced.
PAPER_LINK_RE = re.compile(r"\[(?P<label>[^\]]+)\]\(paper:(?P<code>[A-Za-z0-9][A-Za-z0-9._-]*)\)")
ANNOUNCED_LABEL = "aangekondigd"

_PAPER_CLEANER = nh3.Cleaner(
    tags={
        "a",
        "abbr",
        "blockquote",
        "br",
        "code",
        "em",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "li",
        "ol",
        "p",
        "pre",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "ul",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
    },
    attributes={
        "a": {"href", "title"},
        "abbr": {"title"},
        "h2": {"id"},
        "h3": {"id"},
        "h4": {"id"},
        "h5": {"id"},
        "h6": {"id"},
        "ol": {"start"},
        "th": {"scope"},
    },
    allowed_classes={"span": {"xref-announced", "xref-badge"}, "a": {"xref"}},
    url_schemes=URL_SCHEMES,
    link_rel="noopener noreferrer",
)

# Reflections are written by the public: a small allow-list, no ids (they could
# clash with the page's anchors), no images, and links marked as user content.
# nh3 sets rel itself (link_rel), so "rel" must not be an allowed attribute.
USER_LINK_REL = "nofollow ugc noopener noreferrer"
_USER_CLEANER = nh3.Cleaner(
    tags={
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
    },
    attributes={"a": {"href", "title"}, "ol": {"start"}},
    url_schemes=URL_SCHEMES,
    link_rel=USER_LINK_REL,
)


def _markdown(text: str, *, baselevel: int, slugify_id: Callable[[str, str], str]) -> str:
    return markdown.markdown(
        text,
        extensions=["sane_lists", "nl2br", "toc"],
        extension_configs={"toc": {"baselevel": baselevel, "slugify": slugify_id}},
        output_format="html",
    )


# Control characters other than tab and newline: invisible, never meant, and the search
# uses two of them (\x02, \x03) to mark highlighted words.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalize_text(text: str) -> str:
    """Browsers send textarea content with CRLF; store LF only, so diffs and hashes are
    honest, and no invisible control characters."""
    return CONTROL_CHARACTERS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def resolve_paper_links(text: str, paper_urls: Mapping[str, str]) -> str:
    """Replace [label](paper:CODE) by a Markdown link or by an 'aangekondigd' marker."""

    def replace(match: re.Match[str]) -> str:
        label, code = match["label"], match["code"]
        url = paper_urls.get(code)
        if url:
            return f'<a class="xref" href="{escape(url)}">{label}</a>'
        return (
            f'<span class="xref-announced">{label} '
            f'<span class="xref-badge">({ANNOUNCED_LABEL})</span></span>'
        )

    return PAPER_LINK_RE.sub(replace, text)


def referenced_paper_codes(text: str) -> list[str]:
    return [match["code"] for match in PAPER_LINK_RE.finditer(text)]


def render_paper_markdown(
    text: str,
    *,
    heading_level: int = 3,
    id_prefix: str = "",
    paper_urls: Mapping[str, str] | None = None,
) -> str:
    """Render editorial text of a paper.

    ``heading_level`` is the HTML level a top-level Markdown heading gets inside the
    part being rendered (a section's own title is the page's h2, so its sub-headings
    start at h3). Heading ids are prefixed so anchors stay unique on the page.
    """
    if not text.strip():
        return ""
    source = resolve_paper_links(text, paper_urls or {})

    def slugify_id(value: str, separator: str) -> str:
        slug = slugify(value)
        return f"{id_prefix}-{slug}" if id_prefix else slug

    # A sub-heading is written "##" in the paper files (the "#" level is the section
    # itself), so "##" must come out at heading_level.
    html = _markdown(source, baselevel=heading_level - 1, slugify_id=slugify_id)
    return _PAPER_CLEANER.clean(html)


def render_user_markdown(text: str) -> str:
    """Render text written by a member of the public (reflections, replies)."""
    if not text.strip():
        return ""
    # Headings in a reflection start at h4: the page's outline (h1 paper, h2 part,
    # h3 question group) must not be broken by user text.
    html = _markdown(text, baselevel=4, slugify_id=lambda value, separator: "")
    return _USER_CLEANER.clean(html)


def render_inline_markdown(text: str) -> str:
    """Render a one-line title or question (emphasis only), without the wrapping <p>."""
    html = render_paper_markdown(text)
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return html
