from django.core.management.base import BaseCommand
from django.utils import timezone

from surveys.models import CampaignPage
from surveys.services import rubrics_auto_confirm


class Command(BaseCommand):
    help = (
        "Confirm, once, the unconfirmed rubrics with answers of municipalities that did not "
        "object, after the confirmation deadline (or their own extension)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--werkjaar", type=int, help="Only this campaign.")

    def handle(self, *args, werkjaar=None, **options):
        campaigns = CampaignPage.objects.live()
        if werkjaar:
            campaigns = campaigns.filter(werkjaar=werkjaar)
        today = timezone.localdate()
        for campaign in campaigns:
            count = rubrics_auto_confirm(campaign=campaign, today=today)
            self.stdout.write(f"{campaign.title}: {count} rubriek(en) automatisch bevestigd.")
