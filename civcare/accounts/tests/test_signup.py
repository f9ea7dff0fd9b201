"""Sign-up, email verification, consent and sign-in, through the real allauth views."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from civcare.accounts import roles
from civcare.accounts.models import Consent, Perspective, PolicyDocument, User
from civcare.accounts.permissions import can_post_reflection
from civcare.accounts.tests.factories import PASSWORD, UserFactory
from reflections.tests.factories import ReflectionFactory

pytestmark = pytest.mark.django_db

SIGNUP = "/accounts/signup/"


def signup_data(**overrides):
    data = {
        "email": "naaste@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "display_name": "  Een   naaste ",
        "perspective": Perspective.RELATIVE,
        "accept_terms": "on",
        "accept_privacy": "on",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def verification_link(message) -> str:
    match = re.search(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def test_sign_up_verify_and_post_permission(client, delivered):
    response = client.post(SIGNUP, signup_data())
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")

    user = User.objects.get(email="naaste@example.org")
    assert user.display_name == "Een naaste"  # trimmed, inner spaces collapsed
    assert user.perspective == Perspective.RELATIVE
    assert not can_post_reflection(user)

    consents = {c.document.kind: c for c in Consent.objects.filter(user=user)}
    assert set(consents) == {"privacy", "terms"}
    assert consents["privacy"].document == PolicyDocument.current("privacy")
    assert consents["privacy"].document.version == "1.2"
    assert consents["privacy"].accepted_at is not None

    assert len(delivered()) == 1
    assert delivered()[0].to == ["naaste@example.org"]
    assert delivered()[0].subject.startswith("[CIV-CARE]")
    link = verification_link(delivered()[0])

    confirm_page = client.get(link)
    assert confirm_page.status_code == 200
    confirmed = client.post(link)
    assert confirmed.status_code == 302

    assert EmailAddress.objects.get(user=user).verified
    assert can_post_reflection(user)
    account = client.get(reverse("accounts:my_account"))
    assert account.status_code == 200  # signed in by the confirmation
    assert "Een naaste" in account.content.decode()


def test_unverified_account_cannot_sign_in_yet(client, delivered):
    UserFactory(email="nieuw@example.org", verified=False)
    response = client.post("/accounts/login/", {"login": "nieuw@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert client.get(reverse("accounts:my_account")).status_code == 302  # not signed in
    assert len(delivered()) == 1  # the link is sent again


def test_verified_account_signs_in_by_email(client):
    UserFactory(email="lezer@example.org")
    response = client.post("/accounts/login/", {"login": "LEZER@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("accounts:my_account")).status_code == 200


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("display_name", "iemand@example.org", "Een e-mailadres kan geen weergavenaam zijn"),
        ("display_name", "ab", "minstens 3 tekens"),
        ("display_name", "x" * 41, "hoogstens 40 tekens"),
        ("display_name", "Moderator", "gereserveerd"),
        ("display_name", "<b>vet</b>", "Gebruik letters, cijfers"),
        ("accept_terms", None, "akkoord gaat met de gebruiksvoorwaarden"),
        ("accept_privacy", None, "toestemming geeft volgens de privacyverklaring"),
    ],
)
def test_sign_up_errors_are_clear_and_keep_the_input(client, field, value, message):
    response = client.post(SIGNUP, signup_data(**{field: value}))
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "Er is iets niet goed ingevuld" in html  # error summary
    assert 'value="naaste@example.org"' in html  # nothing typed is lost
    assert "<title>Fout:" in html
    assert not User.objects.exists()


def test_display_names_are_unique_regardless_of_case(client):
    UserFactory(display_name="Een Naaste")
    response = client.post(SIGNUP, signup_data(display_name="een naaste"))
    assert "Deze weergavenaam is al in gebruik" in response.content.decode()


def test_sign_up_page_explains_pseudonym_and_privacy(client):
    html = client.get(SIGNUP).content.decode()
    assert "een schuilnaam mag" in html.lower()
    assert 'href="/privacy/"' in html and 'href="/voorwaarden/"' in html
    assert "(verplicht)" in html
    assert 'aria-describedby="id_display_name-hulp"' in html


def test_the_email_address_is_never_shown_publicly(client):
    user = UserFactory(email="geheim@example.org", display_name="Schuilnaam")
    client.force_login(user)
    for url in ["/", "/papers/"]:
        assert "geheim@example.org" not in client.get(url).content.decode()


def test_sign_up_with_the_mail_server_down_succeeds_and_the_link_follows(
    client, settings, delivered
):
    from django.utils import timezone

    from civcare.core import mail
    from civcare.core.models import OutgoingEmail

    settings.MAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 1
    response = client.post(SIGNUP, signup_data())
    assert response.status_code == 302  # it used to answer 500, and leave the user row
    user = User.objects.get(email="naaste@example.org")
    assert mail.deliver() == 0  # the job finds the mail server down
    waiting = OutgoingEmail.objects.get(recipient=user)
    assert (waiting.status, waiting.attempts) == ("pending", 0)
    settings.MAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # back up
    OutgoingEmail.objects.update(next_attempt_at=timezone.now())
    [message] = delivered()
    assert message.to == ["naaste@example.org"]
    client.post(verification_link(message))
    assert EmailAddress.objects.get(user=user).verified


@pytest.mark.parametrize(
    ("role", "waiting", "lands_on"),
    [
        (None, True, "/mijn/account/"),
        ("moderatie", True, "/moderatie/"),
        ("moderatie", False, "/mijn/account/"),
        ("redactie", True, "/redactie/"),
    ],
)
def test_after_signing_in_a_person_lands_on_the_work_waiting_for_them(
    client, role, waiting, lands_on
):
    person = UserFactory(email="werk@example.org")
    if role:
        roles.grant(person, role)
    if waiting:
        ReflectionFactory()  # waits for moderation
    response = client.post(
        reverse("account_login"), {"login": "werk@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response.url == lands_on
    # A sign-in link that names a page still goes there.
    client.logout()
    response = client.post(
        reverse("account_login") + "?next=/papers/",
        {"login": "werk@example.org", "password": PASSWORD, "next": "/papers/"},
    )
    assert response.url == "/papers/"


def test_a_name_like_a_real_first_and_last_name_gets_a_gentle_hint_and_may_stay(client):
    """The herleidbaarheidscheck on the display name: a suggestion, never a refusal."""
    first = client.post(SIGNUP, signup_data(display_name="Marieke Bakker"))
    html = first.content.decode()
    assert first.status_code == 200 and not User.objects.exists()
    assert "Deze naam lijkt op een voor- en achternaam" in html and "schuilnaam" in html
    assert 'type="checkbox" name="keep_name"' in html
    kept = client.post(SIGNUP, signup_data(display_name="Marieke Bakker", keep_name="on"))
    assert kept.status_code == 302
    assert User.objects.get().display_name == "Marieke Bakker"


def test_the_hint_on_the_name_keeps_the_passwords_typed(client):
    """The hint cleared both password fields: typed again for a question about the name
    (#29). They stay when the hint is all that stopped the sign-up, never after an error."""
    html = client.post(SIGNUP, signup_data(display_name="Marieke Bakker")).content.decode()
    for name in ("password1", "password2"):
        field = re.search(rf'<input type="password" name="{name}"[^>]*>', html).group(0)
        assert f'value="{PASSWORD}"' in field, field
    mistaken = signup_data(display_name="Marieke Bakker", password2="een-ander-wachtwoord-7")
    html = client.post(SIGNUP, mistaken).content.decode()
    assert PASSWORD not in html
    unconsented = signup_data(display_name="Marieke Bakker", accept_privacy=None)
    assert PASSWORD not in client.post(SIGNUP, unconsented).content.decode()


@pytest.mark.parametrize("name", ["Een naaste", "Lotte", "Zwerver42"])
def test_a_pseudonym_or_a_first_name_alone_goes_through_at_once(client, name):
    response = client.post(SIGNUP, signup_data(display_name=name))
    assert response.status_code == 302


def test_the_same_hint_when_the_name_is_changed_later(client):
    user = UserFactory(display_name="Schuilnaam")
    client.force_login(user)
    url = reverse("accounts:my_account")
    changed = client.post(url, {"display_name": "Jan de Vries", "perspective": "client"})
    assert "Deze naam lijkt op een voor- en achternaam" in changed.content.decode()
    user.refresh_from_db()
    assert user.display_name == "Schuilnaam"
    client.post(url, {"display_name": "Jan de Vries", "perspective": "client", "keep_name": "on"})
    user.refresh_from_db()
    assert user.display_name == "Jan de Vries"
