"""Open data: the published reflections on a version whose authors allowed quoting.

Nothing personal beyond what the author chose to show: no email, no account id, and a
display name only when the reflection is not anonymous. As CSV (a first "#" line carries
the licence; read it with e.g. ``pandas.read_csv(path, comment="#")``) and as JSON.

The CSV is made for spreadsheets too: a UTF-8 byte order mark (so "Cliënt" is not garbled),
CRLF throughout, and a text that starts like a formula (=, +, -, @) gets a leading
apostrophe so a spreadsheet shows it instead of running it. The JSON keeps every text as
written.
"""

from __future__ import annotations

import csv
import io
import json

from django.conf import settings
from django.utils import timezone

from civcare.mail import absolute
from reflections.models import Reflection

from .models import PaperVersion

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
]


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def licence() -> dict:
    return {
        "name": settings.OPEN_DATA_LICENCE,
        "url": settings.OPEN_DATA_LICENCE_URL,
        "attribution": f"CIV-CARE reflectieplatform, {settings.CIVCARE_FOUNDATION}",
    }


def rows(version: PaperVersion) -> list[dict]:
    reflections = (
        Reflection.objects.published()
        .filter(version=version, may_quote=True)
        .select_related("section", "question", "author")
        .order_by("published_at", "pk")
    )
    return [
        {
            "id": reflection.pk,
            "paper": version.paper.code,
            "version": version.number,
            "section": reflection.section.heading if reflection.section_id else "",
            "question": reflection.question.label if reflection.question_id else "",
            "perspective": reflection.get_perspective_display(),
            "published_on": timezone.localdate(reflection.published_at).isoformat(),
            "author": (
                ""
                if reflection.is_anonymous or reflection.author is None
                else reflection.author.display_name
            ),
            "reply_to": reflection.parent_id or "",
            "text": reflection.body,
            "url": absolute(reflection.get_permalink()),
        }
        for reflection in reflections
    ]


def as_csv(version: PaperVersion) -> str:
    terms = licence()
    buffer = io.StringIO()
    buffer.write(
        "\ufeff"
        f"# {version.paper.code} v{version.number}: gepubliceerde reflecties die geciteerd mogen "
        f"worden. Licentie: {terms['name']} ({terms['url']}). Bron: {terms['attribution']}, "
        f"{absolute(version.get_absolute_url())}\r\n"
    )
    writer = csv.DictWriter(buffer, fieldnames=FIELDS)
    writer.writeheader()
    writer.writerows({**row, "text": _not_a_formula(row["text"])} for row in rows(version))
    return buffer.getvalue()


def _not_a_formula(text: str) -> str:
    # OWASP's advice against CSV injection: a cell a spreadsheet would evaluate is quoted.
    return "'" + text if text[:1] in FORMULA_STARTS else text


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
    return json.dumps(data, ensure_ascii=False, indent=2)
