"""Atom feeds: valid, only what visitors may read, anonymous stays anonymous."""

import datetime
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from io import StringIO
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

from civcare.accounts import roles
from civcare.accounts.tests.factories import UserFactory, moderator
from governance import transitions
from papers import passages
from papers.models import PaperVersion
from reflections import moderation

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def assert_valid_atom(xml: bytes) -> ET.Element:
    """The requirements of RFC 4287 that a feed can get wrong."""
    feed = ET.fromstring(xml)
    assert feed.tag == f"{ATOM}feed"

    def one(element, name):
        found = element.findall(f"{ATOM}{name}")
        assert len(found) == 1, f"{element.tag} needs exactly one {name}"
        return found[0]

    def check_common(element):
        assert one(element, "id").text.startswith(("http://", "https://", "tag:"))
        assert one(element, "title").text
        datetime.datetime.fromisoformat(one(element, "updated").text)  # RFC 3339

    check_common(feed)
    assert any(link.get("rel") == "self" for link in feed.findall(f"{ATOM}link"))
    entries = feed.findall(f"{ATOM}entry")
    feed_has_author = bool(feed.findall(f"{ATOM}author"))
    ids = []
    for entry in entries:
        check_common(entry)
        assert entry.findall(f"{ATOM}link") or entry.findall(f"{ATOM}content")
        assert feed_has_author or entry.findall(f"{ATOM}author/{ATOM}name"), "entry without author"
        ids.append(one(entry, "id").text)
    assert len(ids) == len(set(ids)), "entry ids must be unique"
    return feed


@pytest.fixture
def fifth():
    call_command("load_papers", verbosity=0, stdout=StringIO())
    return PaperVersion.objects.get(paper__code="SHPP003-05")


def entries(feed):
    return feed.findall(f"{ATOM}entry")


def test_new_published_reflections_of_a_version(client, fifth):
    mod = moderator()
    named = UserFactory(display_name="Naaste Nel")
    hidden = UserFactory(display_name="Verborgen Victor")
    for author, anonymous, body in [
        (named, False, "Een reflectie met naam, over het netwerk."),
        (hidden, True, "Een anonieme reflectie, over het netwerk."),
    ]:
        reflection, _ = moderation.submit(
            version=fifth, author=author, perspective="relative", body=body, is_anonymous=anonymous
        )
        moderation.approve(reflection, by=mod)
    moderation.submit(
        version=fifth, author=named, perspective="client", body="Nog niet gemodereerd."
    )
    response = client.get("/papers/SHPP003-05/v0.9/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = assert_valid_atom(response.content)
    items = entries(feed)
    assert len(items) == 2
    names = [e.find(f"{ATOM}author/{ATOM}name").text for e in items]
    assert sorted(names) == ["Anoniem", "Naaste Nel"]
    text = response.content.decode()
    assert "Verborgen Victor" not in text and "Nog niet gemodereerd" not in text
    assert items[0].find(f"{ATOM}link").get("href").startswith("http://testserver/reflecties/")


def test_versions_and_status_changes_per_paper_and_for_the_series(client, fifth):
    editor_a, editor_b = UserFactory(), UserFactory()
    roles.grant(editor_a, "redactie")
    roles.grant(editor_b, "redactie")
    first = PaperVersion.objects.get(paper__code="SHPP003-01")
    transitions.close_consultation(first, by=editor_a)
    draft = transitions.create_draft(first, by=editor_a)  # a draft: not in any feed yet
    paper_feed = assert_valid_atom(client.get("/papers/SHPP003-01/feed/").content)
    titles = [e.find(f"{ATOM}title").text for e in entries(paper_feed)]
    assert titles == [
        "SHPP003-01 v0.9: consultatie gesloten",
        "SHPP003-01 v0.9: consultatie geopend",
    ]
    transitions.record_decision(
        draft, by=editor_a, decided_on=datetime.date(2026, 11, 20), reference="B"
    )
    transitions.promote(draft, by=editor_b)
    paper_feed = assert_valid_atom(client.get("/papers/SHPP003-01/feed/").content)
    assert entries(paper_feed)[0].find(f"{ATOM}title").text == "SHPP003-01 v1.0: vastgesteld"
    series = assert_valid_atom(client.get("/papers/feed/").content)
    codes = {e.find(f"{ATOM}title").text.split()[0] for e in entries(series)}
    assert codes == {"SHPP003-01", "SHPP003-05"}


def test_no_feed_for_a_draft_or_unknown_paper(client, fifth):
    fifth.status = PaperVersion.Status.DRAFT
    fifth.save()
    assert client.get("/papers/SHPP003-05/v0.9/feed/").status_code == 404
    assert client.get("/papers/SHPP003-05/feed/").status_code == 404
    assert client.get("/papers/BESTAAT-NIET/feed/").status_code == 404


def test_pages_point_to_their_feeds(client, fifth):
    paper = client.get("/papers/SHPP003-05/").content.decode()
    assert (
        '<link rel="alternate" type="application/atom+xml" href="/papers/SHPP003-05/v0.9/feed/"'
        in paper
    )
    assert 'href="/papers/SHPP003-05/feed/"' in paper
    assert 'type="application/atom+xml" href="/papers/feed/"' in client.get("/").content.decode()


def test_a_feed_costs_the_same_queries_with_more_reflections(
    client, fifth, django_assert_num_queries
):
    mod = moderator()

    def publish(number):
        reflection, _ = moderation.submit(
            version=fifth,
            author=UserFactory(),
            perspective="client",
            body=f"Reflectie nummer {number} voor de feed.",
        )
        moderation.approve(reflection, by=mod)

    publish(0)
    with django_assert_num_queries(2):
        client.get("/papers/SHPP003-05/v0.9/feed/")
    for number in range(1, 12):
        publish(number)
    with django_assert_num_queries(2):
        feed = assert_valid_atom(client.get("/papers/SHPP003-05/v0.9/feed/").content)
    assert len(entries(feed)) == 12


def test_a_reflection_on_a_passage_shows_the_passage_in_the_feed(client, fifth):
    section = fifth.sections.exclude(paragraphs=[]).order_by("order").first()
    paragraph = passages.numbered(section.body_html, section.paragraphs)[0]
    quote = passages.quote_of_words(paragraph, 0, 2)
    reflection, _ = moderation.submit(
        version=fifth, author=UserFactory(), perspective="client", section=section,
        body="Over precies deze woorden uit de paper.", quote=quote,
    )  # fmt: skip
    moderation.approve(reflection, by=moderator())
    feed = assert_valid_atom(client.get("/papers/SHPP003-05/v0.9/feed/").content)
    content = entries(feed)[0].find(f"{ATOM}summary")
    text = content.text if content is not None else ET.tostring(entries(feed)[0]).decode()
    assert f"#{section.anchor}-p{paragraph.id}" in text
    assert f"<p>{quote.exact}</p></blockquote>" in text


XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"


class Addresses(HTMLParser):
    """Every link, source and citation in a piece of HTML."""

    def __init__(self, html: str):
        super().__init__()
        self.found: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.found += [value for name, value in attrs if name in ("href", "src", "cite")]


def test_every_address_in_a_summary_is_absolute(client, fifth):
    section = fifth.sections.exclude(paragraphs=[]).order_by("order").first()
    paragraph = passages.numbered(section.body_html, section.paragraphs)[0]
    reflection, _ = moderation.submit(
        version=fifth, author=UserFactory(), perspective="client", section=section,
        quote=passages.quote_of_words(paragraph, 0, 2),
        body="Zie [de paper](/papers/SHPP003-05/), [hier](#reacties), [de vorige](../v0.8/) "
        "en [elders](https://example.org/x?a=1&b=2).",
    )  # fmt: skip
    moderation.approve(reflection, by=moderator())
    feed = assert_valid_atom(client.get("/papers/SHPP003-05/v0.9/feed/").content)
    assert feed.get(XML_BASE) == "http://testserver/"
    summary = entries(feed)[0].find(f"{ATOM}summary").text
    found = Addresses(summary).found
    assert len(found) == 6  # the passage's link and citation, the four links of the text
    for address in found:
        parts = urlsplit(address)
        assert parts.scheme in ("http", "https") and parts.netloc, address
    page = f"http://testserver/papers/SHPP003-05/v0.9/#{section.anchor}-p{paragraph.id}"
    assert found[:2] == [page, page]
    assert found[2:] == [
        "http://testserver/papers/SHPP003-05/",
        f"http://testserver/reflecties/{reflection.pk}/#reacties",  # on its own page
        "http://testserver/reflecties/v0.8/",
        "https://example.org/x?a=1&b=2",
    ]


def test_the_event_feeds_carry_xml_base_too(client, fifth):
    for url in ("/papers/SHPP003-05/feed/", "/papers/feed/"):
        assert assert_valid_atom(client.get(url).content).get(XML_BASE) == "http://testserver/"
