"""Benchmark: a full sync of the answers API, 285 municipalities × 1,000 answers.

Run with:  DATABASE_URL=postgres://… .venv/bin/python tests/benchmarks/bench_api.py
(uses a throwaway test database; PostgreSQL is what the target is about). Asserts nothing.

A machine client gets a token at the token endpoint and follows ``volgende`` through
``/api/v1/antwoorden/`` until the end, through Django's whole stack (test client:
middleware, authentication, throttle, call log, JSON rendering) and parses every page as a
client would. Printed: answers per second (target ≥ 20,000/s, issue 11), pages, queries
per page, peak RSS, and tracemalloc's peak during a second sync (Python objects): the
same for a sync of all pages as for the first page alone, i.e. memory does not grow
with the number of answers.
"""

from __future__ import annotations

import argparse
import base64
import json
import logging
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    override_settings,
    setup_test_environment,
    teardown_test_environment,
)

from tests.benchmarks.bench_reports import (  # noqa: E402
    Row,
    answered_campaign,
    peak_rss_mb,
    print_table,
)

SECRET = "bench-secret"  # noqa: S105


def _reader(scope: str) -> Client:
    from api.models import ApiClient

    api_client = ApiClient.objects.create(
        name=f"bench {scope}", client_secret=SECRET, may_read_provisional=True
    )
    credentials = base64.b64encode(f"{api_client.client_id}:{SECRET}".encode()).decode()
    response = Client().post(
        "/api/v1/oauth/token/",
        {"grant_type": "client_credentials", "scope": scope},
        HTTP_AUTHORIZATION=f"Basic {credentials}",
    )
    token = response.json()["access_token"]
    return Client(HTTP_AUTHORIZATION=f"Bearer {token}")


def with_rubric_codes(campaign) -> None:
    """Give the bulk-created answers the rubric code that ``answers_save`` stores with each."""
    from surveys.models import Answer
    from surveys.selectors import questionnaire_for_campaign

    for rubric in questionnaire_for_campaign(campaign=campaign).rubrics:
        Answer.objects.filter(
            participation__campaign=campaign, question_code__in=list(rubric.by_code)
        ).update(rubric_code=rubric.code)  # update() leaves updated_at as it was


def profile(reader: Client, query: str) -> None:
    """Where the time of a sync goes (cProfile, top 30 by cumulative time)."""
    import cProfile
    import pstats

    with override_settings(DEBUG=True):  # the queries of the fifth page, slowest first
        url = f"/api/v1/antwoorden/?{query}"
        for _page in range(5):
            reset_queries()
            url = json.loads(reader.get(url).content)["volgende"]
        for entry in sorted(connection.queries, key=lambda e: -float(e["time"])):
            print(f"{entry['time']} s  {entry['sql'][:600]}\n")
    profiler = cProfile.Profile()
    profiler.enable()
    sync(reader, query, max_pages=20)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(70)


def sync(reader: Client, query: str, max_pages: int | None = None) -> tuple[int, int]:
    """Follow the pages to the end (or ``max_pages``); returns (answers, pages)."""
    url: str | None = f"/api/v1/antwoorden/?{query}"
    answers = pages = 0
    while url and (max_pages is None or pages < max_pages):
        response = reader.get(url)
        assert response.status_code == 200, response.content[:500]
        data = json.loads(response.content)
        # Django's test client hangs a json() partial on the response, a reference cycle a
        # real HTTP client does not make: without breaking it, the pages would pile up until
        # Python's next full garbage collection and the memory figure would be the client's.
        del response.json
        answers += len(data["resultaten"])
        pages += 1
        url = data["volgende"]
    return answers, pages


def python_peak_mb(fn) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1024 / 1024
    finally:
        tracemalloc.stop()


def measure(reader: Client, label: str, query: str, rounds: int) -> list[Row]:
    samples = []
    answers = pages = 0
    for _round in range(rounds):
        started = time.perf_counter()
        answers, pages = sync(reader, query)
        samples.append(time.perf_counter() - started)
    seconds = statistics.median(samples)
    with override_settings(DEBUG=True):  # count the queries of one page
        reset_queries()
        sync(reader, query, max_pages=1)
        queries = len(connection.queries)
    first_page = python_peak_mb(lambda: sync(reader, query, max_pages=1))
    whole = python_peak_mb(lambda: sync(reader, query))
    return [
        Row(
            f"{label}: {answers:,} answers, {pages} pages",
            seconds=seconds,
            rss_mb=peak_rss_mb(),
            python_peak_mb=whole,
            extra={
                "pages": f"{answers / seconds:,.0f}/s",
                "size": (
                    f"median of {rounds}; {queries} queries per page; Python peak of one "
                    f"page {first_page:.1f} MB"
                ),
            },
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--municipalities", type=int, default=285)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="Profile 20 pages instead.")
    parser.add_argument("--page-size", type=int, default=1000, help="Page size when profiling.")
    args = parser.parse_args()

    logging.getLogger("api.calls").setLevel(logging.WARNING)
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    rows: list[Row] = []
    try:
        print("building 285 × 1,000 answers …", file=sys.stderr, flush=True)
        started = time.perf_counter()
        campaign = answered_campaign(args.municipalities)
        with_rubric_codes(campaign)
        print(f"  built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        werkjaar = campaign.werkjaar
        provisional = _reader("antwoorden:voorlopig")
        confirmed = _reader("antwoorden:bevestigd")
        with override_settings(API_RATE_LIMIT="100000/minute"):
            if args.profile:
                profile(provisional, f"werkjaar={werkjaar}&page_size={args.page_size}")
                return
            for label, reader, query in [
                ("full sync, every status, 1,000 per page", provisional, f"werkjaar={werkjaar}"),
                (
                    "full sync, every status, 5,000 per page",
                    provisional,
                    f"werkjaar={werkjaar}&page_size=5000",
                ),
                ("full sync, confirmed only, 1,000 per page", confirmed, f"werkjaar={werkjaar}"),
                (
                    "incremental sync, nothing changed",
                    provisional,
                    f"werkjaar={werkjaar}&gewijzigd_sinds=2099-01-01",
                ),
            ]:
                print(f"measuring {label} …", file=sys.stderr, flush=True)
                rows.extend(measure(reader, label, query, args.rounds))
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()

    print(f"\nAnswers API ({connection.vendor}, {os.cpu_count()} CPU cores)\n")
    print_table(rows)
    print(
        "\nTarget (issue 11): a full sync of 285 × 1,000 answers at ≥ 20,000 answers per "
        "second on PostgreSQL, with constant memory. 'pages' shows answers per second."
    )


if __name__ == "__main__":
    main()
