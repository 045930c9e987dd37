"""The one Celery app: every periodic task it schedules is one a worker can run."""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings

from cms.celery import app


def _worker_tasks() -> set[str]:
    """The task names a worker knows after it imported the apps' task modules."""
    app.loader.import_default_modules()  # what a worker does at start-up (autodiscovery)
    return set(app.tasks.keys())


def test_every_beat_task_is_registered_in_the_celery_app():
    scheduled = {entry["task"] for entry in app.conf.beat_schedule.values()}
    unknown = scheduled - _worker_tasks()
    assert not unknown, f"beat schedules tasks no worker knows: {sorted(unknown)}"


def test_the_readme_lists_every_periodic_task_by_its_registered_name():
    readme = (Path(settings.BASE_DIR) / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Periodic tasks", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `([\w.]+)`", table, flags=re.M))
    assert listed == {entry["task"] for entry in app.conf.beat_schedule.values()}
