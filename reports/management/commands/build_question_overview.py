"""Build the question overview PDF of one campaign (or every live one), as the Celery task does."""

from django.core.management.base import BaseCommand, CommandError

from reports.pdfs.services import question_overview_build
from surveys.models import CampaignPage


class Command(BaseCommand):
    help = (
        "Build the question overview PDF (vragenoverzicht) of a campaign and store it in "
        "private storage, unless the stored one is current."
    )

    def add_arguments(self, parser):
        parser.add_argument("--werkjaar", type=int, help="Only the campaign of this werkjaar.")

    def handle(self, *args, werkjaar=None, **options):
        campaigns = CampaignPage.objects.live().order_by("werkjaar")
        if werkjaar is not None:
            campaigns = campaigns.filter(werkjaar=werkjaar)
            if not campaigns.exists():
                raise CommandError(f"Er is geen gepubliceerde campagne voor werkjaar {werkjaar}.")
        for campaign in campaigns:
            report = question_overview_build(campaign=campaign)
            self.stdout.write(
                f"Vragenoverzicht {campaign.werkjaar}: {report.page_count} pagina's "
                f"({report.file_name})"
            )
