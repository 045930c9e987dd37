"""The Content-Security-Policy header, and production's refusal of demo accounts."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured

from cms.security import check_no_demo_accounts, refuse_demo_accounts


def _directives(header: str) -> dict[str, list[str]]:
    parts = (part.strip().split() for part in header.split(";") if part.strip())
    return {name: values for name, *values in parts}


@pytest.mark.django_db
def test_the_site_sends_a_policy_without_unsafe_inline_scripts_or_styles(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    policy = _directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["default-src"] == ["'self'"]


def test_files_and_data_get_no_policy(client):
    # A PDF or JSON runs no scripts; a policy on a PDF can stop a browser's PDF viewer.
    response = client.get("/health/live/")
    assert response["Content-Type"].startswith("text/plain")
    assert "Content-Security-Policy" not in response


@pytest.mark.django_db
def test_the_site_pages_have_no_inline_script(client, home_page):
    html = client.get("/").content.decode()
    for chunk in html.split("<script")[1:]:
        tag = chunk.split(">", 1)[0]
        assert "src=" in tag or 'type="application/json"' in tag or "nonce=" in tag, tag


@pytest.mark.django_db
def test_the_wagtail_admin_gets_its_own_policy_with_inline_scripts_and_styles(
    client, project_team_user
):
    client.force_login(project_team_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = _directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]
    assert not any(value.startswith("'nonce-") for value in policy["script-src"])


@pytest.mark.django_db
def test_production_refuses_a_database_with_demo_accounts(settings):
    settings.DEMO_ACCOUNTS_ENABLED = False
    refuse_demo_accounts()  # none yet
    assert check_no_demo_accounts(databases=["default"]) == []

    get_user_model().objects.create_user("invoerder-kasterlee", password="demo")

    with pytest.raises(ImproperlyConfigured, match="invoerder-kasterlee"):
        refuse_demo_accounts()
    (error,) = check_no_demo_accounts(databases=["default"])
    assert error.id == "cms.E001"
    # Without --database the deploy check asks no database.
    assert check_no_demo_accounts(databases=None) == []


@pytest.mark.django_db
def test_dev_and_demo_keep_their_demo_accounts(settings):
    settings.DEMO_ACCOUNTS_ENABLED = True
    get_user_model().objects.create_user("invoerder-kasterlee", password="demo")
    refuse_demo_accounts()
    assert check_no_demo_accounts(databases=["default"]) == []


def test_wagtail_s_password_login_is_never_served(client, settings, db):
    """Security review 6.8: /_util/login/ (private pages) is the site's own login; where the
    password login is off (production) it goes to the Flemish login, and a posted password
    logs nobody in."""
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("iemand", password="geheim-wachtwoord")
    settings.DEMO_LOGIN_ENABLED = False
    settings.OIDC_ENABLED = True
    response = client.get("/_util/login/?next=/verborgen/")
    assert response.status_code == 302
    assert response["Location"] == "/oidc/authenticate/?next=%2Fverborgen%2F"
    client.post("/_util/login/", {"username": "iemand", "password": "geheim-wachtwoord"})
    assert "_auth_user_id" not in client.session
