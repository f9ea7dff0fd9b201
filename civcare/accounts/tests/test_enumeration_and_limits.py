"""No user enumeration; allauth's rate limits are on."""

import re

import pytest

from civcare.accounts.tests.factories import PASSWORD, UserFactory
from civcare.accounts.tests.test_signup import signup_data

pytestmark = pytest.mark.django_db


def without_tokens(html: bytes) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html.decode())


def comparable(response) -> tuple:
    return response.status_code, response.get("Location")


def test_password_reset_answers_the_same_for_unknown_addresses(client, mailoutbox):
    UserFactory(email="bestaat@example.org")
    known = client.post("/accounts/password/reset/", {"email": "bestaat@example.org"})
    unknown = client.post("/accounts/password/reset/", {"email": "onbekend@example.org"})
    assert comparable(known) == comparable(unknown)
    assert known.status_code == 302
    done_known = without_tokens(client.get(known["Location"]).content)
    assert done_known == without_tokens(client.get(unknown["Location"]).content)
    # Whoever owns each address is told by mail; the page says the same to everyone.
    assert [m.to for m in mailoutbox] == [["bestaat@example.org"], ["onbekend@example.org"]]
    assert "/accounts/password/reset/key/" in mailoutbox[0].body
    assert "/accounts/password/reset/key/" not in mailoutbox[1].body


def test_sign_up_with_an_existing_address_looks_the_same(client, mailoutbox):
    UserFactory(email="naaste@example.org", display_name="Bestaande naaste")
    existing = client.post("/accounts/signup/", signup_data(display_name="Iemand anders"))
    client.cookies.clear()
    new = client.post(
        "/accounts/signup/", signup_data(email="nieuw@example.org", display_name="Nieuw iemand")
    )
    assert comparable(existing) == comparable(new)
    # The real owner is told someone tried to sign up with their address.
    assert mailoutbox[0].to == ["naaste@example.org"]


def test_login_failure_does_not_reveal_whether_the_account_exists(client):
    UserFactory(email="bestaat@example.org")
    wrong_password = client.post(
        "/accounts/login/", {"login": "bestaat@example.org", "password": "fout-wachtwoord-1"}
    )
    unknown = client.post(
        "/accounts/login/", {"login": "onbekend@example.org", "password": "fout-wachtwoord-1"}
    )
    errors = [r.context["form"].non_field_errors() for r in (wrong_password, unknown)]
    assert errors[0] == errors[1]
    assert errors[0]


def test_repeated_login_failures_are_rate_limited(client):
    UserFactory(email="doelwit@example.org")
    for _ in range(5):
        client.post(
            "/accounts/login/", {"login": "doelwit@example.org", "password": "fout-1234567"}
        )
    blocked = client.post(
        "/accounts/login/", {"login": "doelwit@example.org", "password": PASSWORD}
    )
    errors = " ".join(blocked.context["form"].non_field_errors())
    assert "Te veel" in errors or "Too many" in errors
    assert blocked.wsgi_request.user.is_anonymous  # even the right password is refused now


def test_password_reset_is_rate_limited_per_address(client, mailoutbox):
    UserFactory(email="doelwit@example.org")
    statuses = [
        client.post("/accounts/password/reset/", {"email": "doelwit@example.org"}).status_code
        for _ in range(7)
    ]
    assert 429 in statuses
    assert len(mailoutbox) <= 5
