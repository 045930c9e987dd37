"""Remove old exports and generated files that no report names any more (daily by beat)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from reports.cleanup import generated_files_cleanup


class Command(BaseCommand):
    help = "Delete exports older than the given number of days and files no report names."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dagen",
            type=int,
            default=None,
            help=f"Keep this many days (default GENERATED_FILES_KEEP_DAYS, "
            f"{settings.GENERATED_FILES_KEEP_DAYS}).",
        )

    def handle(self, *args, dagen=None, **options):
        if dagen is not None and not 0 <= dagen <= 3650:
            raise CommandError("--dagen moet tussen 0 en 3650 liggen.")
        result = generated_files_cleanup(days=dagen)
        self.stdout.write(
            f"Opgeruimd: {result.exports} export(s), {result.orphans} los(se) bestand(en)."
        )
