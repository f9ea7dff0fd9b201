import pytest
from django.urls import reverse

from civcare.accounts.tests.factories import editor
from papers.models import PaperVersion
from papers.tests.factories import PaperVersionFactory, build_paper

pytestmark = pytest.mark.django_db

# paper: versions, sections, questions, sources, question set, groups, group↔section links;
# reflections: first per target, counts per target, counts per perspective, replies
PAPER_PAGE_QUERIES = 11


def test_paper_page_shows_the_paper(client):
    version = build_paper(code="SHPP003-09", sections=3, groups=2, section_questions=2)
    response = client.get("/papers/SHPP003-09/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "Concept — open voor publieke reflectie" in html
    assert version.document_code in html
    assert 'href="#sectie-2"' in html  # table of contents
    assert 'id="vraaggroep-1"' in html
    assert "Tegenlezersvragen bij deze sectie" in html
    assert 'aria-label="Hoofdmenu"' in html
    assert 'class="skip-link" href="#inhoud"' in html


def test_a_given_version_has_its_own_address(client):
    version = build_paper(code="SHPP003-09")
    response = client.get("/papers/SHPP003-09/v0.9/")
    assert response.status_code == 200
    assert response.context["page"].version == version
    assert version.get_absolute_url() == "/papers/SHPP003-09/v0.9/"


@pytest.mark.parametrize(
    "url", ["/papers/ONBEKEND/", "/papers/SHPP003-09/v1.0/", "/papers/SHPP003-09/v9/"]
)
def test_unknown_paper_or_version_is_a_proper_404(client, url):
    build_paper(code="SHPP003-09")
    response = client.get(url)
    assert response.status_code == 404
    assert "Deze pagina bestaat niet (meer)" in response.content.decode()


def test_drafts_are_hidden_from_the_public_but_shown_to_editors(client):
    draft = PaperVersionFactory(paper__code="SHPP003-10", status=PaperVersion.Status.DRAFT)
    assert client.get("/papers/SHPP003-10/").status_code == 404
    assert client.get("/papers/SHPP003-10/v0.9/").status_code == 404
    assert b"SHPP003-10" not in client.get("/papers/").content

    client.force_login(editor())
    response = client.get("/papers/SHPP003-10/v0.9/")
    assert response.status_code == 200
    assert response.context["page"].version == draft


def test_current_version_prefers_the_adopted_one(client):
    old = build_paper(code="SHPP003-11")
    old.status = PaperVersion.Status.SUPERSEDED
    old.save()
    adopted = PaperVersionFactory(
        paper=old.paper, major=1, minor=0, status=PaperVersion.Status.ADOPTED
    )
    response = client.get("/papers/SHPP003-11/")
    assert response.context["page"].version == adopted
    older = client.get("/papers/SHPP003-11/v0.9/")
    assert "dit is niet de huidige versie" in older.content.decode()


@pytest.mark.parametrize(
    "size",
    [
        {"sections": 1, "groups": 1, "questions_per_group": 1},
        {"sections": 30, "groups": 10, "questions_per_group": 8, "section_questions": 10},
    ],
)
def test_paper_page_query_count_does_not_grow(client, django_assert_num_queries, size):
    build_paper(code="SHPP003-12", **size)
    with django_assert_num_queries(PAPER_PAGE_QUERIES):
        response = client.get("/papers/SHPP003-12/v0.9/")
    assert response.status_code == 200


def test_home_and_list_show_papers_with_status(client, django_assert_max_num_queries):
    build_paper(code="SHPP003-13")
    build_paper(code="SHPP003-14")
    with django_assert_max_num_queries(1):
        home = client.get(reverse("home"))
    html = home.content.decode()
    assert "SHPP003-13" in html and "SHPP003-14" in html
    assert "Concept — open voor publieke reflectie" in html
    listing = client.get(reverse("papers:list"))
    assert "SHPP003-14" in listing.content.decode()


def test_home_without_papers_has_an_empty_state(client):
    response = client.get("/")
    assert "Er zijn nog geen papers gepubliceerd." in response.content.decode()


def test_pages_are_get_only(client):
    build_paper(code="SHPP003-15")
    assert client.post("/papers/SHPP003-15/").status_code == 405


def test_english_interface_keeps_the_paper_dutch(client):
    build_paper(code="SHPP003-16")
    client.get("/taal/en/", {"next": "/papers/SHPP003-16/"})
    html = client.get("/papers/SHPP003-16/").content.decode()
    assert '<html lang="en">' in html
    assert "Contents" in html
    assert "Skip to content" in html


def test_interface_is_dutch_even_for_an_english_browser(client):
    build_paper(code="SHPP003-17")
    html = client.get("/papers/SHPP003-17/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content
    assert b'<html lang="nl">' in html
    assert b"Naar de inhoud" in html
