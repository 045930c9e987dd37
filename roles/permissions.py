"""Every permission decision of the project, in one place.

Views, services, templates (through the ``can`` template tag), admin screens and the API
ask ``can(user, action, obj)``. Roles per municipality live in django-guardian object
permissions, granted and revoked only by ``roles.services``. Guardian's superuser and
model-wide shortcuts are not used: one permission ticked in Wagtail's group editor must
not open every municipality.

``obj`` is a ``Municipality`` or anything that exposes the ``Guarded`` protocol: this module
does not import ``surveys``.
"""

from __future__ import annotations

from collections import defaultdict
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from .models import Municipality, Role


class Action(StrEnum):
    VIEW_DATA = "view_data"
    ENTER_DATA = "enter_data"
    CONFIRM_RUBRIC = "confirm_rubric"
    REOPEN_RUBRIC = "reopen_rubric"
    MANAGE_ROLES = "manage_roles"
    VIEW_ALL = "view_all"
    EXPORT = "export"
    MANAGE_CAMPAIGN = "manage_campaign"
    VIEW_AUDIT = "view_audit"
    ASSIGN_WORK = "assign_work"
    COMPLETE_ASSIGNMENT = "complete_assignment"
    MANAGE_API_CLIENTS = "manage_api_clients"
    #: Machine clients of the answers API (the reporting platform), never people.
    API_READ = "api_read"
    API_READ_PROVISIONAL = "api_read_provisional"


#: Campaign phases (``Guarded.campaign_phase``, the values of ``surveys.phases.Phase``) in
#: which answers may be entered, and in which a rubric may be confirmed.
ENTRY_PHASES = frozenset({"entry"})
CONFIRMATION_PHASES = frozenset({"entry", "confirmation"})


@runtime_checkable
class Guarded(Protocol):
    """What a protected object tells the permission module about itself.

    ``campaign_phase`` is a phase of ``surveys.phases.Phase`` as its string value.
    """

    @property
    def municipality(self) -> Municipality: ...

    @property
    def is_locked(self) -> bool: ...

    @property
    def campaign_phase(self) -> str: ...

    @property
    def coordinator_may_enter(self) -> bool: ...


VIEW = "view_municipality_data"
ENTER = "enter_municipality_data"
CONFIRM = "confirm_municipality_data"
MANAGE = "manage_municipality_roles"
OBJECT_PERMISSIONS = (VIEW, ENTER, CONFIRM, MANAGE)

#: What each role implies, as guardian object permissions on the municipality.
ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    Role.INVOERDER: frozenset({VIEW, ENTER}),
    Role.COORDINATOR: frozenset({VIEW, CONFIRM}),
    Role.RAADPLEGER: frozenset({VIEW}),
    Role.BEHEERDER: frozenset({MANAGE}),
}

TEAM_ACTIONS = {
    Action.VIEW_ALL,
    Action.EXPORT,
    Action.MANAGE_CAMPAIGN,
    Action.VIEW_AUDIT,
    Action.MANAGE_API_CLIENTS,
}

#: OAuth2 scopes of the answers API (the names are also in ``OAUTH2_PROVIDER["SCOPES"]``).
SCOPE_CONFIRMED = "antwoorden:bevestigd"
SCOPE_PROVISIONAL = "antwoorden:voorlopig"

#: What a machine client may read, per action: any one of these scopes suffices.
CLIENT_ACTIONS: dict[Action, frozenset[str]] = {
    Action.API_READ: frozenset({SCOPE_CONFIRMED, SCOPE_PROVISIONAL}),
    Action.API_READ_PROVISIONAL: frozenset({SCOPE_PROVISIONAL}),
}


@runtime_checkable
class MachineClient(Protocol):
    """A machine client of the API (an OAuth2 client credentials token), never a person.

    ``scopes`` are the scopes its token was granted.
    """

    @property
    def is_machine_client(self) -> bool: ...

    @property
    def scopes(self) -> frozenset[str]: ...


_CACHE_ATTR = "_vtm_object_permissions"


#: Marks the project-team membership among the rows of the one permission query.
_TEAM_ROW = "__projectteam__"


def _load(user: Any) -> None:
    """Read the user's object permissions and team membership in one query, once."""
    from django.contrib.auth.models import Group
    from django.db.models import CharField, Value
    from guardian.models import UserObjectPermission

    result: dict[int, set[str]] = defaultdict(set)
    team = False
    if getattr(user, "is_authenticated", False) and user.pk:
        permissions = UserObjectPermission.objects.filter(
            user_id=user.pk,
            content_type=ContentType.objects.get_for_model(Municipality),
            permission__codename__in=OBJECT_PERMISSIONS,
        ).values_list("object_pk", "permission__codename")
        membership = (
            Group.objects.filter(user=user.pk, name=settings.PROJECT_TEAM_GROUP)
            .annotate(
                object_pk=Value("0", output_field=CharField()),
                codename=Value(_TEAM_ROW, output_field=CharField()),
            )
            .values_list("object_pk", "codename")
        )
        for object_pk, codename in permissions.union(membership, all=True):
            if codename == _TEAM_ROW:
                team = True
            else:
                result[int(object_pk)].add(codename)
    setattr(user, _CACHE_ATTR, result)
    user._vtm_is_team = team


def is_project_team(user: Any) -> bool:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if getattr(user, "_vtm_is_team", None) is None:
        _load(user)
    return bool(user._vtm_is_team)


def object_permissions(user: Any) -> dict[int, set[str]]:
    """The user's guardian permissions per municipality id (cached on the user object)."""
    if getattr(user, _CACHE_ATTR, None) is None:
        _load(user)
    return getattr(user, _CACHE_ATTR)


def forget_cached_permissions(user: Any) -> None:
    for attr in (_CACHE_ATTR, "_vtm_is_team"):
        if hasattr(user, attr):
            delattr(user, attr)


def _municipality_id(obj: Any) -> int | None:
    if obj is None:
        return None
    if isinstance(obj, Municipality):
        return obj.pk
    municipality_id = getattr(obj, "municipality_id", None)
    if municipality_id is not None:
        return municipality_id
    municipality = getattr(obj, "municipality", None)
    return municipality.pk if municipality is not None else None


def can(user: Any, action: Action, obj: Any = None) -> bool:
    """May ``user`` do ``action`` on ``obj``?

    With a bare ``Municipality`` the answer is about the role only; with a guarded object
    (a rubric response) lock state and campaign phase count too. The API actions are for
    machine clients only (``MachineClient``): no person, however powerful, holds them.
    """
    if action in CLIENT_ACTIONS:
        return (
            isinstance(user, MachineClient)
            and user.is_machine_client
            and bool(CLIENT_ACTIONS[action] & user.scopes)
        )
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    team = is_project_team(user)
    if action in TEAM_ACTIONS:
        return team
    perms = object_permissions(user).get(_municipality_id(obj) or -1, set())
    locked = bool(getattr(obj, "is_locked", False))
    phase = getattr(obj, "campaign_phase", None)

    if action == Action.VIEW_DATA:
        return team or VIEW in perms
    if action == Action.ENTER_DATA:
        may_enter = ENTER in perms or (
            CONFIRM in perms and bool(getattr(obj, "coordinator_may_enter", False))
        )
        return may_enter and not locked and (phase is None or phase in ENTRY_PHASES)
    if action == Action.CONFIRM_RUBRIC:
        return CONFIRM in perms and not locked and (phase is None or phase in CONFIRMATION_PHASES)
    if action == Action.REOPEN_RUBRIC:
        return team and (locked or not isinstance(obj, Guarded))
    if action == Action.MANAGE_ROLES:
        return MANAGE in perms or team
    if action == Action.ASSIGN_WORK:
        # Those who do the work organise it: invoerders and coördinators, in any phase.
        return bool(perms & {ENTER, CONFIRM})
    if action == Action.COMPLETE_ASSIGNMENT:
        # An assignment is ticked off by who organises the work, or by the colleague it was
        # given to (whatever their role).
        assignee = getattr(obj, "assignee", None)
        own = assignee is not None and getattr(assignee, "person_id", None) == user.pk
        return own or bool(perms & {ENTER, CONFIRM})
    return False


def require(user: Any, action: Action, obj: Any = None) -> None:
    """Raise PermissionDenied unless ``can(user, action, obj)``."""
    if not can(user, action, obj):
        raise PermissionDenied(action.value)


def filter_for(
    user: Any, action: Action, queryset: QuerySet, *, municipality_field: str | None = None
) -> QuerySet:
    """Narrow ``queryset`` to the objects on which ``user`` may do ``action`` (by role).

    ``queryset`` holds municipalities, or objects reaching one via ``municipality_field``
    (default ``municipality`` for other models).
    """
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return queryset.none()
    field = "pk" if queryset.model is Municipality else (municipality_field or "municipality")
    if action in TEAM_ACTIONS:
        return queryset if is_project_team(user) else queryset.none()
    if action in (Action.VIEW_DATA, Action.MANAGE_ROLES) and is_project_team(user):
        return queryset
    needed = {
        Action.VIEW_DATA: {VIEW},
        Action.ENTER_DATA: {ENTER, CONFIRM},
        Action.CONFIRM_RUBRIC: {CONFIRM},
        Action.MANAGE_ROLES: {MANAGE},
        Action.ASSIGN_WORK: {ENTER, CONFIRM},
        Action.COMPLETE_ASSIGNMENT: {ENTER, CONFIRM},
    }.get(action)
    if needed is None:
        return queryset.none()
    ids = [pk for pk, perms in object_permissions(user).items() if perms & needed]
    return queryset.filter(**{f"{field}__in": ids})


def municipalities_for(user: Any, action: Action = Action.VIEW_DATA) -> QuerySet[Municipality]:
    return filter_for(user, action, Municipality.objects.all())
