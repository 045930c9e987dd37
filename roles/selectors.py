"""Reads of the roles app, scoped to what the asking user may manage."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Case, IntegerField, QuerySet, Value, When

from .models import Municipality, Role, RoleAssignment, RoleChange, Service
from .permissions import Action, filter_for

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
