"""Benchmark: a 60-question theme step, rendered and saved, next to a plain Django form.

Run with:  .venv/bin/python tests/benchmarks/bench_registration.py [--repeat 30]
(uses a throwaway test database: SQLite, or PostgreSQL when DATABASE_URL is set).
Reports medians and query counts; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

import django  # noqa: E402

django.setup()

from django import forms  # noqa: E402
from django.db import connection  # noqa: E402
from django.template import engines  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
    teardown_test_environment,
)

COUNT = 60


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def timed(fn, repeat: int) -> tuple[float, int]:
    samples = []
    queries = 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - start)
        queries = len(captured.captured_queries)
    return median_ms(samples), queries


def plain_form_class():
    fields = {}
    for index in range(COUNT):
        fields[f"f{index}"] = forms.DecimalField(required=False, label=f"Vraag {index + 1}")
    return type("PlainForm", (forms.Form,), fields)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        from cms.models import HomePage
        from roles.models import Municipality, Role
        from tests.surveys.conftest import person
        from tests.surveys.generated import answer_post_data, build_generated_campaign

        build_generated_campaign(HomePage.objects.get(), werkjaar=2040, count=COUNT)
        kasterlee = Municipality.objects.get(nis_code="13017")
        client = Client()
        client.force_login(person("bench-invoerder", kasterlee, Role.INVOERDER))
        url = "/registratie/2040/13017/GEN/alles/"
        client.get(url)

        render_ms, render_q = timed(lambda: client.get(url), args.repeat)
        data = {"action": "save", "versions": "{}", "conflicts": "", **answer_post_data(COUNT)}
        client.post(url, data)  # first save creates the rows; later saves change nothing

        def save_changed():
            # each save changes every answer, so every save writes 60 answers and 60 audit rows
            save_changed.n += 1
            changed = {
                k: (str(save_changed.n) if k.endswith("aantal") else v) for k, v in data.items()
            }
            for key in changed:
                if key.startswith("q__GEN-") and key.count("__") == 1 and data[key] == "1.234":
                    changed[key] = str(1000 + save_changed.n)
            versions = (
                client.get(url).content.decode().split('name="versions" value="')[1].split('"')[0]
            )
            import html

            changed["versions"] = html.unescape(versions)
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                client.post(url, changed)
                save_changed.samples.append(time.perf_counter() - start)
            save_changed.queries = len(captured.captured_queries)

        save_changed.n, save_changed.samples, save_changed.queries = 0, [], 0
        for _ in range(args.repeat):
            save_changed()
        save_ms, save_q = median_ms(save_changed.samples), save_changed.queries

        form_class = plain_form_class()
        template = engines["django"].from_string("{{ form }}")
        plain_render_ms, plain_render_q = timed(
            lambda: template.render({"form": form_class()}), args.repeat
        )
        plain_data = {f"f{i}": "1234.5" for i in range(COUNT)}
        plain_save_ms, plain_save_q = timed(lambda: form_class(plain_data).is_valid(), args.repeat)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()

    print(f"\n60-question theme step ({connection.vendor}, median of {args.repeat} runs)\n")
    print(f"{'':38} {'median ms':>10} {'queries':>8}")
    print(f"{'theme step: render (GET)':38} {render_ms:10.1f} {render_q:8d}")
    print(f"{'theme step: save 60 changed answers':38} {save_ms:10.1f} {save_q:8d}")
    print(f"{'plain Django form: render 60 fields':38} {plain_render_ms:10.1f} {plain_render_q:8d}")
    print(f"{'plain Django form: validate 60 fields':38} {plain_save_ms:10.1f} {plain_save_q:8d}")
    print(
        "\nThe step does more than the plain form: it reads the published questionnaire, the "
        "saved answers and the permissions, writes answers and audit rows and redirects."
    )


if __name__ == "__main__":
    main()
