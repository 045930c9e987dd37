from django.core.management.base import BaseCommand, CommandError

from surveys.models import CampaignPage
from surveys.peer_ranges import peer_ranges_compute


class Command(BaseCommand):
    help = (
        "Compute what most municipalities answered in a campaign (P5 and P95 of the "
        "confirmed answers per numeric question, table row and cell), for the plausibility "
        "checks of the next campaign. Replaces the campaign's earlier ranges."
    )

    def add_arguments(self, parser):
        parser.add_argument("--werkjaar", type=int, required=True, help="The campaign.")

    def handle(self, *args, werkjaar, **options):
        campaign = CampaignPage.objects.filter(werkjaar=werkjaar).first()
        if campaign is None:
            raise CommandError(f"Er is geen campagne voor werkjaar {werkjaar}.")
        count = peer_ranges_compute(campaign=campaign)
        self.stdout.write(f"{campaign.title}: {count} bereik(en) berekend.")
