"""The admin screens work for every papers model (editors use them for corrections)."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

from civcare.accounts.models import User
from papers.tests.factories import build_paper

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(
        User.objects.create_superuser("beheer@example.org", "x", display_name="Beheer")
    )
    return client


def papers_models():
    return [model for model in admin.site._registry if model._meta.app_label == "papers"]


def test_every_papers_model_has_working_admin_pages(admin_client):
    version = build_paper(code="SHPP003-30", section_questions=2)
    assert set(papers_models()) == set(apps.get_app_config("papers").get_models())
    for model in papers_models():
        opts = model._meta
        changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        assert admin_client.get(changelist).status_code == 200, changelist
        assert admin_client.get(changelist, {"q": "SHPP003"}).status_code == 200
        obj = model.objects.first()
        if obj is not None:
            change = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
            assert admin_client.get(change).status_code == 200, change
    assert (
        version.paper.code
        in admin_client.get(reverse("admin:papers_paperversion_changelist")).content.decode()
    )


def test_status_is_not_editable_in_the_admin(admin_client):
    version = build_paper(code="SHPP003-31")
    url = reverse("admin:papers_paperversion_change", args=[version.pk])
    form = admin_client.get(url).context["adminform"].form
    assert "status" not in form.fields


def test_group_sections_are_limited_to_the_same_version(admin_client):
    version = build_paper(code="SHPP003-32", sections=2)
    other = build_paper(code="SHPP003-33", sections=3)
    group = version.question_set.groups.first()
    url = reverse("admin:papers_questiongroup_change", args=[group.pk])
    choices = admin_client.get(url).context["adminform"].form.fields["sections"].queryset
    assert set(choices) == set(version.sections.all())
    assert not set(choices) & set(other.sections.all())
