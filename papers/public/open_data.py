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
from django.utils import timezone

from civcare.core.mail import absolute
from civcare.core.spreadsheet import csv_text
from papers.models import PaperVersion
from reflections.models import Reflection

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
    return json.dumps(data, ensure_ascii=False, indent=2)
