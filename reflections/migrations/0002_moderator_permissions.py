"""Give the Moderatie group (created by accounts.0002) exactly what moderators need."""

from django.db import migrations

MODERATOR_PERMISSIONS = [
    ("reflections", "moderate_reflection"),
    ("reflections", "view_reflection"),
    ("reflections", "view_moderationevent"),
    ("reflections", "view_report"),
]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderators, _ = Group.objects.get_or_create(name="Moderatie")
    for app_label, codename in MODERATOR_PERMISSIONS:
        moderators.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderators = Group.objects.filter(name="Moderatie").first()
    if moderators:
        moderators.permissions.remove(
            *Permission.objects.filter(content_type__app_label="reflections")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("reflections", "0001_initial"),
        ("accounts", "0002_roles_and_policies"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
