from django.core.management.base import BaseCommand

from cms.mailing.services import reminders_send_due


class Command(BaseCommand):
    help = "Send the reminder e-mails whose day has come (deadline minus their number of days)."

    def handle(self, *args, **options):
        count = reminders_send_due()
        self.stdout.write(f"{count} herinnering(en) verstuurd.")
