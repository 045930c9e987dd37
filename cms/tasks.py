"""Periodic site tasks. Each wraps a management command that can be run by hand."""

from celery import shared_task
from django.core.management import call_command


@shared_task
def publish_scheduled() -> None:
    """Publish pages whose scheduled go-live moment has passed (Wagtail's command)."""
    call_command("publish_scheduled")


# Autodiscovery imports only ``cms.tasks``: importing the mailing tasks here registers them,
# under their own names (``cms.mailing.tasks.*``), which is what the beat schedule uses.
from .mailing.tasks import send_due_reminders, send_email_template  # noqa: E402, F401
