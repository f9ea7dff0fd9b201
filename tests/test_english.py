"""Switching to English shows the interface in English on every page type (papers stay Dutch)."""

from html.parser import HTMLParser

import pytest
from django.utils.html import strip_tags

from tests import scenario

pytestmark = pytest.mark.django_db

EXPECTED_STATUS = {"403": 403, "404": 404}
# Pages whose interface is spelled out (#29's new pages): the English that must be there and
# the Dutch of the same strings that must not be left.
SPELLED_OUT = {
    "coding: all of one cluster of similar reflections": (
        ["Back to all similar reflections", "13 reflections from one campaign, highest similarity",
         "Not in a group yet.", "Group these 13 reflections", "Page 1"],
        ["Terug naar", "reflecties", "Nog in geen groep", "groeperen", "Pagina"],
    ),
    "consultation report: a page of one part of the annex": (
        ["Reflections 1–21 of 21", "Pages of the reflections on Introductie",
         "Show the 1 reflection"],
        ["Reflecties 1–21 van 21", "Pagina's van de reflecties", "Toon de", "Alle 21"],
    ),
}  # fmt: skip


def test_every_page_type_in_english(client):
    built = scenario.build(reflections=8)
    draft = scenario.draft_in_progress(built)
    people = {"reader": built.reader, "moderator": built.moderator, "editor": built.editor}
    client.cookies["django_language"] = "en"
    checked, spelled_out = 0, dict(SPELLED_OUT)
    for role, name, url in scenario.pages(built) + scenario.draft_pages(draft):
        client.logout()
        client.cookies["django_language"] = "en"
        if role in people:
            client.force_login(people[role])
        response = client.get(url)
        assert response.status_code == EXPECTED_STATUS.get(name, 200), (name, url)
        html = response.content.decode()
        assert '<html lang="en">' in html, (name, url)
        assert 'class="skip-link" href="#inhoud">Skip to content<' in html, (name, url)
        if name in spelled_out:
            english, dutch = spelled_out.pop(name)
            interface = LanguageOfText()
            interface.feed(html)
            text = " ".join(piece for piece, lang in interface.pieces if lang != "nl")
            assert [e for e in english if e not in html] == [], (name, url)  # also aria-label
            assert [d for d in dutch if d in text] == [], (name, url)
        checked += 1
    assert checked >= 45
    assert not spelled_out, "pages missing from the scenario"


def test_papers_stay_dutch_in_english(client):
    built = scenario.build(reflections=6)
    client.cookies["django_language"] = "en"
    html = client.get(built.adopted.get_absolute_url()).content.decode()
    assert "Herstel bij vastgelopen zorgrelaties" in html
    assert "Adopted framework document" in html  # the interface around it is English


class LanguageOfText(HTMLParser):
    """Each piece of text with the language it is marked as (the nearest lang attribute)."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr"}  # fmt: skip

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, str]] = []
        self.pieces: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        inherited = self.stack[-1][1] if self.stack else ""
        self.stack.append((tag, dict(attrs).get("lang") or inherited))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        # A chart is one image to a screen reader (role="img", named by its caption): the
        # texts drawn inside it are not read out one by one.
        if any(tag == "svg" for tag, _lang in self.stack):
            return
        if data.strip() and self.stack:
            self.pieces.append((" ".join(data.split()), self.stack[-1][1]))

    def language_of(self, text: str, *, whole: bool = False) -> set[str]:
        """The languages of the pieces that are ``text`` (whole) or contain it."""
        return {lang for piece, lang in self.pieces if (piece == text if whole else text in piece)}


def test_dutch_content_is_marked_as_dutch_in_the_english_interface(client):
    """WCAG 3.1.2: a screen reader reads the paper, its questions and the reflections with a
    Dutch voice, and the interface around them in English."""
    built = scenario.build(reflections=6)
    client.cookies["django_language"] = "en"
    html = client.get(built.consulted.get_absolute_url()).content.decode()
    parsed = LanguageOfText()
    parsed.feed(html)
    section = built.consulted.sections.order_by("order").first()
    question = built.consulted.questions.order_by("pk").first()
    reflection = built.consulted.reflections.approved().filter(parent=None).first()
    first_words = lambda html_text: " ".join(strip_tags(html_text).split()[:2])  # noqa: E731
    # A heading, its entry in the contents and a card: wherever a title stands on its own.
    for title in (built.consulted.paper.title, section.title):
        assert parsed.language_of(title, whole=True) == {"nl"}, title
    for dutch in (
        first_words(section.body_html),
        first_words(question.text_html),
        first_words(reflection.body_html),
    ):
        assert parsed.language_of(dutch) == {"nl"}, dutch
    assert parsed.language_of("Skip to content") == {"en"}


def test_the_consultation_reports_dutch_content_is_marked_as_dutch_in_english(client):
    """The same on the consultation report: the paper's title, the sections that changed and
    their explanation read with a Dutch voice, the report around them in English."""
    built = scenario.build(reflections=6)
    client.cookies["django_language"] = "en"
    report = f"{built.superseded.get_absolute_url()}consultatieverslag/"
    html = client.get(report).content.decode()
    parsed = LanguageOfText()
    parsed.feed(html)
    changed = built.adopted.sections.exclude(change_type="").first()
    assert parsed.language_of(built.adopted.paper.title, whole=True) == {"nl"}
    assert parsed.language_of(changed.heading, whole=True) == {"nl"}
    assert parsed.language_of(changed.change_explanation, whole=True) == {"nl"}
    assert parsed.language_of("Consultation report") <= {"en"}
