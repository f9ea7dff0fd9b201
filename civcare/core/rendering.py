"""Markdown → sanitised HTML: the one place where paper text and user text become HTML.

Both apps store the result next to the source (rendered once per change, never per
request). Everything passes through nh3 (the maintained successor of bleach) with an
explicit allow-list, so even text typed by editors cannot carry scripts, event
handlers, styles or javascript:/data: URLs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from html import unescape
from urllib.parse import urljoin

import markdown
import markdown.extensions
import markdown.inlinepatterns
import markdown.util
import nh3
from django.utils.html import escape
from django.utils.text import slugify

URL_SCHEMES = {"http", "https", "mailto"}

# Cross-references between papers are written as [label](paper:SHPP003-02) in the
# paper files. They become a link when that paper is on the platform and an
# "aangekondigd" marker when it is only announced.
# The label is bounded and holds no bracket, so the pattern runs in linear time.
PAPER_LINK_RE = re.compile(
    r"\[(?P<label>[^\[\]\n]{1,300})\]\(paper:(?P<code>[A-Za-z0-9][A-Za-z0-9._-]{0,40})\)"
)
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


class RenderError(ValueError):
    """A text that cannot be turned into HTML within the bounds below (the caller shows a
    clear message and keeps the text; it is never a 500)."""


# --- Bounded Markdown ------------------------------------------------------------------
# Python-Markdown's link processors scan forward from every "[" to its closing bracket and
# parenthesis, one character at a time: 6,000 "[" cost 4 s, "[x](\"" repeated as much.
# Its raw-HTML block preprocessor rescans from every "<" ("<a " × 2,000: 0.3 s, × 4,000:
# 1.1 s), and a line of nested list markers ("- " × 500 + "x") recurses until Python
# gives up. The processors below jump from bracket to bracket with a regex and give up
# past a small depth, a few dozen steps or a length no real link has; so every "[" costs
# a bounded amount and a whole text renders in time linear in its length.
MAX_BRACKET_DEPTH = 8
MAX_LINK_STEPS = 64
MAX_LINK_TEXT = 1_000
MAX_LINK_DESTINATION = 2_000
# Deeper than this, list and quote markers at the start of a line are kept as text.
MAX_BLOCK_NESTING = 8

_BRACKET = re.compile(r"[\[\]]")
_DESTINATION_TOKEN = re.compile(r"[^\s()\\<>]+|\\.|[()]")
_TITLE = re.compile(r"""\s*(?:"([^"]{0,1000})"|'([^']{0,1000})'|\(([^()]{0,1000})\))?\s*\)""")
_ANGLE_DESTINATION = re.compile(r"<([^<>\n]{0,2000})>")


class _BoundedLinkScanning:
    """getText/getLink for Python-Markdown's link and reference processors, in bounded time."""

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:
        depth, position = 1, index
        limit = min(len(data), index + MAX_LINK_TEXT)
        for _step in range(MAX_LINK_STEPS):
            match = _BRACKET.search(data, position, limit)
            if match is None:
                break
            depth += 1 if match.group() == "[" else -1
            position = match.end()
            if depth == 0:
                return data[index : position - 1], position, True
            if depth > MAX_BRACKET_DEPTH:
                break
        return "", index, False

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:
        """``(destination "title")`` after ``]``: CommonMark's rules, bounded."""
        if index >= len(data) or data[index] != "(":
            return "", None, index, False
        position = index + 1
        while position < len(data) and data[position] in " \t\n":
            position += 1
        limit = min(len(data), position + MAX_LINK_DESTINATION)
        angle = _ANGLE_DESTINATION.match(data, position, limit)
        if angle:
            href, position = angle.group(1), angle.end()
        else:
            start, depth = position, 0
            for _step in range(MAX_LINK_STEPS):
                token = _DESTINATION_TOKEN.match(data, position, limit)
                if token is None:
                    break
                if token.group() == "(":
                    depth += 1
                    if depth > MAX_BRACKET_DEPTH:
                        return "", None, index, False
                elif token.group() == ")":
                    if depth == 0:
                        break
                    depth -= 1
                position = token.end()
            else:
                return "", None, index, False
            if depth:
                return "", None, index, False
            href = data[start:position]
        title_match = _TITLE.match(data, position, min(len(data), position + 1_100))
        if title_match is None:
            return "", None, index, False
        title = next((group for group in title_match.groups() if group is not None), None)
        if title is not None:
            title = " ".join(self.unescape(title).split())
        return self.unescape(href).strip(), title, title_match.end(), True


_ip = markdown.inlinepatterns
# (name in Python-Markdown's registry, its processor, its pattern, is it an image?)
_BOUNDED_PROCESSORS = [
    ("reference", _ip.ReferenceInlineProcessor, _ip.REFERENCE_RE, False),
    ("link", _ip.LinkInlineProcessor, _ip.LINK_RE, False),
    ("image_link", _ip.ImageInlineProcessor, _ip.IMAGE_LINK_RE, True),
    ("image_reference", _ip.ImageReferenceInlineProcessor, _ip.IMAGE_REFERENCE_RE, True),
    ("short_reference", _ip.ShortReferenceInlineProcessor, _ip.REFERENCE_RE, False),
    ("short_image_ref", _ip.ShortImageReferenceInlineProcessor, _ip.IMAGE_REFERENCE_RE, True),
]
_BOUNDED = {
    name: (type(f"Bounded{base.__name__}", (_BoundedLinkScanning, base), {}), pattern, image)
    for name, base, pattern, image in _BOUNDED_PROCESSORS
}


class BoundedExtension(markdown.extensions.Extension):
    """Swap the unbounded processors of Python-Markdown for the bounded ones above."""

    def __init__(self, *, images: bool):
        self.images = images
        super().__init__()

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # Raw HTML blocks are never needed (paper files and reflections are Markdown) and
        # nh3 would strip most of them anyway; inline HTML (<del>, <abbr>) still works.
        md.preprocessors.deregister("html_block")
        for name, (processor, pattern, image) in _BOUNDED.items():
            if image and not self.images:
                # Images are not allowed in reflections: "![" is text, like "[".
                md.inlinePatterns.deregister(name)
            else:
                priority = _priority(md.inlinePatterns, name)
                md.inlinePatterns.register(processor(pattern, md), name, priority)


def _priority(registry: markdown.util.Registry, name: str) -> float:
    """The priority a processor was registered with (kept when it is replaced)."""
    return next(item.priority for item in registry._priority if item.name == name)


# A line that opens more than MAX_BLOCK_NESTING lists or quotes at once ("- - - - x",
# "> > > > x", "1. 1. 1. x"): the markers past that depth are escaped and read as text.
_NESTED_MARKERS = re.compile(
    rf"(?m)^[ ]{{0,3}}(?:(?:[-*+]|\d{{1,9}}[.)])[ \t]+|>[ \t]?){{{MAX_BLOCK_NESTING + 1},}}"
)
_ONE_MARKER = re.compile(r"(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]?")


def _flatten_deep_nesting(text: str) -> str:
    def escape_past_depth(match: re.Match[str]) -> str:
        chain = match.group()
        kept = []
        for depth, marker in enumerate(_ONE_MARKER.finditer(chain)):
            token = marker.group()
            if depth >= MAX_BLOCK_NESTING:
                token = (
                    "\\" + token
                    if not token[0].isdigit()
                    else re.sub(r"(\d+)([.)])", r"\1\\\2", token, count=1)
                )
            kept.append(token)
        prefix = chain[: len(chain) - len(chain.lstrip(" "))]
        return prefix + "".join(kept)

    return _NESTED_MARKERS.sub(escape_past_depth, text)


# A setext underline (===, ---), a thematic break (***, - - -) or an ATX heading ends its
# block in Markdown anyway; Python-Markdown finds that out by searching the rest of the block
# again after each one, so 6,000 characters of "a\n=\n" took 160 ms and 24,000 took 1.8 s.
# A blank line after each such line gives it a block of its own: same HTML, linear time.
_BLOCK_ENDING_LINE = re.compile(
    r"(?m)^([ ]{0,3}(?:=+|-+|(?:[-*_][ \t]*){3,}|#{1,6}(?:[ \t][^\n]*)?)[ \t]*)\n(?=[^\n])"
)


def _end_blocks_early(text: str) -> str:
    return _BLOCK_ENDING_LINE.sub("\\1\n\n", text)


def _markdown(
    text: str, *, baselevel: int, slugify_id: Callable[[str, str], str], images: bool = True
) -> str:
    try:
        return markdown.markdown(
            _end_blocks_early(_flatten_deep_nesting(text)),
            extensions=["sane_lists", "nl2br", "toc", BoundedExtension(images=images)],
            extension_configs={"toc": {"baselevel": baselevel, "slugify": slugify_id}},
            output_format="html",
        )
    except RecursionError as error:
        # Nesting built some other way (indentation, mixed quotes) that is still too deep.
        raise RenderError("too deeply nested") from error


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
        # Always prefixed: a heading "Inhoud" must not take the id the site's skip link
        # points to (the site's own ids never start with "p-").
        return f"{id_prefix or 'p'}-{slugify(value)}"

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
    html = _markdown(text, baselevel=4, slugify_id=lambda value, separator: "", images=False)
    return _USER_CLEANER.clean(html)


# A start tag as nh3 and Django's escaping write it: every attribute value in double quotes
# (a "<" in text is always escaped, so this matches tags only). The attributes are taken one
# by one, each with its whole value, so a value that looks like an attribute is left alone.
_START_TAG = re.compile(r'<[a-zA-Z][^\s/>]*(?:\s+[^\s"\'>/=]+(?:="[^"]*")?)*\s*/?>')
_ATTRIBUTE = re.compile(r'(\s+)([^\s"\'>/=]+)(?:="([^"]*)")?')
URL_ATTRIBUTES = frozenset({"href", "src", "cite"})


def absolute_urls(html: str, base: str) -> str:
    """``html`` with every link, source and citation made absolute against ``base`` (an
    absolute URL): for HTML read away from the page it belongs to, such as a feed's entry,
    where a root-relative link resolves against nothing or the feed's own address."""

    def resolve(attribute: re.Match[str]) -> str:
        space, name, value = attribute.groups()
        if value is None or name.lower() not in URL_ATTRIBUTES:
            return attribute[0]
        return f'{space}{name}="{escape(urljoin(base, unescape(value)))}"'

    return _START_TAG.sub(lambda tag: _ATTRIBUTE.sub(resolve, tag[0]), html)


def render_inline_markdown(text: str) -> str:
    """Render a one-line title or question (emphasis only), without the wrapping <p>."""
    html = render_paper_markdown(text)
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return html
