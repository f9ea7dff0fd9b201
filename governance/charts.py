"""The analysis view's charts as SVG, drawn on the server with matplotlib (no JavaScript),
cleaned so they can stand inline in a page under the site's CSP: no <style>, no style
attributes (CSS declarations become SVG presentation attributes), no metadata, ids unique
per chart. Every chart prints its numbers (never colour alone) and has a data table beside
it in the template."""

from __future__ import annotations

import datetime
import hashlib
import io
import re
import textwrap

import matplotlib
from django.core.cache import cache
from django.utils.html import escape
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.collections import PatchCollection
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from civcare.core.generations import register_rendered_pages

from .analysis import Analysis, Matrix, Timeline

# Drawn once per distinct set of numbers and language: the key is their digest, so nothing
# needs invalidating (new numbers are a new key). The numbers name no one, but a theme is
# the editors' words about what people wrote: erasure deletes these too
# (civcare.core.generations.forget_rendered_pages).
CHART_TTL = 7 * 24 * 3600
register_rendered_pages("chart:*")

INK = "#1d1d1b"
INK_SOFT = "#4a4a45"
PAPER = "#ffffff"
# Two ranges of shades, light ones under dark text and dark ones under white: a middle
# shade would have less than 4.5:1 with either (governance/tests/test_analysis.py checks each step).
LIGHT = ((0xF3, 0xF0, 0xE8), (0xA9, 0xC6, 0xC9))  # from the site's surface
DARK = ((0x2F, 0x6F, 0x78), (0x07, 0x3B, 0x45))  # to its accent-dark
KIND_COLOURS = {  # the disposition types, as on the badges (plus a pattern in the chart)
    "incorporated": "#1e5128",
    "later": "#6b4300",
    "not_adopted": "#8a1c13",
    "out_of_scope": "#45443f",
}
RC = {
    "svg.fonttype": "none",  # text stays text: selectable, readable by a screen reader
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.edgecolor": INK_SOFT,
    "axes.labelcolor": INK,
    "xtick.color": INK,
    "ytick.color": INK,
    "svg.hashsalt": "civcare",  # the same chart gives the same SVG (cacheable, diffable)
    # Every text is drawn as written: labels, tick labels, titles, legends, annotations. By
    # default matplotlib reads $…$ as TeX maths, and a theme named "$\euro$" raised
    # ValueError: the analysis, the report and its PDF gave a 500, for good once the themes
    # were frozen (#28). A "$5 tot $6" was set in maths italics.
    "text.parse_math": False,
}
LABEL_WIDTH = 46
# A chart's size on the page: 12 points of the drawing to one em of the page (16 px), so its
# 10-point text reads at about 13 px, near the page's own.
POINTS_PER_EM = 12
# Part of the key of every cached chart (and report PDF): what an earlier release drew, such
# as a theme name set in maths italics, is drawn again rather than served for days.
FORMAT = 4
MARKS = {
    "opened": gettext_lazy("geopend"),
    "planned": gettext_lazy("geplande sluiting"),
    "closed": gettext_lazy("gesloten"),
}


def _luminance(rgb) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a, b) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def shade(fraction: float) -> tuple[str, str]:
    """(cell colour, text colour) for a count at ``fraction`` of the largest: the text colour
    is whichever of ink and white contrasts more (at least 4.5:1 on every shade)."""
    low, high = LIGHT if fraction < 0.5 else DARK
    within = fraction * 2 if fraction < 0.5 else (fraction - 0.5) * 2
    rgb = tuple(round(lo + (hi - lo) * within) for lo, hi in zip(low, high, strict=True))
    ink = (0x1D, 0x1D, 0x1B)
    white = (0xFF, 0xFF, 0xFF)
    text = INK if _contrast(rgb, ink) >= _contrast(rgb, white) else PAPER
    return "#{:02x}{:02x}{:02x}".format(*rgb), text


# The long one-word perspectives, split where a Dutch reader splits them.
COMPOUNDS = ("Ervarings", "Zorg", "Toezicht", "Beleids")


def _column_head(label: str) -> str:
    words = []
    for word in str(label).split():
        prefix = next((p for p in COMPOUNDS if word.startswith(p) and len(word) > 12), None)
        words.append(f"{prefix}-\n{word[len(prefix) :]}" if prefix else word)
    return textwrap.fill(" ".join(words), 13, break_long_words=False, replace_whitespace=False)


def _label(text: str) -> str:
    shortened = textwrap.shorten(text, LABEL_WIDTH, placeholder="…")
    if shortened == "…":  # the first word alone is too long: cut it, rather than show nothing
        shortened = text[: LABEL_WIDTH - 1] + "…"
    return shortened


def _svg(figure: Figure, name: str) -> str:
    buffer = io.StringIO()
    FigureCanvasSVG(figure).print_svg(buffer)
    return clean(buffer.getvalue(), name)


STYLE_ATTR = re.compile(r'\sstyle="([^"]*)"')
FONT_SHORTHAND = re.compile(r"^\s*(?:(normal|italic|bold|\d{3})\s+)*([\d.]+px)\s+(.+)$")


def _presentation(declarations: str) -> str:
    attributes = []
    for declaration in declarations.split(";"):
        if ":" not in declaration:
            continue
        name, value = (part.strip() for part in declaration.split(":", 1))
        if name == "font":
            match = FONT_SHORTHAND.match(value)
            if match:
                attributes += [("font-size", match.group(2)), ("font-family", match.group(3))]
            continue
        attributes.append((name, value))
    return "".join(f' {name}="{value.replace(chr(34), chr(39))}"' for name, value in attributes)


def clean(svg: str, name: str) -> str:
    """matplotlib's SVG, fit to stand inline in an HTML page under a strict CSP."""
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)
    svg = re.sub(r"<style[^>]*>.*?</style>", "", svg, flags=re.S)
    svg = STYLE_ATTR.sub(lambda m: _presentation(m.group(1)), svg)
    svg = re.sub(r'\sid="([^"]+)"', rf' id="{name}-\1"', svg)
    svg = re.sub(r'href="#([^"]+)"', rf'href="#{name}-\1"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{name}-\1)", svg)
    # Sized in em, from the drawing's own size in points (its text is set at 8–10 pt): the
    # chart's text then grows with the page's text when a reader zooms to 200 % (WCAG 1.4.4),
    # where a chart as wide as the page shrank back to fit and its text grew only ×1.27. A
    # chart wider than the page scrolls inside its figure (.chart__drawing), as a table does.
    svg = re.sub(
        r'<svg ([^>]*?)width="([\d.]+)pt" height="([\d.]+)pt"',
        lambda m: (
            f'<svg {m.group(1)}width="{float(m.group(2)) / POINTS_PER_EM:.2f}em" '
            f'height="{float(m.group(3)) / POINTS_PER_EM:.2f}em"'
        ),
        svg,
        count=1,
    )
    svg = svg.replace(
        "<svg ",
        f'<svg class="chart__svg" role="img" aria-labelledby="{name}-titel" '
        'stroke-linejoin="round" stroke-linecap="butt" ',
        1,
    )
    return re.sub(r">\s+<", "><", svg).strip()


def titled(svg: str, text: str) -> str:
    """The chart with ``text`` as its <title>: a PDF reader's alternative text for the figure
    (WeasyPrint takes an inline SVG's <title> as the figure's /Alt). On a page the chart is
    named by its caption instead (aria-labelledby), with no tooltip over it."""
    if not svg:
        return svg
    opening = svg.index(">") + 1
    return f"{svg[:opening]}<title>{escape(text)}</title>{svg[opening:]}"


def heatmap(matrix: Matrix, name: str, *, shares: list[list[float]] | None = None) -> str:
    """Rows × perspectives, a count in every cell (with the share of the perspective's
    reflections when ``shares`` is given)."""
    rows, columns = matrix.rows, matrix.columns
    # All eight perspectives within a desk's column (70 rem, 1,120 px; the chart's em is the
    # body text's 17 px): at 3.4 + 1.0 inch a column it was 1,163 px, and the last one
    # ("Anders") was cut off at 1,280 px and scrolled inside the figure.
    labels_width = 3.2
    width = labels_width + 0.95 * max(len(columns), 1)
    height = 0.9 + 0.3 * max(len(rows), 1)
    biggest = max(matrix.maximum, 1)
    with matplotlib.rc_context(RC):
        figure = Figure(figsize=(width, height))
        left, bottom = labels_width / width, 0.15 / height
        axes = figure.add_axes((left, bottom, 1 - (labels_width + 0.1) / width, 1 - 0.9 / height))
        # The cells as one collection: one artist instead of one per cell, which took
        # matplotlib seconds at 40 rows × 8 perspectives (it updated the limits per patch).
        cells, fills = [], []
        for y, row in enumerate(rows):
            for x, count in enumerate(row.counts):
                fill, text = shade(count / biggest) if count else (PAPER, INK_SOFT)
                cells.append(Rectangle((x, y), 1, 1))
                fills.append(fill)
                label = str(count)
                if shares is not None:
                    label = f"{count} ({round(shares[y][x] * 100)}%)"
                axes.text(x + 0.5, y + 0.55, label, ha="center", va="center", color=text,
                          fontsize=9 if shares is None else 7.5)  # fmt: skip
        axes.add_collection(
            PatchCollection(cells, facecolors=fills, edgecolors="#cfc8b8", linewidths=1.0),
            autolim=False,
        )
        axes.set_xlim(0, max(len(columns), 1))
        axes.set_ylim(max(len(rows), 1), 0)
        # Questions indented under their section, as in the paper.
        labels = [("– " if r.kind == "question" else "") + _label(r.label) for r in rows]
        axes.set_yticks([y + 0.5 for y in range(len(rows))], labels)
        heads = [_column_head(label) for _code, label in columns]
        axes.set_xticks([x + 0.5 for x in range(len(columns))], heads)
        axes.xaxis.tick_top()
        axes.tick_params(length=0, labelsize=8.5)
        for spine in axes.spines.values():
            spine.set_visible(False)
        return _svg(figure, name)


def timeline(line: Timeline, name: str) -> str:
    """Reflections per day (or week), with the opening and closing dates marked by a line and
    its name (not by colour)."""
    days = line.days
    if line.by_week:
        weeks: dict = {}
        for day, n in days:
            monday = day.toordinal() - day.weekday()
            weeks[monday] = weeks.get(monday, 0) + n
        days = [(datetime.date.fromordinal(d), n) for d, n in sorted(weeks.items())]
    with matplotlib.rc_context(RC):
        figure = Figure(figsize=(8, 2.8))
        axes = figure.add_axes((0.07, 0.18, 0.9, 0.7))
        if days:
            axes.bar([d for d, _n in days], [n for _d, n in days], width=5 if line.by_week else 0.8,
                     color="#0b5563")  # fmt: skip
            for day, n in days:
                axes.text(day, n, str(n), ha="center", va="bottom", fontsize=8, color=INK)
        for key, date, dash in (("opened", line.opened, "-"),
                                ("planned", line.planned_closing, ":"),
                                ("closed", line.closed, "--")):  # fmt: skip
            if date is not None:
                axes.axvline(date, color=INK, linestyle=dash, linewidth=1.2)
                axes.text(date, axes.get_ylim()[1], f" {MARKS[key]}", rotation=90, va="top",
                          ha="right", fontsize=8, color=INK)  # fmt: skip
        axes.tick_params(labelsize=8)
        figure.autofmt_xdate()
        for spine in ("top", "right"):
            axes.spines[spine].set_visible(False)
        return _svg(figure, name)


def processing(analysis: Analysis, name: str) -> str:
    """Two bars: reflections with and without a theme; per disposition type and without one.
    Each segment names its count, its pattern tells the types apart besides colour (light
    lines on a dark fill, dark on a light one, so they survive a greyscale print), and a
    legend under the bars names every pattern."""
    progress = analysis.progress
    total = max(progress.total, 1)
    themed = progress.total - progress.without_theme
    none = "#ebe9e4"
    hatches = dict(zip(KIND_COLOURS, ["", "..", "xx", "\\\\"], strict=True))
    labels = {code: label for code, label, _n in analysis.dispositions}
    # (legend label, fill, pattern): each kind once in the legend, in the bars' order.
    kinds = [(_("Met een thema"), "#0b5563", "--")]
    kinds += [(labels[code], KIND_COLOURS[code], hatches[code]) for code in labels]
    kinds.append((_("Nog niet (geen thema of geen verwerking)"), none, "//"))
    theme_bar = [(themed, kinds[0]), (progress.without_theme, kinds[-1])]
    disposition_bar = [
        (n, (label, KIND_COLOURS[code], hatches[code])) for code, label, n in analysis.dispositions
    ]
    disposition_bar.append((progress.without_disposition, kinds[-1]))
    bars = [(_("Thema's"), theme_bar), (_("Verwerking"), disposition_bar)]
    with matplotlib.rc_context(RC):
        figure = Figure(figsize=(8, 2.7))
        axes = figure.add_axes((0.16, 0.3, 0.82, 0.66))
        for y, (_title, segments) in enumerate(bars):
            left = 0
            for n, (_label, colour, hatch) in segments:
                if not n:
                    continue
                light = colour == none
                axes.barh(y, n, left=left, color=colour, hatch=hatch, edgecolor=INK_SOFT,
                          hatchcolor=INK_SOFT if light else PAPER)  # fmt: skip
                if n / total > 0.06:
                    # On a plain box, so a pattern's lines never cross the figure.
                    axes.text(left + n / 2, y, f"{n}", ha="center", va="center", color=INK,
                              fontsize=8.5, bbox={"facecolor": PAPER, "edgecolor": "none",
                                                  "pad": 1.5})  # fmt: skip
                left += n
        handles = [
            Rectangle(
                (0, 0),
                1,
                1,
                facecolor=colour,
                hatch=hatch,
                edgecolor=INK_SOFT,
                hatchcolor=INK_SOFT if colour == none else PAPER,
            )
            for _label, colour, hatch in kinds
        ]
        figure.legend(handles, [label for label, _c, _h in kinds], loc="lower center",
                      ncols=3, fontsize=8, frameon=False, handlelength=2.2,
                      handleheight=1.4)  # fmt: skip
        axes.set_yticks(range(len(bars)), [title for title, _s in bars])
        axes.set_ylim(len(bars) - 0.5, -0.5)
        axes.set_xlim(0, total)
        axes.tick_params(length=0, labelsize=8.5)
        for spine in ("top", "right"):
            axes.spines[spine].set_visible(False)
        return _svg(figure, name)


def _chart(name: str, draw, data) -> str:
    digest = hashlib.sha256(repr(data).encode()).hexdigest()[:32]
    key = f"chart:{FORMAT}:{name}:{get_language()}:{digest}"
    return cache.get_or_set(key, draw, timeout=CHART_TTL)


def drawn(built: Analysis, *, only=("heatmap", "themes", "timeline", "processing")) -> dict:
    """The charts of an analysis as SVG, by name ("themes" is empty without themes)."""
    drawings = {
        "heatmap": (lambda: heatmap(built.targets, "heatmap"), built.targets),
        "themes": (lambda: heatmap(built.themes, "themes", shares=built.theme_shares),
                   (built.themes, built.theme_shares)),
        "timeline": (lambda: timeline(built.timeline, "timeline"), built.timeline),
        "processing": (lambda: processing(built, "processing"),
                       (built.progress, built.dispositions)),
    }  # fmt: skip
    if not built.themes.rows:
        only = tuple(name for name in only if name != "themes")
    return {"themes": ""} | {name: _chart(name, *drawings[name]) for name in only}
