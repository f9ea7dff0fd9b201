"""manage.py seed_demo: the demo a newcomer walks through after `make run`."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from civcare.accounts.models import Consent, User
from reflections.models import Reflection

pytestmark = pytest.mark.django_db


def test_the_demo_refuses_without_debug():
    with pytest.raises(CommandError, match="Alleen met DEBUG aan"):
        call_command("seed_demo", stdout=StringIO())


def test_the_demo_accounts_look_like_real_ones_and_a_second_run_adds_nothing():
    call_command("seed_demo", "--force", stdout=StringIO())
    people, reflections = User.objects.count(), Reflection.objects.count()
    assert people == 9 and reflections > 0
    reader = User.objects.get(email="naaste@example.org")
    # As after a real sign-up: consent to the current privacy statement and terms.
    assert sorted(Consent.objects.filter(user=reader).values_list("document__kind", flat=True)) == [
        "privacy",
        "terms",
    ]
    out = StringIO()
    call_command("seed_demo", "--force", stdout=out)
    assert "Demo klaar: 0 nieuwe reflecties." in out.getvalue()
    assert (User.objects.count(), Reflection.objects.count()) == (people, reflections)
