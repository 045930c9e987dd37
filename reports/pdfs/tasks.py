"""Celery tasks that build the PDFs: thin wrappers that take ids and call the services."""

from __future__ import annotations

from celery import shared_task
from django.db import OperationalError

from roles.models import Municipality
from surveys.models import CampaignPage

from . import services

#: Worth another try: the database, the broker or the storage was briefly away.
TRANSIENT = (ConnectionError, TimeoutError, OperationalError, OSError)


@shared_task(
    autoretry_for=TRANSIENT,
    retry_backoff=True,
    max_retries=5,
    # Idempotent builds: a worker that dies mid-build (an out-of-memory kill) puts the job
    # back for another worker; one that hangs is stopped.
    acks_late=True,
    reject_on_worker_lost=True,
    soft_time_limit=900,
    time_limit=960,
)
def question_overview_build(campaign_id: int) -> int | None:
    """Build the question overview of a campaign (after a publish); returns its page count."""
    campaign = CampaignPage.objects.filter(pk=campaign_id).first()
    if campaign is None:
        return None  # deleted since the task was queued
    return services.question_overview_build(campaign=campaign).page_count


@shared_task(
    autoretry_for=TRANSIENT,
    retry_backoff=True,
    max_retries=5,
    # Idempotent builds: a worker that dies mid-build (an out-of-memory kill) puts the job
    # back for another worker; one that hangs is stopped.
    acks_late=True,
    reject_on_worker_lost=True,
    soft_time_limit=900,
    time_limit=960,
)
def answers_report_build(campaign_id: int, municipality_id: int) -> int | None:
    """Build the answers PDF of a municipality for a whole campaign; returns its page count."""
    campaign = CampaignPage.objects.filter(pk=campaign_id).first()
    municipality = Municipality.objects.filter(pk=municipality_id).first()
    if campaign is None or municipality is None:
        return None
    return services.answers_report_build(campaign=campaign, municipality=municipality).page_count
