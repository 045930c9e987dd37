"""Data migrations of the roles app, run against rows as they were before."""

from __future__ import annotations

from importlib import import_module

import pytest
from django.apps import apps as django_apps

from roles.models import Role, RoleAssignment, RoleChange
from roles.services import role_grant
from tests.roles.factories import KASTERLEE, UserFactory, municipality

pytestmark = pytest.mark.django_db


def test_kept_names_are_filled_from_the_accounts_that_still_exist():
    bea = UserFactory(first_name="Bea", last_name="Beheerder")
    role_grant(municipality=municipality(KASTERLEE), role=Role.BEHEERDER, by=None, person=bea)
    ivo = UserFactory(username="ivo", first_name="", last_name="")
    role_grant(municipality=municipality(KASTERLEE), role=Role.INVOERDER, by=bea, person=ivo)
    RoleAssignment.objects.update(granted_by_name="")
    RoleChange.objects.update(by_name="", person_name="")

    import_module("roles.migrations.0005_kept_names").fill_names(django_apps, None)

    assert RoleAssignment.objects.get(person=ivo).granted_by_name == "Bea Beheerder"
    change = RoleChange.objects.get(person=ivo)
    assert (change.person_name, change.by_name) == ("ivo", "Bea Beheerder")
