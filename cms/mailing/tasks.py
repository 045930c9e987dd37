"""Celery tasks for e-mail: thin wrappers that take ids."""

from __future__ import annotations

from celery import shared_task
from django.contrib.auth import get_user_model
from django.core.management import call_command

TRANSIENT = (ConnectionError, TimeoutError, OSError)


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def send_email_template(template_id: int, by_id: int | None) -> int:
    from .models import EmailTemplate
    from .services import template_send

    by = get_user_model().objects.filter(pk=by_id).first() if by_id else None
    return template_send(template=EmailTemplate.objects.get(pk=template_id), by=by)


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=3)
def send_due_reminders() -> None:
    """Beat task: the reminders of the day (wraps the management command)."""
    call_command("send_reminders")
