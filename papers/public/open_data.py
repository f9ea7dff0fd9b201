"""Open data: the published reflections on a version whose authors allowed quoting.

Nothing personal beyond what the author chose to show: no email, no account id, and a
display name only when the reflection is not anonymous. As CSV (a first "#" line carries
the licence; read it with e.g. ``pandas.read_csv(path, comment="#")``) and as JSON.

The CSV is made for spreadsheets too (civcare.core.spreadsheet: byte order mark, CRLF, no cell
a spreadsheet would run as a formula). The JSON keeps every text as written.
"""

from __future__ import annotations

import json

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from civcare.accounts.models import Perspective
from civcare.core.mail import absolute
from civcare.core.spreadsheet import csv_text
from papers.models import PaperVersion, Question, Section
from reflections.models import Reflection

# A reflection id no reflection has, to reverse() the address pattern once.
URL_MARK = 987654321

FIELDS = [
    "id",
    "paper",
    "version",
    "section",
    "question",
    "perspective",
    "published_on",
    "author",
    "reply_to",
    "text",
    "url",
    # The passage a reflection is about, as a W3C Web Annotation TextQuoteSelector (exact,
    # prefix, suffix) in one paragraph of its section (its address on the paper page).
    "passage_paragraph",
    "passage_exact",
    "passage_prefix",
    "passage_suffix",
]


def licence() -> dict:
    return {
        "name": settings.OPEN_DATA_LICENCE,
        "url": settings.OPEN_DATA_LICENCE_URL,
        "attribution": f"CIV-CARE reflectieplatform, {settings.CIVCARE_FOUNDATION}",
    }


def rows(version: PaperVersion) -> list[dict]:
    """One dict per quotable reflection. Read as plain values (not model objects), with each
    section's and question's label made once: thousands of reflections share a few dozen
    targets, and a question's label strips its HTML."""
    reflections = (
        Reflection.objects.published()
        .filter(version=version, may_quote=True)
        .order_by("published_at", "pk")
        .values_list(
            "pk", "section_id", "section__number", "section__title", "question_id",
            "question__number", "question__text_html", "perspective", "published_at",
            "is_anonymous", "author__display_name", "parent_id", "body", "quote_anchor",
            "quote_exact", "quote_prefix", "quote_suffix",
        )
    )  # fmt: skip
    perspectives = {value: str(label) for value, label in Perspective.choices}
    # One reverse() for every address: the reflection's id is the only part that differs.
    url = absolute(reverse("reflections:detail", args=[URL_MARK])).replace(str(URL_MARK), "{}")
    page = absolute(version.get_absolute_url())
    sections: dict[int, str] = {}
    questions: dict[int, str] = {}
    found = []
    for (pk, section_id, section_number, section_title, question_id, question_number,
         question_html, perspective, published_at, is_anonymous, author, parent_id,
         body, quote_anchor, quote_exact, quote_prefix, quote_suffix) in reflections:  # fmt: skip
        if section_id and section_id not in sections:
            sections[section_id] = Section(number=section_number, title=section_title).heading
        if question_id and question_id not in questions:
            questions[question_id] = Question(number=question_number, text_html=question_html).label
        found.append({
            "id": pk,
            "paper": version.paper.code,
            "version": version.number,
            "section": sections.get(section_id, ""),
            "question": questions.get(question_id, ""),
            "perspective": perspectives.get(perspective, perspective),
            "published_on": timezone.localdate(published_at).isoformat(),
            "author": "" if is_anonymous or author is None else author,
            "reply_to": parent_id or "",
            "text": body,
            "url": url.format(pk),
            "passage_paragraph": f"{page}#{quote_anchor}" if quote_anchor else "",
            "passage_exact": quote_exact,
            "passage_prefix": quote_prefix,
            "passage_suffix": quote_suffix,
        })  # fmt: skip
    return found


def as_csv(version: PaperVersion) -> str:
    terms = licence()
    preamble = (
        f"{version.paper.code} v{version.number}: gepubliceerde reflecties die geciteerd mogen "
        f"worden. Licentie: {terms['name']} ({terms['url']}). Bron: {terms['attribution']}, "
        f"{absolute(version.get_absolute_url())}"
    )
    return csv_text(
        FIELDS, ([row[field] for field in FIELDS] for row in rows(version)), preamble=preamble
    )


def as_json(version: PaperVersion) -> str:
    data = {
        "paper": version.paper.code,
        "title": version.paper.title,
        "version": version.number,
        "status": version.get_status_display(),
        "source": absolute(version.get_absolute_url()),
        "licence": licence(),
        "generated_at": timezone.now().isoformat(),
        "reflections": rows(version),
    }
    # Without indent: Python's json then encodes in C, ten times faster for thousands of
    # reflections (a reader's tool lays it out).
    return json.dumps(data, ensure_ascii=False)
