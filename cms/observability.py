"""Logs and error reports that operations can read, without personal data.

Every log line carries the request id (django-guid: the `X-Request-ID` header or a new
one, handed on to the Celery tasks a request queues) and the id of the logged-in user,
never a name, an e-mail address or an answer.
"""

from __future__ import annotations

import contextvars
import datetime
import logging
import re
from collections.abc import Callable
from typing import Any

import pythonjsonlogger.json
from django.http import HttpRequest, HttpResponse
from pythonjsonlogger.core import RESERVED_ATTRS

_user_id: contextvars.ContextVar[int | None] = contextvars.ContextVar("vtm_user_id", default=None)

# Expected answers to a request: a malformed or suspicious request (a wrong Host header from
# a scanner), a role that does not allow it, a page that does not exist.
EXPECTED_STATUS_CODES = frozenset({400, 403, 404})


class UserIdMiddleware:
    """Remember the logged-in user's id for the log lines of this request."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        # Not reset on the way out: Django logs an error response ("Not Found: …") after
        # the middleware. The next request starts with none (forget_user_id).
        _user_id.set(user.pk if user is not None and user.is_authenticated else None)
        return self.get_response(request)


def forget_user_id(**kwargs: Any) -> None:
    """``request_started`` receiver: a new request has no user until the middleware says."""
    _user_id.set(None)


class RequestContextFilter(logging.Filter):
    """Adds ``request_id`` and ``user_id`` to every record (``None`` outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        from django_guid import get_guid

        record.request_id = get_guid()
        record.user_id = _user_id.get()
        return True


class ExpectedErrorsFilter(logging.Filter):
    """A 400, 403 or 404 is an answer, not a fault: log the line, never the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "status_code", None) in EXPECTED_STATUS_CODES:
            record.exc_info = None
            record.exc_text = None
        return True


class JsonFormatter(pythonjsonlogger.json.JsonFormatter):
    """One JSON object per line; ``time`` in UTC with milliseconds, whatever TIME_ZONE says."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        moment = datetime.datetime.fromtimestamp(record.created, tz=datetime.UTC)
        return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def logging_config(*, json: bool, level: str) -> dict[str, Any]:
    """The ``LOGGING`` setting: JSON lines in production, readable lines in development."""
    formatter = (
        {
            "()": "cms.observability.JsonFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s %(user_id)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
            # Django hands the request object to its log calls; its text holds the query
            # string, which may hold anything.
            "reserved_attrs": [*RESERVED_ATTRS, "request"],
        }
        if json
        else {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"}
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "request_context": {"()": "cms.observability.RequestContextFilter"},
            "expected_errors": {"()": "cms.observability.ExpectedErrorsFilter"},
        },
        "formatters": {"default": formatter},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "default",
                "filters": ["request_context", "expected_errors"],
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "django.db.backends": {"level": "INFO"},
            # Wagtail logs every page action and background task at INFO.
            "wagtail": {"level": "WARNING"},
            "django_tasks": {"level": "WARNING"},
            "weasyprint.progress": {"level": "WARNING"},
            "fontTools": {"level": "WARNING"},
            # django-guid tells at INFO each time it sets or hands on an id.
            "django_guid": {"level": "WARNING"},
            # Celery's "Task … succeeded in 0.2s: <return value>" would log what a task
            # returns; received and failed tasks are still logged (celery.worker, WARNING+).
            "celery.app.trace": {"level": "WARNING"},
            # A failing check is logged with its traceback by the library; the probe's
            # answer already tells which one.
            "health_check": {"level": "ERROR"},
        },
    }


# --- Sentry ----------------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_SENSITIVE_HEADERS = {"authorization", "cookie", "x-csrftoken", "x-forwarded-for", "x-real-ip"}


def scrub_text(text: str) -> str:
    return _EMAIL.sub("[e-mail]", text)


def sentry_before_send(event: dict[str, Any], hint: dict[str, Any]) -> dict[str, Any] | None:
    """Strip what could identify a person or carry an answer before an event leaves."""
    request = event.get("request")
    if isinstance(request, dict):
        # Form bodies are answers; cookies are sessions; query strings may hold e-mails.
        for key in ("data", "cookies", "query_string", "env"):
            request.pop(key, None)
        headers = request.get("headers")
        if isinstance(headers, dict):
            request["headers"] = {
                name: value
                for name, value in headers.items()
                if name.lower() not in _SENSITIVE_HEADERS
            }
    user = event.get("user")
    if isinstance(user, dict):
        event["user"] = {"id": user["id"]} if "id" in user else {}
    if isinstance(event.get("message"), str):
        event["message"] = scrub_text(event["message"])
    logentry = event.get("logentry")
    if isinstance(logentry, dict):
        if isinstance(logentry.get("message"), str):
            logentry["message"] = scrub_text(logentry["message"])
        logentry.pop("params", None)
        if isinstance(logentry.get("formatted"), str):
            logentry["formatted"] = scrub_text(logentry["formatted"])
    for exception in (event.get("exception") or {}).get("values", []):
        if isinstance(exception.get("value"), str):
            exception["value"] = scrub_text(exception["value"])
    for breadcrumb in (event.get("breadcrumbs") or {}).get("values", []):
        if isinstance(breadcrumb.get("message"), str):
            breadcrumb["message"] = scrub_text(breadcrumb["message"])
        breadcrumb.pop("data", None)
    return event


def sentry_init(*, dsn: str, environment: str, release: str, traces_sample_rate: float) -> bool:
    """Report errors to Sentry where a DSN is configured; nothing at all otherwise."""
    if not dsn:
        return False
    import sentry_sdk
    from sentry_sdk.integrations.celery import CeleryIntegration
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=environment or None,
        release=release or None,
        integrations=[DjangoIntegration(), CeleryIntegration()],
        # No user names, e-mail addresses, IP addresses, cookies or bodies; no local
        # variables of the failing frames either (they hold answers).
        send_default_pii=False,
        include_local_variables=False,
        max_request_body_size="never",
        before_send=sentry_before_send,  # type: ignore[arg-type]
        traces_sample_rate=traces_sample_rate,
    )
    return True
