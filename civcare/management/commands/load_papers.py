"""Load the papers in fixtures/ (series first). Safe to run again: nothing is loaded twice."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from governance import transitions
from papers import fileformat

FIXTURES = Path(settings.BASE_DIR) / "fixtures"


class Command(BaseCommand):
    help = (
        "Laadt de reeksen en papers uit fixtures/ (of de opgegeven map). Een nieuw geladen "
        "versie gaat direct open voor publieke reflectie; bestaande versies blijven onaangeroerd."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dir", type=Path, default=FIXTURES, help="Map met series/ en papers/."
        )
        parser.add_argument(
            "--draft",
            action="store_true",
            help="Laat nieuw geladen versies in voorbereiding in plaats van ze open te stellen.",
        )

    def handle(self, *args, dir: Path, draft: bool, **options):
        series_files = sorted((dir / "series").glob("*.md"))
        paper_files = sorted((dir / "papers").glob("*.md"))
        if not series_files and not paper_files:
            raise CommandError(f"Geen papers gevonden in {dir}.")
        for path in series_files:
            series, created = fileformat.import_series_file(path)
            self.stdout.write(f"{'Geladen' if created else 'Al aanwezig'}: reeks {series.code}")
        for path in paper_files:
            try:
                parsed = fileformat.parse_paper(path.read_text(encoding="utf-8"))
            except fileformat.PaperFileError as error:
                raise CommandError(f"{path.name}:\n{error}") from error
            name = f"{parsed.code} v{parsed.meta['versie']}"
            if fileformat.version_exists(parsed):
                self.stdout.write(f"Al aanwezig: {name}")
                continue
            try:
                version = fileformat.import_text(path.read_text(encoding="utf-8"))
            except fileformat.PaperFileError as error:
                raise CommandError(f"{path.name}:\n{error}") from error
            if not draft:
                transitions.open_consultation(version)
            self.stdout.write(self.style.SUCCESS(f"Geladen: {name}"))
