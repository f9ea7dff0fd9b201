"""Error pages that give back what was typed, so nothing is lost."""

import pytest
from django.db import DataError, IntegrityError, InterfaceError, OperationalError
from django.test import Client

from civcare.accounts.tests.factories import UserFactory
from civcare.middleware import DatabaseUnavailableMiddleware
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


@pytest.mark.parametrize(
    ("error", "is_outage"),
    [
        (OperationalError("connection refused"), True),
        (InterfaceError("connection already closed"), True),
        (DataError("value too long for type character varying(200)"), False),
        (IntegrityError("duplicate key value"), False),
    ],
)
def test_only_a_lost_database_connection_is_shown_as_an_outage(rf, error, is_outage):
    # A bug must not hide behind "het platform is even niet bereikbaar": it is a 500 with a
    # traceback in the log, where someone will look.
    request = rf.post("/papers/SHPP003-05/v0.9/reageren/", {"body": "Mijn tekst"})
    response = DatabaseUnavailableMiddleware(lambda r: None).process_exception(request, error)
    if is_outage:
        assert response.status_code == 503
        assert "Mijn tekst" in response.content.decode()
    else:
        assert response is None


@pytest.mark.django_db
def test_the_accessibility_statement_has_one_address_and_the_old_one_leads_there(client):
    assert client.get("/toegankelijkheid/").status_code == 200
    old = client.get("/toegankelijkheid")
    assert old.status_code == 301 and old["Location"] == "/toegankelijkheid/"


@pytest.mark.django_db
def test_each_language_is_offered_in_its_own_name(client):
    html = client.get("/toegankelijkheid/").content.decode()
    assert 'lang="en" hreflang="en" rel="nofollow">English</a>' in html
    assert 'aria-current="true">Nederlands</a>' in html
