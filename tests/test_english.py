"""Switching to English shows the interface in English on every page type (papers stay Dutch)."""

import pytest

from tests import scenario

pytestmark = pytest.mark.django_db

EXPECTED_STATUS = {"403": 403, "404": 404}


def test_every_page_type_in_english(client):
    built = scenario.build(reflections=8)
    draft = scenario.draft_in_progress(built)
    people = {"reader": built.reader, "moderator": built.moderator, "editor": built.editor}
    client.cookies["django_language"] = "en"
    checked = 0
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
        checked += 1
    assert checked >= 45


def test_papers_stay_dutch_in_english(client):
    built = scenario.build(reflections=6)
    client.cookies["django_language"] = "en"
    html = client.get(built.adopted.get_absolute_url()).content.decode()
    assert "Herstel bij vastgelopen zorgrelaties" in html
    assert "Adopted framework document" in html  # the interface around it is English
