"""Publishing a paper file through the site: check it, preview the page it makes, save it.

The preview is the real paper page, rendered from rows written inside a transaction that is
then rolled back: the same templates, and nothing stays in the database. The checked text
waits in the session (with its digest) until the editor saves it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from django.db import transaction
from django.http import HttpRequest
from django.template.loader import render_to_string

from civcare.core.generations import rolled_back_preview
from civcare.core.rendering import CONTROL_CHARACTERS
from papers import fileformat
from papers import selectors as paper_selectors
from papers.models import PaperVersion
from reflections import selectors as reflection_selectors

SESSION_KEY = "paper-upload"


@dataclass
class Checked:
    text: str
    problems: list[dict] = field(default_factory=list)
    preview: dict = field(default_factory=dict)


def check(request: HttpRequest, text: str) -> Checked:
    try:
        parsed = fileformat.check_text(text)
    except fileformat.PaperFileError as error:
        # Without the invisible control characters the problems name: a browser would not
        # show them in the text box.
        text = CONTROL_CHARACTERS.sub("", text)
        return Checked(text=text, problems=problems(error, text))
    digest = hashlib.sha256(text.encode()).hexdigest()
    request.session[SESSION_KEY] = {"digest": digest, "text": text}
    preview = {
        "parsed": parsed,
        "summary": fileformat.summary(parsed),
        "digest": digest,
        "preview": render_preview(request, text),
    }
    return Checked(text=text, preview=preview)


def previewed_text(request: HttpRequest, *, digest: str | None) -> str | None:
    """The text the editor saw previewed, if that preview is still the latest."""
    stored = request.session.get(SESSION_KEY) or {}
    if not stored or stored.get("digest") != digest:
        return None
    return stored["text"]


def forget_preview(request: HttpRequest) -> None:
    request.session.pop(SESSION_KEY, None)


class _Discard(Exception):
    """Leaves the preview's transaction, carrying the rendered page out of it."""


def render_preview(request: HttpRequest, text: str) -> str:
    try:
        with rolled_back_preview(), transaction.atomic():
            version = fileformat.import_text(text, by=request.user)
            resolved = paper_selectors.resolve_version(
                version.paper.code, version.number, user=request.user
            )
            page = paper_selectors.load_page(resolved)
            reflection_selectors.attach_to_page(
                page, reflection_selectors.for_paper_page(version, perspective=None)
            )
            html = render_to_string(
                "papers/_paper_body.html", {"page": page, "preview": True}, request=request
            )
            raise _Discard(html)
    except _Discard as done:
        return done.args[0]


def problems(error: fileformat.PaperFileError, text: str) -> list[dict]:
    lines = text.replace("\r\n", "\n").split("\n")
    return [
        {
            "line": problem.line,
            "message": problem.message,
            "text": lines[problem.line - 1] if 0 < problem.line <= len(lines) else "",
        }
        for problem in error.problems
    ]


def examples():
    """The published papers, whose files show the format best."""
    return PaperVersion.objects.public().select_related("paper").order_by("paper__code", "-pk")
