"""The periodic job (cron every minute or few, or ``--loop`` as a service): queue the
closing reminders, deliver the outbox (every email the platform sends), render the official
PDFs whose data changed (civcare.core.documents: ahead of the request), do what the apps
registered as background work (civcare.core.background: the vectors of published texts,
#31), and remove what
must not stay: delivered mail after MAIL_RETENTION_DAYS, expired sessions with the drafts
visitors left in them."""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.db.models import Count
from django.utils import timezone

from civcare.core import background, documents, mail
from civcare.core.models import OutgoingEmail
from papers import following


class Command(BaseCommand):
    help = (
        "Verstuurt de e-mails die wachten (ook opnieuw, als de mailserver eerder weigerde), "
        "zet herinneringen klaar voor consultaties die binnen twee dagen sluiten, maakt de "
        "PDF's waarvan de inhoud veranderde en ruimt verlopen sessies en oude verzonden "
        "e-mails op. Elke minuut draaien (cron), of als dienst met --loop; nog een keer "
        "draaien stuurt niets dubbel."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop",
            type=float,
            metavar="SECONDEN",
            help="Blijf draaien en lever elke zoveel seconden af (bijv. 5), tot Ctrl+C.",
        )

    def handle(self, *args, loop=None, verbosity=1, **options):
        if loop is None:
            self.run_once(report=verbosity > 0)
            return
        last_housekeeping = 0.0
        try:
            while True:
                close_old_connections()
                if time.monotonic() - last_housekeeping > 300:
                    self.run_once(report=verbosity > 1, background_seconds=0)
                    last_housekeeping = time.monotonic()
                else:
                    mail.deliver()
                    # One document per round, so a long render delays the mail by one; then
                    # a slice of the other work (a batch of vectors: about a second).
                    if documents.work(limit=1) or background.run():
                        continue
                time.sleep(loop)
        except KeyboardInterrupt:
            pass

    def run_once(self, *, report: bool, background_seconds: float = 30) -> None:
        # A draft in a session can hold health-related text: it goes with the session.
        call_command("clearsessions")
        queued = following.queue_closing_reminders(timezone.localdate())
        sent = mail.deliver()
        rendered = documents.work()
        # Once a minute by cron: what is waiting, for at most half that minute (as a service,
        # --loop, a slice each round instead).
        background.run(seconds=background_seconds)
        mail.purge()
        left = dict(
            OutgoingEmail.objects.filter(
                status__in=[OutgoingEmail.Status.PENDING, OutgoingEmail.Status.FAILED]
            )
            .values_list("status")
            .annotate(n=Count("pk"))
            .order_by()
        )
        if report:
            self.stdout.write(
                f"Herinneringen klaargezet: {queued}. Verstuurd: {sent}. "
                f"Wachten nog: {left.get(OutgoingEmail.Status.PENDING, 0)}. "
                f"Opgegeven: {left.get(OutgoingEmail.Status.FAILED, 0)}. "
                f"PDF's gemaakt: {rendered}."
            )
