"""roles.permissions: one table of role × action × municipality × state, and the traps."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.template import Context, Template, TemplateSyntaxError
from guardian.models import UserObjectPermission

from roles.models import Municipality, Role, RoleAssignment
from roles.permissions import (
    CONFIRMATION_PHASES,
    ENTRY_PHASES,
    ROLE_PERMISSIONS,
    SCOPE_CONFIRMED,
    SCOPE_PROVISIONAL,
    Action,
    Guarded,
    can,
    filter_for,
    forget_cached_permissions,
    require,
)
from roles.services import role_change, role_grant, role_revoke, roles_claim_pending
from surveys.phases import Phase
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


@dataclass(frozen=True)
class Rubric:
    """A stand-in for a rubric response: the Guarded protocol, without importing surveys."""

    municipality: Municipality
    is_locked: bool
    campaign_phase: str
    coordinator_may_enter: bool


@dataclass(frozen=True)
class State:
    locked: bool
    phase: Phase
    coordinator_may_enter: bool

    def __str__(self) -> str:
        return (
            f"{'locked' if self.locked else 'open'}/{self.phase.value}/"
            f"coordinator_may_enter={self.coordinator_may_enter}"
        )


@dataclass(frozen=True)
class Case:
    own: bool  # the object belongs to the municipality where the user holds the role
    state: State | None  # None: the bare municipality, no rubric state

    def __str__(self) -> str:
        return f"{'own' if self.own else 'other'} municipality, {self.state or 'no state'}"


class Rule:
    """A named condition on a case, combinable with ``&``."""

    def __init__(self, name: str, test: Callable[[Case], bool]) -> None:
        self.name, self.test = name, test

    def __call__(self, case: Case) -> bool:
        return self.test(case)

    def __and__(self, other: Rule) -> Rule:
        return Rule(f"{self.name} & {other.name}", lambda case: self(case) and other(case))

    def __repr__(self) -> str:
        return self.name


NEVER = Rule("never", lambda case: False)
ANYWHERE = Rule("anywhere", lambda case: True)
OWN = Rule("own municipality", lambda case: case.own)
UNLOCKED = Rule("not locked", lambda case: case.state is None or not case.state.locked)
LOCKED_OR_NO_STATE = Rule("locked", lambda case: case.state is None or case.state.locked)
ENTRY_PHASE = Rule(
    "entry phase", lambda case: case.state is None or case.state.phase == Phase.ENTRY
)
ENTRY_OR_CONFIRMATION_PHASE = Rule(
    "entry or confirmation phase",
    lambda case: case.state is None or case.state.phase in (Phase.ENTRY, Phase.CONFIRMATION),
)
COORDINATOR_MAY_ENTER = Rule(
    "campaign lets coordinators enter",
    lambda case: case.state is not None and case.state.coordinator_may_enter,
)

TEAM = "project team"
NO_ROLE = "no role"
ANONYMOUS = "anonymous"
HOLDERS = [Role.INVOERDER, Role.COORDINATOR, Role.RAADPLEGER, Role.BEHEERDER, TEAM, NO_ROLE]
WHO = [*HOLDERS, ANONYMOUS]


def _team_only() -> dict[str, Rule]:
    return {who: ANYWHERE if who == TEAM else NEVER for who in WHO}


#: What every kind of user may do, per action. Anything not listed is refused.
EXPECTED: dict[Action, dict[str, Rule]] = {
    Action.VIEW_DATA: {
        Role.INVOERDER: OWN,
        Role.COORDINATOR: OWN,
        Role.RAADPLEGER: OWN,
        TEAM: ANYWHERE,
    },
    Action.ENTER_DATA: {
        Role.INVOERDER: OWN & UNLOCKED & ENTRY_PHASE,
        Role.COORDINATOR: OWN & UNLOCKED & ENTRY_PHASE & COORDINATOR_MAY_ENTER,
    },
    Action.CONFIRM_RUBRIC: {
        Role.COORDINATOR: OWN & UNLOCKED & ENTRY_OR_CONFIRMATION_PHASE,
    },
    Action.REOPEN_RUBRIC: {TEAM: LOCKED_OR_NO_STATE},
    Action.MANAGE_ROLES: {Role.BEHEERDER: OWN, TEAM: ANYWHERE},
    Action.ASSIGN_WORK: {Role.INVOERDER: OWN, Role.COORDINATOR: OWN},
    # On a municipality (no assignment): as assigning; the assignee's own case is tested in
    # tests/surveys/test_assignments.py.
    Action.COMPLETE_ASSIGNMENT: {Role.INVOERDER: OWN, Role.COORDINATOR: OWN},
    Action.VIEW_ALL: _team_only(),
    Action.EXPORT: _team_only(),
    Action.MANAGE_CAMPAIGN: _team_only(),
    Action.VIEW_AUDIT: _team_only(),
    Action.MANAGE_API_CLIENTS: _team_only(),
    # The answers API is for machine clients only: no person, whatever the role.
    Action.API_READ: {},
    Action.API_READ_PROVISIONAL: {},
}

STATES = [
    State(locked, phase, may_enter)
    for locked, phase, may_enter in itertools.product((False, True), list(Phase), (False, True))
]
CASES = [Case(own, state) for own in (True, False) for state in (None, *STATES)]


def test_the_table_covers_every_action():
    assert set(EXPECTED) == set(Action)


def _user(who: str):
    if who == ANONYMOUS:
        return AnonymousUser()
    if who == TEAM:
        return ProjectTeamUserFactory()
    if who == NO_ROLE:
        return UserFactory()
    return user_with_role(who, KASTERLEE)


@pytest.mark.parametrize("action", list(Action), ids=lambda action: action.value)
@pytest.mark.parametrize("who", WHO, ids=str)
def test_who_may_do_what_where(who, action):
    user = _user(who)
    own, other = municipality(KASTERLEE), municipality(BRECHT)
    rule = EXPECTED[action].get(who, NEVER)
    wrong = []
    for case in CASES:
        place = own if case.own else other
        obj = (
            place
            if case.state is None
            else Rubric(
                municipality=place,
                is_locked=case.state.locked,
                campaign_phase=case.state.phase.value,
                coordinator_may_enter=case.state.coordinator_may_enter,
            )
        )
        if can(user, action, obj) != rule(case):
            wrong.append(f"{case}: expected {rule(case)} ({rule!r})")
    assert not wrong, f"{who} × {action.value}:\n" + "\n".join(wrong)


@dataclass(frozen=True)
class Machine:
    """A stand-in for a machine client of the API (the MachineClient protocol)."""

    scopes: frozenset[str]
    is_machine_client: bool = True


@pytest.mark.parametrize(
    ("scopes", "reads", "reads_provisional"),
    [
        (set(), False, False),
        ({SCOPE_CONFIRMED}, True, False),
        ({SCOPE_PROVISIONAL}, True, True),
        ({SCOPE_CONFIRMED, SCOPE_PROVISIONAL}, True, True),
        ({"read", "write"}, False, False),
    ],
)
def test_machine_clients_read_by_scope_and_nothing_else(scopes, reads, reads_provisional):
    machine = Machine(frozenset(scopes))
    assert can(machine, Action.API_READ) is reads
    assert can(machine, Action.API_READ_PROVISIONAL) is reads_provisional
    other_actions = set(Action) - {Action.API_READ, Action.API_READ_PROVISIONAL}
    assert not any(can(machine, action, municipality(KASTERLEE)) for action in other_actions)
    # A deactivated client reads nothing, whatever its token says.
    assert not can(Machine(frozenset(scopes), is_machine_client=False), Action.API_READ)


def test_the_scopes_are_those_the_token_endpoint_knows(settings):
    assert set(settings.OAUTH2_PROVIDER["SCOPES"]) == {SCOPE_CONFIRMED, SCOPE_PROVISIONAL}
    assert settings.OAUTH2_PROVIDER["DEFAULT_SCOPES"] == [SCOPE_CONFIRMED]


def test_the_phases_permissions_knows_are_the_campaign_phases_of_surveys():
    # roles does not import surveys: the phase arrives as Phase's string value.
    assert {Phase.ENTRY.value} == ENTRY_PHASES
    assert {Phase.ENTRY.value, Phase.CONFIRMATION.value} == CONFIRMATION_PHASES


def test_the_stand_in_rubric_is_a_guarded_object():
    rubric = Rubric(
        municipality(), is_locked=False, campaign_phase="entry", coordinator_may_enter=1
    )
    assert isinstance(rubric, Guarded)


def test_require_raises_permission_denied_for_what_can_refuses():
    from django.core.exceptions import PermissionDenied

    invoerder = user_with_role(Role.INVOERDER)
    require(invoerder, Action.VIEW_DATA, municipality(KASTERLEE))
    with pytest.raises(PermissionDenied):
        require(invoerder, Action.VIEW_DATA, municipality(BRECHT))


def test_filter_for_narrows_to_the_municipalities_of_the_role():
    invoerder = user_with_role(Role.INVOERDER, KASTERLEE)
    RoleAssignmentFactory(person=invoerder, municipality=municipality(BRECHT), role=Role.RAADPLEGER)
    everything = Municipality.objects.all()
    assert set(filter_for(invoerder, Action.VIEW_DATA, everything)) == {
        municipality(KASTERLEE),
        municipality(BRECHT),
    }
    assert list(filter_for(invoerder, Action.ENTER_DATA, everything)) == [municipality(KASTERLEE)]
    assert not filter_for(invoerder, Action.MANAGE_ROLES, everything).exists()
    assert filter_for(ProjectTeamUserFactory(), Action.MANAGE_ROLES, everything).count() == 285


# --- guardian's object permissions follow the role assignments --------------------------


def _guardian_rows() -> set[tuple[int, int, str]]:
    return {
        (row.user_id, int(row.object_pk), row.permission.codename)
        for row in UserObjectPermission.objects.select_related("permission")
    }


def _implied_by_roles() -> set[tuple[int | None, int, str]]:
    return {
        (assignment.person_id, assignment.municipality_id, codename)
        for assignment in RoleAssignment.objects.exclude(person=None)
        for codename in ROLE_PERMISSIONS[assignment.role]
    }


def test_object_permissions_equal_what_the_roles_imply_after_grants_changes_revokes_claims():
    kasterlee, brecht = municipality(KASTERLEE), municipality(BRECHT)
    ann, bert, carl = UserFactory(), UserFactory(), UserFactory()

    ann_in_kasterlee = role_grant(municipality=kasterlee, role=Role.INVOERDER, by=None, person=ann)
    bert_in_kasterlee = role_grant(
        municipality=kasterlee, role=Role.COORDINATOR, by=None, person=bert
    )
    role_grant(municipality=brecht, role=Role.BEHEERDER, by=None, person=ann)
    role_grant(municipality=kasterlee, role=Role.RAADPLEGER, by=None, email="dora@gemeente.invalid")
    role_grant(municipality=brecht, role=Role.COORDINATOR, by=None, email="dora@gemeente.invalid")
    assert _guardian_rows() == _implied_by_roles()

    role_change(assignment=ann_in_kasterlee, role=Role.COORDINATOR, by=None)
    role_change(assignment=bert_in_kasterlee, role=Role.BEHEERDER, by=None)
    role_revoke(assignment=RoleAssignment.objects.get(person=ann, municipality=brecht), by=None)
    role_grant(municipality=brecht, role=Role.RAADPLEGER, by=None, person=carl)
    assert _guardian_rows() == _implied_by_roles()

    dora = UserFactory(email="Dora@gemeente.invalid")
    roles_claim_pending(user=dora)
    role_change(
        assignment=RoleAssignment.objects.get(person=dora, municipality=kasterlee),
        role=Role.INVOERDER,
        by=None,
    )
    role_revoke(assignment=RoleAssignment.objects.get(person=carl), by=None)

    assert _guardian_rows() == _implied_by_roles()
    assert (dora.pk, brecht.pk, "confirm_municipality_data") in _guardian_rows()
    assert not [row for row in _guardian_rows() if row[0] == carl.pk]
    forget_cached_permissions(ann)
    assert can(ann, Action.CONFIRM_RUBRIC, kasterlee)
    assert not can(ann, Action.MANAGE_ROLES, brecht)


# --- guardian's shortcuts stay off -------------------------------------------------------


def test_a_model_wide_permission_from_a_group_opens_no_other_municipality():
    invoerder = user_with_role(Role.INVOERDER, KASTERLEE)
    group = GroupFactory(name="Iemand vinkte alles aan")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="roles",
            codename__in=[
                "view_municipality_data",
                "enter_municipality_data",
                "manage_municipality_roles",
            ],
        )
    )
    invoerder.groups.add(group)
    invoerder = type(invoerder).objects.get(pk=invoerder.pk)  # no cached permissions
    assert invoerder.has_perm("roles.view_municipality_data")  # the model-wide tick is there

    brecht = municipality(BRECHT)
    assert not can(invoerder, Action.VIEW_DATA, brecht)
    assert not can(invoerder, Action.ENTER_DATA, brecht)
    assert not can(invoerder, Action.MANAGE_ROLES, brecht)
    assert list(filter_for(invoerder, Action.VIEW_DATA, Municipality.objects.all())) == [
        municipality(KASTERLEE)
    ]


def test_a_staff_user_who_is_not_a_superuser_sees_no_municipality_without_a_role():
    staff = UserFactory(is_staff=True)
    RoleAssignmentFactory(person=staff, municipality=municipality(KASTERLEE), role=Role.RAADPLEGER)
    assert not can(staff, Action.VIEW_DATA, municipality(BRECHT))
    assert not can(staff, Action.VIEW_ALL)
    assert list(filter_for(staff, Action.VIEW_DATA, Municipality.objects.all())) == [
        municipality(KASTERLEE)
    ]
    assert not filter_for(UserFactory(is_staff=True), Action.VIEW_DATA, Municipality.objects.all())


def test_an_inactive_user_may_do_nothing():
    coordinator = user_with_role(Role.COORDINATOR)
    coordinator.is_active = False
    assert not can(coordinator, Action.VIEW_DATA, municipality(KASTERLEE))
    assert not filter_for(coordinator, Action.VIEW_DATA, Municipality.objects.all()).exists()


# --- the template tag ---------------------------------------------------------------------


def _render(template: str, **context) -> str:
    return Template("{% load permissions %}" + template).render(Context(context)).strip()


def test_templates_ask_can_through_the_tag():
    template = (
        '{% can user "manage_roles" municipality as allowed %}'
        "{% if allowed %}beheren{% else %}niet{% endif %}"
    )
    kasterlee = municipality(KASTERLEE)
    beheerder = user_with_role(Role.BEHEERDER, KASTERLEE)
    invoerder = user_with_role(Role.INVOERDER, KASTERLEE)
    assert _render(template, user=beheerder, municipality=kasterlee) == "beheren"
    assert _render(template, user=beheerder, municipality=municipality(BRECHT)) == "niet"
    assert _render(template, user=invoerder, municipality=kasterlee) == "niet"
    assert _render(template, user=AnonymousUser(), municipality=kasterlee) == "niet"


def test_the_tag_refuses_an_unknown_action():
    with pytest.raises(TemplateSyntaxError):
        _render('{% can user "manage_everything" municipality %}', user=UserFactory())
