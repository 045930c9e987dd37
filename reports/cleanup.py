"""Removing generated files that nobody needs any more.

Exports are downloads of a moment: after ``GENERATED_FILES_KEEP_DAYS`` their file and their
job go. A PDF's previous file is deleted when a new one replaces it (after commit); a file
left behind when that could not happen (a killed worker) is removed here once it is as old.
Files that a current report or a kept export names are never touched.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from .models import ExportJob, GeneratedReport
from .storage import private_storage

#: The folders of private storage that hold generated files.
FOLDERS = ("exports", "reports")


@dataclass(frozen=True)
class Cleanup:
    exports: int
    orphans: int


def _files(folder: str) -> list[str]:
    if not private_storage.exists(folder):
        return []
    directories, files = private_storage.listdir(folder)
    names = [f"{folder}/{name}" for name in files]
    for directory in directories:
        names += _files(f"{folder}/{directory}")
    return names


def generated_files_cleanup(
    *, days: int | None = None, now: datetime.datetime | None = None
) -> Cleanup:
    """Delete exports older than ``days`` and files no report or export names any more."""
    days = settings.GENERATED_FILES_KEEP_DAYS if days is None else days
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    old = ExportJob.objects.filter(finished_at__lt=cutoff).exclude(
        status__in=[ExportJob.Status.QUEUED, ExportJob.Status.RUNNING]
    )
    exports = 0
    for job in old:
        if job.file_name and private_storage.exists(job.file_name):
            private_storage.delete(job.file_name)
        job.delete()
        exports += 1
    named = set(GeneratedReport.objects.exclude(file_name="").values_list("file_name", flat=True))
    named |= set(ExportJob.objects.exclude(file_name="").values_list("file_name", flat=True))
    orphans = 0
    for folder in FOLDERS:
        for name in _files(folder):
            if name in named or private_storage.get_modified_time(name) >= cutoff:
                continue
            private_storage.delete(name)
            orphans += 1
    return Cleanup(exports=exports, orphans=orphans)
