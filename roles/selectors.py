"""Reads of the roles app, scoped to what the asking user may manage.

"Who holds which role" is answered here and only here: ``holders`` (the people holding a
role in a municipality, e.g. the recipients of an e-mail) and ``roles_of`` (what one person
holds, and whether they are in the project team). Nobody else compares role or group names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Case, F, IntegerField, Q, QuerySet, Value, When

from .models import Municipality, Role, RoleAssignment, RoleChange, Service
from .permissions import Action, filter_for, is_project_team

#: Roles in the order people think of them: invoerder, coördinator, raadpleger, beheerder.
ROLE_ORDER = Case(
    *(When(role=role, then=Value(rank)) for rank, role in enumerate(Role.values)),
    output_field=IntegerField(),
)


def municipality_by_nis(*, nis_code: str) -> Municipality | None:
    return Municipality.objects.filter(nis_code=nis_code).first()


def role_assignments_for(*, user: Any, municipality: Municipality) -> QuerySet[RoleAssignment]:
    """Who holds which role in ``municipality``: empty unless ``user`` manages its roles."""
    assignments = RoleAssignment.objects.filter(municipality=municipality).select_related(
        "person", "service", "granted_by"
    )
    return filter_for(user, Action.MANAGE_ROLES, assignments).order_by(
        ROLE_ORDER, "person__last_name", "person__first_name", "email"
    )


def role_assignment_for(*, user: Any, municipality: Municipality, pk: int) -> RoleAssignment | None:
    return role_assignments_for(user=user, municipality=municipality).filter(pk=pk).first()


def role_assignments_managed_by(*, user: Any) -> QuerySet[RoleAssignment]:
    """Every assignment in the municipalities whose roles ``user`` manages (all for the team)."""
    assignments = RoleAssignment.objects.select_related(
        "person", "service", "granted_by", "municipality"
    )
    return filter_for(user, Action.MANAGE_ROLES, assignments)


def role_changes_for(*, user: Any, municipality: Municipality) -> QuerySet[RoleChange]:
    """The audit trail of ``municipality``'s roles, newest first."""
    changes = RoleChange.objects.filter(municipality=municipality).select_related("person", "by")
    return filter_for(user, Action.MANAGE_ROLES, changes).order_by("-at", "-pk")


def role_changes_all(*, user: Any) -> QuerySet[RoleChange]:
    """The audit trail of every municipality whose roles ``user`` manages, newest first."""
    changes = RoleChange.objects.select_related("person", "by", "municipality")
    return filter_for(user, Action.MANAGE_ROLES, changes).order_by("-at", "-pk")


def municipalities_with_reference_data() -> QuerySet[Municipality]:
    """Municipalities with their organisation codes and services, for the team's listing."""
    return Municipality.objects.prefetch_related("organisation_codes", "services").order_by("name")


def coordinator_count(*, municipality: Municipality) -> int:
    """Coördinator roles in ``municipality``, grants still waiting for a first login included."""
    return RoleAssignment.objects.filter(municipality=municipality, role=Role.COORDINATOR).count()


def services_for(*, municipality: Municipality) -> QuerySet[Service]:
    return Service.objects.filter(municipality=municipality).order_by("kind", "name")


def users_matching(*, identifier: str) -> list[Any]:
    """Active users whose username or e-mail address is ``identifier`` (case-insensitive)."""
    identifier = identifier.strip()
    if not identifier:
        return []
    users = get_user_model().objects.filter(is_active=True)
    by_username = list(users.filter(username__iexact=identifier))
    if by_username:
        return by_username
    return list(users.filter(email__iexact=identifier).order_by("pk"))


# --- who holds which role ------------------------------------------------------------

MunicipalityRef = Municipality | int


def _municipality_ids(municipality: MunicipalityRef | Iterable[MunicipalityRef]) -> list[int]:
    if isinstance(municipality, Municipality | int):
        municipality = [municipality]
    return [m.pk if isinstance(m, Municipality) else m for m in municipality]


def holders(
    *,
    role: str | Iterable[str],
    municipality: MunicipalityRef | Iterable[MunicipalityRef],
    pending: bool = False,
) -> QuerySet[RoleAssignment]:
    """The assignments of who holds ``role`` (one or several) in ``municipality`` (or several).

    A holder is a person with an active account. A revoked role is gone, so is its holder.
    A grant to an e-mail address that still waits for its first login counts only with
    ``pending=True``: e-mails about the registration (confirmed, reopened, reminders) go to
    people who hold the role, not to an address nobody has used yet (it may be mistyped;
    the invitation reaches the municipality's contacts anyway); the list of lokale
    beheerders that an e-mail names as contacts does include the pending ones.
    ``RoleAssignment.holder_email`` is the address to write to in both cases.
    """
    roles = [role] if isinstance(role, str) else list(role)
    unknown = set(roles) - set(Role.values)
    if unknown:
        raise ValueError(f"Unknown roles: {sorted(unknown)}")
    held_by = Q(person__isnull=False, person__is_active=True)
    if pending:
        held_by |= Q(person__isnull=True)
    return (
        RoleAssignment.objects.filter(
            held_by, role__in=roles, municipality_id__in=_municipality_ids(municipality)
        )
        .select_related("person", "service", "municipality")
        .order_by(
            "municipality__name",
            ROLE_ORDER,
            F("person__last_name").asc(nulls_last=True),
            "person__first_name",
            "email",
            "pk",
        )
    )


@dataclass(frozen=True)
class UserRoles:
    """What one person holds: a role per municipality, and whether they are the project team."""

    assignments: tuple[RoleAssignment, ...]
    is_project_team: bool

    def __bool__(self) -> bool:
        return bool(self.assignments) or self.is_project_team


def roles_of(*, user: Any) -> UserRoles:
    """The role assignments of ``user`` (pending grants are not theirs yet) and team membership.

    The project team is the group that ``roles.services.project_team_group_ensure`` keeps
    (superusers count too, as everywhere in ``roles.permissions``); another group is not.
    """
    if user is None or not getattr(user, "is_authenticated", False):
        return UserRoles(assignments=(), is_project_team=False)
    assignments = (
        RoleAssignment.objects.filter(person=user)
        .select_related("municipality", "service")
        .order_by("municipality__name")
    )
    return UserRoles(assignments=tuple(assignments), is_project_team=is_project_team(user))


def project_team_members() -> QuerySet[Any]:
    """The active people who are the project team (its group, and superusers)."""
    return (
        get_user_model()
        .objects.filter(
            Q(is_superuser=True) | Q(groups__name=settings.PROJECT_TEAM_GROUP), is_active=True
        )
        .distinct()
    )


def person_name(user: Any) -> str:
    """How a person is named in histories: full name, else username; empty for nobody."""
    if user is None:
        return ""
    return user.get_full_name() or user.username
