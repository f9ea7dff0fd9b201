"""allauth's pages render in the site's layout, in Dutch, and work without JavaScript."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from civcare.accounts.models import User
from civcare.accounts.tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/password/reset/",
        "/accounts/confirm-email/",
        "/accounts/password/reset/done/",
    ],
)
def test_public_account_pages_use_the_site_layout(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="skip-link"' in html
    assert html.count("<h1") == 1
    assert '<html lang="nl">' in html


@pytest.mark.parametrize("url", ["/accounts/email/", "/accounts/password/change/"])
def test_signed_in_account_pages(client, url):
    client.force_login(UserFactory())
    response = client.get(url)
    assert response.status_code == 200
    assert 'class="skip-link"' in response.content.decode()


def test_change_password(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        "/accounts/password/change/",
        {
            "oldpassword": PASSWORD,
            "password1": "nieuw-wachtwoord-77",
            "password2": "nieuw-wachtwoord-77",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("nieuw-wachtwoord-77")


def test_reset_password_through_the_emailed_link(client, delivered):
    user = UserFactory(email="vergeten@example.org")
    client.post("/accounts/password/reset/", {"email": "vergeten@example.org"})
    link = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+/)", delivered()[0].body)
    form_page = client.get(link.group(1), follow=True)
    assert form_page.status_code == 200
    response = client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else link.group(1),
        {"password1": "nieuw-wachtwoord-88", "password2": "nieuw-wachtwoord-88"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("nieuw-wachtwoord-88")


def test_logout_needs_a_post(client):
    client.force_login(UserFactory())
    client.get("/accounts/logout/")  # shows a confirmation page, does not sign out
    assert client.get(reverse("accounts:my_account")).status_code == 200
    client.post("/accounts/logout/")
    assert client.get(reverse("accounts:my_account")).status_code == 302


def test_admin_can_grant_roles_from_the_user_list(client):
    admin = User.objects.create_superuser("beheer@example.org", "x", display_name="Beheer")
    person = UserFactory()
    client.force_login(admin)
    changelist = reverse("admin:accounts_user_changelist")
    assert client.get(changelist, {"q": person.display_name}).status_code == 200
    response = client.post(
        changelist, {"action": "grant_moderatie", "_selected_action": [person.pk]}
    )
    assert response.status_code == 302
    assert person.groups.filter(name="Moderatie").exists()
    client.post(changelist, {"action": "revoke_moderatie", "_selected_action": [person.pk]})
    assert not person.groups.exists()
    assert Group.objects.filter(name="Moderatie").exists()


def test_admin_pages_of_accounts_models_work(client):
    from django.apps import apps
    from django.contrib import admin

    client.force_login(User.objects.create_superuser("b@example.org", "x", display_name="B"))
    for model in apps.get_app_config("accounts").get_models():
        assert model in admin.site._registry
        url = reverse(f"admin:accounts_{model._meta.model_name}_changelist")
        assert client.get(url).status_code == 200, url


def test_the_page_title_says_there_is_an_error(client):
    response = client.post("/accounts/login/", {"login": "x@example.org", "password": "nee"})
    assert "<title>Fout: " in response.content.decode()
    assert "<title>Fout: " not in client.get("/accounts/login/").content.decode()
