"""Import one paper file (the format of fixtures/) as a draft version."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from papers import fileformat


class Command(BaseCommand):
    help = (
        "Leest een paper in het Markdown-formaat van fixtures/ (zie fixtures/README.md) en "
        "slaat hem op als versie in voorbereiding. Met --dry-run wordt alleen gecontroleerd."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="Het paperbestand (.md, UTF-8).")
        parser.add_argument(
            "--dry-run", action="store_true", help="Alleen controleren, niets opslaan."
        )

    def handle(self, *args, file: Path, dry_run: bool, **options):
        try:
            text = file.read_text(encoding="utf-8")
        except FileNotFoundError as error:
            raise CommandError(f"Bestand niet gevonden: {file}") from error
        except UnicodeDecodeError as error:
            raise CommandError(f"{file.name} is geen UTF-8-tekst.") from error
        try:
            parsed = fileformat.check_text(text)
            if not dry_run:
                fileformat.import_text(text)
        except fileformat.PaperFileError as error:
            count = len(error.problems)
            raise CommandError(
                f"{file.name}: {count} {'probleem' if count == 1 else 'problemen'}, "
                f"niets opgeslagen.\n{error}"
            ) from error
        if dry_run:
            self.stdout.write(f"In orde (niets opgeslagen): {fileformat.summary(parsed)}")
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Opgeslagen als versie in voorbereiding: {fileformat.summary(parsed)}"
                )
            )
