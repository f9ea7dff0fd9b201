"""Open data: the published reflections on a version whose authors allowed quoting.

Nothing personal beyond what the author chose to show: no email, no account id, and a
display name only when the reflection is not anonymous.

Made to be read without loss by the tools people use, with their defaults
(``pandas.read_csv(url)``, ``pandas.read_json(url)``, R, a spreadsheet):

- CSV: the header in the first row and nothing above it; civcare.core.spreadsheet makes it
  safe for spreadsheets (byte order mark, CRLF, an apostrophe before a cell that would run
  as a formula, and only then). An empty cell is: no value.
- JSON: the rows themselves, at the top level (what ``pandas.read_json`` expects), each
  text as written; no value is null (never ""), ``reply_to`` an integer or null.
- The licence and where the data comes from are in a CSVW metadata document beside them
  (W3C, "Metadata Vocabulary for Tabular Data"; at the address CSVW tools look for:
  ``reflecties.csv-metadata.json``), which also gives each column its type, and in each
  response's ``Link`` header.

``version`` is the version's label, "v1.10": written as "1.10", both pandas readers made it
the number 1.1 (and "1.10" and "1.1" one version).
"""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from civcare.accounts.models import Perspective
from civcare.core.mail import absolute
from civcare.core.spreadsheet import csv_text, json_text
from governance import campaigns
from papers.models import PaperVersion, Question, Section
from reflections.models import Reflection

# A reflection id no reflection has, to reverse() the address pattern once.
URL_MARK = 987654321

# The shape of the data. 2: the JSON is the list of rows, licence and provenance moved to
# the metadata; "" became null; ``version`` is "v0.9" (was "0.9"); no "#" line in the CSV.
# 3: the columns campaign and campaign_size (#31).
FORMAT = 3

CSV_TYPE = "text/csv; charset=utf-8; header=present"
JSON_TYPE = "application/json; charset=utf-8"
METADATA_TYPE = "application/csvm+json"

# name -> (CSVW datatype, what the column holds). The name is also the CSV's header.
COLUMNS: dict[str, tuple[str | dict, str]] = {
    "id": ("integer", "Het nummer van de reflectie op het platform."),
    "paper": ("string", "De code van de paper, bijv. SHPP003-05."),
    "version": (
        {"base": "string", "format": r"^v\d+\.\d+$"},
        "De versie van de paper, als label: v0.9, v1.10 (tekst, geen getal).",
    ),
    "section": ("string", "De sectie waarover de reflectie gaat, met haar nummer; leeg als geen."),
    "question": ("string", "De vraag waarover de reflectie gaat, met haar nummer; leeg als geen."),
    "perspective": ("string", "Het perspectief van waaruit de auteur schrijft."),
    "published_on": ("date", "De dag van publicatie (ISO 8601)."),
    "author": ("string", "De weergavenaam van de auteur; leeg als de auteur anoniem schrijft."),
    "reply_to": ("integer", "Het nummer van de reflectie waarop dit reageert; leeg als geen."),
    "text": ("string", "De tekst van de reflectie (Markdown), zoals geschreven."),
    "url": ("anyURI", "De eigen pagina van de reflectie."),
    # The passage a reflection is about, as a W3C Web Annotation TextQuoteSelector (exact,
    # prefix, suffix) in one paragraph of its section (its address on the paper page).
    "passage_paragraph": ("anyURI", "De alinea van de paper waarover de reflectie gaat."),
    "passage_exact": ("string", "De geciteerde woorden uit die alinea (TextQuoteSelector)."),
    "passage_prefix": ("string", "De woorden vlak voor het citaat."),
    "passage_suffix": ("string", "De woorden vlak na het citaat."),
    # A campaign (#31, governance/campaigns.py): one text sent by many with small edits.
    # Every reflection of it is a row of its own; these say which belong together.
    "campaign": (
        "integer",
        "Het nummer van de campagne waaruit de reflectie komt (één tekst die velen met kleine "
        "wijzigingen instuurden; 1 is de grootste van deze versie); leeg als geen.",
    ),
    "campaign_size": (
        "integer",
        "Hoeveel gepubliceerde reflecties op deze versie uit die campagne komen (N reflecties "
        "uit één campagne), ook die hier niet staan omdat hun auteur citeren niet toestond.",
    ),
}
FIELDS = list(COLUMNS)

NOTES = (
    "Een lege cel is: geen waarde. Een waarde die in de CSV met een apostrof begint, gevolgd "
    "door =, +, -, @ (eventueel na spaties, tabs of regeleinden), heeft één apostrof meer dan "
    "geschreven: die staat ervoor zodat een spreadsheet de tekst niet als formule uitvoert; "
    "haal hem eraf voor de tekst zoals geschreven (de JSON heeft hem niet). pandas leest een "
    "cel die in haar geheel NA, None, null of n/a is als ontbrekend: lees de CSV met "
    "keep_default_na=False, na_values=[''] of gebruik de JSON, als het om zulke namen gaat."
)


def licence() -> dict:
    return {
        "name": settings.OPEN_DATA_LICENCE,
        "url": settings.OPEN_DATA_LICENCE_URL,
        "attribution": f"CIV-CARE reflectieplatform, {settings.CIVCARE_FOUNDATION}",
    }


def address(version: PaperVersion, fmt: str) -> str:
    """The absolute address of the open data of ``version`` as ``fmt`` (csv, json, metadata)."""
    args = [version.paper.code, version.number]
    return absolute(reverse(f"papers:open_data_{fmt}", args=args))


def filename(version: PaperVersion, fmt: str) -> str:
    """The name a download gets; the metadata's is the one CSVW tools look for beside the CSV."""
    name = f"reflecties-{version.paper.code}-{version.label}"
    return f"{name}.csv-metadata.json" if fmt == "metadata" else f"{name}.{fmt}"


def links(version: PaperVersion, fmt: str) -> str:
    """The ``Link`` header (RFC 8288) of a download: its licence, and the other documents."""
    found = [f'<{settings.OPEN_DATA_LICENCE_URL}>; rel="license"']
    if fmt == "metadata":
        found.append(f'<{address(version, "csv")}>; rel="describes"')
    else:
        found.append(f'<{address(version, "metadata")}>; rel="describedby"; type="{METADATA_TYPE}"')
        other, kind = ("json", JSON_TYPE) if fmt == "csv" else ("csv", CSV_TYPE)
        found.append(f'<{address(version, other)}>; rel="alternate"; type="{kind}"')
    return ", ".join(found)


def rows(version: PaperVersion) -> list[dict]:
    """One dict per quotable reflection, None where there is no value. Read as plain values
    (not model objects), with each section's and question's label made once: thousands of
    reflections share a few dozen targets, and a question's label strips its HTML."""
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
    in_campaign = campaigns.of_version(version)
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
            "version": version.label,
            "section": sections.get(section_id),
            "question": questions.get(question_id),
            "perspective": perspectives.get(perspective, perspective),
            "published_on": timezone.localdate(published_at).isoformat(),
            "author": None if is_anonymous else author,
            "reply_to": parent_id,
            "text": body,
            "url": url.format(pk),
            "passage_paragraph": f"{page}#{quote_anchor}" if quote_anchor else None,
            "passage_exact": quote_exact or None,
            "passage_prefix": quote_prefix or None,
            "passage_suffix": quote_suffix or None,
            "campaign": in_campaign[pk][0] if pk in in_campaign else None,
            "campaign_size": in_campaign[pk][1] if pk in in_campaign else None,
        })  # fmt: skip
    return found


def as_csv(version: PaperVersion) -> str:
    return csv_text(FIELDS, ([row[field] for field in FIELDS] for row in rows(version)))


def as_json(version: PaperVersion) -> str:
    # Without indent: Python's json then encodes in C, ten times faster for thousands of
    # reflections (a reader's tool lays it out).
    return json_text(rows(version))


def metadata(version: PaperVersion) -> dict:
    """The CSVW metadata of the CSV (W3C, "Metadata Vocabulary for Tabular Data"): what it
    is, its licence and source, and each column's name and type."""
    terms = licence()
    with translation.override("nl"):  # the descriptions are Dutch ("@language")
        status = str(version.get_status_display())
    return {
        "@context": ["http://www.w3.org/ns/csvw", {"@language": "nl"}],
        "url": address(version, "csv"),
        "dc:title": f"Reflecties op {version.paper.code} {version.label} – {version.paper.title}",
        "dc:description": (
            f"De gepubliceerde reflecties op {version.paper.code} {version.label} ({status}) "
            "waarvan de auteur citeren toestond, na moderatie."
        ),
        "dc:source": {"@id": absolute(version.get_absolute_url())},
        "dc:publisher": settings.CIVCARE_FOUNDATION,
        "dc:license": {"@id": terms["url"]},
        "dc:rights": f"{terms['name']}; naamsvermelding: {terms['attribution']}",
        "dc:hasFormat": {"@id": address(version, "json")},
        "schema:creativeWorkStatus": status,
        # The version of this data's shape (see FORMAT), for a reader's code to check.
        "schema:schemaVersion": str(FORMAT),
        "rdfs:comment": NOTES,
        "dialect": {"encoding": "utf-8", "header": True, "lineTerminators": ["\r\n"]},
        "tableSchema": {
            "columns": [
                {
                    "name": name,
                    "titles": name,
                    "datatype": datatype,
                    "required": name in ("id", "paper", "version", "text", "url"),
                    "dc:description": description,
                }
                for name, (datatype, description) in COLUMNS.items()
            ],
            "primaryKey": "id",
        },
    }


def as_metadata(version: PaperVersion) -> str:
    return json_text(metadata(version), indent=2)
