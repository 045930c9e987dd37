"""Celery tasks of the reports app (discovered by the Celery app); features import theirs here."""

from celery import shared_task
from django.core.management import call_command

from .exports.tasks import export_job_build  # noqa: F401
from .pdfs.tasks import answers_report_build, question_overview_build  # noqa: F401


@shared_task(
    autoretry_for=(ConnectionError, TimeoutError, OSError), retry_backoff=True, max_retries=3
)
def generated_files_cleanup() -> None:
    """Beat task: remove old exports and orphaned generated files (wraps the command)."""
    call_command("cleanup_generated_files")
