"""Texts built to make a parser or a diff work hard, at a given length: used by the
rendering and diff tests and by bench/run, which times them (the tests only check that each
renders, and that a diff stays within its budget of work)."""

from __future__ import annotations

import random
from pathlib import Path

PAPERS = Path(__file__).resolve().parents[3] / "fixtures" / "papers"
FIXTURE = PAPERS / "SHPP003-01_v0.9.md"


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


def ordinary_text(length: int) -> str:
    """Words as the papers write them (both fixtures, whitespace made single), cut to
    ``length``: at most about 21,000 characters."""
    text = " ".join(path.read_text(encoding="utf-8") for path in sorted(PAPERS.glob("*.md")))
    return " ".join(text.split())[:length]


def diff_pairs(length: int) -> dict[str, tuple[str, str]]:
    """(old, new) pairs that made difflib's word diff (whitespace as tokens, autojunk off)
    about cubic, each text cut to ``length``: 6,000 characters against "a " × 3000 took it
    70 s, and "a a a …" edited into "a. a. a. …" at 1,199 characters (an edit of a published
    reflection, the security review's case) 8 s."""
    ordinary = ordinary_text(length)
    words = ordinary.split(" ")
    random.Random(28).shuffle(words)
    pairs = {
        "ordinary text against 'a ' repeated": (ordinary, "a " * length),
        "'a ' repeated against ordinary text": ("a " * length, ordinary),
        "'a a a' edited into 'a. a. a.'": ("a " * length, "a. " * length),
        "'a, a, a' edited into 'a ,a ,a'": ("a, " * length, "a ," * length),
        "words against the same words shuffled": (ordinary, " ".join(words)),
    }
    return {
        name: (old[:length].strip(), new[:length].strip()) for name, (old, new) in pairs.items()
    }


def identifiability_texts(length: int) -> dict[str, str]:
    """Texts that made the herleidbaarheidscheck work hard, each cut to ``length``
    characters: runs of what deduce's name patterns grow over (its cost grew with the cube
    of such a run) and what made a pattern backtrack (every position of one long word)."""
    units = {
        "run of names": "Jan ",
        "names joined by hyphens": "Jan-",
        "names with interfixes": "van Jan ",
        "runs of ten names": "Jan " * 10 + "x ",
        "initials and names": "J. Jan ",
        "titles and names": "dhr. Jan ",
        "articles": "De ",
        "a capital, then a hyphen": "A-",
        "a capital, then an apostrophe": "A'",
        "words joined by hyphens": "Aa-",
        "home names joined by hyphens": "Ahof-",
        "kinds of institution": "Zorggroep Jan ",
        "digits and dots": "1.",
        "digits and spaces": "1 ",
        "dates": "12-12-2012 ",
        "phone numbers": "06-12345678 ",
        "e-mail addresses": "jan@x.nl ",
        "handles": "@jan_",
        "web addresses": "www.a.nl/",
        "case numbers": "kenmerk 1/",
        "ages in brackets": "Jan Jansen (45) ",
        "one long word": "a",
    }
    return {name: (unit * (length // len(unit) + 1))[:length] for name, unit in units.items()}


def runs_of_names(*counts: int) -> dict[str, str]:
    """The security review's measurement: "Jan " 300, 600, 1,200 … times."""
    return {f"{count:,} × 'Jan '": "Jan " * count for count in counts}
