"""OIDC login end to end against a real OpenID provider (oidc-provider-mock in a thread).

The browser's part of the code flow is scripted: Django's test client talks to our views,
``requests`` picks the identity on the provider's authorization page, our backend fetches
the token and the keys from the provider over HTTP.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
import logging
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlencode, urlsplit

import jwt
import oidc_provider_mock
import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.exceptions import SuspiciousOperation
from django.db import connection
from django.test import Client

from roles.auth import OIDCBackend
from roles.models import Identity, Municipality, OrganisationCode, Role, RoleAssignment, RoleSource
from roles.permissions import Action, can
from roles.services import project_team_group_ensure, role_grant

pytestmark = pytest.mark.django_db

ROLE_CLAIM = "dv_vrijetijdsmonitor_rol_3d"
KBO_KASTERLEE = "0000013017"
KBO_BRECHT = "0000011009"
AGB_BRECHT = "0000011091"
RRN = "85073003328"

PREDEFINED = oidc_provider_mock.User(
    sub="ilse-kasterlee",
    claims={
        "vo_id": "7b0c1f9e-0000-4000-8000-000000000001",
        "given_name": "Ilse",
        "family_name": "Invoerder",
        "email": "ilse.invoerder@kasterlee.example",
        ROLE_CLAIM: [f"VrijetijdsmonitorInvoerder:{KBO_KASTERLEE}"],
    },
)


# --- the provider and our settings for it ---------------------------------------------


@pytest.fixture(scope="module")
def provider() -> Iterator[str]:
    """A real OpenID provider on a free port; its base URL is also its issuer."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AUTHLIB_INSECURE_TRANSPORT", "1")  # the provider speaks plain http
        with oidc_provider_mock.run_server_in_thread(
            require_nonce=True, user_claims=[PREDEFINED]
        ) as server:
            yield f"http://localhost:{server.server_port}"


@pytest.fixture(autouse=True)
def oidc_settings(settings: Any, provider: str) -> Any:
    settings.OIDC_OP_ISSUER = provider
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = f"{provider}/oauth2/authorize"
    settings.OIDC_OP_TOKEN_ENDPOINT = f"{provider}/oauth2/token"
    settings.OIDC_OP_JWKS_ENDPOINT = f"{provider}/jwks"
    settings.OIDC_OP_LOGOUT_ENDPOINT = f"{provider}/oauth2/end_session"
    return settings


@pytest.fixture(autouse=True)
def organisation_codes(db: Any) -> dict[str, Municipality]:
    kasterlee = Municipality.objects.get(nis_code="13017")
    brecht = Municipality.objects.get(nis_code="11009")
    OrganisationCode.objects.create(municipality=kasterlee, code=KBO_KASTERLEE)
    OrganisationCode.objects.create(municipality=brecht, code=KBO_BRECHT)
    OrganisationCode.objects.create(
        municipality=brecht, code=AGB_BRECHT, kind=OrganisationCode.Kind.AGB
    )
    return {"kasterlee": kasterlee, "brecht": brecht}


@pytest.fixture
def kasterlee(organisation_codes: dict[str, Municipality]) -> Municipality:
    return organisation_codes["kasterlee"]


@pytest.fixture
def brecht(organisation_codes: dict[str, Municipality]) -> Municipality:
    return organisation_codes["brecht"]


def provider_user(provider: str, sub: str, **claims: Any) -> str:
    """Create or replace an identity at the provider (its claims, apart from ``sub``)."""
    answer = requests.put(f"{provider}/users/{sub}", json=claims, timeout=10)
    assert answer.status_code == 204, answer.text
    return sub


def person(provider: str, sub: str, *, roles: Any = None, **claims: Any) -> str:
    """A person at the provider with a name, an e-mail address and (optionally) roles."""
    claims = {
        "given_name": sub.title(),
        "family_name": "Test",
        "email": f"{sub}@gemeente.example",
        **claims,
    }
    if roles is not None:
        claims[ROLE_CLAIM] = roles
    return provider_user(provider, sub, **claims)


# --- the scripted browser --------------------------------------------------------------


def start_login(client: Client, next_url: str | None = None) -> str:
    """Our login start: returns the provider's authorization URL we redirect to."""
    response = client.get("/oidc/authenticate/", {"next": next_url} if next_url else {})
    assert response.status_code == 302
    return response["Location"]


def oidc_login(client: Client, sub: str, next_url: str | None = None) -> Any:
    """The whole code flow; returns our callback's response."""
    authorize_url = start_login(client, next_url)
    # The provider's page: pick the identity (a form POST to the same URL).
    answer = requests.post(authorize_url, data={"sub": sub}, allow_redirects=False, timeout=10)
    assert answer.status_code == 302, answer.text
    callback = urlsplit(answer.headers["Location"])
    assert callback.path == "/oidc/callback/"
    return client.get(callback.path, dict(parse_qsl(callback.query)))


def logged_in_user(client: Client) -> Any:
    user_id = client.session.get("_auth_user_id")
    return get_user_model().objects.get(pk=user_id) if user_id else None


def user_of(sub_or_vo_id: str) -> Any:
    return Identity.objects.select_related("user").get(subject=sub_or_vo_id).user


# --- first login, matching ---------------------------------------------------------------


def test_first_login_creates_the_user_from_the_id_token(client, provider, kasterlee, settings):
    response = oidc_login(client, PREDEFINED.sub)

    assert response.status_code == 302
    assert response["Location"] == settings.LOGIN_REDIRECT_URL
    user = logged_in_user(client)
    assert user is not None
    assert (user.first_name, user.last_name, user.email) == (
        "Ilse",
        "Invoerder",
        "ilse.invoerder@kasterlee.example",
    )
    # Identified by vo_id; the username reveals nothing of it; no password to guess.
    assert user.identity.subject == PREDEFINED.claims["vo_id"]
    assert user.username.startswith("oidc-")
    assert PREDEFINED.claims["vo_id"] not in user.username
    assert not user.has_usable_password()
    assert user.identity.last_login_at is not None
    # The role claim made her invoerder of Kasterlee.
    assert can(user, Action.ENTER_DATA, kasterlee)
    assert RoleAssignment.objects.get(person=user).source == RoleSource.IDP


def test_authorization_request_uses_pkce_and_nonce_and_never_asks_rrn(client, settings):
    settings.OIDC_RP_SCOPES = "openid rrn profile RRN email"

    query = parse_qs(urlsplit(start_login(client)).query)

    assert query["scope"] == ["openid profile email"]
    assert query["code_challenge_method"] == ["S256"]
    assert len(query["code_challenge"][0]) >= 43
    assert query["nonce"][0]
    assert query["client_id"] == [settings.OIDC_RP_CLIENT_ID]


def test_users_are_matched_on_the_subject_never_on_the_email(provider):
    shared = "gedeeld@gemeente.example"
    # A local account with that e-mail address is not taken over.
    local = get_user_model().objects.create_user("jan-lokaal", email=shared, password="x" * 12)
    person(provider, "anna", vo_id="vo-anna", email=shared)
    person(provider, "bert", email=shared)  # no vo_id: identified by sub

    oidc_login(Client(), "anna")
    oidc_login(Client(), "bert")

    anna, bert = user_of("vo-anna"), user_of("bert")
    assert len({local.pk, anna.pk, bert.pk}) == 3
    assert anna.email == bert.email == shared

    # The same vo_id under another sub (another means of authentication) is the same
    # person; a changed name and e-mail address follow the provider.
    person(provider, "anna-itsme", vo_id="vo-anna", given_name="Anna", email="anna@nieuw.example")
    client = Client()
    oidc_login(client, "anna-itsme")

    assert logged_in_user(client).pk == anna.pk
    anna.refresh_from_db()
    assert (anna.first_name, anna.email) == ("Anna", "anna@nieuw.example")
    assert get_user_model().objects.filter(identity__isnull=False).count() == 2


def test_an_inactive_user_cannot_log_in(client, provider):
    person(provider, "gestopt")
    oidc_login(Client(), "gestopt")
    user = user_of("gestopt")
    user.is_active = False
    user.save()

    response = oidc_login(client, "gestopt")

    assert response["Location"] == "/accounts/login/mislukt/"
    assert logged_in_user(client) is None


# --- role claims -----------------------------------------------------------------------


def roles_of(user: Any) -> dict[str, tuple[str, str]]:
    return {
        a.municipality.nis_code: (a.role, a.source)
        for a in RoleAssignment.objects.filter(person=user).select_related("municipality")
    }


def test_role_claim_as_a_list(client, provider, kasterlee, brecht):
    person(
        provider,
        "lijst",
        roles=[
            f"VrijetijdsmonitorInvoerder:{KBO_KASTERLEE}",
            f"VrijetijdsmonitorRaadpleger:{AGB_BRECHT}",  # an AGB's code counts for Brecht
        ],
    )

    oidc_login(client, "lijst")

    user = user_of("lijst")
    assert roles_of(user) == {
        "13017": (Role.INVOERDER, RoleSource.IDP),
        "11009": (Role.RAADPLEGER, RoleSource.IDP),
    }
    assert can(user, Action.ENTER_DATA, kasterlee)
    assert can(user, Action.VIEW_DATA, brecht)
    assert not can(user, Action.ENTER_DATA, brecht)


def test_role_claim_as_one_string_with_several_organisations(client, provider):
    # Claim name in another case; one role for two organisations (KBO number and a
    # NIS code as fallback), and a second pair in the same string.
    provider_user(
        provider,
        "komma",
        email="komma@gemeente.example",
        **{
            "DV_Vrijetijdsmonitor_Rol_3D": (
                f"VrijetijdsmonitorCoordinator:{KBO_BRECHT}, 13017,"
                "vrijetijdsmonitorraadpleger:11002"
            )
        },
    )

    oidc_login(client, "komma")

    assert roles_of(user_of("komma")) == {
        "11009": (Role.COORDINATOR, RoleSource.IDP),
        "13017": (Role.COORDINATOR, RoleSource.IDP),
        "11002": (Role.RAADPLEGER, RoleSource.IDP),
    }


def test_garbage_in_the_role_claim_is_ignored_with_a_log_line(client, provider, caplog):
    person(
        provider,
        "rommel",
        roles=[
            f"Onbekend:{KBO_KASTERLEE}",
            "VrijetijdsmonitorInvoerder:9999999999",
            "zonder-dubbelpunt",
            42,
            {"rol": "x"},
            f"VrijetijdsmonitorRaadpleger:{KBO_KASTERLEE}",
        ],
    )

    with caplog.at_level(logging.WARNING, logger="roles.auth"):
        response = oidc_login(client, "rommel")

    assert response.status_code == 302
    assert logged_in_user(client) is not None
    assert roles_of(user_of("rommel")) == {"13017": (Role.RAADPLEGER, RoleSource.IDP)}
    assert "unknown role 'Onbekend'" in caplog.text
    assert "unknown organisation code '9999999999'" in caplog.text
    assert "'zonder-dubbelpunt' is not 'Rol:Organisatiecode'" in caplog.text
    assert "not a string: 42" in caplog.text


def test_a_role_claim_of_the_wrong_type_does_not_stop_the_login(client, provider, caplog):
    person(provider, "getal", roles=12345)

    with caplog.at_level(logging.WARNING, logger="roles.auth"):
        oidc_login(client, "getal")

    assert logged_in_user(client) == user_of("getal")
    assert roles_of(user_of("getal")) == {}
    assert "Role claim ignored: expected a string or a list, got 12345." in caplog.text


def test_the_provider_role_wins_over_a_clashing_in_app_role(client, provider, kasterlee, caplog):
    person(provider, "botsing", roles=[])
    oidc_login(Client(), "botsing")
    user = user_of("botsing")
    role_grant(municipality=kasterlee, role=Role.INVOERDER, by=None, person=user)
    person(provider, "botsing", roles=[f"VrijetijdsmonitorCoordinator:{KBO_KASTERLEE}"])

    with caplog.at_level(logging.WARNING, logger="roles.services"):
        oidc_login(client, "botsing")

    assert roles_of(user) == {"13017": (Role.COORDINATOR, RoleSource.IDP)}
    assert can(user, Action.CONFIRM_RUBRIC, kasterlee)
    assert not can(user, Action.ENTER_DATA, kasterlee)
    assert "Role clash" in caplog.text


def test_provider_roles_are_withdrawn_when_the_claim_drops_them_in_app_roles_stay(
    provider, kasterlee, brecht
):
    person(provider, "wissel", roles=[f"VrijetijdsmonitorInvoerder:{KBO_KASTERLEE}"])
    oidc_login(Client(), "wissel")
    user = user_of("wissel")
    role_grant(municipality=brecht, role=Role.RAADPLEGER, by=None, person=user)
    assert can(user, Action.ENTER_DATA, kasterlee)

    person(provider, "wissel")  # the role claim is gone
    oidc_login(Client(), "wissel")

    user = user_of("wissel")
    assert roles_of(user) == {"11009": (Role.RAADPLEGER, RoleSource.APP)}
    assert not can(user, Action.VIEW_DATA, kasterlee)
    assert can(user, Action.VIEW_DATA, brecht)


def test_a_pending_email_grant_is_claimed_at_first_login(client, provider, brecht):
    role_grant(municipality=brecht, role=Role.RAADPLEGER, by=None, email="Nieuw@Brecht.example")
    person(provider, "nieuw", email="nieuw@brecht.example")

    oidc_login(client, "nieuw")

    user = user_of("nieuw")
    assert roles_of(user) == {"11009": (Role.RAADPLEGER, RoleSource.APP)}
    assert can(user, Action.VIEW_DATA, brecht)
    assert not RoleAssignment.objects.filter(person=None).exists()


# --- where people land -----------------------------------------------------------------


def test_an_invoerder_lands_on_the_registration_of_the_municipality(client, campaign):
    response = oidc_login(client, PREDEFINED.sub)

    assert response["Location"] == "/registratie/"
    registration = client.get(response["Location"])
    assert registration.status_code == 302
    assert registration["Location"] == f"/registratie/{campaign.werkjaar}/13017/"


def test_a_lokale_beheerder_lands_on_the_roles_page_of_the_municipality(client, provider):
    person(provider, "beheerder", roles=[f"VrijetijdsmonitorBeheerder:{KBO_KASTERLEE}"])

    response = oidc_login(client, "beheerder")

    assert response["Location"] == "/gemeente/13017/rollen/"
    assert client.get(response["Location"]).status_code == 200


def test_the_project_team_lands_in_the_cms_and_next_wins(provider):
    person(provider, "team")
    oidc_login(Client(), "team")
    user_of("team").groups.add(project_team_group_ensure())

    assert oidc_login(Client(), "team")["Location"] == "/admin/"
    assert oidc_login(Client(), "team", next_url="/admin/pages/")["Location"] == "/admin/pages/"
    # An outside address in next is not followed.
    assert oidc_login(Client(), "team", next_url="https://evil.example/")["Location"] == "/admin/"


# --- refused tokens ----------------------------------------------------------------------


def test_a_token_from_an_unexpected_issuer_is_refused(client, provider, settings):
    person(provider, "ander")
    settings.OIDC_OP_ISSUER = "https://authenticatie.vlaanderen.be/op"

    response = oidc_login(client, "ander")

    assert response["Location"] == "/accounts/login/mislukt/"
    assert logged_in_user(client) is None
    assert not Identity.objects.filter(subject="ander").exists()
    page = client.get(response["Location"])
    assert "Aanmelden niet gelukt" in page.content.decode()


class LocalSigner:
    """Signs ID tokens with a local key that the backend is told to trust."""

    def __init__(self, settings: Any) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.settings = settings
        settings.OIDC_RP_IDP_SIGN_KEY = (
            self.key.public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            .decode()
        )

    def token(self, key: Any = None, **changes: Any) -> str:
        now = datetime.datetime.now(tz=datetime.UTC)
        claims = {
            "iss": self.settings.OIDC_OP_ISSUER,
            "aud": self.settings.OIDC_RP_CLIENT_ID,
            "sub": "lokaal",
            "nonce": "nonce-1",
            "iat": now,
            "exp": now + datetime.timedelta(minutes=5),
            **changes,
        }
        claims = {name: value for name, value in claims.items() if value is not None}
        return jwt.encode(claims, key or self.key, algorithm="RS256", headers={"kid": "lokaal"})


@pytest.fixture
def signer(settings: Any) -> LocalSigner:
    return LocalSigner(settings)


def test_a_locally_signed_token_with_our_issuer_and_audience_is_accepted(signer):
    payload = OIDCBackend().verify_token(signer.token(), nonce="nonce-1")
    assert payload["sub"] == "lokaal"


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"aud": "een-andere-toepassing"}, id="wrong audience"),
        pytest.param({"aud": ["een-andere-toepassing", "nog-een"]}, id="wrong audiences"),
        pytest.param({"iss": "https://authenticatie-ti.vlaanderen.be/op"}, id="wrong issuer"),
        pytest.param({"iss": None}, id="no issuer"),
        pytest.param({"nonce": "een-andere-nonce"}, id="wrong nonce"),
        pytest.param(
            {"exp": datetime.datetime.now(tz=datetime.UTC) - datetime.timedelta(minutes=1)},
            id="expired",
        ),
        pytest.param({"exp": None}, id="no expiry"),
    ],
)
def test_a_token_with_wrong_claims_is_refused(signer, changes):
    with pytest.raises(SuspiciousOperation):
        OIDCBackend().verify_token(signer.token(**changes), nonce="nonce-1")


def test_several_audiences_need_us_as_authorised_party(signer, settings):
    audiences = [settings.OIDC_RP_CLIENT_ID, "een-andere-toepassing"]
    with pytest.raises(SuspiciousOperation):
        OIDCBackend().verify_token(signer.token(aud=audiences), nonce="nonce-1")
    token = signer.token(aud=audiences, azp=settings.OIDC_RP_CLIENT_ID)
    assert OIDCBackend().verify_token(token, nonce="nonce-1")["azp"] == settings.OIDC_RP_CLIENT_ID


def test_a_token_signed_with_another_key_is_refused(signer):
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with pytest.raises(SuspiciousOperation):
        OIDCBackend().verify_token(signer.token(key=other_key), nonce="nonce-1")


# --- the national register number --------------------------------------------------------


def id_token_claims_straight_from_the_provider(provider: str, sub: str) -> dict[str, Any]:
    """What the provider puts in an ID token asked with scope "openid" only (no rrn scope)."""
    redirect_uri = "http://testserver/oidc/callback/"
    query = urlencode(
        {
            "response_type": "code",
            "client_id": "controle",
            "redirect_uri": redirect_uri,
            "scope": "openid",
            "state": "s",
            "nonce": "n",
        }
    )
    answer = requests.post(
        f"{provider}/oauth2/authorize?{query}", data={"sub": sub}, allow_redirects=False, timeout=10
    )
    code = parse_qs(urlsplit(answer.headers["Location"]).query)["code"][0]
    tokens = requests.post(
        f"{provider}/oauth2/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "client_id": "controle",
            "client_secret": "controle",
        },
        timeout=10,
    ).json()
    return jwt.decode(tokens["id_token"], options={"verify_signature": False})


def jwt_payloads(values: Iterable[Any]) -> list[Any]:
    """The decoded payloads of the JWTs among ``values``."""
    payloads = []
    for value in values:
        if isinstance(value, str) and value.count(".") == 2:
            part = value.split(".")[1]
            try:
                payloads.append(json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))))
            except (binascii.Error, ValueError):
                continue
    return payloads


def everything_stored() -> str:
    """Every column of every table, plus the decoded sessions and the JWTs inside them."""
    chunks: list[str] = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, bytes | memoryview):
                        value = bytes(value).decode("utf-8", "replace")
                    chunks.append(str(value))
    for session in Session.objects.all():
        data = session.get_decoded()
        chunks.append(json.dumps(data, default=str))
        chunks.extend(json.dumps(payload) for payload in jwt_payloads(data.values()))
    return "\n".join(chunks)


def test_the_national_register_number_is_stored_nowhere(client, provider, kasterlee, caplog):
    person(
        provider,
        "rrn-persoon",
        vo_id="vo-rrn-persoon",
        rrn=RRN,
        roles=[f"VrijetijdsmonitorInvoerder:{KBO_KASTERLEE}"],
    )
    # The provider does hand out rrn although nobody asked for it: we must drop it.
    assert id_token_claims_straight_from_the_provider(provider, "rrn-persoon")["rrn"] == RRN

    with caplog.at_level(logging.DEBUG):
        response = oidc_login(client, "rrn-persoon")

    assert logged_in_user(client) == user_of("vo-rrn-persoon")
    assert response.status_code == 302
    stored = everything_stored()
    assert "vo-rrn-persoon" in stored  # the search does see what we keep
    assert RRN not in stored
    assert RRN not in caplog.text
    # Logging out still ends the provider session (without an id_token_hint).
    logout = client.post("/accounts/logout/")
    assert logout["Location"].startswith(f"{provider}/oauth2/end_session?")
    assert "id_token_hint" not in logout["Location"]


def test_the_search_for_stored_values_looks_inside_the_session_id_token(client, provider):
    """Control for the test above: without rrn the ID token is kept and searched."""
    person(provider, "controle", vo_id="vo-controle", secret_colour="paars-groen")

    oidc_login(client, "controle")

    assert "paars-groen" in everything_stored()


# --- logout ------------------------------------------------------------------------------


@pytest.mark.parametrize("logout_path", ["/accounts/logout/", "/admin/logout/"])
def test_logout_ends_the_session_at_the_provider_too(client, provider, logout_path):
    oidc_login(client, PREDEFINED.sub)
    id_token = client.session["oidc_id_token"]

    response = client.post(logout_path)

    assert logged_in_user(client) is None
    location = urlsplit(response["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == (
        f"{provider}/oauth2/end_session"
    )
    query = parse_qs(location.query)
    assert query["id_token_hint"] == [id_token]
    assert query["post_logout_redirect_uri"] == ["http://testserver/"]
    # The provider's end-session page knows whose session to end.
    page = requests.get(response["Location"], timeout=10)
    assert page.status_code == 200
    assert "id_token_hint</code> not set" not in page.text


def test_without_oidc_the_oidc_routes_are_gone(client, settings):
    settings.OIDC_ENABLED = False
    assert client.get("/oidc/authenticate/").status_code == 404
    assert client.get("/oidc/callback/", {"code": "x", "state": "y"}).status_code == 404
    page = client.get("/accounts/login/").content.decode()
    assert "Aanmelden met de Vlaamse overheid" not in page
