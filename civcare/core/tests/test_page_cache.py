"""Whole public pages from the cache (civcare.core.page_cache): what makes a copy, and
what must never be served from one."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import RequestFactory

from civcare.core.page_cache import _public_route
from papers.tests.factories import build_paper

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def paper():
    return build_paper(code="SHPP003-81")


def test_a_second_visit_touches_no_database(client, django_assert_num_queries):
    first = client.get("/").content
    with django_assert_num_queries(0):
        assert client.get("/").content == first


def test_each_language_has_its_own_copy(client):
    dutch = client.get("/").content.decode()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = client.get("/").content.decode()
    assert 'lang="nl"' in dutch and 'lang="en"' in english


@pytest.mark.parametrize("cookie", [settings.SESSION_COOKIE_NAME, "messages"])
def test_a_visitor_with_a_personal_cookie_gets_a_rendered_page(
    client, cookie, django_assert_num_queries
):
    client.get("/")  # the copy exists
    client.cookies[cookie] = "iets"
    with django_assert_num_queries(1):  # rendered for this visitor (the papers)
        client.get("/")


def test_a_post_is_never_answered_from_a_copy(client):
    client.get("/papers/")
    assert client.post("/papers/").status_code == 405  # the view itself answered


def _slot_of(path: str) -> str:
    request = RequestFactory().get(path)
    spec, match = _public_route(path, None)
    return spec.keys(request, match)[1]


def test_while_another_process_renders_a_changed_page_its_previous_copy_is_served(
    client, paper, django_assert_num_queries
):
    before = client.get("/").content.decode()
    paper.paper.title = "Een nieuwe titel"
    paper.paper.save()
    rendering = f"{_slot_of('/')}:rendering"
    assert cache.add(rendering, 1, 5)  # another process is rendering the changed page
    with django_assert_num_queries(0):
        assert client.get("/").content.decode() == before
    cache.delete(rendering)  # its render is done (or this one renders it)
    assert "Een nieuwe titel" in client.get("/").content.decode()


def test_a_render_leaves_no_lock_behind(client):
    client.get("/")
    assert cache.get(f"{_slot_of('/')}:rendering") is None
    assert client.get("/papers/SHPP003-81/v9.9/").status_code == 404
    assert cache.get(f"{_slot_of('/papers/SHPP003-81/v9.9/')}:rendering") is None


def _copies_kept() -> int:
    """Whole pages (and their slots) in the tests' local memory cache."""
    return sum(":pages:whole:" in key for key in list(cache._cache))


def test_a_page_number_that_is_no_page_is_a_404_and_keeps_no_copy(client, paper):
    url = f"/papers/{paper.paper.code}/v{paper.number}/reflecties/"
    assert client.get(url).status_code == 200
    kept = _copies_kept()
    # Fifty junk values made a hundred copies of page 1 (1.9 MB): each was a key of its own.
    junk = ["x", "²", "1" * 4301, "0", "-1", " 2", "1.0", "2", "99", *map(str, range(-41, 0))]
    for value in junk:
        assert client.get(url, {"pagina": value}).status_code == 404, value
    assert _copies_kept() == kept


@pytest.mark.parametrize(("page", "name"), [("list", "pagina"), ("sitemap", "p")])
def test_a_page_number_with_leading_zeros_is_the_same_copy(client, paper, page, name):
    path = {
        "list": f"/papers/{paper.paper.code}/v{paper.number}/reflecties/",
        "sitemap": "/sitemap-papers.xml",
    }[page]
    first = client.get(path)
    kept = _copies_kept()
    for value in ["1", "01", "000000001", ""]:
        again = client.get(path, {name: value})
        assert again.status_code == 200 and again.content == first.content
    assert _copies_kept() == kept


def test_a_sitemap_page_that_is_no_number_is_a_404(client, paper):
    for value in ["x", "²", "+1", " 1", "1_0", "0", "1" * 4301]:
        assert client.get("/sitemap-papers.xml", {"p": value}).status_code == 404, value


def test_a_paragraph_is_one_copy_whatever_its_zeros_and_junk_keeps_none(client, paper):
    url = f"/papers/{paper.paper.code}/v{paper.number}/reflecties/"
    first = client.get(url, {"sectie": "sectie-1", "alinea": "1"})
    assert first.status_code == 200
    kept = _copies_kept()
    for value in ["01", "0000001"]:
        assert client.get(url, {"sectie": "sectie-1", "alinea": value}).content == first.content
    for value in ["²", "x", "0", "1" * 4301, "99"]:
        assert client.get(url, {"sectie": "sectie-1", "alinea": value}).status_code == 404
    # A parameter the list would ignore is no copy of its own either.
    question = paper.questions.first()
    assert client.get(url, {"vraag": question.anchor, "sectie": "sectie-1"}).status_code == 404
    assert client.get(url, {"vraag": question.anchor, "alinea": "1"}).status_code == 404
    assert _copies_kept() == kept


def test_a_result_worked_out_while_an_erasure_ran_is_not_left_in_the_cache(db, settings):
    """A page part worked out from texts read before an erasure and stored after it (the
    erasure deleted the cache meanwhile) is deleted again at once: it may hold the erased
    words, and nothing would read it, but it would stay for a day."""
    from django.core.cache import cache

    from civcare.core import generations

    def work_during_an_erasure():
        generations.forget_rendered_pages()
        return ["woorden van een gewiste tekst"]

    found, how = generations.cached_or_earlier("deel:nu", "deel:eerder", work_during_an_erasure,
                                               earlier_ok=False)  # fmt: skip
    assert (found, how) == (["woorden van een gewiste tekst"], "worked")
    assert cache.get("deel:nu") is None and cache.get("deel:eerder") is None
    # Without an erasure meanwhile, both are kept.
    generations.cached_or_earlier("deel:nu", "deel:eerder", lambda: ["ander"], earlier_ok=False)
    assert cache.get("deel:nu") == ["ander"] and cache.get("deel:eerder")[1] == ["ander"]
