"""What every display name looks like (civcare.core.confusables.skeleton), so that a new name
cannot look like an existing one (#28). Existing accounts get theirs here; a name that
already looks like another stays as it is, and its account keeps working (hence no unique
constraint)."""

from django.db import migrations, models

from civcare.core.confusables import skeleton


def fill(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    users = list(User.objects.only("pk", "display_name"))
    for user in users:
        user.display_name_key = skeleton(user.display_name)
    User.objects.bulk_update(users, ["display_name_key"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_privacy_identifiability"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="display_name_key",
            field=models.CharField(db_index=True, default="", editable=False, max_length=200),
            preserve_default=False,
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
