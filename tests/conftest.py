"""Shared fixtures. Real services where CI provides them: PostgreSQL and a Redis broker."""

from __future__ import annotations

import os

import pytest

REQUIRE_REAL_SERVICES = os.environ.get("VTM_REQUIRE_REAL_SERVICES", "") in {"1", "true", "yes"}


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    broker = os.environ.get("CELERY_BROKER_URL", "")
    for item in items:
        # Where real services are required (CI), a missing broker makes these tests fail.
        if "pipeline" in item.keywords and not broker and not REQUIRE_REAL_SERVICES:
            item.add_marker(
                pytest.mark.skip(reason="needs CELERY_BROKER_URL (a real Redis broker)")
            )
    # Transactional tests (live server, real worker) empty the database when they end, so
    # they must run after every test that relies on the migrated data. pytest-django sorts
    # them so, but other plugins (pytest-playwright) reorder afterwards: sort once more, last.
    items.sort(key=_order)


@pytest.fixture(scope="session", autouse=True)
def private_media_root(tmp_path_factory):
    """Generated reports go to a temporary folder, never into the project's private_media."""
    from django.conf import settings
    from django.utils.functional import empty

    from reports.storage import private_storage

    settings.PRIVATE_MEDIA_ROOT = tmp_path_factory.mktemp("private_media")
    private_storage._wrapped = empty  # the lazy storage reads the setting again
    return settings.PRIVATE_MEDIA_ROOT


@pytest.fixture(autouse=True)
def fresh_caches():
    """Each test starts without cached questionnaires: ids are reused after a rollback."""
    from django.core.cache import cache

    from surveys.questionnaires import forget_questionnaires

    cache.clear()
    forget_questionnaires()
    yield


@pytest.fixture
def celery_worker_on_broker(transactional_db):
    """A real Celery worker thread on the configured Redis broker.

    Its tests commit for real (the worker has its own connection), so the database is
    flushed afterwards; the migrations' data is made again first (tests/base_data.py).
    """
    import celery.contrib.testing.tasks  # noqa: F401  (registers the ping task)

    from tests.base_data import ensure_base_data

    ensure_base_data()
    from celery.contrib.testing.worker import start_worker

    from cms.celery import app

    app.conf.task_always_eager = False
    try:
        with start_worker(app, perform_ping_check=True, pool="solo", loglevel="WARNING"):
            yield app
    finally:
        app.conf.task_always_eager = True


@pytest.fixture
def home_page(db):
    from cms.models import HomePage

    return HomePage.objects.get()


@pytest.fixture
def definitions(db):
    from surveys.models import Definition

    return {
        "Vrijwilliger": Definition.objects.create(
            term="Vrijwilliger",
            explanation="Iemand die onbetaald en onverplicht meewerkt.",
            example="Tel elke persoon één keer.",
        ),
        "VTE": Definition.objects.create(
            term="VTE", explanation="Voltijdse equivalenten.", example="Halftijds telt als 0,5."
        ),
    }


@pytest.fixture
def campaign(home_page, definitions):
    """A small published campaign: two rubrics, with conditions and every question type."""
    from tests.factories import build_campaign

    return build_campaign(home_page, definitions=definitions)


@pytest.fixture
def project_team_user(db):
    from django.contrib.auth import get_user_model

    from roles.services import project_team_group_ensure

    user = get_user_model().objects.create_user("projectteam", password="demo")
    user.groups.add(project_team_group_ensure())
    return user


TRANSACTIONAL_FIXTURES = {"transactional_db", "live_server", "django_db_serialized_rollback"}


def _order(item) -> int:
    # Playwright's sync API runs an event loop in the main thread from the first browser test
    # to the end of the session; async views (django-health-check's) called through Django's
    # test client refuse to run under it. The browser tests come last of all.
    if "browser" in item.keywords:
        return 3
    marker = item.get_closest_marker("django_db")
    fixtures = set(getattr(item, "fixturenames", []))
    transactional = bool(fixtures & TRANSACTIONAL_FIXTURES) or bool(
        marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences"))
    )
    if transactional:
        return 1
    if marker or "db" in fixtures:
        return 0
    return 2
