"""Open data: only quotable published reflections, and only the names their authors show."""

import csv
import io
import json
from io import StringIO

import pytest
from django.core.management import call_command

from civcare.accounts.tests.factories import UserFactory, moderator
from papers.models import PaperVersion
from reflections import moderation

pytestmark = pytest.mark.django_db

CSV = "/papers/SHPP003-05/v0.9/reflecties.csv"
JSON = "/papers/SHPP003-05/v0.9/reflecties.json"


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
            version=fifth, author=author, perspective="relative", body=body, **kwargs
        )
        return moderation.approve(reflection, by=mod)

    return publish


def read_csv(client) -> tuple[str, list[dict]]:
    text = client.get(CSV).content.decode("utf-8-sig")
    first, rest = text.split("\r\n", 1)
    return first, list(csv.DictReader(io.StringIO(rest)))


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
    licence_line, rows = read_csv(client)
    assert licence_line.startswith("# SHPP003-05 v0.9") and "CC BY 4.0" in licence_line
    assert [row["text"] for row in rows] == [
        "Met naam en ook citeerbaar.",
        "Anoniem en ook citeerbaar.",
    ]
    assert rows[0]["author"] == "Open Olga" and rows[1]["author"] == ""
    assert rows[0]["question"].startswith("11. ") and rows[0]["perspective"] == "Naaste"
    data = json.loads(client.get(JSON).content)
    assert data["licence"]["name"] == "CC BY 4.0"
    assert [r["text"] for r in data["reflections"]] == [row["text"] for row in rows]
    everything = client.get(CSV).content.decode() + client.get(JSON).content.decode()
    assert "Verborgen Victor" not in everything and "niet citeerbaar" not in everything
    assert "@example.org" not in everything  # no email addresses


def test_no_open_data_for_a_draft(client, fifth):
    fifth.status = PaperVersion.Status.DRAFT
    fifth.save()
    assert client.get(CSV).status_code == 404
    assert client.get(JSON).status_code == 404


def test_the_number_of_queries_does_not_grow(client, fifth, published, django_assert_num_queries):
    published("Eén citeerbare reflectie.", may_quote=True)
    with django_assert_num_queries(2):
        client.get(JSON)
    for number in range(15):
        published(f"Citeerbare reflectie nummer {number}.", may_quote=True)
    with django_assert_num_queries(2):
        data = json.loads(client.get(JSON).content)
    assert len(data["reflections"]) == 16


def test_the_paper_page_links_to_the_open_data(client, fifth):
    html = client.get("/papers/SHPP003-05/").content.decode()
    assert f'href="{CSV}"' in html and f'href="{JSON}"' in html


def test_the_csv_opens_cleanly_in_a_spreadsheet(client, fifth, published):
    published('=HYPERLINK("https://example.com","klik") zou een formule zijn.', may_quote=True)
    published("- een opsomming, in Markdown", may_quote=True)
    raw = client.get(CSV).content
    assert raw.startswith("\ufeff".encode())  # Excel reads UTF-8: "Cliënt", not "CliÃ«nt"
    assert b"\n" not in raw.replace(b"\r\n", b"")  # one kind of line ending
    _licence, rows = read_csv(client)
    assert [row["text"][:3] for row in rows] == ["'=H", "'- "]
    data = json.loads(client.get(JSON).content)
    assert data["reflections"][0]["text"].startswith("=HYPERLINK")  # JSON: as written


def test_a_reflection_on_a_passage_carries_its_text_quote(client, fifth, published):
    from papers import passages

    section = fifth.sections.exclude(paragraphs=[]).order_by("order").first()
    paragraph = passages.numbered(section.body_html, section.paragraphs)[0]
    quote = passages.quote_of_words(paragraph, 1, 3)
    published("Over precies deze woorden.", may_quote=True, section=section, quote=quote)
    _preamble, rows = read_csv(client)
    row = rows[0]
    assert row["passage_exact"] == quote.exact
    assert (row["passage_prefix"], row["passage_suffix"]) == (quote.prefix, quote.suffix)
    assert row["passage_paragraph"].endswith(
        f"{fifth.get_absolute_url()}#{section.anchor}-p{paragraph.id}"
    )
    assert row["passage_paragraph"].startswith("https://")
    data = json.loads(client.get(JSON).content)
    assert data["reflections"][0]["passage_exact"] == quote.exact
