"""Error pages that give back what was typed, so nothing is lost."""

import pytest
from django.test import Client

from civcare.accounts.tests.factories import UserFactory
from papers.tests.factories import build_paper

pytestmark = pytest.mark.django_db

TEXT = "Mijn <lange> reflectie, geschreven terwijl het formulier verliep."


def test_an_expired_form_is_explained_in_dutch_with_the_text_back():
    version = build_paper()
    url = f"/papers/{version.paper.code}/v{version.number}/reageren/"
    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory())
    response = client.post(url, {"body": TEXT}, HTTP_REFERER=f"http://testserver{url}")
    html = response.content.decode()
    assert response.status_code == 403
    assert "Dit formulier is verlopen" in html
    assert "Mijn &lt;lange&gt; reflectie" in html  # escaped, intact
    assert f'href="http://testserver{url}"' in html  # back to the form
    assert not version.reflections.exists()


def test_an_expired_form_does_not_link_to_another_site():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/mijn/account/", {}, HTTP_REFERER="https://kwaadaardig.example/")
    assert response.status_code == 403
    assert "kwaadaardig" not in response.content.decode()
