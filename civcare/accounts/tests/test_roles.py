import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from civcare.accounts import roles
from civcare.accounts.tests.factories import UserFactory, editor, moderator
from papers.permissions import is_editor

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("grant_role", *args, stdout=out)
    return out.getvalue()


def test_grant_and_revoke_a_role_by_email():
    user = UserFactory(email="redacteur@example.org")
    assert "Rol Redactie gegeven aan redacteur@example.org." in run(
        "REDACTEUR@example.org", "redactie"
    )
    assert is_editor(user.__class__.objects.get(pk=user.pk))
    assert "had de rol Redactie al" in run("redacteur@example.org", "redactie")
    assert "Rol Redactie afgenomen" in run("redacteur@example.org", "redactie", "--revoke")
    assert not user.groups.exists()
    assert "had de rol Redactie niet" in run("redacteur@example.org", "redactie", "--revoke")


def test_unknown_user_and_unknown_role_give_clear_errors():
    UserFactory(email="iemand@example.org")
    with pytest.raises(CommandError, match=r"Er is geen account met e-mailadres nie@example\.org"):
        run("nie@example.org", "moderatie")
    with pytest.raises(CommandError, match=r"Onbekende rol 'baas'\. Kies uit: redactie, moderatie"):
        run("iemand@example.org", "baas")


def test_editors_have_exactly_the_editor_permissions():
    group = Group.objects.get(name=roles.EDITORS)
    granted = {
        f"{p.content_type.app_label}.{p.codename}"
        for p in group.permissions.select_related("content_type")
    }
    assert granted == set(roles.EDITOR_PERMISSIONS)
    assert not any(p.startswith("accounts.") for p in granted)
    assert "papers.delete_paperversion" not in granted


def test_each_role_gives_its_own_powers_only():
    assert is_editor(editor())
    assert not is_editor(moderator())
    assert not is_editor(UserFactory())
    assert is_editor(UserFactory(is_superuser=True))
    assert not is_editor(UserFactory(is_staff=True))


def test_groups_can_be_restored_with_their_permissions():
    Group.objects.all().delete()
    roles.ensure_groups()
    editors = Group.objects.get(name=roles.EDITORS)
    moderators = Group.objects.get(name=roles.MODERATORS)
    assert editors.permissions.count() == len(roles.EDITOR_PERMISSIONS)
    assert {p.codename for p in moderators.permissions.all()} == {
        code.split(".")[1] for code in roles.MODERATOR_PERMISSIONS
    }


def test_a_deleted_role_group_is_recreated_with_its_permissions_when_granted():
    Group.objects.filter(name=roles.MODERATORS).delete()
    user = UserFactory()
    roles.grant(user, "moderatie")
    group = Group.objects.get(name=roles.MODERATORS)
    assert user.groups.filter(pk=group.pk).exists()
    codes = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}
    assert codes == set(roles.MODERATOR_PERMISSIONS)
