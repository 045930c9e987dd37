"""The one Celery app of the project. Every beat schedule lives here."""

import logging
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from celery import Celery, Task
from celery.schedules import crontab
from celery.signals import setup_logging

# Workers and beat run the production settings unless told otherwise; only manage.py
# defaults to dev.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

logger = logging.getLogger(__name__)

app = Celery("cms")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@setup_logging.connect
def _use_django_logging(**kwargs: Any) -> None:
    """Workers and beat log like the web process (JSON lines in production), not Celery's way.

    The request id of the request that queued a task travels with it (django-guid).
    """
    from logging.config import dictConfig

    from django.conf import settings

    dictConfig(settings.LOGGING)


# Each periodic task wraps a management command, so the demo can run it by hand.
app.conf.beat_schedule = {
    "publish-scheduled-pages": {
        "task": "cms.tasks.publish_scheduled",
        "schedule": crontab(minute="*/5"),
    },
    "send-due-reminders": {
        "task": "cms.mailing.tasks.send_due_reminders",
        "schedule": crontab(hour=7, minute=30),
    },
    "auto-confirm-rubrics": {
        "task": "surveys.tasks.rubrics_auto_confirm",
        "schedule": crontab(hour=1, minute=15),
    },
    "cleanup-generated-files": {
        "task": "reports.tasks.generated_files_cleanup",
        "schedule": crontab(hour=3, minute=30),
    },
    "refresh-peer-ranges": {
        "task": "surveys.tasks.peer_ranges_refresh",
        "schedule": crontab(hour=2, minute=30),
    },
}

# Without a broker, one thread stands in for the worker: tasks run one after the other (a
# burst of publishes queues builds that find the file current and stop), and the process
# waits for them before it exits (a management command's builds still finish).
_background: ThreadPoolExecutor | None = None


def run_in_background(task: Task, *args: Any) -> None:
    """Hand a slow task to the workers; without a broker, to a thread, never the request.

    Eager tasks (no broker: dev, demo) would otherwise run inside the request that queued
    them after its commit: an editor's publish waited for the question overview's PDF.
    """
    from django.conf import settings

    if not (app.conf.task_always_eager and settings.EAGER_TASKS_IN_BACKGROUND):
        task.delay(*args)
        return
    global _background
    if _background is None:
        _background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="eager-tasks")
    _background.submit(_run_eagerly, task, args)


def _run_eagerly(task: Task, args: tuple[Any, ...]) -> None:
    from django.db import connections

    try:
        task.apply(args=args, throw=True)
    except Exception:
        logger.exception("Background task %s%r failed", task.name, args)
    finally:
        connections.close_all()  # this thread's own connections


def background_tasks_done(timeout: float | None = None) -> None:
    """Wait until the tasks handed to the background thread so far have run."""
    if _background is not None:
        _background.submit(lambda: None).result(timeout)
