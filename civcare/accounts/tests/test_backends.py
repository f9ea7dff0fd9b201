"""The signed-in person comes from the cache, but never outlives a change to the account."""

import pytest
from django.urls import reverse

from civcare.accounts import roles
from civcare.accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

HOME = "/"


def test_a_deactivated_person_is_signed_out_on_the_next_request(client):
    person = UserFactory()
    client.force_login(person)
    assert client.get(HOME).context["user"].is_authenticated  # now cached
    person.is_active = False
    person.save()
    assert not client.get(HOME).context["user"].is_authenticated


def test_a_password_changed_elsewhere_ends_the_other_sessions(client):
    person = UserFactory()
    client.force_login(person)
    client.get(HOME)
    person.set_password("een-heel-ander-wachtwoord-2026")
    person.save()
    assert not client.get(HOME).context["user"].is_authenticated


def test_a_new_role_shows_in_the_navigation_on_the_next_request(client):
    person = UserFactory()
    client.force_login(person)
    queue = reverse("reflections:queue")
    assert queue not in client.get(HOME).content.decode()
    roles.grant(person, "moderatie")
    assert queue in client.get(HOME).content.decode()
