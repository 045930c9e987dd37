"""The project team manages API clients in the Wagtail admin and reads the call log."""

from __future__ import annotations

import base64

import pytest
from django.test import Client

from api.models import ApiCall, ApiClient
from roles.models import Role
from tests.api.conftest import bearer, make_client, person, token_for

pytestmark = pytest.mark.django_db

CLIENTS = "/admin/api-clients/"
CALLS = "/admin/api-oproepen/"


def test_the_project_team_creates_a_client_whose_secret_works_once_copied(
    client, project_team_user, campaign
):
    client.force_login(project_team_user)
    form = client.get(f"{CLIENTS}new/")
    assert form.status_code == 200
    shown = form.context["form"]
    client_id, secret = shown["client_id"].initial, shown["client_secret"].initial
    response = client.post(
        f"{CLIENTS}new/",
        {
            "name": "Rapporteringsplatform",
            "contact": "platform@vlaanderen.be",
            "client_id": client_id,
            "client_secret": secret,
            "active": "on",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    created = ApiClient.objects.get()
    assert created.client_secret != secret  # stored as a hash only
    assert (created.authorization_grant_type, created.client_type) == (
        "client-credentials",
        "confidential",
    )
    assert created.may_read_provisional is False

    credentials = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
    token = Client().post(
        "/api/v1/oauth/token/",
        {"grant_type": "client_credentials"},
        HTTP_AUTHORIZATION=f"Basic {credentials}",
    )
    assert token.status_code == 200
    assert token.json()["scope"] == "antwoorden:bevestigd"


def test_editing_a_client_never_shows_or_changes_its_secret(client, project_team_user, platform):
    client.force_login(project_team_user)
    hashed = platform.client_secret
    form = client.get(f"{CLIENTS}edit/{platform.pk}/")
    assert "client_secret" not in form.context["form"].fields
    response = client.post(
        f"{CLIENTS}edit/{platform.pk}/",
        {"name": "Platform", "contact": "", "may_read_provisional": "on", "active": "on"},
    )
    assert response.status_code == 302
    platform.refresh_from_db()
    assert platform.client_secret == hashed
    assert platform.may_read_provisional is True
    assert token_for(platform, "antwoorden:voorlopig")


def test_the_call_log_lists_calls_read_only(client, project_team_user, platform, campaign):
    bearer(token_for(platform)).get("/api/v1/gemeenten/")
    client.force_login(project_team_user)
    listing = client.get(CALLS)
    assert listing.status_code == 200
    assert "/api/v1/gemeenten/" in listing.content.decode()
    call = ApiCall.objects.get()
    assert client.get(f"{CALLS}inspect/{call.pk}/").status_code == 200
    assert client.get(f"{CALLS}edit/{call.pk}/").status_code in (302, 403, 404)
    assert client.get(f"{CALLS}new/").status_code in (302, 403, 404)


@pytest.mark.parametrize("role", [Role.BEHEERDER, Role.COORDINATOR, None])
def test_nobody_else_sees_the_clients(client, kasterlee, role, platform):
    user = person(f"p-{role}", kasterlee, role) if role else person("nobody")
    user.is_staff = True
    user.save()
    client.force_login(user)
    for url in (CLIENTS, f"{CLIENTS}new/", f"{CLIENTS}edit/{platform.pk}/", CALLS):
        assert client.get(url).status_code in (302, 403), url
    make_client("Nog een")  # the listing of others stays closed whatever exists
    assert client.get(CLIENTS).status_code in (302, 403)
