"""Display names (forms.clean_display_name, on sign-up, on the profile and in the admin): a
name that only looks like a name of the foundation or of another author is refused (#28).

Letters from another alphabet that look Latin (Cyrillic "е" in "Rеdactie"), full-width
letters ("Ｊａｎ"), and Latin and Cyrillic mixed in one word: each would let someone pass for
the editors, a moderator, an anonymous or deleted author, or another author."""

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from civcare.accounts.forms import MSG_NAME_LOOKALIKE, ProfileForm
from civcare.accounts.models import User
from civcare.accounts.tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

SIGNUP = "/accounts/signup/"
LOOKALIKE = "Deze naam lijkt te veel op een bestaande naam of op een naam van de stichting."

# Each with the letters that are not Latin, as the review found them.
FOUNDATION_LOOKALIKES = [
    "R\u0435dactie",  # CYRILLIC SMALL LETTER IE
    "Moder\u0430tor",  # CYRILLIC SMALL LETTER A
    "An\u043eniem",  # CYRILLIC SMALL LETTER O
    "Verwijderd acc\u043eunt",  # CYRILLIC SMALL LETTER O
    "\u0391\u039d\u039f\u039d\u0399\u0395\u039c",  # GREEK capitals that read ANONIEM
]
FULL_WIDTH_JAN = "\uff2a\uff41\uff4e Jansen"  # "Ｊａｎ Jansen"


def signup(client, name: str):
    return client.post(SIGNUP, {
        "email": "nieuw@example.org", "password1": PASSWORD, "password2": PASSWORD,
        "display_name": name, "perspective": "relative", "accept_terms": "on",
        "accept_privacy": "on",
    })  # fmt: skip


@pytest.mark.parametrize("name", FOUNDATION_LOOKALIKES)
def test_a_name_of_the_foundation_in_other_letters_is_refused_at_sign_up(client, name):
    response = signup(client, name)
    assert response.status_code == 200
    assert LOOKALIKE in response.content.decode()
    assert not User.objects.filter(email="nieuw@example.org").exists()


def test_another_authors_name_in_full_width_letters_is_refused(client):
    UserFactory(display_name="Jan Jansen")
    response = signup(client, FULL_WIDTH_JAN)
    assert response.status_code == 200
    assert LOOKALIKE in response.content.decode()
    assert User.objects.filter(display_name__icontains="Jansen").count() == 1


def test_another_authors_name_with_one_cyrillic_letter_is_refused(client):
    UserFactory(display_name="Lotte")
    assert LOOKALIKE in signup(client, "L\u043ette").content.decode()  # CYRILLIC O
    # The same name in other capitals is the same name, as it was.
    assert "Deze weergavenaam is al in gebruik" in signup(client, "LOTTE").content.decode()


def test_latin_and_cyrillic_in_one_word_are_refused_even_when_nothing_is_copied(client):
    assert LOOKALIKE in signup(client, "Zw\u0435rver").content.decode()


@pytest.mark.parametrize(
    "name", ["Zoë", "Ærøskøbing", "Ольга", "Νίκος", "O'Brien-Smit", "Zwerver 2"]
)
def test_names_in_one_alphabet_go_through(client, name):
    response = signup(client, name)
    assert response.status_code == 302, response.content.decode()
    assert User.objects.get(email="nieuw@example.org").display_name == name


def test_a_full_width_name_nobody_has_is_kept_in_ordinary_letters(client):
    response = signup(client, "\uff2c\uff4f\uff54\uff54\uff45")  # "Ｌｏｔｔｅ"
    assert response.status_code == 302
    assert User.objects.get(email="nieuw@example.org").display_name == "Lotte"


def test_the_profile_refuses_a_lookalike_and_keeps_the_name(client):
    UserFactory(display_name="Jan Jansen")
    person = UserFactory(display_name="Schuilnaam")
    client.force_login(person)
    url = reverse("accounts:my_account")
    for name in (FULL_WIDTH_JAN, "R\u0435dactie"):
        response = client.post(url, {"display_name": name, "perspective": "client"})
        assert LOOKALIKE in response.content.decode()
    person.refresh_from_db()
    assert person.display_name == "Schuilnaam"
    # Their own name, unchanged, is never in the way of changing the perspective.
    client.post(url, {"display_name": "Schuilnaam", "perspective": "client"})
    person.refresh_from_db()
    assert person.perspective == "client"


def test_an_existing_name_that_already_looks_like_another_keeps_working():
    """Names from before this check are kept: their owner may still change the rest."""
    UserFactory(display_name="Lotte")
    older = UserFactory(display_name="L\u043ette")
    form = ProfileForm({"display_name": older.display_name, "perspective": "client"},
                       instance=older)  # fmt: skip
    assert form.is_valid(), form.errors


def test_the_admin_refuses_a_lookalike_when_adding_and_when_changing(client):
    admin = User.objects.create_superuser("beheer@example.org", "x", display_name="Beheerster")
    client.force_login(admin)
    add = client.post(reverse("admin:accounts_user_add"), {
        "email": "nep@example.org", "display_name": "Moder\u0430tor", "perspective": "other",
        "password1": PASSWORD, "password2": PASSWORD, "usable_password": "true",
    })  # fmt: skip
    assert add.status_code == 200 and LOOKALIKE in add.content.decode()
    assert not User.objects.filter(email="nep@example.org").exists()
    person = UserFactory(display_name="Gewoon")
    change = client.post(reverse("admin:accounts_user_change", args=[person.pk]), {
        "email": person.email, "display_name": "R\u0435dactie", "perspective": "other",
        "is_active": "on", "date_joined_0": "2026-01-01", "date_joined_1": "10:00:00",
    })  # fmt: skip
    assert change.status_code == 200 and LOOKALIKE in change.content.decode()
    person.refresh_from_db()
    assert person.display_name == "Gewoon"


@override_settings(LANGUAGE_CODE="en")
def test_the_refusal_in_english():
    with translation.override("en"):
        assert str(MSG_NAME_LOOKALIKE) == (
            "This name looks too much like an existing name or a name of the foundation. "
            "Choose another."
        )


def test_every_account_has_the_comparable_form_of_its_name():
    person = UserFactory(display_name="Ｊａｎ Jansen")
    assert person.display_name_key == "jan jansen"
    person.display_name = "R\u0435dactie"
    person.save(update_fields=["display_name"])
    person.refresh_from_db()
    assert person.display_name_key == "redactie"
