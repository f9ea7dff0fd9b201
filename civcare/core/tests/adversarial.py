"""Texts built to make a parser work hard, at a given length: used by the rendering tests
and by bench/run, which times them (the tests only check that each renders)."""

from __future__ import annotations

from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[3] / "fixtures" / "papers" / "SHPP003-01_v0.9.md"


def markdown_texts(length: int) -> dict[str, str]:
    """Adversarial Markdown, each cut to ``length`` characters."""
    texts = {
        "open brackets": "[" * length,
        "image openers": "![" * length,
        "unclosed links": "[a](" * length,
        "unclosed link titles": '[x]("' * length,
        "nested brackets": "[" * (length // 2) + "]" * (length // 2),
        "nested list markers": "- " * (length // 2),
        "nested ordered markers": "1. " * length,
        "nested quote markers": ">" * length,
        "nested quotes by line": "\n".join(">" * depth + " x" for depth in range(1, 200)),
        "nested lists by indent": "\n".join("    " * depth + "- x" for depth in range(60)),
        "emphasis runs": "*a_" * length,
        "strong runs": "**a" * length,
        "backtick runs": "`a``" * length,
        "escapes": "\\>" * length,
        "setext headings": "a\n=\n" * length,
        "thematic breaks": "***\n" * length,
        "atx headings": "# a\n" * length,
        "raw html openers": "<a " * length,
        "paper link openers": "[" + "[x](paper:" * length,
        "reference links": "".join(f"[a{i}][r{i}] " for i in range(length // 12))
        + "\n\n"
        + "".join(f"[r{i}]: https://example.org/{i}\n" for i in range(length // 24)),
    }
    return {name: text[:length] for name, text in texts.items()}


def paper_file(size: int) -> str:
    """A real paper file followed by heading and question lines that used to backtrack."""
    lines = [
        "# 1. " + " " * 1600 + "x {",
        "# " + "{" * 1600,
        "## " + "a " * 800 + "{#x",
        "? 1. " + "[" * 1600,
        "# 1.1.1." + "1." * 800 + "x",
    ]
    parts, total, index = [FIXTURE.read_text(encoding="utf-8")], 0, 0
    total = len(parts[0])
    while total < size:
        line = lines[index % len(lines)]
        parts.append(line)
        total += len(line) + 1
        index += 1
    return "\n".join(parts)[:size]
