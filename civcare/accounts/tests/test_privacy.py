"""Mijn account, export and deletion (AVG), and the versioned policy pages."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from civcare.accounts.models import AccountDeletion, Consent, PolicyDocument, User
from civcare.accounts.services import record_consent
from civcare.accounts.tests.factories import PASSWORD, UserFactory
from civcare.accounts.tests.test_signup import signup_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def person(client):
    user = UserFactory(email="persoon@example.org", display_name="Schuilnaam")
    record_consent(user, PolicyDocument.current("privacy"))
    client.force_login(user)
    return user


def test_account_pages_need_sign_in(client):
    for name in [
        "accounts:my_account",
        "accounts:my_data",
        "accounts:export",
        "accounts:delete",
        "reflections:mine",
    ]:
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response.url.startswith("/accounts/login/")


def test_edit_display_name_and_perspective(client, person):
    response = client.post(
        reverse("accounts:my_account"), {"display_name": "Nieuwe naam", "perspective": "lawyer"}
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert (person.display_name, person.perspective) == ("Nieuwe naam", "lawyer")
    page = client.get(reverse("accounts:my_account")).content.decode()
    assert "Uw gegevens zijn opgeslagen." in page
    assert "Privacyverklaring 1.2" in page  # the current one, which explains the vectors


def test_taken_display_name_is_refused_and_input_kept(client, person):
    UserFactory(display_name="Bezet")
    response = client.post(
        reverse("accounts:my_account"), {"display_name": "BEZET", "perspective": "lawyer"}
    )
    html = response.content.decode()
    assert "Deze weergavenaam is al in gebruik" in html
    assert 'value="BEZET"' in html
    person.refresh_from_db()
    assert person.display_name == "Schuilnaam"


def test_display_name_changes_are_limited_per_day_and_the_input_kept(client, person, settings):
    # Each new name renews every page showing their published reflections: forty in a row
    # were all accepted.
    settings.DISPLAY_NAME_CHANGES_PER_DAY = 2
    url = reverse("accounts:my_account")
    for name in ("Eerste schuilnaam", "Tweede schuilnaam"):
        assert client.post(url, {"display_name": name, "perspective": "lawyer"}).status_code == 302
    response = client.post(url, {"display_name": "Derde schuilnaam", "perspective": "client"})
    html = response.content.decode()
    assert "U heeft uw weergavenaam vandaag al 2 keer gewijzigd" in html
    assert 'value="Derde schuilnaam"' in html
    person.refresh_from_db()
    assert (person.display_name, person.perspective) == ("Tweede schuilnaam", "lawyer")
    # Anything else on the page can still be changed.
    unchanged = {"display_name": "Tweede schuilnaam", "perspective": "client"}
    assert client.post(url, unchanged).status_code == 302


def test_export_contains_everything_about_me_and_nothing_else(client, person):
    UserFactory(email="ander@example.org", display_name="Ander")
    response = client.get(reverse("accounts:export"))
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["account"]["email"] == "persoon@example.org"
    assert data["account"]["display_name"] == "Schuilnaam"
    assert data["email_addresses"] == [
        {"email": "persoon@example.org", "verified": True, "primary": True}
    ]
    assert data["consents"][0]["document"] == "privacy"
    assert data["consents"][0]["version"] == "1.2"
    assert "ander@example.org" not in response.content.decode()


@pytest.mark.parametrize("choice", ["remove", "anonymise"])
def test_delete_account_erases_personal_data(client, person, choice):
    response = client.post(
        reverse("accounts:delete"), {"reflections": choice, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert not User.objects.filter(pk=person.pk).exists()
    assert not EmailAddress.objects.filter(email="persoon@example.org").exists()
    assert not Consent.objects.filter(user_id=person.pk).exists()
    audit = AccountDeletion.objects.get()
    assert audit.kept_reflections is (choice == "anonymise")
    assert "persoon" not in str(vars(audit))
    # Signed out, and the account cannot sign in again.
    assert client.get(reverse("accounts:my_account")).status_code == 302
    login = client.post("/accounts/login/", {"login": "persoon@example.org", "password": PASSWORD})
    assert login.status_code == 200 and login.context["form"].errors


def test_deleted_address_can_be_used_for_a_new_account(client, person):
    client.post(reverse("accounts:delete"), {"reflections": "remove", "password": PASSWORD})
    response = client.post(
        "/accounts/signup/", signup_data(email="persoon@example.org", display_name="Schuilnaam")
    )
    assert response.status_code == 302
    assert User.objects.filter(email="persoon@example.org").exists()


def test_delete_needs_the_right_password(client, person):
    response = client.post(reverse("accounts:delete"), {"reflections": "remove", "password": "nee"})
    assert "Dit wachtwoord klopt niet." in response.content.decode()
    assert User.objects.filter(pk=person.pk).exists()
    assert not AccountDeletion.objects.exists()


def test_delete_needs_a_choice_about_reflections(client, person):
    response = client.post(reverse("accounts:delete"), {"password": PASSWORD})
    assert "Wat gebeurt er met uw gepubliceerde reflecties?" in response.content.decode()
    assert User.objects.filter(pk=person.pk).exists()


def test_policy_pages_are_versioned(client):
    privacy = client.get("/privacy/")
    assert privacy.status_code == 200
    html = privacy.content.decode()
    assert "<h1>Privacyverklaring</h1>" in html
    assert "Versie 1.0" in html
    assert "Hoe lang wij gegevens bewaren" in html
    assert client.get("/voorwaarden/").status_code == 200
    assert client.get("/privacy/versie/1.0/").status_code == 200
    assert client.get("/privacy/versie/9.9/").status_code == 404
    footer = client.get("/").content.decode()
    assert 'href="/privacy/"' in footer and 'href="/voorwaarden/"' in footer


def test_the_privacy_statement_explains_the_identifiability_check(client):
    html = client.get(reverse("accounts:privacy")).content.decode()
    assert "De herleidbaarheidscheck" in html
    assert "op de server van het platform zelf" in html
    assert "Er gaat niets naar een andere partij." in html
    assert "niet de woorden zelf" in html


def test_the_privacy_statement_says_what_the_vectors_are_and_that_they_go_with_the_text(client):
    """#31: the vectors of published texts are derived personal data, made on the platform."""
    page = client.get(reverse("accounts:privacy")).content.decode()
    assert "Versie 1.2" in page and "Lezen op betekenis" in page
    assert "Er gaat geen tekst naar een andere partij" in page
    assert "verdwijnt de vector met de oude tekst" in page
