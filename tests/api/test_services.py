"""The services behind the API clients screens: only the project team, never the secret."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from api.models import ApiClient
from api.services import api_client_create, api_client_update
from roles.models import Role
from tests.api.conftest import person

pytestmark = pytest.mark.django_db


def test_only_the_project_team_admits_a_client(project_team_user, kasterlee):
    arguments = {"name": "Platform", "client_id": "platform", "client_secret": "s3cret"}
    for outsider in (person("beheerder", kasterlee, Role.BEHEERDER), person("nobody")):
        with pytest.raises(PermissionDenied):
            api_client_create(by=outsider, **arguments)
    created = api_client_create(by=project_team_user, **arguments)
    assert created.is_machine_client
    assert created.client_secret != "s3cret"


def test_a_change_touches_only_what_may_change(project_team_user, platform, kasterlee):
    hashed = platform.client_secret
    api_client_update(client=platform, by=project_team_user, may_read_provisional=True)
    platform.refresh_from_db()
    assert (platform.may_read_provisional, platform.client_secret) == (True, hashed)
    with pytest.raises(ValueError):
        api_client_update(client=platform, by=project_team_user, client_secret="other")
    with pytest.raises(PermissionDenied):
        api_client_update(
            client=platform, by=person("c", kasterlee, Role.COORDINATOR), active=False
        )
    assert ApiClient.objects.get().active
