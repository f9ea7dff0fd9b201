"""No user enumeration; allauth's rate limits are on."""

import re

import pytest
from django.test import override_settings

from civcare.accounts.tests.factories import PASSWORD, UserFactory
from civcare.accounts.tests.test_signup import signup_data

pytestmark = pytest.mark.django_db


def without_tokens(html: bytes) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html.decode())


def comparable(response) -> tuple:
    return response.status_code, response.get("Location")


def test_password_reset_answers_the_same_for_unknown_addresses(client, delivered):
    UserFactory(email="bestaat@example.org")
    known = client.post("/accounts/password/reset/", {"email": "bestaat@example.org"})
    unknown = client.post("/accounts/password/reset/", {"email": "onbekend@example.org"})
    assert comparable(known) == comparable(unknown)
    assert known.status_code == 302
    done_known = without_tokens(client.get(known["Location"]).content)
    assert done_known == without_tokens(client.get(unknown["Location"]).content)
    # Whoever owns each address is told by mail; the page says the same to everyone.
    assert [m.to for m in delivered()] == [["bestaat@example.org"], ["onbekend@example.org"]]
    assert "/accounts/password/reset/key/" in delivered()[0].body
    assert "/accounts/password/reset/key/" not in delivered()[1].body


def test_sign_up_with_an_existing_address_looks_the_same(client, delivered):
    UserFactory(email="naaste@example.org", display_name="Bestaande naaste")
    existing = client.post("/accounts/signup/", signup_data(display_name="Iemand anders"))
    client.cookies.clear()
    new = client.post(
        "/accounts/signup/", signup_data(email="nieuw@example.org", display_name="Nieuw iemand")
    )
    assert comparable(existing) == comparable(new)
    # The real owner is told someone tried to sign up with their address.
    assert delivered()[0].to == ["naaste@example.org"]


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


def test_password_reset_is_rate_limited_per_address(client, delivered):
    UserFactory(email="doelwit@example.org")
    statuses = [
        client.post("/accounts/password/reset/", {"email": "doelwit@example.org"}).status_code
        for _ in range(7)
    ]
    assert 429 in statuses
    assert len(delivered()) <= 5


def _fail_logins(client, times: int, **headers) -> None:
    for _ in range(times):
        client.post(
            "/accounts/login/",
            {"login": "iemand@example.org", "password": "fout-1234567"},
            REMOTE_ADDR="10.0.0.1",  # the load balancer
            **headers,
        )


def _is_blocked(client, **headers) -> bool:
    response = client.post(
        "/accounts/login/",
        {"login": "ander@example.org", "password": "fout-1234567"},
        REMOTE_ADDR="10.0.0.1",
        **headers,
    )
    return response.status_code == 429 or "Te veel" in " ".join(
        response.context["form"].non_field_errors()
    )


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_each_visitor_has_their_own_login_limit(client):
    from django.test import Client

    _fail_logins(client, 10, HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert _is_blocked(client, HTTP_X_FORWARDED_FOR="198.51.100.7")
    # Another visitor behind the same load balancer can still sign in.
    assert not _is_blocked(Client(), HTTP_X_FORWARDED_FOR="203.0.113.9")
    # A spoofed address in front of the real one does not give a fresh bucket: the proxy
    # appends the address it saw, and only that one is read.
    assert _is_blocked(Client(), HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7")


def test_without_a_trusted_proxy_a_forwarded_header_changes_nothing(client):
    for n in range(10):
        _fail_logins(client, 1, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    assert _is_blocked(client, HTTP_X_FORWARDED_FOR="192.0.2.200")
