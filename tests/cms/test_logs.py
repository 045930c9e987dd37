"""Log lines as JSON with time, level, logger, request id and user id, and nothing that
names a person; an expected 403 or 404 without a traceback."""

from __future__ import annotations

import io
import json
import logging
import logging.config
import re

import pytest
from django.contrib.auth import get_user_model

from cms.celery import app as celery_app
from cms.observability import logging_config


@pytest.fixture
def json_lines(settings):
    """The production log configuration, its console handler writing to a buffer."""
    logging.config.dictConfig(logging_config(json=True, level="INFO"))
    buffer = io.StringIO()
    (console,) = logging.getLogger().handlers
    console.setStream(buffer)

    def read() -> list[dict]:
        return [json.loads(line) for line in buffer.getvalue().splitlines() if line]

    yield read
    logging.config.dictConfig(settings.LOGGING)


@pytest.mark.django_db
def test_a_request_logs_json_with_request_and_user_id_but_no_name_or_email(client, json_lines):
    user = get_user_model().objects.create_user(
        "an.invoerder", email="an.invoerder@kasterlee.be", first_name="An", last_name="Peeters"
    )
    client.force_login(user)
    request_id = "8a4b6c1e2f3d4a5b9c8d7e6f5a4b3c2d"

    response = client.get(
        "/bestaat-niet/?email=an.invoerder@kasterlee.be", HTTP_X_REQUEST_ID=request_id
    )

    assert response.status_code == 404
    assert response["X-Request-ID"] == request_id
    lines = [line for line in json_lines() if line["logger"] == "django.request"]
    assert len(lines) == 1
    line = lines[0]
    assert line["level"] == "WARNING"
    assert line["message"] == "Not Found: /bestaat-niet/"
    assert line["request_id"] == request_id
    assert line["user_id"] == user.pk
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", line["time"])
    assert "exc_info" not in line
    text = json.dumps(line)
    for personal in ("an.invoerder", "kasterlee.be", "Peeters"):
        assert personal not in text


def test_a_request_with_a_wrong_host_is_one_line_without_traceback(client, json_lines, settings):
    settings.ALLOWED_HOSTS = ["vrijetijdsmonitor.example.be"]

    assert client.get("/", HTTP_HOST="scanner.example").status_code == 400

    (line,) = [line for line in json_lines() if line["logger"].startswith("django.security")]
    assert line["status_code"] == 400
    assert "exc_info" not in line


@pytest.mark.django_db
def test_a_request_without_an_id_gets_a_new_one(client, json_lines):
    response = client.get("/bestaat-niet/")
    line = next(line for line in json_lines() if line["logger"] == "django.request")
    assert line["request_id"] == response["X-Request-ID"]
    assert len(line["request_id"]) == 32
    assert line["user_id"] is None


def test_an_expected_403_is_logged_without_its_traceback(json_lines):
    from django.core.exceptions import PermissionDenied

    try:
        raise PermissionDenied("Geen rol voor deze gemeente")
    except PermissionDenied:
        logging.getLogger("django.request").warning(
            "Forbidden (Permission denied): /registratie/",
            exc_info=True,
            extra={"status_code": 403},
        )
        logging.getLogger("django.request").error(
            "Internal Server Error: /registratie/", exc_info=True, extra={"status_code": 500}
        )

    forbidden, error = json_lines()
    assert "exc_info" not in forbidden
    assert "Traceback" in error["exc_info"]


def test_celery_workers_log_through_the_same_configuration():
    from celery.signals import setup_logging

    from cms.celery import _use_django_logging

    # A receiver of setup_logging keeps Celery from installing its own log format.
    assert _use_django_logging in [receiver() for _, receiver in setup_logging.receivers]


@celery_app.task(name="tests.request_id_seen_by_the_worker")
def request_id_seen_by_the_worker() -> str | None:
    """What the worker's log lines would carry as request_id."""
    from django_guid import get_guid

    return get_guid()


@pytest.mark.pipeline
def test_a_task_logs_with_the_request_id_of_the_request_that_queued_it(celery_worker_on_broker):
    from django_guid import clear_guid, set_guid

    set_guid("5f0c1d2e3a4b4c5d8e9f0a1b2c3d4e5f")  # as the middleware does for a request
    try:
        seen = request_id_seen_by_the_worker.delay().get(timeout=30)
    finally:
        clear_guid()

    assert seen == "5f0c1d2e3a4b4c5d8e9f0a1b2c3d4e5f"
