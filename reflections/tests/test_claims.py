"""The soft lock between moderators: who has which item open, and until when."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from reflections import claims, moderation
from reflections.models import Claim, Reflection
from reflections.tests.factories import ReflectionFactory

pytestmark = pytest.mark.django_db


def test_opening_an_item_claims_it_and_the_other_moderator_is_told(
    client, version, mod, second_mod
):
    reflection = ReflectionFactory(version=version)
    client.force_login(mod)
    client.get(reverse("reflections:moderate", args=[reflection.pk]))
    claim = Claim.objects.get(reflection=reflection)
    assert claim.moderator == mod and claim.expires_at > timezone.now()

    client.force_login(second_mod)
    item = client.get(reverse("reflections:moderate", args=[reflection.pk])).content.decode()
    assert "In behandeling bij Moderator Mo" in item
    assert Claim.objects.get(reflection=reflection).moderator == mod  # not taken over
    card = client.get(reverse("reflections:queue")).content.decode()
    assert "In behandeling bij Moderator Mo" in card
    # The one who holds it does not see their own claim as a warning.
    client.force_login(mod)
    assert "In behandeling bij" not in client.get(reverse("reflections:queue")).content.decode()


def test_a_claim_expires_and_then_the_next_moderator_takes_it(client, version, mod, second_mod):
    reflection = ReflectionFactory(version=version)
    assert claims.take(reflection, mod) is None
    assert claims.take(reflection, second_mod).moderator == mod
    Claim.objects.update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    client.force_login(mod)
    assert "In behandeling bij" not in client.get(reverse("reflections:queue")).content.decode()
    assert claims.take(reflection, second_mod) is None
    assert Claim.objects.get(reflection=reflection).moderator == second_mod


def test_a_decision_ends_the_claim(version, mod):
    reflection = ReflectionFactory(version=version)
    claims.take(reflection, mod)
    moderation.approve(reflection, by=mod)
    assert not Claim.objects.exists()


def test_the_claim_is_a_courtesy_the_first_decision_still_wins(client, version, mod, second_mod):
    reflection = ReflectionFactory(version=version)
    claims.take(reflection, mod)
    client.force_login(second_mod)
    response = client.post(
        reverse("reflections:decide", args=[reflection.pk, "approve"]),
        {"gezien": reflection.waiting_digest},
    )
    assert response.status_code == 302
    assert Reflection.objects.get(pk=reflection.pk).status == Reflection.Status.APPROVED
    client.force_login(mod)
    refused = client.post(
        reverse("reflections:decide", args=[reflection.pk, "approve"]),
        {"gezien": reflection.waiting_digest},
        follow=True,
    )
    assert "er is niets meer te beslissen" in refused.content.decode()


def test_publishing_in_one_go_passes_by_what_another_moderator_has_open(
    client, version, mod, second_mod
):
    open_elsewhere, free = ReflectionFactory(version=version), ReflectionFactory(version=version)
    claims.take(open_elsewhere, second_mod)
    client.force_login(mod)
    confirm = client.get(reverse("reflections:approve_all"))
    assert confirm.context["count"] == 1  # the one another moderator has open is left out
    response = client.post(
        reverse("reflections:approve_all"),
        {"aantal": "1", "gemaakt": confirm.context["made"].isoformat()},
        follow=True,
    )
    assert Reflection.objects.get(pk=free.pk).status == Reflection.Status.APPROVED
    assert Reflection.objects.get(pk=open_elsewhere.pk).status == Reflection.Status.PENDING
    assert "1 reflectie gepubliceerd" in response.content.decode()
    selected = [f"{open_elsewhere.pk}:{open_elsewhere.waiting_digest}"]
    ticked = client.post(
        reverse("reflections:queue"), {"bulk_approve": "1", "selected": selected}, follow=True
    )
    assert "in behandeling bij een andere moderator" in ticked.content.decode()
    assert Reflection.objects.get(pk=open_elsewhere.pk).status == Reflection.Status.PENDING
