"""Benchmark: building and serving reports (question overview PDF; exports and dashboards later).

Run with:  .venv/bin/python tests/benchmarks/bench_reports.py [--only overview-demo ...]
(uses a throwaway test database: SQLite, or PostgreSQL when DATABASE_URL is set, and a
temporary private storage folder). Prints a table; asserts nothing.

Each measurement is one function that sets up what it needs and returns a ``Row``; add a
measurement by writing a function and listing it in ``MEASUREMENTS``. Wall time is the
build as a Celery task runs it (``reports.pdfs.services``); CPU time is this process only;
"peak RSS" is the process's high-water mark after the step (it only grows, so steps run
from small to large); "Python peak" is tracemalloc's peak during a second, untimed run
(it sees Python objects, not the C libraries' memory).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import logging
import os
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
os.environ.setdefault("PRIVATE_MEDIA_ROOT", tempfile.mkdtemp(prefix="vtm-bench-private-"))

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.http import StreamingHttpResponse  # noqa: E402
from django.http.response import HttpResponseBase  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment, teardown_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

#: The generated campaign: 8 rubrics × 5 themes × 25 questions = 1,000 questions.
GENERATED_RUBRICS, GENERATED_THEMES, GENERATED_PER_THEME = 8, 5, 25


@dataclass
class Row:
    what: str
    seconds: float | None = None
    cpu_seconds: float | None = None
    rss_mb: float | None = None
    python_peak_mb: float | None = None
    extra: dict[str, str] = field(default_factory=dict)


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


T = TypeVar("T")


def timed(fn: Callable[[], T]) -> tuple[T, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def streamed(response: HttpResponseBase) -> Iterator[bytes]:
    """The chunks of a streamed response (the test client's responses are typed as plain)."""
    assert isinstance(response, StreamingHttpResponse), "not a streamed response"
    chunks = response.streaming_content
    assert isinstance(chunks, Iterator), "the WSGI test client streams synchronously"
    return chunks


def python_peak_mb(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1024 / 1024
    finally:
        tracemalloc.stop()


@contextlib.contextmanager
def overview_builds_paused() -> Iterator[None]:
    """Build the benchmark's campaigns without the publish-triggered builds (eager here)."""
    from wagtail.signals import page_published

    from reports.pdfs.receivers import questionnaire_changed
    from surveys.models import CampaignPage, RubricPage, ThemePage

    models = (CampaignPage, RubricPage, ThemePage)
    for model in models:
        page_published.disconnect(
            sender=model, dispatch_uid=f"question-overview-published-{model.__name__}"
        )
    try:
        yield
    finally:
        for model in models:
            page_published.connect(
                questionnaire_changed,
                sender=model,
                dispatch_uid=f"question-overview-published-{model.__name__}",
            )


# --- setup -------------------------------------------------------------------------------


def demo_campaign():
    from cms.demo.seed import seed_campaign, seed_definitions, seed_home

    with overview_builds_paused():
        return seed_campaign(seed_home(), seed_definitions())


def generated_campaign(werkjaar: int = 2041):
    from cms.models import HomePage
    from tests.factories import build_campaign
    from tests.surveys.generated import generated_questions

    rubrics = []
    for r in range(GENERATED_RUBRICS):
        code = f"G{chr(ord('A') + r)}"
        rubrics.append(
            {
                "code": code,
                "title": f"Gegenereerde rubriek {code}",
                "slug": f"gegenereerd-{code.lower()}",
                "themes": [
                    {
                        "title": f"Thema {code}{t + 1}",
                        "slug": f"thema-{code.lower()}{t + 1}",
                        "questions": generated_questions(
                            GENERATED_PER_THEME, prefix=f"{code}{t + 1}"
                        ),
                    }
                    for t in range(GENERATED_THEMES)
                ],
            }
        )
    with overview_builds_paused():
        return build_campaign(HomePage.objects.get(), werkjaar=werkjaar, rubrics=rubrics)


# --- measurements ------------------------------------------------------------------------


def _overview_build(campaign, label: str) -> list[Row]:
    from reports.models import GeneratedReport
    from reports.pdfs.services import question_overview_build
    from surveys.selectors import questionnaire_for_campaign

    def build():
        # Make the stored file stale, as a publish does, so the service builds again.
        GeneratedReport.objects.filter(campaign=campaign).update(data_version="")
        return question_overview_build(campaign=campaign)

    questions = questionnaire_for_campaign(campaign=campaign).question_count()
    report, seconds, cpu = timed(build)
    rss = peak_rss_mb()
    heap = python_peak_mb(build)
    report.refresh_from_db()

    client = Client()
    url = f"/rapporten/{campaign.werkjaar}/vragenoverzicht.pdf"
    samples = []
    for _ in range(20):
        start = time.perf_counter()
        response = client.get(url)
        b"".join(streamed(response))
        samples.append(time.perf_counter() - start)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    return [
        Row(
            f"question overview PDF, {label} ({questions} questions)",
            seconds=seconds,
            cpu_seconds=cpu,
            rss_mb=rss,
            python_peak_mb=heap,
            extra={
                "pages": str(report.page_count),
                "size": f"{report_size_kb(report):.0f} kB",
            },
        ),
        Row(
            f"  … served from storage afterwards ({label})",
            seconds=statistics.median(samples),
            extra={"pages": "", "size": "median of 20 GETs"},
        ),
    ]


def report_size_kb(report) -> float:
    from reports.storage import private_storage

    return private_storage.size(report.file_name) / 1024


def measure_overview_demo() -> list[Row]:
    """The demo campaign of `seed_demo` (8 rubrics, about 175 questions)."""
    return _overview_build(demo_campaign(), "demo")


def measure_overview_generated() -> list[Row]:
    """A generated campaign of 1,000 questions of every type (8 rubrics × 5 themes × 25)."""
    return _overview_build(generated_campaign(), "generated")


#: The peer's paragraphs: ordinary prose, at most this many characters each.
PEER_PARAGRAPH_CHARS = 600
#: The peer's stylesheet: the page size, margins and type of print.css, nothing else.
PEER_CSS = (
    "@page { size: A4; margin: 20mm 17mm 20mm 17mm; }"
    ' html { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; line-height: 1.4;'
    " color: #333332; }"
    " body { margin: 0; } p { margin: 0 0 2mm; } section { break-before: page; }"
)


def pdf_page_texts(content: bytes) -> list[str]:
    import pypdfium2

    document = pypdfium2.PdfDocument(content)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def visible_chars(texts: list[str]) -> int:
    return sum(len("".join(text.split())) for text in texts)


def plain_peer_html(page_texts: list[str]) -> str:
    """A plain HTML document with the same number of pages and characters: the text as prose
    paragraphs, spread evenly over one section per page. No classes, links, ids, counters or
    running heads."""
    from html import escape

    # Runs such as a table of contents' leader dots become words of 20 characters: prose.
    words = [
        word[i : i + 20]
        for text in page_texts
        for word in text.split()
        for i in range(0, len(word), 20)
    ]
    per_page = -(-sum(len(word) for word in words) // len(page_texts))
    sections: list[list[str]] = [[] for _page in page_texts]
    page = filled = 0
    current = ""
    for word in words:
        if filled >= per_page * (page + 1) and page + 1 < len(sections):
            if current:
                sections[page].append(current)
            page, current = page + 1, ""
        if current and len(current) + 1 + len(word) > PEER_PARAGRAPH_CHARS:
            sections[page].append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
        filled += len(word)
    if current:
        sections[page].append(current)
    body = "".join(
        "<section>"
        + "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)
        + "</section>"
        for paragraphs in sections
    )
    return (
        '<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8">'
        f"<title>Peer</title></head><body>{body}</body></html>"
    )


def _spread(samples: list[float]) -> str:
    p25, _median, p75 = statistics.quantiles(samples, n=4, method="inclusive")
    return f"p25–p75 {p25:.2f}–{p75:.2f} s"


def measure_overview_peer(rounds: int = 5) -> list[Row]:
    """The question overview of 1,000 questions against its peer, in the same run: WeasyPrint
    on a plain HTML document with the same number of pages and characters (DESIGN.md §4,
    target ≤ 2 ×). Interleaved A/B, ``rounds`` times each; medians with p25–p75.

    A is the whole build as the Celery task runs it (questionnaire, template, WeasyPrint,
    storage); B renders the peer with the same PDF options (tagged PDF/UA-1).
    """
    from weasyprint import CSS, HTML

    from reports.models import GeneratedReport
    from reports.pdfs.builders import PDF_OPTIONS
    from reports.pdfs.services import question_overview_build
    from reports.storage import private_storage

    campaign = generated_campaign(2044)

    def overview():
        GeneratedReport.objects.filter(campaign=campaign).update(data_version="")
        return question_overview_build(campaign=campaign)

    report = overview()
    with private_storage.open(report.file_name, "rb") as stored:
        texts = pdf_page_texts(stored.read())
    peer_html = plain_peer_html(texts)
    peer_css = CSS(string=PEER_CSS)

    def peer():
        document = HTML(string=peer_html).render(stylesheets=[peer_css], **PDF_OPTIONS)
        return document.write_pdf(**PDF_OPTIONS)

    peer_texts = pdf_page_texts(peer())
    assert len(peer_texts) == len(texts), (len(peer_texts), len(texts))
    assert visible_chars(peer_texts) == visible_chars(texts)

    samples: dict[str, list[float]] = {"overview": [], "peer": []}
    cpu: dict[str, list[float]] = {"overview": [], "peer": []}
    for _round in range(rounds):
        for name, step in (("overview", overview), ("peer", peer)):
            _result, seconds, cpu_seconds = timed(step)
            samples[name].append(seconds)
            cpu[name].append(cpu_seconds)
    overview_s, peer_s = (statistics.median(samples[name]) for name in ("overview", "peer"))
    overview_cpu, peer_cpu = (statistics.median(cpu[name]) for name in ("overview", "peer"))
    shape = f"{len(texts)} pages, {visible_chars(texts):,} characters"
    return [
        Row(
            "question overview PDF, 1,000 questions (A: the task's build)",
            seconds=overview_s,
            cpu_seconds=overview_cpu,
            rss_mb=peak_rss_mb(),
            extra={
                "pages": str(len(texts)),
                "size": f"median of {rounds}, {_spread(samples['overview'])}",
            },
        ),
        Row(
            "  … peer (B: WeasyPrint, plain HTML, same pages and characters)",
            seconds=peer_s,
            cpu_seconds=peer_cpu,
            extra={
                "pages": str(len(peer_texts)),
                "size": f"median of {rounds}, {_spread(samples['peer'])}",
            },
        ),
        Row(
            f"  … ratio A / B (target ≤ 2 ×; {shape})",
            extra={
                "size": f"{overview_s / peer_s:.2f} × wall, {overview_cpu / peer_cpu:.2f} × CPU"
            },
        ),
    ]


def answered_by_one_municipality(werkjaar: int = 2043):
    """The generated campaign with every question answered by Kasterlee (bulk-created)."""
    from roles.models import Municipality
    from surveys.models import Answer, Participation, RubricResponse
    from surveys.selectors import questionnaire_for_campaign

    campaign = generated_campaign(werkjaar)
    questionnaire = questionnaire_for_campaign(campaign=campaign)
    kasterlee = Municipality.objects.get(nis_code="13017")
    participation = Participation.objects.create(municipality=kasterlee, campaign=campaign)
    Answer.objects.bulk_create(
        Answer(
            participation=participation,
            question_code=question.code,
            value=_stored_value(question.type_code, index),
        )
        for index, question in enumerate(questionnaire.questions())
    )
    RubricResponse.objects.bulk_create(
        RubricResponse(participation=participation, rubric_id=rubric.page_id)
        for rubric in questionnaire.rubrics
    )
    return campaign, kasterlee, questionnaire


def measure_answers_generated() -> list[Row]:
    """A municipality's answers PDF: one rubric (built on request) and the whole campaign
    (built by Celery), 1,000 answered questions."""
    from django.contrib.auth import get_user_model

    from reports.pdfs.services import answers_report_build, rubric_answers_pdf

    campaign, municipality, questionnaire = answered_by_one_municipality()
    rubric = questionnaire.rubrics[0]
    team = _team_client()  # the project team may view every municipality
    user = get_user_model().objects.get(username="bench-projectteam")

    def one_rubric():
        return rubric_answers_pdf(
            campaign=campaign, municipality=municipality, rubric=rubric, by=user
        )

    rendered, seconds, cpu = timed(one_rubric)
    rows = [
        Row(
            f"answers PDF, one rubric on request ({len(rubric.by_code)} answers)",
            seconds=seconds,
            cpu_seconds=cpu,
            rss_mb=peak_rss_mb(),
            extra={
                "pages": str(rendered.page_count),
                "size": f"{len(rendered.content) // 1024} kB",
            },
        )
    ]
    report, seconds, cpu = timed(
        lambda: answers_report_build(campaign=campaign, municipality=municipality)
    )
    response = team.get(f"/rapporten/{campaign.werkjaar}/{municipality.nis_code}/antwoorden.pdf")
    assert response["Content-Type"] == "application/pdf"
    rows.append(
        Row(
            f"answers PDF, whole campaign by Celery ({questionnaire.question_count()} answers)",
            seconds=seconds,
            cpu_seconds=cpu,
            rss_mb=peak_rss_mb(),
            extra={"pages": str(report.page_count), "size": f"{report_size_kb(report):.0f} kB"},
        )
    )
    return rows


# --- exports and dashboard: 285 municipalities × 1,000 answers ------------------------------

#: The werkjaar of the campaign the export and dashboard measurements share.
ANSWERED_WERKJAAR = 2042


def _stored_value(kind: str, index: int):
    """A stored answer as the save service would keep it, per generated question type."""
    from tests.factories import SECTORS

    if kind == "table":
        return {row: {"aantal": index % 50} for row, _label in SECTORS}
    return {
        "integer": 1000 + index,
        "decimal": "12.5",
        "euro": "2500.75",
        "percentage": "37.5",
        "yes_no": index % 2 == 0,
        "single_choice": "b",
        "multiple_choice": ["a", "c"],
        "short_text": "Tekst van de gemeente",
        "date": "2025-12-31",
    }[kind]


@functools.cache
def answered_campaign(municipality_count: int = 285):
    """285 participations with 1,000 answers each (285,000 rows), counters as the services
    would keep them. Bulk-created: this is benchmark data, not a registration."""
    from roles.models import Municipality
    from surveys.models import Answer, Participation, RubricResponse, RubricStatus
    from surveys.selectors import completion, questionnaire_for_campaign
    from tests.surveys.generated import KINDS

    campaign = generated_campaign(ANSWERED_WERKJAAR)
    questionnaire = questionnaire_for_campaign(campaign=campaign)
    kinds = {}
    for rubric in questionnaire.rubrics:
        for index, question in enumerate(rubric.questions()):
            kinds[question.code] = (question.type_code, index)
    assert set(KINDS) >= {kind for kind, _index in kinds.values()}
    municipalities = list(Municipality.objects.order_by("nis_code")[:municipality_count])
    participations = Participation.objects.bulk_create(
        [Participation(municipality=m, campaign=campaign) for m in municipalities]
    )
    statuses = [RubricStatus.CONFIRMED, RubricStatus.COMPLETE, RubricStatus.IN_PROGRESS]
    for number, participation in enumerate(participations):
        answers = []
        for code, (kind, index) in kinds.items():
            special = "onbekend" if (index + number) % 40 == 0 else ""
            answers.append(
                Answer(
                    participation=participation,
                    question_code=code,
                    value=None if special else _stored_value(kind, index + number),
                    special=special,
                )
            )
        Answer.objects.bulk_create(answers, batch_size=2000)
        by_code = {answer.question_code: answer for answer in answers}
        responses = []
        for r, rubric in enumerate(questionnaire.rubrics):
            result = completion(rubric=rubric, answers={c: by_code[c] for c in rubric.by_code})
            status = statuses[(number + r) % len(statuses)]
            responses.append(
                RubricResponse(
                    participation=participation,
                    rubric_id=rubric.page_id,
                    status=status,
                    applicable_count=result.applicable,
                    answered_count=max(result.answered - (number % 7) * 10, 0),
                    required_open_count=len(result.open_required),
                    confirmed_at=timezone.now() if status == RubricStatus.CONFIRMED else None,
                )
            )
        RubricResponse.objects.bulk_create(responses)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # as autovacuum does after a bulk load in production
    return campaign


def _team_client() -> Client:
    from django.contrib.auth import get_user_model

    from roles.services import project_team_group_ensure

    user, _created = get_user_model().objects.get_or_create(username="bench-projectteam")
    user.groups.add(project_team_group_ensure())
    client = Client()
    client.force_login(user)
    return client


def measure_export_csv() -> list[Row]:
    """The answers CSV of 285 × 1,000 answers: the streamed generator, consumed whole."""
    from reports.exports.selectors import answer_export_rows
    from reports.exports.writers import csv_chunks

    campaign = answered_campaign()

    def consume() -> tuple[int, int]:
        chunks = size = 0
        for chunk in csv_chunks(answer_export_rows(campaign=campaign)):
            chunks += 1
            size += len(chunk)
        return chunks, size

    (chunks, size), seconds, cpu = timed(consume)
    rss = peak_rss_mb()
    heap = python_peak_mb(consume)
    rows = sum(1 for _row in answer_export_rows(campaign=campaign))
    return [
        Row(
            "answers CSV, 285 × 1,000 answers (generator consumed)",
            seconds=seconds,
            cpu_seconds=cpu,
            rss_mb=rss,
            python_peak_mb=heap,
            extra={"size": f"{rows:,} rows, {size / 1024 / 1024:.0f} MB in {chunks:,} chunks"},
        )
    ]


def measure_export_csv_http() -> list[Row]:
    """The same CSV through the admin view, as the project team downloads it."""
    campaign = answered_campaign()
    client = _team_client()

    def download() -> int:
        response = client.get(f"/admin/export/{campaign.werkjaar}/antwoorden.csv")
        assert response.status_code == 200
        return sum(len(chunk) for chunk in streamed(response))

    size, seconds, cpu = timed(download)
    return [
        Row(
            "  … downloaded through the admin (StreamingHttpResponse)",
            seconds=seconds,
            cpu_seconds=cpu,
            rss_mb=peak_rss_mb(),
            extra={"size": f"{size / 1024 / 1024:.0f} MB"},
        )
    ]


def measure_export_xlsx() -> list[Row]:
    """The answers XLSX of 285 × 1,000 answers, written as the Celery task writes it."""
    from reports.exports.services import XLSX, answers_export_write

    campaign = answered_campaign()

    def write() -> tuple[int, int]:
        with tempfile.TemporaryFile() as target:
            count = answers_export_write(campaign=campaign, file_format=XLSX, target=target)
            return count, target.tell()

    (rows, size), seconds, cpu = timed(write)
    rss = peak_rss_mb()
    heap = python_peak_mb(write)
    return [
        Row(
            "answers XLSX, 285 × 1,000 answers (openpyxl write-only)",
            seconds=seconds,
            cpu_seconds=cpu,
            rss_mb=rss,
            python_peak_mb=heap,
            extra={"size": f"{rows:,} rows, {size / 1024 / 1024:.0f} MB"},
        )
    ]


def measure_dashboard() -> list[Row]:
    """The progress dashboard at 285 municipalities × 8 rubrics, rendered in the admin."""
    from django.db import connection as db
    from django.test.utils import CaptureQueriesContext

    answered_campaign()
    client = _team_client()
    client.get("/admin/voortgang/")  # warm the admin's per-process caches

    samples = []
    queries = 0
    for _ in range(10):
        with CaptureQueriesContext(db) as captured:
            start = time.perf_counter()
            response = client.get("/admin/voortgang/", {"werkjaar": ANSWERED_WERKJAAR})
            samples.append(time.perf_counter() - start)
        queries = len(captured.captured_queries)
        assert response.status_code == 200
    csv_samples = []
    for _ in range(10):
        start = time.perf_counter()
        response = client.get("/admin/voortgang/voortgang.csv", {"werkjaar": ANSWERED_WERKJAAR})
        b"".join(streamed(response))
        csv_samples.append(time.perf_counter() - start)
    return [
        Row(
            "progress dashboard, 285 municipalities × 8 rubrics",
            seconds=statistics.median(samples),
            rss_mb=peak_rss_mb(),
            extra={"size": f"median of 10 GETs, {queries} queries"},
        ),
        Row(
            "  … its table as CSV",
            seconds=statistics.median(csv_samples),
            extra={"size": "median of 10 GETs"},
        ),
    ]


MEASUREMENTS: dict[str, Callable[[], list[Row]]] = {
    "overview-demo": measure_overview_demo,
    "overview-1000": measure_overview_generated,
    "overview-peer": measure_overview_peer,
    "answers-1000": measure_answers_generated,
    "export-csv": measure_export_csv,
    "export-csv-http": measure_export_csv_http,
    "export-xlsx": measure_export_xlsx,
    "dashboard": measure_dashboard,
}


# --- output ------------------------------------------------------------------------------


def print_table(rows: list[Row]) -> None:
    def fmt(value: float | None, pattern: str) -> str:
        return "" if value is None else pattern.format(value)

    headers = ["", "wall s", "CPU s", "peak RSS MB", "Python peak MB", "pages", "size / note"]
    table = [
        [
            row.what,
            fmt(row.seconds, "{:.2f}" if (row.seconds or 0) >= 0.1 else "{:.4f}"),
            fmt(row.cpu_seconds, "{:.2f}"),
            fmt(row.rss_mb, "{:.0f}"),
            fmt(row.python_peak_mb, "{:.0f}"),
            row.extra.get("pages", ""),
            row.extra.get("size", ""),
        ]
        for row in rows
    ]
    widths = [max(len(str(line[i])) for line in [headers, *table]) for i in range(len(headers))]
    for line in [headers, *table]:
        cells = [str(line[0]).ljust(widths[0])]
        cells += [str(cell).rjust(width) for cell, width in zip(line[1:], widths[1:], strict=True)]
        print("  ".join(cells))


def main() -> None:
    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=sorted(MEASUREMENTS), help="Run only these.")
    args = parser.parse_args()
    selected = args.only or list(MEASUREMENTS)

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    rows: list[Row] = []
    try:
        for name in selected:
            print(f"measuring {name} …", file=sys.stderr, flush=True)
            rows.extend(MEASUREMENTS[name]())
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()

    cores = os.cpu_count()
    print(f"\nReports ({connection.vendor}, {cores} CPU cores, one run each)\n")
    print_table(rows)
    print(
        "\nTargets (DESIGN.md §4): the question overview of 1,000 questions in under 15 s, "
        "served from storage afterwards; the progress dashboard for 285 municipalities × "
        "1,000 questions well under a second; an export of 285,000 answers streams in "
        "seconds with flat memory."
    )


if __name__ == "__main__":
    main()
