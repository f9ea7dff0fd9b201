"""Follower emails move to the one outbox (core.OutgoingEmail); unsubscribe links carry a
random nonce of the subscription instead of the user and paper ids.

Run ``manage.py send_notifications`` before migrating: follower emails still waiting in
papers.Notification are not carried over (the outbox stores rendered emails), and links in
emails sent before this migration no longer work (the page says so and points to Mijn
account, where following can be stopped too)."""

import secrets

from django.db import migrations, models

import papers.models


def give_each_subscription_a_nonce(apps, schema_editor):
    Subscription = apps.get_model("papers", "Subscription")
    for subscription in Subscription.objects.filter(nonce__isnull=True):
        subscription.nonce = secrets.token_urlsafe(18)
        subscription.save(update_fields=["nonce"])


class Migration(migrations.Migration):
    dependencies = [
        ("papers", "0004_notification_outbox"),
        ("core", "0001_outbox"),
    ]

    operations = [
        migrations.DeleteModel(name="Notification"),
        migrations.AddField(
            model_name="subscription",
            name="nonce",
            field=models.CharField(max_length=32, null=True),
        ),
        migrations.RunPython(give_each_subscription_a_nonce, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="subscription",
            name="nonce",
            field=models.CharField(
                default=papers.models.new_unsubscribe_nonce,
                max_length=32,
                unique=True,
            ),
        ),
    ]
