"""Open data: only quotable published reflections, only the names their authors show, and
read back without loss by data tools with their defaults (pandas) and by CSVW tools."""

import csv
import io
import json
import math
from io import StringIO

import pandas as pd
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from civcare.accounts.tests.factories import UserFactory, moderator
from civcare.core.spreadsheet import unguarded
from papers import passages
from papers.models import PaperVersion
from reflections import moderation
from reflections.models import Reflection

pytestmark = pytest.mark.django_db

CSV = "/papers/SHPP003-05/v0.9/reflecties.csv"
JSON = "/papers/SHPP003-05/v0.9/reflecties.json"
METADATA = "/papers/SHPP003-05/v0.9/reflecties.csv-metadata.json"
LICENCE = "https://creativecommons.org/licenses/by/4.0/deed.nl"


@pytest.fixture
def fifth():
    call_command("load_papers", verbosity=0, stdout=StringIO())
    return PaperVersion.objects.get(paper__code="SHPP003-05")


@pytest.fixture
def published(fifth):
    mod = moderator()

    def publish(body, **kwargs):
        author = kwargs.pop("author", None) or UserFactory()
        reflection, _ = moderation.submit(
            version=kwargs.pop("version", fifth), author=author, perspective="relative",
            body=body, **kwargs,
        )  # fmt: skip
        return moderation.approve(reflection, by=mod)

    return publish


def read_csv(client, url: str = CSV) -> list[dict]:
    text = client.get(url).content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_only_quotable_published_reflections_with_the_chosen_names(client, fifth, published):
    question = fifth.questions.get(anchor="vraag-11")
    published("Met naam en ook citeerbaar.", may_quote=True, question=question,
              author=UserFactory(display_name="Open Olga"))  # fmt: skip
    published("Anoniem en ook citeerbaar.", may_quote=True, is_anonymous=True,
              author=UserFactory(display_name="Verborgen Victor"))  # fmt: skip
    published("Dit is niet citeerbaar.", may_quote=False)
    moderation.submit(
        version=fifth,
        author=UserFactory(),
        perspective="client",
        body="Deze wacht nog op moderatie.",
        may_quote=True,
    )
    rows = read_csv(client)
    assert [row["text"] for row in rows] == [
        "Met naam en ook citeerbaar.",
        "Anoniem en ook citeerbaar.",
    ]
    assert rows[0]["author"] == "Open Olga" and rows[1]["author"] == ""
    assert rows[0]["question"].startswith("11. ") and rows[0]["perspective"] == "Naaste"
    data = json.loads(client.get(JSON).content)
    assert [r["text"] for r in data] == [row["text"] for row in rows]
    assert data[1]["author"] is None
    everything = "".join(client.get(url).content.decode() for url in (CSV, JSON, METADATA))
    assert "Verborgen Victor" not in everything and "niet citeerbaar" not in everything
    assert "@example.org" not in everything  # no email addresses


def test_no_open_data_for_a_draft(client, fifth):
    fifth.status = PaperVersion.Status.DRAFT
    fifth.save()
    for url in (CSV, JSON, METADATA):
        assert client.get(url).status_code == 404, url


def test_the_number_of_queries_does_not_grow(client, fifth, published, django_assert_num_queries):
    published("Eén citeerbare reflectie.", may_quote=True)
    # The version, the rows; the campaigns (#31): the state of the published texts and, as it
    # changed since the similar pairs were worked out, the texts (the job does that ahead).
    with django_assert_num_queries(4):
        client.get(JSON)
    for number in range(15):
        published(f"Citeerbare reflectie nummer {number}.", may_quote=True)
    with django_assert_num_queries(4):
        data = json.loads(client.get(JSON).content)
    assert len(data) == 16
    with django_assert_num_queries(1):
        client.get(METADATA)


def test_the_paper_page_links_to_the_open_data_and_its_description(client, fifth):
    html = client.get("/papers/SHPP003-05/").content.decode()
    assert f'href="{CSV}"' in html and f'href="{JSON}"' in html
    assert f'href="{METADATA}" type="application/csvm+json"' in html


def test_the_csv_opens_cleanly_in_a_spreadsheet(client, fifth, published):
    published('=HYPERLINK("https://example.com","klik") zou een formule zijn.', may_quote=True)
    published("- een opsomming, in Markdown", may_quote=True)
    raw = client.get(CSV).content
    assert raw.startswith("\ufeffid,paper,version,".encode())  # Excel reads UTF-8: "Cliënt"
    assert b"\n" not in raw.replace(b"\r\n", b"")  # one kind of line ending
    rows = read_csv(client)
    # A formula gets an apostrophe; a list item is not a formula and stays as written.
    assert [row["text"] for row in rows] == [
        '\'=HYPERLINK("https://example.com","klik") zou een formule zijn.',
        "- een opsomming, in Markdown",
    ]
    data = json.loads(client.get(JSON).content)
    assert data[0]["text"].startswith("=HYPERLINK")  # JSON: as written


def test_each_download_names_its_licence_and_description(client, fifth, published):
    published("Een citeerbare reflectie voor de kopregels.", may_quote=True)
    site = settings.SITE_URL
    for url, kind, other in [(CSV, "text/csv", JSON), (JSON, "application/json", CSV)]:
        response = client.get(url)
        assert response["Content-Type"].startswith(f"{kind}; charset=utf-8")
        assert response["Access-Control-Allow-Origin"] == "*"
        link = response["Link"]
        assert f'<{LICENCE}>; rel="license"' in link
        assert f'<{site}{METADATA}>; rel="describedby"; type="application/csvm+json"' in link
        assert f'<{site}{other}>; rel="alternate"' in link
    assert client.get(CSV)["Content-Type"] == "text/csv; charset=utf-8; header=present"
    assert client.get(CSV)["Content-Disposition"] == (
        'attachment; filename="reflecties-SHPP003-05-v0.9.csv"'
    )
    described = client.get(METADATA)
    assert described["Content-Type"] == "application/csvm+json"
    assert described["Content-Disposition"] == (
        'attachment; filename="reflecties-SHPP003-05-v0.9.csv-metadata.json"'
    )
    assert f'<{site}{CSV}>; rel="describes"' in described["Link"]


def test_the_csvw_metadata_describes_the_csv_column_by_column(client, fifth, published):
    published("Een citeerbare reflectie voor de metadata.", may_quote=True)
    meta = json.loads(client.get(METADATA).content)
    assert meta["@context"][0] == "http://www.w3.org/ns/csvw"
    assert meta["url"] == f"{settings.SITE_URL}{CSV}"
    assert meta["dc:license"] == {"@id": LICENCE}
    assert meta["dc:source"] == {"@id": f"{settings.SITE_URL}/papers/SHPP003-05/v0.9/"}
    assert meta["dc:hasFormat"] == {"@id": f"{settings.SITE_URL}{JSON}"}
    assert "CC BY 4.0" in meta["dc:rights"] and meta["schema:schemaVersion"] == "3"
    assert meta["dc:title"].startswith("Reflecties op SHPP003-05 v0.9 – ")
    columns = meta["tableSchema"]["columns"]
    header = next(csv.reader(io.StringIO(client.get(CSV).content.decode("utf-8-sig"))))
    assert [c["name"] for c in columns] == [c["titles"] for c in columns] == header
    types = {c["name"]: c["datatype"] for c in columns}
    assert (types["id"], types["reply_to"], types["published_on"]) == ("integer", "integer", "date")
    assert types["version"]["base"] == "string" and types["text"] == "string"
    assert all(c["dc:description"] for c in columns)


# Texts that data tools and spreadsheets read differently, and what the CSV holds for each
# (an apostrophe only before a formula: the metadata and docs/public.md say so).
ADVERSARIAL = {
    "Zie reflectie #6: daar staat het al, # en meer.": None,
    "- een opsomming, in Markdown\n- met een tweede punt": None,
    '=HYPERLINK("https://example.com","klik") zou een formule zijn.': "'",
    "+1 voor dit voorstel, echt waar.": "'",
    '@Olga: eens, "precies" zo; met komma\'s, en meer.': "'",
    "Regels met LF\nen emoji 🧡😀, ‘aanhalingstekens’.": None,
    "NA is hier geen ontbrekende waarde, 1.10 geen getal.": None,
}
# Texts the form strips of leading white space and CRs: as loaded or imported ones may be.
STORED_AS_IS = {
    "Regels met CRLF\r\nen een \r los.": None,
    "\tingesprongen met een tab\tmidden in de regel.": None,
    "\t=1+1 na een tab, voor een spreadsheet een formule.": "'",
}


@pytest.fixture
def adversarial(fifth, published):
    """Every kind of text, on a version numbered 1.10: named, anonymous, a reply, a passage."""
    fifth.major, fifth.minor = 1, 10
    fifth.save(update_fields=["major", "minor"])
    question = fifth.questions.order_by("order").first()
    section = fifth.sections.exclude(paragraphs=[]).order_by("order").first()
    paragraph = passages.numbered(section.body_html, section.paragraphs)[0]
    named = UserFactory(display_name='=Jan "de" Vries, #1')
    texts = list(ADVERSARIAL)
    first = published(texts[0], may_quote=True, author=named, question=question)
    published(texts[1], may_quote=True, is_anonymous=True, section=section,
              quote=passages.quote_of_words(paragraph, 1, 3))  # fmt: skip
    published(texts[2], may_quote=True, parent=first)
    for text in texts[3:]:
        published(text, may_quote=True)
    for text in STORED_AS_IS:
        stored = published("Wordt zo meteen vervangen door een tekst.", may_quote=True)
        Reflection.objects.filter(pk=stored.pk).update(body=text)
    return {**ADVERSARIAL, **STORED_AS_IS}


def expected_rows() -> list[dict]:
    """Every quotable published reflection, field by field, from the database."""
    found = []
    for r in (
        Reflection.objects.published()
        .filter(may_quote=True)
        .select_related("version__paper", "author", "section", "question")
        .order_by("published_at", "pk")
    ):
        page = f"{settings.SITE_URL}{r.version.get_absolute_url()}"
        found.append({
            "id": r.pk,
            "paper": r.version.paper.code,
            "version": f"v{r.version.major}.{r.version.minor}",
            "section": r.section.heading if r.section else None,
            "question": r.question.label if r.question else None,
            "perspective": r.get_perspective_display(),
            "published_on": timezone.localdate(r.published_at).isoformat(),
            "author": None if r.is_anonymous else r.author.display_name,
            "reply_to": r.parent_id,
            "text": r.body,
            "url": f"{settings.SITE_URL}/reflecties/{r.pk}/",
            "passage_paragraph": f"{page}#{r.quote_anchor}" if r.quote_anchor else None,
            "passage_exact": r.quote_exact or None,
            "passage_prefix": r.quote_prefix or None,
            "passage_suffix": r.quote_suffix or None,
            # No three of these texts are near-copies: no campaign (tested on its own below).
            "campaign": None,
            "campaign_size": None,
        })  # fmt: skip
    return found


def as_read(frame: pd.DataFrame) -> list[dict]:
    """pandas' rows as plain values: NaN is None, a whole float in reply_to its integer."""
    rows = []
    for record in frame.to_dict("records"):
        row = {}
        for name, value in record.items():
            if isinstance(value, float) and math.isnan(value):
                value = None
            elif name == "reply_to":
                assert float(value).is_integer()
                value = int(value)
            row[name] = value
        rows.append(row)
    return rows


def test_pandas_reads_every_field_of_every_row_from_the_csv(client, adversarial):
    response = client.get("/papers/SHPP003-05/v1.10/reflecties.csv")
    frame = pd.read_csv(io.StringIO(response.text))  # pandas' defaults, nothing else
    # The bytes, as read_csv(url) gets them: the byte order mark is not part of "id".
    assert pd.read_csv(io.BytesIO(response.content)).equals(frame)
    expected = expected_rows()
    assert len(expected) == len(adversarial) == len(frame)
    assert {row["text"] for row in expected} == set(adversarial)
    assert set(frame["version"]) == {"v1.10"}
    guarded = {'=Jan "de" Vries, #1'} | {t for t, mark in adversarial.items() if mark}
    for read, row in zip(as_read(frame), expected, strict=True):
        # What a spreadsheet would run carries one apostrophe (and only that), which the
        # documented rule takes off again.
        written = {name: f"'{value}" if value in guarded else value for name, value in row.items()}
        assert read == written
        assert {name: unguarded(v) if name in ("text", "author") and v else v
                for name, v in read.items()} == row  # fmt: skip
    assert [r["reply_to"] for r in as_read(frame)].count(None) == len(frame) - 1
    assert [r["author"] for r in as_read(frame)].count(None) == 1  # the anonymous one


def test_pandas_reads_every_field_of_every_row_from_the_json(client, adversarial):
    response = client.get("/papers/SHPP003-05/v1.10/reflecties.json")
    raw = json.loads(response.content)
    assert all(value != "" for row in raw for value in row.values())  # null, never ""
    assert {type(row["reply_to"]) for row in raw} == {int, type(None)}
    frame = pd.read_json(io.StringIO(response.text))  # pandas' defaults, nothing else
    assert as_read(frame) == expected_rows()  # every text as written
    assert set(frame["version"]) == {"v1.10"}


LETTER = (
    "Geachte redactie, namens het cliëntenplatform vragen wij u de wachttijden in versie 1.0 "
    "te begrenzen: niemand mag langer dan vier weken wachten zonder vast aanspreekpunt."
)


def test_a_campaigns_reflections_say_so_and_every_one_is_a_row(client, fifth, published):
    """#31: "N reflecties uit één campagne" in the open data: each copy a row of its own,
    the campaign's number and size beside it, counted with the copies not quotable."""
    copies = [published(f"{LETTER} Groet uit {town}.", may_quote=town != "Assen")
              for town in ("Utrecht", "Zwolle", "Breda", "Assen")]  # fmt: skip
    other = published("Mijn moeder kreeg pas hulp toen het al te laat was.", may_quote=True)
    text = client.get(CSV).content.decode("utf-8-sig")
    frame = pd.read_csv(io.StringIO(text))
    by_id = frame.set_index("id")
    quotable = [c.pk for c in copies if c.may_quote]
    assert sorted(by_id.index) == sorted([*quotable, other.pk])  # the one not quotable: no row
    assert list(by_id.loc[quotable, "campaign"]) == [1, 1, 1]
    assert list(by_id.loc[quotable, "campaign_size"]) == [4, 4, 4]  # with the one not shown
    assert math.isnan(by_id.loc[other.pk, "campaign"])
    rows = {row["id"]: row for row in json.loads(client.get(JSON).content)}
    assert (rows[quotable[0]]["campaign"], rows[quotable[0]]["campaign_size"]) == (1, 4)
    assert (rows[other.pk]["campaign"], rows[other.pk]["campaign_size"]) == (None, None)
    columns = json.loads(client.get(METADATA).content)["tableSchema"]["columns"]
    described = {c["name"]: c for c in columns}
    assert described["campaign_size"]["datatype"] == "integer"
    assert "uit één campagne" in described["campaign_size"]["dc:description"]
