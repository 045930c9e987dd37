"""Registration fixtures: Kasterlee and Brecht with people in every role."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from roles.models import Municipality, Role
from roles.services import role_grant


def person(username: str, municipality: Municipality | None = None, role: str | None = None):
    user = get_user_model().objects.create_user(
        username, email=f"{username}@example.be", password="demo", first_name=username.title()
    )
    if municipality is not None and role is not None:
        role_grant(municipality=municipality, role=role, by=None, person=user)
    return user


@pytest.fixture
def kasterlee(db):
    return Municipality.objects.get(nis_code="13017")


@pytest.fixture
def brecht(db):
    return Municipality.objects.get(nis_code="11009")


@pytest.fixture
def people(kasterlee, brecht, project_team_user):
    return {
        "invoerder": person("invoerder", kasterlee, Role.INVOERDER),
        "invoerder2": person("invoerder2", kasterlee, Role.INVOERDER),
        "coordinator": person("coordinator", kasterlee, Role.COORDINATOR),
        "raadpleger": person("raadpleger", kasterlee, Role.RAADPLEGER),
        "beheerder": person("beheerder", kasterlee, Role.BEHEERDER),
        "brecht": person("invoerder-brecht", brecht, Role.INVOERDER),
        "team": project_team_user,
        "nobody": person("nobody"),
    }


@pytest.fixture
def questionnaire(campaign):
    from surveys.selectors import questionnaire_for_campaign

    return questionnaire_for_campaign(campaign=campaign)
