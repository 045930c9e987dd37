"""Benchmark: a filled rubric of 60 questions read back from its spreadsheet (target < 2 s).

Run with:  .venv/bin/python tests/benchmarks/bench_spreadsheet.py [--repeat 10]
(a throwaway test database: SQLite, or PostgreSQL when DATABASE_URL is set).

The rubric has 60 questions of every type (tables included), the previous campaign's
confirmed answers beside them, and saved answers of its own. The spreadsheet is downloaded
as a person would, every answer is changed in it, and then it is measured:
- the download (GET, the XLSX built from the rubric's sheet),
- reading it back: the file checks, openpyxl, the signature and every cell through its
  question's form field, compared with what is stored (``rubric_spreadsheet_read``),
- the whole upload as the browser sends it (POST, the preview page rendered).
Medians with p25–p75 of ``--repeat`` runs; it asserts only that the preview is complete.
"""

from __future__ import annotations

import argparse
import datetime
import io
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ["DJANGO_SETTINGS_MODULE"] = "tests.benchmarks.settings"

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment, teardown_test_environment  # noqa: E402

COUNT = 60
T = TypeVar("T")
STEP = "/registratie/2040/13017/GEN/alles/"
DOWNLOAD = "/registratie/2040/13017/GEN/rekenblad/"
UPLOAD = "/registratie/2040/13017/GEN/rekenblad/opladen/"


def timed(fn: Callable[[], T], repeat: int) -> tuple[list[float], T]:
    samples = []
    for _run in range(repeat):
        start = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - start)
    return samples, result


def line(name: str, samples: list[float]) -> str:
    ordered = sorted(samples)
    quartiles = statistics.quantiles(ordered, n=4) if len(ordered) > 1 else ordered * 3
    return (
        f"{name:<58} {statistics.median(ordered) * 1000:8.1f} ms"
        f"   (p25–p75 {quartiles[0] * 1000:.1f}–{quartiles[-1] * 1000:.1f})"
    )


def changed_cells(content: bytes) -> bytes:
    """Every answer of the generated rubric changed, typed as people type them."""
    from openpyxl import load_workbook

    from tests.surveys.generated import KINDS

    workbook = load_workbook(io.BytesIO(content))
    ws = workbook["Alles"]
    by_code = {ws.cell(row=r, column=1).value: r for r in range(1, ws.max_row + 1)}
    for index in range(COUNT):
        code = f"GEN-{index + 1:03d}"
        kind = KINDS[index % len(KINDS)]
        if kind == "table":
            for sector in ("cultuur", "jeugd", "sport", "vrijetijdsdienst"):
                ws.cell(row=by_code[f"{code}:{sector}"], column=7).value = f"{index + 7}"
            continue
        ws.cell(row=by_code[code], column=7).value = {
            "integer": "2.345",
            "decimal": "7,25",
            "euro": "€3.100,-",
            "percentage": 42.5,
            "yes_no": "Nee",
            "single_choice": "C",
            "multiple_choice": "A; C",
            "short_text": "Andere tekst",
            "date": datetime.datetime(2024, 3, 1),
        }[kind]
    target = io.BytesIO()
    workbook.save(target)
    return target.getvalue()


def report(repeat: int) -> None:
    from cms.models import HomePage
    from roles.models import Municipality, Role
    from surveys.models import Participation
    from surveys.selectors import campaign_live_by_werkjaar, questionnaire_for_campaign
    from surveys.sheets import rubric_sheet
    from surveys.spreadsheets.reader import rubric_spreadsheet_read
    from tests.benchmarks.bench_registration import with_previous_and_checks
    from tests.surveys.conftest import person
    from tests.surveys.generated import answer_post_data, build_generated_campaign
    from tests.surveys.pages import fill, form_data

    home = HomePage.objects.get()
    build_generated_campaign(home, werkjaar=2040, count=COUNT)
    kasterlee = Municipality.objects.get(nis_code="13017")
    with_previous_and_checks(home, kasterlee)
    client = Client()
    client.force_login(person("bench-invoerder", kasterlee, Role.INVOERDER))
    page = client.get(STEP)
    saved = client.post(STEP, {**fill(form_data(page), answer_post_data(COUNT)), "action": "save"})
    assert saved.status_code == 302, saved.status_code

    def download() -> bytes:
        response = client.get(DOWNLOAD)
        assert response.status_code == 200
        streamed: Any = response
        return b"".join(streamed.streaming_content)

    download_times, content = timed(download, repeat)
    filled = changed_cells(content)

    campaign = campaign_live_by_werkjaar(werkjaar=2040)
    assert campaign is not None
    rubric = questionnaire_for_campaign(campaign=campaign).rubric("GEN")
    assert rubric is not None

    participation = Participation.objects.get(municipality=kasterlee, campaign=campaign)

    def read_back():
        return rubric_spreadsheet_read(
            file=io.BytesIO(filled),
            size=len(filled),
            sheet=rubric_sheet(participation=participation, rubric=rubric),
            municipality=kasterlee,
            campaign=campaign,
        )

    read_times, preview = timed(read_back, repeat)
    problems = [p for row in preview.rows for p in row.problems] + preview.problems
    assert not problems, problems
    assert len(preview.changed) == COUNT, len(preview.changed)

    from django.core.files.uploadedfile import SimpleUploadedFile

    def upload():
        response = client.post(
            UPLOAD, {"action": "upload", "file": SimpleUploadedFile("gen.xlsx", filled)}
        )
        assert response.status_code == 200
        return response

    upload_times, _response = timed(upload, repeat)

    print(f"\nRubric of {COUNT} questions ({connection.vendor}); file {len(filled) / 1024:.1f} KB")
    print(line("download (GET, XLSX built)", download_times))
    print(line("read back: checks, parse, compare (rubric_spreadsheet_read)", read_times))
    print(line("upload as the browser sends it (POST, preview page)", upload_times))
    worst = max(read_times + upload_times)
    print(f"slowest read-back of all runs: {worst * 1000:.1f} ms (target < 2000 ms)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        report(args.repeat)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


if __name__ == "__main__":
    main()
