"""Writing the answers export: to a file (the command, the XLSX job) and the XLSX jobs.

The CSV download in the admin streams the same ``writers.csv_chunks`` over the same
``selectors.answer_export_rows`` as ``answers_export_write``; only the XLSX needs a job,
because openpyxl cannot stream an HTTP response.
"""

from __future__ import annotations

import datetime
import tempfile
from collections.abc import Iterator
from typing import IO, Any

from django.core.files import File
from django.db import transaction
from django.utils import timezone

from roles.permissions import Action, require
from surveys.models import CampaignPage

from ..models import ExportJob
from ..storage import private_storage
from . import writers
from .selectors import ExportRow, answer_export_rows

CSV = "csv"
XLSX = "xlsx"
FORMATS = (CSV, XLSX)


def answers_export_write(*, campaign: CampaignPage, file_format: str, target: IO[bytes]) -> int:
    """Write every applicable answer cell of the campaign to ``target``; returns the row count."""
    rows = answer_export_rows(campaign=campaign)
    if file_format == XLSX:
        return writers.xlsx_write(rows, target, title=writers.xlsx_sheet_title(campaign.werkjaar))
    if file_format != CSV:
        raise ValueError(f"unknown export format {file_format!r}")
    count = 0

    def counted() -> Iterator[ExportRow]:
        nonlocal count
        for row in rows:
            count += 1
            yield row

    for chunk in writers.csv_chunks(counted()):
        target.write(chunk)
    return count


#: A job still waiting after this long is presumed lost (a worker that died): ask anew.
PENDING_REUSE = datetime.timedelta(minutes=30)


@transaction.atomic
def export_job_request(*, campaign: CampaignPage, by: Any) -> ExportJob:
    """Only the project team exports; the XLSX is built by Celery after this commits.

    While an export of the campaign is being built, asking again (a second click, a
    colleague) leads to that export rather than building the same file twice.
    """
    require(by, Action.EXPORT)
    pending = (
        ExportJob.objects.select_for_update()
        .filter(
            campaign=campaign,
            status__in=[ExportJob.Status.QUEUED, ExportJob.Status.RUNNING],
            created_at__gte=timezone.now() - PENDING_REUSE,
        )
        .order_by("-created_at")
        .first()
    )
    if pending is not None:
        return pending
    job = ExportJob.objects.create(campaign=campaign, requested_by=by)
    from . import tasks

    transaction.on_commit(lambda: tasks.export_job_build.delay(job.pk))
    return job


def export_job_build(*, job: ExportJob) -> ExportJob:
    """Build the job's XLSX into private storage; a finished job is not built again.

    Deliberately not one transaction: the build takes a while and its progress ("wordt
    gemaakt", "mislukt") must be visible to the page that waits for it.
    """
    if job.status == ExportJob.Status.DONE:
        return job
    jobs = ExportJob.objects.filter(pk=job.pk)
    jobs.update(status=ExportJob.Status.RUNNING, started_at=timezone.now(), error="")
    try:
        with tempfile.TemporaryFile() as scratch:
            count = answers_export_write(campaign=job.campaign, file_format=XLSX, target=scratch)
            scratch.seek(0)
            stem = f"exports/antwoorden-{job.campaign.werkjaar}-{job.pk}"
            name = private_storage.save(f"{stem}.xlsx", File(scratch))
    except Exception as error:
        jobs.update(
            status=ExportJob.Status.FAILED,
            error=f"{type(error).__name__}: {error}"[:2000],
            finished_at=timezone.now(),
        )
        raise
    jobs.update(
        status=ExportJob.Status.DONE, file_name=name, row_count=count, finished_at=timezone.now()
    )
    job.refresh_from_db()
    return job
