"""Writes of the roles app. Only this module grants or revokes permissions."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from types import EllipsisType
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from guardian.shortcuts import assign_perm, remove_perm
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from .models import (
    MAX_COORDINATORS,
    Municipality,
    Role,
    RoleAssignment,
    RoleChange,
    RoleSource,
    Service,
)
from .permissions import (
    OBJECT_PERMISSIONS,
    ROLE_PERMISSIONS,
    Action,
    can,
    forget_cached_permissions,
)
from .selectors import person_name

logger = logging.getLogger(__name__)


class RoleError(Exception):
    """A role rule was broken; the message is Dutch and meant for the user."""


# --- the project team group -------------------------------------------------------

PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "delete_page",
    "publish_page",
    "lock_page",
    "unlock_page",
)
COLLECTION_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}
MODEL_PERMISSIONS = {
    "surveys": ("add_definition", "change_definition", "delete_definition"),
    "cms": (
        "add_emailtemplate",
        "change_emailtemplate",
        "delete_emailtemplate",
        "add_contact",
        "change_contact",
        "delete_contact",
        "view_sentmessage",
    ),
    "roles": (
        "view_municipality",
        "change_municipality",
        "add_organisationcode",
        "change_organisationcode",
        "delete_organisationcode",
        "view_organisationcode",
        "add_service",
        "change_service",
        "delete_service",
        "view_service",
        "view_roleassignment",
        "add_roleassignment",
        "change_roleassignment",
        "delete_roleassignment",
    ),
}


@transaction.atomic
def project_team_group_ensure() -> Group:
    """The project team authors the questionnaire and content in the Wagtail admin.

    It is a group, not superusers: admin access, page rights on the site's home page,
    rights on definitions, images, documents and the reference data of municipalities.
    """
    group, _created = Group.objects.get_or_create(name=settings.PROJECT_TEAM_GROUP)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for app_label, codenames in MODEL_PERMISSIONS.items():
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        )
    # Wagtail's migration creates the root collection; a flushed database (a fresh
    # deployment restored without it, a transactional test) may lack it.
    root_collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    for app_label, codenames in COLLECTION_PERMISSIONS.items():
        for permission in Permission.objects.filter(
            content_type__app_label=app_label, codename__in=codenames
        ):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
    root_page = Page.get_first_root_node()
    for home in root_page.get_children() if root_page else []:
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
        ):
            GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)
    return group


# --- role assignments ---------------------------------------------------------------


def _sync_object_permissions(person: Any, municipality: Municipality) -> None:
    """Make guardian's permissions of ``person`` on ``municipality`` equal the role's."""
    assignment = RoleAssignment.objects.filter(person=person, municipality=municipality).first()
    wanted = ROLE_PERMISSIONS[assignment.role] if assignment else frozenset()
    for codename in OBJECT_PERMISSIONS:
        if codename in wanted:
            assign_perm(f"roles.{codename}", person, municipality)
        else:
            remove_perm(f"roles.{codename}", person, municipality)
    forget_cached_permissions(person)


def _check_manager(by: Any, municipality: Municipality) -> None:
    if by is not None and not can(by, Action.MANAGE_ROLES, municipality):
        raise RoleError(
            _("U mag de rollen van %(gemeente)s niet beheren.") % {"gemeente": municipality}
        )


def _check_coordinator_limit(municipality: Municipality, *, excluding: int | None = None) -> None:
    coordinators = RoleAssignment.objects.filter(municipality=municipality, role=Role.COORDINATOR)
    if excluding is not None:
        coordinators = coordinators.exclude(pk=excluding)
    if coordinators.count() >= MAX_COORDINATORS:
        raise RoleError(
            _(
                "%(gemeente)s heeft al %(max)s coördinatoren. Trek eerst een coördinatorrol in "
                "of kies een andere rol."
            )
            % {"gemeente": municipality, "max": MAX_COORDINATORS}
        )


def _lock(municipality: Municipality) -> Municipality:
    """Row-lock the municipality so that concurrent grants are serialised."""
    return Municipality.objects.select_for_update().get(pk=municipality.pk)


def _lock_assignment(assignment: RoleAssignment) -> RoleAssignment:
    """The stored assignment, row-locked; a RoleError if someone revoked it meanwhile."""
    # No default ordering: it joins the (nullable) person, and PostgreSQL refuses to lock
    # the nullable side of an outer join.
    locked = RoleAssignment.objects.select_for_update().filter(pk=assignment.pk)
    current = locked.order_by("pk").first()
    if current is None:
        raise RoleError(_("Deze rol bestaat niet meer: iemand anders heeft ze net ingetrokken."))
    return current


def _audit(
    *,
    municipality: Municipality,
    action: str,
    person: Any = None,
    email: str = "",
    old_role: str = "",
    new_role: str = "",
    by: Any = None,
    source: str = RoleSource.APP,
    note: str = "",
) -> None:
    RoleChange.objects.create(
        municipality=municipality,
        person=person,
        email=email or (getattr(person, "email", "") or ""),
        action=action,
        old_role=old_role,
        new_role=new_role,
        by=by,
        person_name=person_name(person),
        by_name=person_name(by),
        source=source,
        note=note[:300],
    )


@transaction.atomic
def role_grant(
    *,
    municipality: Municipality,
    role: str,
    by: Any,
    person: Any = None,
    email: str = "",
    service: Service | None = None,
    source: str = RoleSource.APP,
) -> RoleAssignment:
    """Give a person (or an e-mail address, until first login) a role in a municipality.

    One role per person per municipality; at most three coördinators, also when two
    grants race (the municipality row is locked while counting).
    """
    if source == RoleSource.APP:
        _check_manager(by, municipality)
    if role not in Role.values:
        raise RoleError(_("Onbekende rol."))
    email = (email or "").strip().lower()
    if person is None and not email:
        raise RoleError(_("Kies een persoon of geef een e-mailadres."))
    if person is None:
        from django.contrib.auth import get_user_model

        person = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
    municipality = _lock(municipality)
    if service is not None and service.municipality_id != municipality.pk:
        raise RoleError(_("Die dienst hoort niet bij %(gemeente)s.") % {"gemeente": municipality})
    existing = RoleAssignment.objects.filter(municipality=municipality)
    existing = (
        existing.filter(person=person) if person else existing.filter(email=email, person=None)
    )
    current = existing.first()
    if current is not None:
        raise RoleError(
            _(
                "%(naam)s heeft al de rol %(rol)s in %(gemeente)s. "
                "Wijzig die rol in plaats van een tweede toe te kennen."
            )
            % {
                "naam": current.holder_name,
                "rol": current.get_role_display(),
                "gemeente": municipality,
            }
        )
    if role == Role.COORDINATOR:
        _check_coordinator_limit(municipality)
    try:
        with transaction.atomic():
            assignment = RoleAssignment.objects.create(
                person=person,
                email="" if person else email,
                municipality=municipality,
                role=role,
                service=service,
                source=source,
                granted_by=by,
                granted_by_name=person_name(by),
            )
    except IntegrityError as error:
        raise RoleError(
            _("Deze persoon heeft al een rol in %(gemeente)s.") % {"gemeente": municipality}
        ) from error
    if person is not None:
        _sync_object_permissions(person, municipality)
    _audit(
        municipality=municipality,
        action=RoleChange.Action.GRANT,
        person=person,
        email=email,
        new_role=role,
        by=by,
        source=source,
    )
    return assignment


@transaction.atomic
def role_change(
    *,
    assignment: RoleAssignment,
    role: str,
    by: Any,
    service: Service | None | EllipsisType = ...,
    source: str = RoleSource.APP,
    note: str = "",
) -> RoleAssignment:
    """Change the role (and optionally the service) of an assignment, same rules as a grant."""
    if source == RoleSource.APP:
        _check_manager(by, assignment.municipality)
    if role not in Role.values:
        raise RoleError(_("Onbekende rol."))
    municipality = _lock(assignment.municipality)
    assignment = _lock_assignment(assignment)
    old_role = assignment.role
    if role == Role.COORDINATOR and old_role != Role.COORDINATOR:
        _check_coordinator_limit(municipality, excluding=assignment.pk)
    assignment.role = role
    assignment.source = source
    if not isinstance(service, EllipsisType):
        if service is not None and service.municipality_id != municipality.pk:
            raise RoleError(
                _("Die dienst hoort niet bij %(gemeente)s.") % {"gemeente": municipality}
            )
        assignment.service = service
    assignment.save()
    if assignment.person is not None:
        _sync_object_permissions(assignment.person, municipality)
    _audit(
        municipality=municipality,
        action=RoleChange.Action.CHANGE,
        person=assignment.person,
        email=assignment.email,
        old_role=old_role,
        new_role=role,
        by=by,
        source=source,
        note=note,
    )
    return assignment


@transaction.atomic
def role_revoke(
    *, assignment: RoleAssignment, by: Any, source: str = RoleSource.APP, note: str = ""
) -> None:
    """Take a role away; the person's permissions on the municipality go with it."""
    if source == RoleSource.APP:
        _check_manager(by, assignment.municipality)
    municipality = _lock(assignment.municipality)
    assignment = _lock_assignment(assignment)
    person, email, old_role = assignment.person, assignment.email, assignment.role
    assignment.delete()
    if person is not None:
        _sync_object_permissions(person, municipality)
    _audit(
        municipality=municipality,
        action=RoleChange.Action.REVOKE,
        person=person,
        email=email,
        old_role=old_role,
        by=by,
        source=source,
        note=note,
    )


@transaction.atomic
def roles_claim_pending(*, user: Any) -> list[RoleAssignment]:
    """At first login, grants made to the person's e-mail address become theirs."""
    if not user.email:
        return []
    claimed = []
    pending = RoleAssignment.objects.select_for_update().filter(
        person=None, email__iexact=user.email
    )
    for assignment in pending.order_by("pk"):
        if RoleAssignment.objects.filter(
            person=user, municipality=assignment.municipality
        ).exists():
            logger.warning(
                "Pending role for %s in %s dropped: the person already holds a role there.",
                user.pk,
                assignment.municipality,
            )
            assignment.delete()
            _audit(
                municipality=assignment.municipality,
                action=RoleChange.Action.REVOKE,
                person=user,
                email=assignment.email,
                old_role=assignment.role,
                by=user,
                note="vervallen bij eerste aanmelding: de persoon had er al een rol",
            )
            continue
        assignment.person = user
        assignment.email = ""
        assignment.save()
        _sync_object_permissions(user, assignment.municipality)
        _audit(
            municipality=assignment.municipality,
            action=RoleChange.Action.CLAIM,
            person=user,
            new_role=assignment.role,
            by=user,
        )
        claimed.append(assignment)
    return claimed


@transaction.atomic
def roles_sync_from_identity_provider(
    *, user: Any, grants: Iterable[tuple[Municipality, str]]
) -> None:
    """Apply the roles the identity provider delivered at login.

    Provider roles are granted or withdrawn; in-app roles are left alone, except where
    the provider says otherwise for the same municipality: then the provider wins and the
    clash is logged.
    """
    wanted: dict[int, tuple[Municipality, str]] = {}
    for municipality, role in grants:
        wanted[municipality.pk] = (municipality, role)
    current = {a.municipality_id: a for a in RoleAssignment.objects.filter(person=user)}
    for municipality_id, (municipality, role) in wanted.items():
        assignment = current.get(municipality_id)
        try:
            if assignment is None:
                role_grant(
                    municipality=municipality,
                    role=role,
                    by=None,
                    person=user,
                    source=RoleSource.IDP,
                )
            elif assignment.role != role or assignment.source != RoleSource.IDP:
                if assignment.source == RoleSource.APP and assignment.role != role:
                    logger.warning(
                        "Role clash for user %s in %s: in-app role %s, identity provider says %s; "
                        "the identity provider wins.",
                        user.pk,
                        municipality,
                        assignment.role,
                        role,
                    )
                role_change(
                    assignment=assignment,
                    role=role,
                    by=None,
                    source=RoleSource.IDP,
                    note="toegangsbeheer",
                )
        except RoleError as error:
            logger.warning(
                "Identity provider role for user %s in %s not applied: %s",
                user.pk,
                municipality,
                error,
            )
    for municipality_id, assignment in current.items():
        if assignment.source == RoleSource.IDP and municipality_id not in wanted:
            role_revoke(
                assignment=assignment, by=None, source=RoleSource.IDP, note="toegangsbeheer"
            )
