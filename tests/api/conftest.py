"""API fixtures: machine clients with real tokens from the token endpoint, registered answers."""

from __future__ import annotations

import base64

import pytest
from django.test import Client

from api.models import ApiClient
from roles.models import Municipality, Role
from surveys.selectors import answers_for_rubric, participation_for, questionnaire_for_campaign
from surveys.services import AnswerInput, answers_save, rubric_confirm
from tests.surveys.conftest import person

SECRET = "geheim-van-het-rapporteringsplatform"  # noqa: S105


def make_client(name: str = "Rapporteringsplatform", **extra) -> ApiClient:
    return ApiClient.objects.create(name=name, client_secret=SECRET, **extra)


def token_for(api_client: ApiClient, scope: str | None = None) -> str:
    """A bearer token as a machine client gets it: client credentials at the token endpoint."""
    credentials = base64.b64encode(f"{api_client.client_id}:{SECRET}".encode()).decode()
    data = {"grant_type": "client_credentials"}
    if scope:
        data["scope"] = scope
    response = Client().post(
        "/api/v1/oauth/token/", data, HTTP_AUTHORIZATION=f"Basic {credentials}"
    )
    assert response.status_code == 200, response.content
    return response.json()["access_token"]


def bearer(token: str) -> Client:
    return Client(HTTP_AUTHORIZATION=f"Bearer {token}")


@pytest.fixture
def kasterlee(db):
    return Municipality.objects.get(nis_code="13017")


@pytest.fixture
def brecht(db):
    return Municipality.objects.get(nis_code="11009")


@pytest.fixture
def platform(db):
    """The reporting platform: confirmed answers only (the default scope)."""
    return make_client()


@pytest.fixture
def confirmed_reader(platform):
    return bearer(token_for(platform))


@pytest.fixture
def provisional_reader(db):
    api_client = make_client("Rapporteringsplatform (voorlopig)", may_read_provisional=True)
    return bearer(token_for(api_client, "antwoorden:voorlopig"))


def save(campaign, municipality, rubric_code, user, **values):
    rubric = questionnaire_for_campaign(campaign=campaign).rubric(rubric_code)
    participation = participation_for(municipality=municipality, campaign=campaign)
    inputs = {key.replace("_", "-"): AnswerInput(value=value) for key, value in values.items()}
    current = answers_for_rubric(participation=participation, rubric=rubric)
    return answers_save(
        municipality=municipality,
        campaign=campaign,
        rubric=rubric,
        by=user,
        values=inputs,
        seen_versions={code: current[code].version if code in current else 0 for code in inputs},
    )


@pytest.fixture
def registered(campaign, kasterlee, brecht):
    """Kasterlee: AAN confirmed (3 answers), FIN in progress (1). Brecht: AAN in progress,
    with an answer kept for a follow-up question its yes/no answer hides (AAN-04)."""
    from tests.surveys.test_services import response_of

    invoerder = person("invoerder", kasterlee, Role.INVOERDER)
    coordinator = person("coordinator", kasterlee, Role.COORDINATOR)
    brecht_invoerder = person("invoerder-brecht", brecht, Role.INVOERDER)
    save(campaign, kasterlee, "AAN", invoerder, AAN_02=True, AAN_03="vzw", AAN_04=40)
    save(campaign, kasterlee, "FIN", invoerder, FIN_01="2500")
    rubric_confirm(response=response_of(kasterlee, "AAN"), by=coordinator)
    save(campaign, brecht, "AAN", brecht_invoerder, AAN_02=True, AAN_04=10)
    save(campaign, brecht, "AAN", brecht_invoerder, AAN_02=False)
    return campaign
