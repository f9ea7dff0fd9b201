"""Make the vectors the published reflections lack (#31): after a deploy on a running
consultation, or after the model changed. The background job does the same a batch at a
time; this does all of it now, with a progress bar. Stopped (Ctrl+C) and run again, it
goes on where it was: every batch is stored as it is made."""

import time

from django.core.management.base import BaseCommand, CommandError

from civcare.core import embeddings
from reflections import vectors

BAR = 30


class Command(BaseCommand):
    help = (
        "Maakt de betekenisvectoren die gepubliceerde reflecties nog missen (na een "
        "installatie tijdens een lopende consultatie). Afgebroken en opnieuw gestart gaat "
        "het verder waar het was."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch", type=int, default=128, help="Zoveel teksten per keer (standaard 128)."
        )

    def handle(self, *args, batch: int = 128, verbosity: int = 1, **options):
        state = embeddings.status()
        if not state.available:
            raise CommandError(f"Het taalmodel is hier niet beschikbaar: {state.engine}.")
        removed = vectors.sweep()
        total = vectors.missing().count()
        if verbosity:
            self.stdout.write(
                f"Model: {embeddings.MODEL}, motor: {state.engine}. Te doen: {total} "
                f"reflecties; verouderde vectoren verwijderd: {removed}."
            )
        done, started = 0, time.monotonic()
        while True:
            made = vectors.embed_waiting(batch)
            if not made:
                break
            done += made
            if verbosity:
                self._progress(done, total, time.monotonic() - started)
        if verbosity:
            self.stdout.write("")
            self.stdout.write(
                self.style.SUCCESS(
                    f"Klaar: {done} vectoren gemaakt in {time.monotonic() - started:.0f} s."
                )
            )

    def _progress(self, done: int, total: int, seconds: float) -> None:
        total = max(total, done)  # published meanwhile: the bar grows with them
        filled = round(BAR * done / total) if total else BAR
        rate = done / seconds if seconds else 0.0
        left = (total - done) / rate if rate else 0.0
        self.stdout.write(
            f"\r[{'#' * filled}{'.' * (BAR - filled)}] {done}/{total} "
            f"({100 * done // max(total, 1)} %) · {rate:.1f} per seconde · nog {left:.0f} s",
            ending="",
        )
        self.stdout.flush()
