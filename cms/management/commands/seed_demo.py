from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from cms.demo.seed import DEMO_PASSWORD, seed_demo


class Command(BaseCommand):
    help = "Create the demo campaign, content pages and demo accounts (idempotent)."

    def handle(self, *args, **options):
        try:
            result = seed_demo()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        campaign = result["campaign"]
        self.stdout.write(self.style.SUCCESS(f"Demo ready: {campaign.title}"))
        self.stdout.write(f"Demo accounts (password '{DEMO_PASSWORD}'):")
        for username, description in result["users"]:
            self.stdout.write(f"  {username:<24} {description}")
