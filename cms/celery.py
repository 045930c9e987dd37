"""The one Celery app of the project. Every beat schedule lives here."""

import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

app = Celery("cms")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

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
    "refresh-peer-ranges": {
        "task": "surveys.tasks.peer_ranges_refresh",
        "schedule": crontab(hour=2, minute=30),
    },
}
