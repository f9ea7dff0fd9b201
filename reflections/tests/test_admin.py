import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

from civcare.accounts.models import User
from reflections import moderation
from reflections.tests.factories import ReflectionFactory

pytestmark = pytest.mark.django_db


def test_reflections_admin_pages_work_and_are_read_only(client, version, mod):
    reflection = ReflectionFactory(version=version)
    moderation.approve(reflection, by=mod)
    client.force_login(User.objects.create_superuser("b@example.org", "x", display_name="B"))
    for model in apps.get_app_config("reflections").get_models():
        assert model in admin.site._registry
        name = model._meta.model_name
        assert (
            client.get(
                reverse(f"admin:reflections_{name}_changelist"), {"q": "reflectie"}
            ).status_code
            == 200
        )
        obj = model.objects.first()
        if obj:
            assert (
                client.get(reverse(f"admin:reflections_{name}_change", args=[obj.pk])).status_code
                == 200
            )
    response = client.post(
        reverse("admin:reflections_reflection_change", args=[reflection.pk]), {"status": "declined"}
    )
    assert response.status_code == 403
    reflection.refresh_from_db()
    assert reflection.status == "approved"
