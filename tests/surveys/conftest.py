"""Registration fixtures: Kasterlee and Brecht with people in every role."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from roles.models import Municipality, Role
from roles.services import role_grant
from surveys.models import RubricStatus
from tests.surveys.pages import ACTIVITEITEN, DOELGROEPEN, post_step, response_of, summary_url


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


@pytest.fixture
def as_user(client, people):
    """Log the test client in as one of the people (by key); returns the client."""

    def login(who: str):
        client.logout()
        client.force_login(people[who])
        return client

    return login


@pytest.fixture
def half_filled(as_user, campaign):
    """AAN with AAN-02 = nee and AAN-07 answered: AAN-01 and AAN-05 are open and required."""
    client = as_user("invoerder")
    post_step(client, ACTIVITEITEN, {"q__AAN-02": "nee"})
    post_step(client, DOELGROEPEN, {"q__AAN-07": "2020-05-01"})
    return client


@pytest.fixture
def confirmed(half_filled, as_user):
    response = as_user("coordinator").post(
        summary_url("AAN"), {"action": "confirm", "open_questions_seen": "on"}
    )
    assert response.status_code == 302
    assert response_of("AAN").status == RubricStatus.CONFIRMED
    return response_of("AAN")
