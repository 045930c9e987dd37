"""The suite runs on the real services where they are configured (CI: always)."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys

import pytest
from django.db import connection
from django.utils import timezone

from tests.conftest import REQUIRE_REAL_SERVICES


@pytest.mark.django_db
def test_database_is_postgresql_when_configured():
    url = os.environ.get("DATABASE_URL", "")
    if REQUIRE_REAL_SERVICES:
        assert url.startswith("postgres"), "CI must point DATABASE_URL at PostgreSQL"
    if url.startswith("postgres"):
        assert connection.vendor == "postgresql"
        with connection.cursor() as cursor:
            cursor.execute("SELECT version()")
            assert "PostgreSQL" in cursor.fetchone()[0]
    else:
        assert connection.vendor == "sqlite"


def test_broker_configured_where_required():
    if REQUIRE_REAL_SERVICES:
        assert os.environ.get("CELERY_BROKER_URL", "").startswith("redis://")


def _run_settings(module: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL"}
    }
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env={**clean, "DJANGO_SETTINGS_MODULE": module, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_its_secrets():
    result = _run_settings("cms.settings.production", {})
    assert result.returncode != 0
    for name in (
        "SECRET_KEY",
        "DATABASE_URL",
        "ALLOWED_HOSTS",
        "WAGTAILADMIN_BASE_URL",
        "OIDC_RP_CLIENT_ID",
    ):
        assert name in result.stderr


def test_production_starts_with_its_secrets_and_disables_demo_accounts():
    env = {
        "SECRET_KEY": "production-like-test-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "DATABASE_URL": "postgres://u@127.0.0.1:5432/none",
        "ALLOWED_HOSTS": "example.be",
        "WAGTAILADMIN_BASE_URL": "https://example.be",
        "OIDC_RP_CLIENT_ID": "vrijetijdsmonitor",
        "DEMO_ACCOUNTS_ENABLED": "true",
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.DEMO_ACCOUNTS_ENABLED, settings.DEBUG, settings.LANGUAGE_CODE, "
            "settings.TIME_ZONE)",
        ],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False", "nl-be", "Europe/Brussels"]


def test_dev_settings_need_no_environment():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.DATABASES['default']['ENGINE'], settings.CELERY_TASK_ALWAYS_EAGER)",
        ],
        env={
            "PATH": os.environ["PATH"],
            "HOME": os.environ.get("HOME", "/tmp"),
            "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.sqlite3", "True"]


@pytest.mark.pipeline
def test_real_worker_publishes_scheduled_pages(celery_worker_on_broker, home_page):
    """The beat task runs in a real worker over Redis and publishes a scheduled page."""
    from cms.models import ContentPage
    from cms.tasks import publish_scheduled

    page = ContentPage(title="Later", slug="later", live=False)
    home_page.add_child(instance=page)
    revision = page.save_revision(approved_go_live_at=None)
    revision.publish()  # go live first so the scheduled one is a new revision
    page.refresh_from_db()
    page.title = "Gepland"
    scheduled = page.save_revision()
    page.go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    scheduled.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    scheduled.save()

    result = publish_scheduled.delay()
    result.get(timeout=60)

    page.refresh_from_db()
    assert page.title == "Gepland"
    assert page.live
