"""roles.selectors: who holds which role, and what one person holds."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from roles.models import Role
from roles.selectors import holders, project_team_members, roles_of
from roles.services import role_change, role_grant, role_revoke
from tests.roles.factories import (
    BRECHT,
    KASTERLEE,
    GroupFactory,
    ProjectTeamUserFactory,
    RoleAssignmentFactory,
    UserFactory,
    municipality,
    user_with_role,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def kasterlee():
    return municipality(KASTERLEE)


@pytest.fixture
def brecht():
    return municipality(BRECHT)


def emails(assignments) -> list[str]:
    return sorted(assignment.holder_email for assignment in assignments)


# --- holders --------------------------------------------------------------------------------


def test_holders_are_the_people_with_that_role_in_that_municipality(kasterlee, brecht):
    cora = user_with_role(Role.COORDINATOR, KASTERLEE, username="cora")
    user_with_role(Role.INVOERDER, KASTERLEE, username="ivo")
    user_with_role(Role.COORDINATOR, BRECHT, username="colin")

    assert [a.person for a in holders(role=Role.COORDINATOR, municipality=kasterlee)] == [cora]
    assert emails(holders(role=(Role.COORDINATOR, Role.INVOERDER), municipality=kasterlee)) == [
        "cora@gemeente.invalid",
        "ivo@gemeente.invalid",
    ]
    assert emails(holders(role=Role.COORDINATOR, municipality=[kasterlee.pk, brecht])) == [
        "colin@gemeente.invalid",
        "cora@gemeente.invalid",
    ]


def test_a_revoked_role_has_no_holder_and_a_changed_role_moves(kasterlee):
    team = ProjectTeamUserFactory()
    cora = user_with_role(Role.COORDINATOR, KASTERLEE, username="cora")
    ivo = RoleAssignmentFactory(municipality=kasterlee, role=Role.INVOERDER)

    role_revoke(assignment=cora.role_assignments.get(), by=team)
    role_change(assignment=ivo, role=Role.COORDINATOR, by=team)

    assert [a.person for a in holders(role=Role.COORDINATOR, municipality=kasterlee)] == [
        ivo.person
    ]
    assert not holders(role=Role.INVOERDER, municipality=kasterlee).exists()


def test_a_pending_grant_holds_the_role_only_when_asked_for(kasterlee):
    role_grant(municipality=kasterlee, role=Role.BEHEERDER, by=None, email="nieuw@kasterlee.be")
    user_with_role(Role.BEHEERDER, KASTERLEE, username="bea")

    assert emails(holders(role=Role.BEHEERDER, municipality=kasterlee)) == ["bea@gemeente.invalid"]
    assert emails(holders(role=Role.BEHEERDER, municipality=kasterlee, pending=True)) == [
        "bea@gemeente.invalid",
        "nieuw@kasterlee.be",
    ]


def test_a_deactivated_account_holds_no_role(kasterlee):
    cora = user_with_role(Role.COORDINATOR, KASTERLEE, username="cora")
    cora.is_active = False
    cora.save()

    assert not holders(role=Role.COORDINATOR, municipality=kasterlee).exists()


def test_an_unknown_role_name_is_an_error_not_an_empty_list(kasterlee):
    with pytest.raises(ValueError, match="coördinator"):
        holders(role="coördinator", municipality=kasterlee)


# --- roles_of -------------------------------------------------------------------------------


def test_roles_of_lists_a_persons_roles_per_municipality(kasterlee, brecht):
    person = user_with_role(Role.INVOERDER, KASTERLEE)
    role_grant(municipality=brecht, role=Role.BEHEERDER, by=None, person=person)
    user_with_role(Role.COORDINATOR, KASTERLEE)  # someone else

    held = roles_of(user=person)

    assert [(a.municipality.name, a.role) for a in held.assignments] == [
        ("Brecht", Role.BEHEERDER),
        ("Kasterlee", Role.INVOERDER),
    ]
    assert held.is_project_team is False


def test_only_the_project_team_group_makes_someone_project_team():
    editor = UserFactory()
    editor.groups.add(GroupFactory(name="Redacteurs"))
    member = ProjectTeamUserFactory()
    inactive = ProjectTeamUserFactory(is_active=False)

    assert roles_of(user=editor).is_project_team is False
    assert roles_of(user=member).is_project_team is True
    assert roles_of(user=inactive).is_project_team is False
    assert roles_of(user=AnonymousUser()).assignments == ()
    assert roles_of(user=AnonymousUser()).is_project_team is False
    assert list(project_team_members()) == [member]
