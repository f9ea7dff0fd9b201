"""What the docs name exists (#30): a path in the README, docs/ or a comment of the code that
no longer leads anywhere sends a reader looking for a module that moved."""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings

BASE = Path(settings.BASE_DIR)
FOLDERS = ("civcare", "papers", "reflections", "governance", "public", "bench", "tests",
           "docs", "static", "templates", "fixtures", "locale", ".ci")  # fmt: skip
# A path of the project as the docs write it: `governance/worklist.py`, civcare/core/, not a
# URL (/papers/SHPP003-05/) nor a pattern (papers/<code>/, *.html).
PATH = re.compile(r"(?<![\w/.<>{-])((?:" + "|".join(re.escape(f) for f in FOLDERS) + r")/[\w./-]*)")
OUTSIDE = {".venv", "node_modules", ".git", "artifacts", "staticfiles"}


def sources() -> list[Path]:
    found = [BASE / "README.md", *sorted((BASE / "docs").glob("*.md"))]
    for path in BASE.rglob("*.py"):
        relative = path.relative_to(BASE)
        if not OUTSIDE & set(relative.parts) and relative.as_posix() not in ABOUT_PATHS:
            found.append(path)
    return found


# Texts that name paths that are not there on purpose: the architecture test plants modules
# and tells where the governance used to sit; this file names the old places it looks for.
ABOUT_PATHS = {"tests/test_architecture.py", "tests/test_docs.py"}
# A value, not a path: an email's topic ("papers/adopted").
TOPIC = re.compile(r"topic=\"")


def named_paths(text: str) -> set[str]:
    found = set()
    for match in PATH.finditer(text):
        if TOPIC.search(text, max(0, match.start() - 7), match.start()):
            continue
        path = match.group(1).rstrip(".,;:)")
        end = match.end(1)
        if text[end : end + 1] in {"<", "{", "*"} or "//" in path:
            continue  # a pattern, not a path
        found.add(path)
    return found


def template_folders() -> list[Path]:
    return [
        path
        for path in BASE.glob("**/templates")
        if not OUTSIDE & set(path.relative_to(BASE).parts)
    ]


def exists(path: str, roots: list[Path]) -> bool:
    """A file or folder of the project, or of a templates folder (a template's name, such as
    "governance/version.html"); a name's beginning ("papers/migrations/0011") is enough."""
    return any((root / path).exists() or any(root.glob(glob_escape(path) + "*")) for root in roots)


def glob_escape(path: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", path)


def test_every_path_the_docs_and_comments_name_exists():
    roots = [BASE, *template_folders()]
    missing = sorted(
        f"{source.relative_to(BASE)}: {path}"
        for source in sources()
        for path in named_paths(source.read_text(encoding="utf-8"))
        if not exists(path, roots)
    )
    assert not missing, "\n".join(missing)


def test_no_text_names_the_old_places_of_governance_and_the_public_pages():
    old = re.compile(r"papers[./](?:governance|public)\b")
    found = sorted(
        str(source.relative_to(BASE)) for source in sources() if old.search(source.read_text())
    )
    assert not found, found
