"""Celery task of the exports: takes an id, calls the service of the same name."""

from __future__ import annotations

from celery import shared_task

from ..models import ExportJob
from . import services

TRANSIENT = (ConnectionError, TimeoutError, OSError)


@shared_task(
    autoretry_for=TRANSIENT,
    retry_backoff=True,
    max_retries=3,
    # Idempotent builds: a worker that dies mid-build (an out-of-memory kill) puts the job
    # back for another worker; one that hangs is stopped.
    acks_late=True,
    reject_on_worker_lost=True,
    soft_time_limit=1800,
    time_limit=1860,
)
def export_job_build(job_id: int) -> int:
    """Build a requested XLSX export; returns its number of rows."""
    job = ExportJob.objects.select_related("campaign").get(pk=job_id)
    return services.export_job_build(job=job).row_count
