"""roles.services: the rules of roles, their audit trail and the identity provider's roles."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from roles.models import Role, RoleAssignment, RoleChange, RoleSource
from roles.permissions import Action, can, forget_cached_permissions
from roles.services import (
    RoleError,
    role_change,
    role_grant,
    role_revoke,
    roles_claim_pending,
    roles_sync_from_identity_provider,
)
from tests.roles.factories import (
    BRECHT,
    KASTERLEE,
    ProjectTeamUserFactory,
    RoleAssignmentFactory,
    ServiceFactory,
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


@pytest.fixture
def beheerder(kasterlee):
    return user_with_role(Role.BEHEERDER, KASTERLEE, username="beheerder-kasterlee")


# --- one role per person per municipality ----------------------------------------------


def test_a_person_holds_one_role_per_municipality(kasterlee, beheerder):
    ivo = UserFactory(first_name="Ivo", last_name="Invoerder")
    role_grant(municipality=kasterlee, role=Role.INVOERDER, by=beheerder, person=ivo)

    with pytest.raises(RoleError) as refused:
        role_grant(municipality=kasterlee, role=Role.RAADPLEGER, by=beheerder, person=ivo)

    assert str(refused.value) == (
        "Ivo Invoerder heeft al de rol invoerder in Kasterlee. "
        "Wijzig die rol in plaats van een tweede toe te kennen."
    )
    assert RoleAssignment.objects.get(person=ivo).role == Role.INVOERDER


def test_the_same_person_may_hold_a_role_in_another_municipality(kasterlee, brecht):
    ivo = user_with_role(Role.INVOERDER, KASTERLEE)
    role_grant(municipality=brecht, role=Role.RAADPLEGER, by=None, person=ivo)
    assert dict(RoleAssignment.objects.filter(person=ivo).values_list("municipality", "role")) == {
        kasterlee.pk: Role.INVOERDER,
        brecht.pk: Role.RAADPLEGER,
    }


def test_an_email_address_waits_for_one_role_only(kasterlee, beheerder):
    role_grant(
        municipality=kasterlee, role=Role.INVOERDER, by=beheerder, email="nieuw@kasterlee.be"
    )
    with pytest.raises(RoleError, match="nieuw@kasterlee.be heeft al de rol invoerder"):
        role_grant(
            municipality=kasterlee, role=Role.RAADPLEGER, by=beheerder, email="Nieuw@Kasterlee.be"
        )


def test_a_grant_to_the_email_address_of_a_known_user_goes_to_that_user(kasterlee, beheerder):
    ivo = UserFactory(email="ivo@kasterlee.be")
    assignment = role_grant(
        municipality=kasterlee, role=Role.INVOERDER, by=beheerder, email="IVO@kasterlee.be"
    )
    assert (assignment.person, assignment.email) == (ivo, "")
    assert can(ivo, Action.ENTER_DATA, kasterlee)


def test_a_grant_needs_a_person_or_an_email_address(kasterlee, beheerder):
    with pytest.raises(RoleError, match="Kies een persoon of geef een e-mailadres"):
        role_grant(municipality=kasterlee, role=Role.INVOERDER, by=beheerder)


def test_a_service_of_another_municipality_is_refused(kasterlee, brecht, beheerder):
    service_of_brecht = ServiceFactory(municipality=brecht)
    with pytest.raises(RoleError, match="Die dienst hoort niet bij Kasterlee"):
        role_grant(
            municipality=kasterlee,
            role=Role.INVOERDER,
            by=beheerder,
            person=UserFactory(),
            service=service_of_brecht,
        )
    assignment = RoleAssignmentFactory(municipality=kasterlee)
    with pytest.raises(RoleError, match="Die dienst hoort niet bij Kasterlee"):
        role_change(
            assignment=assignment, role=Role.INVOERDER, by=beheerder, service=service_of_brecht
        )


# --- at most three coördinators ----------------------------------------------------------


def test_the_fourth_coordinator_is_refused(kasterlee, beheerder):
    for _ in range(2):
        RoleAssignmentFactory(municipality=kasterlee, role=Role.COORDINATOR)
    # a grant still waiting for a first login counts too
    role_grant(municipality=kasterlee, role=Role.COORDINATOR, by=beheerder, email="c@kasterlee.be")

    with pytest.raises(RoleError) as refused:
        role_grant(
            municipality=kasterlee, role=Role.COORDINATOR, by=beheerder, person=UserFactory()
        )

    assert str(refused.value) == (
        "Kasterlee heeft al 3 coördinatoren. Trek eerst een coördinatorrol in "
        "of kies een andere rol."
    )
    assert RoleAssignment.objects.filter(municipality=kasterlee, role=Role.COORDINATOR).count() == 3


def test_changing_a_role_into_the_fourth_coordinator_is_refused(kasterlee, beheerder):
    for _ in range(3):
        RoleAssignmentFactory(municipality=kasterlee, role=Role.COORDINATOR)
    invoerder = RoleAssignmentFactory(municipality=kasterlee, role=Role.INVOERDER)

    with pytest.raises(RoleError, match="al 3 coördinatoren"):
        role_change(assignment=invoerder, role=Role.COORDINATOR, by=beheerder)

    invoerder.refresh_from_db()
    assert invoerder.role == Role.INVOERDER


def test_a_coordinator_keeps_the_role_when_only_the_service_changes(kasterlee, beheerder):
    coordinators = [
        RoleAssignmentFactory(municipality=kasterlee, role=Role.COORDINATOR) for _ in range(3)
    ]
    service = ServiceFactory(municipality=kasterlee)
    changed = role_change(
        assignment=coordinators[0], role=Role.COORDINATOR, by=beheerder, service=service
    )
    assert changed.service == service


def test_the_limit_is_per_municipality(kasterlee, brecht):
    for _ in range(3):
        RoleAssignmentFactory(municipality=kasterlee, role=Role.COORDINATOR)
    for _ in range(2):
        RoleAssignmentFactory(municipality=brecht, role=Role.COORDINATOR)

    # Kasterlee's three coördinators do not use up Brecht's places: its third is granted.
    third = role_grant(
        municipality=brecht,
        role=Role.COORDINATOR,
        by=ProjectTeamUserFactory(),
        person=UserFactory(),
    )

    assert third.role == Role.COORDINATOR
    assert RoleAssignment.objects.filter(municipality=brecht, role=Role.COORDINATOR).count() == 3
    assert RoleAssignment.objects.filter(municipality=kasterlee, role=Role.COORDINATOR).count() == 3


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL only: SQLite serialises all writes, so it cannot show a race",
)
def test_postgresql_coordinator_limit_holds_when_grants_race() -> None:
    """POSTGRESQL CONCURRENCY TEST: four grants at once where two coördinators exist."""
    from tests.base_data import ensure_base_data

    ensure_base_data()  # an earlier transactional test may have emptied the database
    kasterlee = municipality(KASTERLEE)
    for _ in range(2):
        RoleAssignmentFactory(municipality=kasterlee, role=Role.COORDINATOR)
    candidates = [UserFactory() for _ in range(4)]
    start = threading.Barrier(len(candidates))
    outcomes: list[str] = []

    def grant(person) -> None:
        try:
            start.wait(timeout=10)
            role_grant(municipality=kasterlee, role=Role.COORDINATOR, by=None, person=person)
            outcomes.append("granted")
        except RoleError:
            outcomes.append("refused")
        finally:
            connection.close()  # each thread has its own connection

    threads = [threading.Thread(target=grant, args=(person,)) for person in candidates]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcomes) == ["granted", "refused", "refused", "refused"]
    assert RoleAssignment.objects.filter(municipality=kasterlee, role=Role.COORDINATOR).count() == 3


# --- who may grant ------------------------------------------------------------------------


def test_an_invoerder_cannot_grant_roles(kasterlee):
    invoerder = user_with_role(Role.INVOERDER, KASTERLEE)
    with pytest.raises(RoleError) as refused:
        role_grant(municipality=kasterlee, role=Role.INVOERDER, by=invoerder, person=UserFactory())
    assert str(refused.value) == "U mag de rollen van Kasterlee niet beheren."
    assert not RoleAssignment.objects.exclude(person=invoerder).exists()


def test_a_local_administrator_manages_only_the_own_municipality(brecht, beheerder):
    assignment = RoleAssignmentFactory(municipality=brecht)
    with pytest.raises(RoleError, match="U mag de rollen van Brecht niet beheren"):
        role_grant(municipality=brecht, role=Role.INVOERDER, by=beheerder, person=UserFactory())
    with pytest.raises(RoleError, match="U mag de rollen van Brecht niet beheren"):
        role_change(assignment=assignment, role=Role.RAADPLEGER, by=beheerder)
    with pytest.raises(RoleError, match="U mag de rollen van Brecht niet beheren"):
        role_revoke(assignment=assignment, by=beheerder)
    assert RoleAssignment.objects.filter(pk=assignment.pk, role=Role.INVOERDER).exists()


def test_the_project_team_manages_roles_in_every_municipality(kasterlee, brecht):
    team = ProjectTeamUserFactory()
    for place in (kasterlee, brecht):
        assignment = role_grant(
            municipality=place, role=Role.BEHEERDER, by=team, person=UserFactory()
        )
        assert assignment.granted_by == team


def test_an_unknown_role_is_refused(kasterlee, beheerder):
    with pytest.raises(RoleError, match="Onbekende rol"):
        role_grant(municipality=kasterlee, role="burgemeester", by=beheerder, person=UserFactory())
    with pytest.raises(RoleError, match="Onbekende rol"):
        role_change(
            assignment=RoleAssignmentFactory(municipality=kasterlee), role="baas", by=beheerder
        )


def test_a_revoked_role_cannot_be_revoked_or_changed_again(kasterlee, beheerder):
    assignment = RoleAssignmentFactory(municipality=kasterlee)
    stale = RoleAssignment.objects.get(pk=assignment.pk)
    role_revoke(assignment=assignment, by=beheerder)
    with pytest.raises(RoleError, match="bestaat niet meer"):
        role_revoke(assignment=stale, by=beheerder)
    with pytest.raises(RoleError, match="bestaat niet meer"):
        role_change(assignment=stale, role=Role.RAADPLEGER, by=beheerder)
    assert RoleChange.objects.filter(action=RoleChange.Action.REVOKE).count() == 1


# --- the audit trail --------------------------------------------------------------------


def test_every_grant_change_and_revocation_is_audited(kasterlee, beheerder):
    ivo = UserFactory(email="ivo@kasterlee.be")
    assignment = role_grant(municipality=kasterlee, role=Role.INVOERDER, by=beheerder, person=ivo)
    role_change(assignment=assignment, role=Role.COORDINATOR, by=beheerder, note="nieuwe taak")
    role_revoke(assignment=assignment, by=beheerder)

    rows = list(
        RoleChange.objects.filter(person=ivo)
        .order_by("pk")
        .values_list("action", "old_role", "new_role", "by", "email", "source", "note")
    )
    assert rows == [
        ("grant", "", Role.INVOERDER, beheerder.pk, "ivo@kasterlee.be", "app", ""),
        (
            "change",
            Role.INVOERDER,
            Role.COORDINATOR,
            beheerder.pk,
            "ivo@kasterlee.be",
            "app",
            "nieuwe taak",
        ),  # noqa: E501
        ("revoke", Role.COORDINATOR, "", beheerder.pk, "ivo@kasterlee.be", "app", ""),
    ]
    assert {row.municipality for row in RoleChange.objects.filter(person=ivo)} == {kasterlee}


def test_a_refused_grant_leaves_no_trace(kasterlee):
    invoerder = user_with_role(Role.INVOERDER, KASTERLEE)
    before = RoleChange.objects.count()
    with pytest.raises(RoleError):
        role_grant(municipality=kasterlee, role=Role.INVOERDER, by=invoerder, person=UserFactory())
    assert RoleChange.objects.count() == before


# --- grants to an e-mail address, claimed at first login ----------------------------------


def test_a_pending_grant_becomes_the_persons_at_first_login(kasterlee, beheerder):
    role_grant(
        municipality=kasterlee, role=Role.COORDINATOR, by=beheerder, email="Nora@Kasterlee.be"
    )
    nora = UserFactory(email="nora@kasterlee.be")
    assert not can(nora, Action.CONFIRM_RUBRIC, kasterlee)

    claimed = roles_claim_pending(user=nora)

    assert [(a.person, a.email, a.role) for a in claimed] == [(nora, "", Role.COORDINATOR)]
    forget_cached_permissions(nora)
    assert can(nora, Action.CONFIRM_RUBRIC, kasterlee)
    claim = RoleChange.objects.get(action=RoleChange.Action.CLAIM)
    assert (claim.person, claim.new_role, claim.municipality) == (nora, Role.COORDINATOR, kasterlee)
    assert roles_claim_pending(user=nora) == []


def test_a_pending_grant_is_dropped_and_audited_when_the_person_already_has_a_role(kasterlee):
    nora = user_with_role(Role.INVOERDER, KASTERLEE)
    RoleAssignment.objects.create(
        municipality=kasterlee, role=Role.COORDINATOR, email="later@kasterlee.be"
    )
    nora.email = "later@kasterlee.be"
    nora.save()

    assert roles_claim_pending(user=nora) == []

    assert list(RoleAssignment.objects.filter(municipality=kasterlee).values_list("role")) == [
        (Role.INVOERDER,)
    ]
    dropped = RoleChange.objects.get(action=RoleChange.Action.REVOKE)
    assert (dropped.old_role, dropped.person) == (Role.COORDINATOR, nora)


# --- roles from the identity provider ----------------------------------------------------


def test_identity_provider_roles_are_granted_changed_and_withdrawn(kasterlee, brecht):
    ine = UserFactory()
    roles_sync_from_identity_provider(
        user=ine, grants=[(kasterlee, Role.INVOERDER), (brecht, Role.RAADPLEGER)]
    )
    assert _roles_of(ine) == {
        "Kasterlee": (Role.INVOERDER, RoleSource.IDP),
        "Brecht": (Role.RAADPLEGER, RoleSource.IDP),
    }
    grant = RoleChange.objects.filter(person=ine, action=RoleChange.Action.GRANT).first()
    assert (grant.source, grant.by) == (RoleSource.IDP, None)

    roles_sync_from_identity_provider(user=ine, grants=[(kasterlee, Role.COORDINATOR)])

    assert _roles_of(ine) == {"Kasterlee": (Role.COORDINATOR, RoleSource.IDP)}
    forget_cached_permissions(ine)
    assert can(ine, Action.CONFIRM_RUBRIC, kasterlee)
    assert not can(ine, Action.VIEW_DATA, brecht)
    assert RoleChange.objects.filter(
        person=ine, action=RoleChange.Action.REVOKE, municipality=brecht, source=RoleSource.IDP
    ).exists()


def test_identity_provider_sync_leaves_in_app_roles_alone(kasterlee, brecht):
    ine = user_with_role(Role.RAADPLEGER, BRECHT)
    roles_sync_from_identity_provider(user=ine, grants=[(kasterlee, Role.INVOERDER)])
    roles_sync_from_identity_provider(user=ine, grants=[])
    assert _roles_of(ine) == {"Brecht": (Role.RAADPLEGER, RoleSource.APP)}


def test_the_identity_provider_wins_a_clash_with_an_in_app_role(kasterlee, caplog):
    ine = user_with_role(Role.RAADPLEGER, KASTERLEE)
    roles_sync_from_identity_provider(user=ine, grants=[(kasterlee, Role.INVOERDER)])
    assert _roles_of(ine) == {"Kasterlee": (Role.INVOERDER, RoleSource.IDP)}
    assert "the identity provider wins" in caplog.text


def test_an_identity_provider_role_beyond_the_coordinator_limit_is_not_applied(kasterlee, caplog):
    for _ in range(3):
        RoleAssignmentFactory(municipality=kasterlee, role=Role.COORDINATOR)
    ine = UserFactory()
    roles_sync_from_identity_provider(user=ine, grants=[(kasterlee, Role.COORDINATOR)])
    assert _roles_of(ine) == {}
    assert "not applied" in caplog.text


def _roles_of(user) -> dict[str, tuple[str, str]]:
    return {
        a.municipality.name: (a.role, a.source)
        for a in RoleAssignment.objects.filter(person=user).select_related("municipality")
    }


@pytest.mark.django_db
def test_the_project_team_gets_its_collection_rights_even_without_a_root_collection():
    """A flushed database has no root collection; the team still gets images and documents."""
    from wagtail.models import Collection, GroupCollectionPermission

    from roles.services import project_team_group_ensure

    Collection.objects.all().delete()
    group = project_team_group_ensure()
    rights = GroupCollectionPermission.objects.filter(group=group)
    assert rights.filter(permission__codename="add_image").exists()
    assert {right.collection for right in rights} == {Collection.get_first_root_node()}
