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
