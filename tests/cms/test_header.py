"""The page header names the person and the roles they hold, as ``roles.selectors`` says."""

from __future__ import annotations

import re

import pytest

from roles.models import Role
from roles.services import role_grant
from tests.roles.factories import (
    BRECHT,
    KASTERLEE,
    GroupFactory,
    ProjectTeamUserFactory,
    UserFactory,
    municipality,
    user_with_role,
)

pytestmark = pytest.mark.django_db


def header_of(client, user) -> tuple[str, str]:
    """The header's text and its HTML, on the home page, for ``user``."""
    client.force_login(user)
    response = client.get("/")
    assert response.status_code == 200
    header = re.search(r'<header class="site-header">.*?</header>', response.content.decode(), re.S)
    assert header is not None, "the page has no header"
    html = header.group(0)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()
    return text, html


def test_someone_in_an_unrelated_group_is_not_called_projectteam(client, home_page):
    editor = UserFactory(first_name="Eva", last_name="Redacteur")
    editor.groups.add(GroupFactory(name="Redacteurs"))

    text, _html = header_of(client, editor)

    assert "Eva Redacteur" in text
    assert "projectteam" not in text


def test_the_project_team_is_called_projectteam(client, home_page):
    text, _html = header_of(client, ProjectTeamUserFactory(first_name="Pat", last_name="Team"))
    assert "Pat Team projectteam" in text


def test_a_project_team_member_with_a_municipal_role_sees_both(client, home_page):
    member = ProjectTeamUserFactory(first_name="Pat", last_name="Team")
    user_with_role(Role.RAADPLEGER, BRECHT)  # someone else's role is not shown
    role_grant(municipality=municipality(KASTERLEE), role=Role.RAADPLEGER, by=None, person=member)

    text, _html = header_of(client, member)

    assert "projectteam" in text
    assert "raadpleger – Kasterlee" in text
    assert "Brecht" not in text


def test_each_role_is_shown_with_its_municipality(client, home_page):
    person = user_with_role(Role.INVOERDER, KASTERLEE)
    role_grant(municipality=municipality(BRECHT), role=Role.COORDINATOR, by=None, person=person)

    text, _html = header_of(client, person)

    assert "coördinator – Brecht" in text
    assert "invoerder – Kasterlee" in text
    assert "projectteam" not in text
    assert "Rollen beheren" not in text


def test_the_lokale_beheerder_gets_a_link_to_the_roles_of_the_own_municipality(client, home_page):
    beheerder = user_with_role(Role.BEHEERDER, KASTERLEE)

    text, html = header_of(client, beheerder)

    assert "lokale beheerder – Kasterlee · Rollen beheren" in text
    assert 'href="/gemeente/13017/rollen/"' in html
    assert "projectteam" not in text
