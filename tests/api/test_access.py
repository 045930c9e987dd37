"""Who may call the API: machine clients with a token, never people; every call logged;
rate limited per client."""

from __future__ import annotations

import pytest

from api.models import ApiCall
from roles.models import Role
from tests.api.conftest import bearer, make_client, person, token_for

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    "/api/v1/antwoorden/",
    "/api/v1/gemeenten/",
    "/api/v1/campagnes/",
    "/api/v1/codeboek/2025/",
]


@pytest.mark.parametrize("url", ENDPOINTS)
def test_without_a_token_401(client, campaign, url):
    response = client.get(url)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response.json()["detail"]


@pytest.mark.parametrize("who", [Role.COORDINATOR, Role.INVOERDER, "projectteam"])
@pytest.mark.parametrize("url", ENDPOINTS)
def test_people_logged_in_to_the_site_cannot_use_it(
    client, campaign, kasterlee, project_team_user, who, url
):
    user = project_team_user if who == "projectteam" else person(f"p-{who}", kasterlee, who)
    client.force_login(user)
    assert client.get(url).status_code == 401


def test_a_bad_token_401(campaign):
    assert bearer("not-a-token").get("/api/v1/gemeenten/").status_code == 401


def test_a_deactivated_client_is_refused_with_its_old_token(platform):
    reader = bearer(token_for(platform))
    assert reader.get("/api/v1/gemeenten/").status_code == 200
    platform.active = False
    platform.save()
    assert reader.get("/api/v1/gemeenten/").status_code == 403


def test_a_deactivated_client_gets_no_token(platform):
    import base64

    from django.test import Client

    from tests.api.conftest import SECRET

    platform.active = False
    platform.save()
    credentials = base64.b64encode(f"{platform.client_id}:{SECRET}".encode()).decode()
    response = Client().post(
        "/api/v1/oauth/token/",
        {"grant_type": "client_credentials"},
        HTTP_AUTHORIZATION=f"Basic {credentials}",
    )
    assert response.status_code in (400, 401)


def test_a_wrong_secret_gets_no_token(platform):
    import base64

    from django.test import Client

    credentials = base64.b64encode(f"{platform.client_id}:wrong".encode()).decode()
    response = Client().post(
        "/api/v1/oauth/token/",
        {"grant_type": "client_credentials"},
        HTTP_AUTHORIZATION=f"Basic {credentials}",
    )
    assert response.status_code == 401


def test_a_token_on_behalf_of_a_person_is_not_a_machine_client(platform, kasterlee):
    import datetime

    from django.utils import timezone
    from oauth2_provider.models import AccessToken

    coordinator = person("coordinator", kasterlee, Role.COORDINATOR)
    token = AccessToken.objects.create(
        user=coordinator,
        application=platform,
        token="token-van-een-persoon",  # noqa: S106
        scope="antwoorden:bevestigd",
        expires=timezone.now() + datetime.timedelta(hours=1),
    )
    assert bearer(token.token).get("/api/v1/gemeenten/").status_code == 403


def test_every_call_is_logged_with_client_filters_and_row_count(confirmed_reader, registered):
    confirmed_reader.get("/api/v1/antwoorden/", {"nis": "13017", "rubriek": "AAN"})
    confirmed_reader.get("/api/v1/antwoorden/", {"werkjaar": "1999"})
    confirmed_reader.get("/api/v1/gemeenten/")
    calls = list(ApiCall.objects.order_by("pk"))
    assert [(c.client_name, c.endpoint, c.status_code, c.row_count) for c in calls] == [
        ("Rapporteringsplatform", "/api/v1/antwoorden/", 200, 3),
        ("Rapporteringsplatform", "/api/v1/antwoorden/", 400, 0),
        ("Rapporteringsplatform", "/api/v1/gemeenten/", 200, 285),
    ]
    assert calls[0].filters == {"nis": "13017", "rubriek": "AAN"}
    assert calls[0].scopes == "antwoorden:bevestigd"
    assert calls[0].client.name == "Rapporteringsplatform"


def test_calls_without_a_valid_token_leave_no_row(client, campaign):
    client.get("/api/v1/antwoorden/")
    assert not ApiCall.objects.exists()


def test_rate_limited_per_client(settings, platform, campaign):
    settings.API_RATE_LIMIT = "2/minute"
    reader = bearer(token_for(platform))
    other = bearer(token_for(make_client("Ander platform")))
    assert [reader.get("/api/v1/campagnes/").status_code for _ in range(3)] == [200, 200, 429]
    assert other.get("/api/v1/campagnes/").status_code == 200
    assert ApiCall.objects.filter(status_code=429).count() == 1


def test_withdrawn_provisional_access_ends_for_the_token_already_issued(registered):
    """Unticking "mag voorlopige antwoorden lezen" works at once, like deactivating."""
    api_client = make_client("Platform (voorlopig)", may_read_provisional=True)
    reader = bearer(token_for(api_client, "antwoorden:voorlopig"))
    provisional = {"status": "in_uitvoering"}
    assert reader.get("/api/v1/antwoorden/", provisional).status_code == 200
    api_client.may_read_provisional = False
    api_client.save()
    assert reader.get("/api/v1/antwoorden/", provisional).status_code == 403
    # That token was granted the provisional scope only: a new one reads confirmed answers.
    renewed = bearer(token_for(api_client))
    assert renewed.get("/api/v1/antwoorden/").status_code == 200
    assert renewed.get("/api/v1/antwoorden/", provisional).status_code == 403
