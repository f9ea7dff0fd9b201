"""Every few minutes (cron or a systemd timer): the outbox of emails to followers, and the
removal of expired sessions (with whatever a visitor wrote in them before signing in)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db.models import Count
from django.utils import timezone

from papers import following
from papers.models import Notification


class Command(BaseCommand):
    help = (
        "Verstuurt de e-mails aan volgers die nog wachten (ook opnieuw, als de mailserver "
        "eerder weigerde) en zet herinneringen klaar voor consultaties die binnen twee dagen "
        "sluiten. Elke paar minuten draaien (cron of systemd-timer); nog een keer draaien "
        "stuurt niets dubbel. Verwijdert ook verlopen sessies (met de concepten daarin)."
    )

    def handle(self, *args, **options):
        # A draft in a session can hold health-related text: it goes with the session.
        call_command("clearsessions")
        queued = following.queue_closing_reminders(timezone.localdate())
        sent = following.deliver()
        left = dict(
            Notification.objects.filter(
                status__in=[Notification.Status.PENDING, Notification.Status.FAILED]
            )
            .values_list("status")
            .annotate(n=Count("pk"))
            .order_by()
        )
        self.stdout.write(
            f"Herinneringen klaargezet: {queued}. Verstuurd: {sent}. "
            f"Wachten nog: {left.get(Notification.Status.PENDING, 0)}. "
            f"Opgegeven: {left.get(Notification.Status.FAILED, 0)}."
        )
