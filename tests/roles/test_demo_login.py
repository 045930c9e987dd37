"""The login page: the demo accounts, their switch, throttling (django-axes), production."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from cms.demo.seed import DEMO_PASSWORD, seed_users

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"


@pytest.fixture
def demo_accounts(db: Any) -> None:
    seed_users()


def log_in(client: Client, username: str, password: str = DEMO_PASSWORD, **extra: str) -> Any:
    return client.post(LOGIN, {"username": username, "password": password, **extra})


def logged_in_username(client: Client) -> str | None:
    user_id = client.session.get("_auth_user_id")
    return get_user_model().objects.get(pk=user_id).username if user_id else None


def test_the_login_page_offers_both_ways_in(client):
    page = client.get(LOGIN, {"next": "/admin/"})

    assert page.status_code == 200
    html = page.content.decode()
    assert "Aanmelden met de Vlaamse overheid" in html
    assert 'action="/oidc/authenticate/"' in html
    assert 'name="next" value="/admin/"' in html
    assert 'name="username"' in html and 'name="password"' in html
    assert "Aanmelden met demo-account" in html
    assert "<footer" in html  # the site's own layout (base.html)


def test_a_demo_account_logs_in_with_demo(client, demo_accounts, settings):
    response = log_in(client, "invoerder-kasterlee")

    assert response.status_code == 302
    assert response["Location"] == settings.LOGIN_REDIRECT_URL
    assert logged_in_username(client) == "invoerder-kasterlee"


@pytest.mark.parametrize(
    ("username", "landing"),
    [
        ("beheerder-kasterlee", "/gemeente/13017/rollen/"),
        ("projectteam", "/admin/"),
    ],
)
def test_people_land_where_their_work_is(client, demo_accounts, username, landing):
    assert log_in(client, username)["Location"] == landing
    assert client.get(landing).status_code == 200


def test_next_wins_over_the_landing_page(client, demo_accounts):
    assert log_in(client, "projectteam", next="/admin/pages/")["Location"] == "/admin/pages/"


def test_a_wrong_password_is_refused_in_dutch(client, demo_accounts):
    response = log_in(client, "invoerder-kasterlee", "fout")

    assert response.status_code == 200
    assert "De gebruikersnaam of het wachtwoord is niet juist." in response.content.decode()
    assert logged_in_username(client) is None


def test_without_demo_accounts_their_credentials_are_refused(client, demo_accounts, settings):
    settings.DEMO_ACCOUNTS_ENABLED = False

    response = log_in(client, "invoerder-kasterlee")

    assert response.status_code == 200
    assert "De gebruikersnaam of het wachtwoord is niet juist." in response.content.decode()
    assert logged_in_username(client) is None


def test_switching_demo_accounts_off_ends_their_open_sessions(client, demo_accounts, settings):
    log_in(client, "coordinator-brecht")
    assert logged_in_username(client) == "coordinator-brecht"

    settings.DEMO_ACCOUNTS_ENABLED = False

    assert client.get(LOGIN).context["user"].is_anonymous
    assert "Afmelden" not in client.get("/").content.decode()


def test_other_accounts_keep_their_password_login(client, settings):
    settings.DEMO_ACCOUNTS_ENABLED = False
    get_user_model().objects.create_user("beheer-noodaccount", password="een lang wachtwoord")

    response = log_in(client, "beheer-noodaccount", "een lang wachtwoord")

    assert response.status_code == 302
    assert logged_in_username(client) == "beheer-noodaccount"


def test_five_wrong_passwords_lock_the_account_out(client, demo_accounts, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, "invoerder-kasterlee", "fout").status_code == 200

    locked = log_in(client, "invoerder-kasterlee", "fout")

    assert locked.status_code == 429
    html = locked.content.decode()
    assert "Te veel mislukte aanmeldpogingen" in html
    assert "Na 5 mislukte pogingen is dit account tijdelijk geblokkeerd." in html
    assert "Probeer het over 15 minuten opnieuw." in html
    # Even the right password is refused now; another account is not affected.
    assert log_in(client, "invoerder-kasterlee").status_code == 429
    assert logged_in_username(client) is None
    assert log_in(Client(), "invoerder-brecht").status_code == 302


def test_without_the_demo_login_the_page_sends_people_to_the_identity_provider(
    client, demo_accounts, settings
):
    settings.DEMO_LOGIN_ENABLED = False

    for path in (LOGIN, "/admin/login/"):
        response = client.get(path, {"next": "/admin/"})
        assert response.status_code == 302
        assert response["Location"] == "/oidc/authenticate/?next=%2Fadmin%2F"
    # Posting the demo credentials does not log anybody in either.
    assert log_in(client, "invoerder-kasterlee").status_code == 302
    assert logged_in_username(client) is None


def test_without_the_demo_login_no_password_works_anywhere(client, settings):
    get_user_model().objects.create_user("beheer-noodaccount", password="een lang wachtwoord")
    basic = "Basic " + base64.b64encode(b"beheer-noodaccount:een lang wachtwoord").decode()
    assert client.get("/api/v2/pages/", HTTP_AUTHORIZATION=basic).status_code == 200

    settings.DEMO_LOGIN_ENABLED = False

    # Not through the API's basic authentication, nor through the Wagtail admin's login.
    assert client.get("/api/v2/pages/", HTTP_AUTHORIZATION=basic).status_code in (401, 403)
    response = client.post(
        "/admin/login/", {"username": "beheer-noodaccount", "password": "een lang wachtwoord"}
    )
    assert response["Location"].startswith("/oidc/authenticate/")
    assert logged_in_username(client) is None


def test_without_demo_login_and_oidc_there_is_no_login_page(client, settings):
    settings.DEMO_LOGIN_ENABLED = False
    settings.OIDC_ENABLED = False

    assert client.get(LOGIN).status_code == 404


def test_the_wagtail_admin_sends_anonymous_people_to_the_login(client):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/"


def test_a_demo_login_logs_out_without_the_identity_provider(client, demo_accounts, settings):
    log_in(client, "invoerder-kasterlee")

    response = client.post("/accounts/logout/")

    assert response["Location"] == settings.LOGOUT_REDIRECT_URL
    assert logged_in_username(client) is None


def test_production_settings_have_the_demo_login_off():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "production-like-test-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "DATABASE_URL": "postgres://u@127.0.0.1:5432/none",
        "ALLOWED_HOSTS": "example.be",
        "WAGTAILADMIN_BASE_URL": "https://example.be",
        "OIDC_RP_CLIENT_ID": "vrijetijdsmonitor",
        # Whatever the environment says, production has no password login.
        "DEMO_LOGIN_ENABLED": "true",
        "DEMO_ACCOUNTS_ENABLED": "true",
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings as s; "
            "print(s.DEMO_LOGIN_ENABLED, s.DEMO_ACCOUNTS_ENABLED, s.OIDC_ENABLED, "
            "s.WAGTAILADMIN_LOGIN_URL, s.OIDC_OP_ISSUER, s.OIDC_USE_PKCE, s.AXES_ENABLED)",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "False",
        "False",
        "True",
        "/oidc/authenticate/",
        "https://authenticatie.vlaanderen.be/op",
        "True",
        "True",
    ]
