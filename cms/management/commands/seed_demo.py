from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from cms.demo.seed import DEMO_PASSWORD, PREVIOUS_OTHERS, seed_demo


class Command(BaseCommand):
    help = "Create the demo campaign, content pages and demo accounts (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--andere-gemeenten",
            type=int,
            default=PREVIOUS_OTHERS,
            dest="others",
            help="How many municipalities besides Kasterlee and Brecht answered the earlier "
            f"campaign (default {PREVIOUS_OTHERS}).",
        )

    def handle(self, *args, **options):
        if not 0 <= options["others"] <= 300:
            raise CommandError("--andere-gemeenten must be between 0 and 300.")
        try:
            result = seed_demo(others=options["others"])
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        campaign = result["campaign"]
        self.stdout.write(self.style.SUCCESS(f"Demo ready: {campaign.title}"))
        self.stdout.write(
            f"Earlier campaign: {result['previous'].title}, confirmed answers of "
            f"{result['previous'].participations.count()} municipalities"
        )
        self.stdout.write(f"Demo accounts (password '{DEMO_PASSWORD}'):")
        for username, description in result["users"]:
            self.stdout.write(f"  {username:<24} {description}")
