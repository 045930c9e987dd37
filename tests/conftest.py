"""Shared fixtures. Real services where CI provides them: PostgreSQL and a Redis broker."""

from __future__ import annotations

import os

import pytest

REQUIRE_REAL_SERVICES = os.environ.get("VTM_REQUIRE_REAL_SERVICES", "") in {"1", "true", "yes"}


def pytest_collection_modifyitems(config, items):
    broker = os.environ.get("CELERY_BROKER_URL", "")
    for item in items:
        # Where real services are required (CI), a missing broker makes these tests fail.
        if "pipeline" in item.keywords and not broker and not REQUIRE_REAL_SERVICES:
            item.add_marker(
                pytest.mark.skip(reason="needs CELERY_BROKER_URL (a real Redis broker)")
            )


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
