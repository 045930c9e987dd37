"""Celery tasks of the reports app (discovered by the Celery app); features import theirs here."""

from .exports.tasks import export_job_build  # noqa: F401
from .pdfs.tasks import answers_report_build, question_overview_build  # noqa: F401
