from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from surveys.models import CampaignPage
from surveys.peer_ranges import peer_ranges_compute
from surveys.sheets import previous_campaign_of


class Command(BaseCommand):
    help = (
        "Compute what most municipalities answered in a campaign (P5 and P95 of the "
        "confirmed answers per numeric question, table row and cell), for the plausibility "
        "checks of the next campaign. Replaces the campaign's earlier ranges. Without "
        "--werkjaar: the previous campaign of every campaign that has not closed yet."
    )

    def add_arguments(self, parser):
        parser.add_argument("--werkjaar", type=int, help="Only this campaign.")

    def handle(self, *args, werkjaar=None, **options):
        if werkjaar:
            campaign = CampaignPage.objects.filter(werkjaar=werkjaar).first()
            if campaign is None:
                raise CommandError(f"Er is geen campagne voor werkjaar {werkjaar}.")
            campaigns = [campaign]
        else:
            open_now = CampaignPage.objects.filter(
                confirmation_deadline__gte=timezone.localdate()
            ).select_related("previous_campaign")
            previous = (previous_campaign_of(campaign) for campaign in open_now)
            campaigns = list({c.pk: c for c in previous if c is not None}.values())
        for campaign in campaigns:
            count = peer_ranges_compute(campaign=campaign)
            self.stdout.write(f"{campaign.title}: {count} bereik(en) berekend.")
