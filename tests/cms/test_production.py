"""The production settings refuse unsafe values, pass `check --deploy`, and report errors
to Sentry only where a DSN is configured."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "production-like-test-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "DATABASE_URL": "postgres://u@127.0.0.1:5432/none",
    "ALLOWED_HOSTS": "vrijetijdsmonitor.example.be",
    "WAGTAILADMIN_BASE_URL": "https://vrijetijdsmonitor.example.be",
    "OIDC_RP_CLIENT_ID": "vrijetijdsmonitor",
}
# Variables of the machine that would change what the production settings see.
# DJANGO_ALLOW_ASYNC_UNSAFE is the browser tests' (tests/browser/conftest.py), never a server's.
_OURS = {
    *PRODUCTION_ENV,
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "OIDC_ENABLED",
    "DEBUG",
    "SENTRY_DSN",
    "SECURE_HSTS_SECONDS",
    "SECURE_SSL_REDIRECT",
}


def run_production(code: str, **env: str | None) -> subprocess.CompletedProcess:
    """Run ``code`` after django.setup() with the production settings and ``env`` on top."""
    base = {k: v for k, v in os.environ.items() if k not in _OURS}
    merged = {**base, **PRODUCTION_ENV, **env}
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()\n" + code],
        env={k: v for k, v in merged.items() if v is not None},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_starts_with_safe_values():
    result = run_production("from django.conf import settings; print(settings.DEBUG)")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DEBUG": "true"}, "DEBUG is on"),
        ({"SECRET_KEY": None}, "SECRET_KEY is not set"),
        ({"SECRET_KEY": "short-key"}, "SECRET_KEY is too short"),
        ({"SECRET_KEY": "ab" * 40}, "SECRET_KEY is too short or too simple"),
        ({"WAGTAILADMIN_BASE_URL": "http://127.0.0.1:8000"}, "WAGTAILADMIN_BASE_URL points at"),
        ({"WAGTAILADMIN_BASE_URL": "http://localhost"}, "WAGTAILADMIN_BASE_URL points at"),
        ({"WAGTAILADMIN_BASE_URL": None}, "WAGTAILADMIN_BASE_URL is not set"),
        # Security review 6.8: without a client id nobody could log in.
        ({"OIDC_RP_CLIENT_ID": None}, "OIDC_RP_CLIENT_ID is not set"),
        ({"OIDC_RP_CLIENT_ID": " "}, "OIDC_RP_CLIENT_ID is not set"),
    ],
)
def test_production_refuses_to_start_with_an_unsafe_value(env, message):
    result = run_production("", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_check_deploy_gives_no_warnings_with_the_production_settings(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env={
            **{k: v for k, v in os.environ.items() if k not in _OURS},
            **PRODUCTION_ENV,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        },
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_wsgi_asgi_and_celery_default_to_production_and_only_manage_py_to_dev():
    root = Path(settings.BASE_DIR)
    for entry_point in ("cms/wsgi.py", "cms/asgi.py", "cms/celery.py"):
        source = (root / entry_point).read_text(encoding="utf-8")
        assert '"DJANGO_SETTINGS_MODULE", "cms.settings.production"' in source, entry_point
    manage = (root / "manage.py").read_text(encoding="utf-8")
    assert '"DJANGO_SETTINGS_MODULE", "cms.settings.dev"' in manage


def test_sentry_is_off_without_a_dsn():
    result = run_production(
        "import sentry_sdk; from django.conf import settings; "
        "print(settings.SENTRY_ENABLED, sentry_sdk.get_client().is_active())"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


def test_sentry_is_on_with_a_dsn_and_sends_no_personal_data():
    result = run_production(
        "import sentry_sdk; from django.conf import settings; "
        "options = sentry_sdk.get_client().options; "
        "print(settings.SENTRY_ENABLED, sentry_sdk.get_client().is_active(), "
        "options['send_default_pii'], options['include_local_variables'], "
        "options['before_send'].__name__)",
        SENTRY_DSN="https://public@sentry.example.invalid/1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "False", "False", "sentry_before_send"]


def test_sentry_events_lose_bodies_cookies_user_details_and_email_addresses():
    from cms.observability import sentry_before_send

    event = {
        "message": "Mail to an.invoerder@kasterlee.be failed",
        "request": {
            "url": "https://vtm.example.be/registratie/2025/13017/AAN/",
            "data": {"AAN-01": "1234"},
            "cookies": {"sessionid": "abc"},
            "query_string": "email=an@kasterlee.be",
            "headers": {"Cookie": "sessionid=abc", "User-Agent": "Firefox", "Authorization": "x"},
        },
        "user": {"id": 7, "email": "an@kasterlee.be", "username": "an"},
        "exception": {"values": [{"type": "ValueError", "value": "bad: an@kasterlee.be"}]},
        "breadcrumbs": {"values": [{"message": "to an@kasterlee.be", "data": {"x": 1}}]},
    }

    scrubbed = sentry_before_send(event, {})

    assert "kasterlee.be" not in repr(scrubbed)
    assert scrubbed["request"]["url"].startswith("https://vtm.example.be/registratie/")
    assert scrubbed["request"]["headers"] == {"User-Agent": "Firefox"}
    assert "data" not in scrubbed["request"] and "cookies" not in scrubbed["request"]
    assert scrubbed["user"] == {"id": 7}
