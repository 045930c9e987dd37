"""The probes: cheap liveness, readiness, and the full check that tells the public no more
than "ok" or "unavailable"."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.utils.functional import empty

from reports.storage import private_storage

TOKEN = "health-token-for-the-monitoring-0123456789"


@pytest.fixture
def health_token(settings):
    settings.HEALTH_CHECK_TOKEN = TOKEN
    return TOKEN


@pytest.fixture
def broken_private_storage(settings, tmp_path):
    """Private files would go to a path that is a file, not a folder: every write fails."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    previous = settings.PRIVATE_MEDIA_ROOT
    settings.PRIVATE_MEDIA_ROOT = blocked / "private"
    private_storage._wrapped = empty
    yield
    settings.PRIVATE_MEDIA_ROOT = previous
    private_storage._wrapped = empty


def test_liveness_answers_without_asking_anything_else(client):
    # No database access is allowed in this test: the probe needs none.
    response = client.get("/health/live/")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_tells_the_public_only_that_all_is_well(client):
    response = client.get("/health/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.content == b"ok\n"


@pytest.mark.django_db
def test_readiness_checks_database_and_cache(client, health_token):
    response = client.get(
        "/health/ready/", HTTP_ACCEPT="application/json", HTTP_AUTHORIZATION=f"Bearer {TOKEN}"
    )
    assert response.status_code == 200
    assert response.json() == {"Database(alias='default')": "OK", "Cache(alias='default')": "OK"}


@pytest.mark.django_db
def test_health_details_with_the_token_name_every_check(client, health_token):
    response = client.get(
        "/health/", HTTP_ACCEPT="application/json", HTTP_AUTHORIZATION=f"Bearer {TOKEN}"
    )
    assert response.status_code == 200, response.content
    checks = response.json()
    assert set(checks.values()) == {"OK"}
    names = " ".join(checks)
    for check in ("Database", "Cache", "Storage(alias='default')", "PrivateStorage", "Disk"):
        assert check in names


@pytest.mark.django_db
def test_a_wrong_token_gets_no_details(client, health_token):
    response = client.get(
        "/health/", HTTP_ACCEPT="application/json", HTTP_AUTHORIZATION="Bearer guessed"
    )
    assert response.content == b"ok\n"


@pytest.mark.django_db
def test_staff_see_the_details(client):
    staff = get_user_model().objects.create_user("beheer", is_staff=True)
    client.force_login(staff)
    response = client.get("/health/", HTTP_ACCEPT="application/json")
    assert "Database(alias='default')" in response.json()


@pytest.mark.django_db
def test_a_failing_check_makes_health_unavailable_without_saying_why(
    client, health_token, broken_private_storage
):
    public = client.get("/health/")
    assert public.status_code == 503
    assert public.content == b"unavailable\n"

    detailed = client.get(
        "/health/", HTTP_ACCEPT="application/json", HTTP_AUTHORIZATION=f"Bearer {TOKEN}"
    )
    assert detailed.status_code == 503
    failing = {name for name, status in detailed.json().items() if status != "OK"}
    assert failing == {"PrivateStorage(alias='private')"}


@pytest.mark.django_db
def test_readiness_does_not_depend_on_files_or_workers(client, broken_private_storage):
    assert client.get("/health/ready/").status_code == 200


@pytest.mark.pipeline
def test_health_pings_the_broker_and_a_real_worker(celery_worker_on_broker, client, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.HEALTH_CHECK_TOKEN = TOKEN
    response = client.get(
        "/health/", HTTP_ACCEPT="application/json", HTTP_AUTHORIZATION=f"Bearer {TOKEN}"
    )
    checks = response.json()
    assert response.status_code == 200, checks
    assert any(name.startswith("Ping(") for name in checks)
    assert any(name.startswith("Redis(") for name in checks)


def test_liveness_answers_the_platform_on_the_pod_address_over_http(client, settings):
    settings.ALLOWED_HOSTS = ["vrijetijdsmonitor.example.be"]
    settings.SECURE_SSL_REDIRECT = True

    response = client.get("/health/live/", HTTP_HOST="10.1.2.3:8000")

    assert response.status_code == 200
    # Every other path still refuses an unknown host.
    assert client.get("/health/", HTTP_HOST="10.1.2.3:8000").status_code == 400
