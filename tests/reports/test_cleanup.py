"""Old exports and orphaned generated files go; current files stay (issue 13, part 4)."""

from __future__ import annotations

import datetime
import io
import os

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from reports.models import ExportJob, GeneratedReport
from reports.storage import private_storage

pytestmark = pytest.mark.django_db

LONG_AGO = timezone.now() - datetime.timedelta(days=40)


def stored(name: str, *, old: bool) -> str:
    name = private_storage.save(name, ContentFile(b"%PDF-1.7 test"))
    if old:
        stamp = LONG_AGO.timestamp()
        os.utime(private_storage.path(name), (stamp, stamp))
    return name


def test_old_exports_and_orphans_go_current_files_stay(campaign):
    old_export = ExportJob.objects.create(
        campaign=campaign,
        status=ExportJob.Status.DONE,
        file_name=stored("exports/antwoorden-2025-1.xlsx", old=True),
        finished_at=LONG_AGO,
    )
    recent_export = ExportJob.objects.create(
        campaign=campaign,
        status=ExportJob.Status.DONE,
        file_name=stored("exports/antwoorden-2025-2.xlsx", old=False),
        finished_at=timezone.now() - datetime.timedelta(days=2),
    )
    current = stored("reports/overview-2025-current.pdf", old=True)
    GeneratedReport.objects.update_or_create(
        kind=GeneratedReport.Kind.QUESTION_OVERVIEW,
        campaign=campaign,
        defaults={"status": GeneratedReport.Status.READY, "file_name": current},
    )
    superseded = stored("reports/overview-2025-superseded.pdf", old=True)
    just_built = stored("reports/overview-2025-being-stored.pdf", old=False)

    out = io.StringIO()
    call_command("cleanup_generated_files", stdout=out)

    assert "Opgeruimd: 1 export(s), 1 los(se) bestand(en)." in out.getvalue()
    assert not ExportJob.objects.filter(pk=old_export.pk).exists()
    assert not private_storage.exists(old_export.file_name)
    assert not private_storage.exists(superseded)
    for kept in (recent_export.file_name, current, just_built):
        assert private_storage.exists(kept), kept
    assert ExportJob.objects.filter(pk=recent_export.pk).exists()


def test_the_number_of_days_is_bounded(campaign):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="tussen 0 en 3650"):
        call_command("cleanup_generated_files", "--dagen", "-1", stdout=io.StringIO())
