"""Template mistakes that render silently: Django's {# … #} comment ends at the line end."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_DIRS = ["templates", "papers/templates", "reflections/templates", "civcare"]


def test_no_template_opens_a_single_line_comment_it_does_not_close():
    unclosed = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in TEMPLATE_DIRS
        for path in (ROOT / folder).rglob("*.html")
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if line.count("{#") > line.count("#}")
    ]
    assert not unclosed, f"use {{% comment %}} for comments over several lines: {unclosed}"
