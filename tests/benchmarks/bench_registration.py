"""Benchmark: a 60-question theme step, rendered and saved, beside Wagtail's own form builder.

Run with:  .venv/bin/python tests/benchmarks/bench_registration.py [--repeat 30] [--profile]
(a throwaway test database: SQLite, or PostgreSQL when DATABASE_URL is set).

Everything goes through the same test client, middleware, session and database:
- the theme step (GET with 60 saved answers; POST changing all 60, and changing 12),
- the peer: a ``wagtail.contrib.forms`` form page with 60 number fields (GET, and a POST
  that stores its submission),
- the floor: a plain Django view with the same 60 fields (GET, POST).
The measurements are interleaved (round-robin, the order rotating every round) and repeated;
the table gives medians with p25–p75, the ratios the design targets, and the query counts
of a step of 10, 60 and 200 questions. It asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import html
import io
import os
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ["DJANGO_SETTINGS_MODULE"] = "tests.benchmarks.settings"

import django  # noqa: E402

django.setup()

from django.db import connection, reset_queries  # noqa: E402
from django.template import Template  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    _TestState,
    setup_test_environment,
    teardown_test_environment,
)

COUNT = 60


@dataclass
class Measure:
    name: str
    run: Callable[[], tuple[float, int]]  # the seconds and queries of the timed part
    samples: list[float] = field(default_factory=list)
    queries: int = 0

    def once(self) -> None:
        seconds, self.queries = self.run()
        self.samples.append(seconds)

    def stats(self) -> tuple[float, float, float]:
        ordered = sorted(self.samples)
        quartiles = statistics.quantiles(ordered, n=4) if len(ordered) > 1 else ordered * 3
        return (
            statistics.median(ordered) * 1000,
            quartiles[0] * 1000,
            quartiles[-1] * 1000,
        )


def timed_request(fn: Callable[[], object], expect: int) -> tuple[float, int]:
    reset_queries()  # the query log holds 9,000 at most; counts need room
    with CaptureQueriesContext(connection) as captured:
        start = time.perf_counter()
        response = fn()
        elapsed = time.perf_counter() - start
    status = getattr(response, "status_code", None)
    if status != expect:
        raise SystemExit(f"unexpected status {status} (expected {expect})")
    return elapsed, len(captured.captured_queries)


def step_values(count: int, round_: int, changed: int) -> dict[str, object]:
    """Valid input for the generated questions; the first ``changed`` differ every round."""
    from tests.factories import SECTORS
    from tests.surveys.generated import KINDS

    data: dict[str, object] = {}
    for index in range(count):
        r = round_ if index < changed else 0
        kind = KINDS[index % len(KINDS)]
        name = f"q__GEN-{index + 1:03d}"
        if kind == "table":
            for row, _label in SECTORS:
                data[f"{name}__{row}__aantal"] = str(index + r)
            continue
        data[name] = {
            "integer": str(1000 + r),
            "decimal": f"{r},5",
            "euro": f"€ {2000 + r}",
            "percentage": str(r % 100),
            "yes_no": "ja" if r % 2 else "nee",
            "single_choice": "abc"[r % 3],
            "multiple_choice": ["abc"[r % 3]],
            "short_text": f"Tekst {r}",
            "date": f"2025-01-{r % 28 + 1:02d}",
        }[kind]
    return data


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--profile", action="store_true", help="print the top costs")
    args = parser.parse_args()

    setup_test_environment()
    # The test environment counts every template render with a signal: measure without it.
    # Private Django attributes that django-stubs does not declare.
    Template._render = _TestState.saved_data.template_render  # type: ignore[attr-defined]
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        report(args)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


def report(args: argparse.Namespace) -> None:
    from cms.models import HomePage
    from roles.models import Municipality, Role
    from tests.benchmarks.peer.models import BenchFormField, BenchFormPage
    from tests.surveys.conftest import person
    from tests.surveys.generated import build_generated_campaign
    from tests.surveys.pages import fill, form_data

    home = HomePage.objects.get()
    sizes = {2040: COUNT, 2041: 10, 2042: 200}
    for werkjaar, count in sizes.items():
        build_generated_campaign(home, werkjaar=werkjaar, count=count)
    kasterlee = Municipality.objects.get(nis_code="13017")
    # The measured step is a monitor's: the previous campaign's confirmed answers beside
    # every question, and 20 checks on the rubric.
    with_previous_and_checks(home, kasterlee)
    peer = BenchFormPage(title="Formulier", slug="formulier")
    home.add_child(instance=peer)
    for index in range(COUNT):
        BenchFormField.objects.create(
            page=peer, label=f"Vraag {index + 1}", field_type="number", required=False
        )
    peer.save_revision().publish()

    client = Client()
    client.force_login(person("bench-invoerder", kasterlee, Role.INVOERDER))

    def step_url(werkjaar: int) -> str:
        return f"/registratie/{werkjaar}/13017/GEN/alles/"

    def save_step(werkjaar: int, count: int, round_: int, changed: int) -> tuple[float, int]:
        url = step_url(werkjaar)
        page = client.get(url)  # not timed: the person opens the step, then types
        data = fill(form_data(page), step_values(count, round_, changed))
        return timed_request(lambda: client.post(url, {**data, "action": "save"}), 302)

    # Every step starts with saved answers: render shows them, saves change them.
    for werkjaar, count in sizes.items():
        save_step(werkjaar, count, 0, count)

    rounds = {"n": 0}

    def next_round() -> int:
        rounds["n"] += 1
        return rounds["n"]

    peer_url = peer.url
    peer_data = {f"vraag_{index + 1}": "1234.5" for index in range(COUNT)}
    measures = [
        Measure(
            "theme step: render (GET, 60 saved)",
            lambda: timed_request(lambda: client.get(step_url(2040)), 200),
        ),
        Measure("theme step: save 60 changed", lambda: save_step(2040, COUNT, next_round(), COUNT)),
        Measure("theme step: save 12 changed", lambda: save_step(2040, COUNT, next_round(), 12)),
        Measure(
            "Wagtail form page: render", lambda: timed_request(lambda: client.get(peer_url), 200)
        ),
        Measure(
            "Wagtail form page: submit",
            lambda: timed_request(lambda: client.post(peer_url, peer_data), 200),
        ),
        Measure(
            "plain Django view: render",
            lambda: timed_request(lambda: client.get("/bench/plain/"), 200),
        ),
        Measure(
            "plain Django view: submit",
            lambda: timed_request(
                lambda: client.post("/bench/plain/", {f"f{i}": "1234.5" for i in range(COUNT)}), 302
            ),
        ),
    ]
    for measure in measures:  # warm-up: per-process caches, template loading
        measure.once()
        measure.samples.clear()
    for round_ in range(args.repeat):
        shift = round_ % len(measures)
        for measure in measures[shift:] + measures[:shift]:
            measure.once()

    runs = f"{connection.vendor}, {args.repeat} interleaved runs"
    print(f"\nTheme step of {COUNT} questions ({runs})\n")
    print(f"{'':38} {'median ms':>10} {'p25–p75 ms':>16} {'queries':>8}")
    by_name = {}
    for measure in measures:
        median, low, high = measure.stats()
        by_name[measure.name] = median
        spread = f"{low:.1f}–{high:.1f}"
        print(f"{measure.name:38} {median:10.1f} {spread:>16} {measure.queries:8d}")

    def ratio(a: str, b: str) -> float:
        return by_name[a] / by_name[b]

    print("\nRatios (target):")
    print(
        "  step render / Wagtail form render     "
        f"{ratio('theme step: render (GET, 60 saved)', 'Wagtail form page: render'):5.2f}  (≤ 1.2)"
    )
    print(
        "  save of 60 / Wagtail form submission  "
        f"{ratio('theme step: save 60 changed', 'Wagtail form page: submit'):5.2f}  (≤ 2.5)"
    )
    print(
        "  save of 12 / Wagtail form submission  "
        f"{ratio('theme step: save 12 changed', 'Wagtail form page: submit'):5.2f}"
    )
    print(
        "  step render / plain Django view       "
        f"{ratio('theme step: render (GET, 60 saved)', 'plain Django view: render'):5.2f}"
    )

    print("\nQueries by the size of the step (must not grow):")
    print(f"{'questions':>10} {'render':>8} {'save':>8}")
    for werkjaar, count in sorted(sizes.items(), key=lambda item: item[1]):
        url = step_url(werkjaar)
        _seconds, render = timed_request(functools.partial(client.get, url), 200)
        _seconds, save = save_step(werkjaar, count, next_round(), count)
        print(f"{count:>10} {render:>8} {save:>8}")

    print(f"\nThe 60-question step has {CHECKS} checks and the previous campaign's answers.")
    checks_ms = time_checks(kasterlee)
    print(f"Checking the rubric's {CHECKS} checks against its sheet: {checks_ms:.2f} ms (< 5)")

    if args.profile:
        profile("render", lambda: client.get(step_url(2040)))
        profile("save of 60", lambda: save_step(2040, COUNT, next_round(), COUNT))


CHECKS = 20


def generated_checks() -> list[tuple[str, dict]]:
    """20 checks over the generated questions: sums, comparisons, changes, ranges, required."""
    integers = [f"GEN-{n:03d}" for n in (1, 11, 21, 31, 41, 51)]
    decimals = [f"GEN-{n:03d}" for n in (2, 12, 22, 32, 42, 52)]
    tables = [f"GEN-{n:03d}" for n in (10, 20, 30, 40, 50, 60)]
    checks: list[tuple[str, dict]] = []
    for n in range(6):
        checks.append(
            (
                "sum",
                {
                    "code": f"S{n}",
                    "parts": [f"{tables[n]}:cultuur", f"{tables[n]}:jeugd"],
                    "total": integers[n],
                    "tolerance": 0,
                },
            )
        )
    for n in range(5):
        checks.append(("compare", {"code": f"V{n}", "smaller": decimals[n], "larger": integers[n]}))
    for n in range(4):
        checks.append(
            (
                "change",
                {"code": f"W{n}", "question": integers[n], "percentage": "20", "minimum": "5"},
            )
        )
    for n in range(3):
        checks.append(("peer_range", {"code": f"P{n}", "question": decimals[n]}))
    for n in range(2):
        checks.append(
            (
                "required_when",
                {
                    "code": f"R{n}",
                    "question": f"GEN-{8 + 10 * n:03d}",
                    "when_question": f"GEN-{5 + 10 * n:03d}",
                    "operator": "equals",
                    "value": "ja",
                },
            )
        )
    assert len(checks) == CHECKS
    return checks


def with_previous_and_checks(home, kasterlee) -> None:
    from decimal import Decimal

    from surveys.models import CampaignPage, PeerRange
    from tests.surveys.generated import answer_post_data, build_generated_campaign
    from tests.surveys.years import confirm_all, save_as_system, set_checks

    previous = build_generated_campaign(home, werkjaar=2039, count=COUNT)
    # The same answers for 2039, read by the step's own form as a person would type them.
    from surveys.forms.step import ThemeStepForm
    from surveys.selectors import questionnaire_for_campaign
    from surveys.sheets import sheet_from_answers

    rubric = questionnaire_for_campaign(campaign=previous).rubric("GEN")
    assert rubric is not None
    empty = sheet_from_answers(rubric=rubric, participation=None, response=None, answers={})
    from django.http import QueryDict

    posted = QueryDict(mutable=True)
    posted.update(answer_post_data(COUNT))
    form = ThemeStepForm(posted, theme=rubric.themes[0], sheet=empty)
    assert form.is_valid(), form.errors
    values = {code: answer.value for code, answer in form.answer_inputs().items()}
    save_as_system(previous, kasterlee, values)
    confirm_all(previous, kasterlee)
    for code in ("GEN-002", "GEN-012", "GEN-022"):
        PeerRange.objects.create(
            campaign=previous,
            question_code=code,
            part="",
            p5=Decimal(1),
            p95=Decimal(99),
            municipalities=40,
        )
    current = CampaignPage.objects.get(werkjaar=2040)
    current.previous_campaign = previous
    current.save_revision().publish()
    set_checks(current, "GEN", generated_checks())


def time_checks(kasterlee, runs: int = 200) -> float:
    """Median ms of evaluating the rubric's checks against its sheet (no database)."""
    from surveys.checks import rubric_findings
    from surveys.models import CampaignPage
    from surveys.selectors import participation_for, questionnaire_for_campaign
    from surveys.sheets import rubric_sheet

    campaign = CampaignPage.objects.get(werkjaar=2040)
    rubric = questionnaire_for_campaign(campaign=campaign).rubric("GEN")
    assert rubric is not None
    sheet = rubric_sheet(
        participation=participation_for(municipality=kasterlee, campaign=campaign), rubric=rubric
    )
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        rubric_findings(sheet=sheet)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def profile(name: str, fn: Callable[[], object], runs: int = 20) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(runs):
        fn()
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(30)
    print(f"\n--- profile of the {name} ({runs} runs), by cumulative time ---")
    print(html.unescape(out.getvalue())[:6000])


if __name__ == "__main__":
    main()
