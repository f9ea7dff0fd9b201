"""Daily job: remind the followers of consultations that close in two days."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from papers import following


class Command(BaseCommand):
    help = (
        "Stuurt volgers een herinnering als een consultatie over twee dagen sluit. Eén keer per "
        "dag draaien (cron of systemd-timer); nog een keer draaien stuurt niets dubbel."
    )

    def handle(self, *args, **options):
        sent = following.send_closing_reminders(timezone.localdate())
        self.stdout.write(f"Herinneringen verstuurd: {sent}")
