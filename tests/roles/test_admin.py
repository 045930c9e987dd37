"""The project team's screens in the Wagtail admin: reference data and role assignments."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.shortcuts import resolve_url
from django.urls import reverse

from roles.models import OrganisationCode, Province, Role, RoleAssignment, RoleChange
from roles.permissions import Action, can
from tests.roles.factories import (
    BRECHT,
    KASTERLEE,
    GroupFactory,
    ProjectTeamUserFactory,
    RoleAssignmentFactory,
    ServiceFactory,
    UserFactory,
    municipality,
    user_with_role,
)

pytestmark = pytest.mark.django_db

MUNICIPALITIES = "roles_municipality_modeladmin_index"
SERVICES = "roles_service_modeladmin_index"
ORGANISATION_CODES = "roles_organisationcode_modeladmin_index"
ASSIGNMENTS = "roltoewijzingen:index"
HISTORY = "rolwijzigingen:index"


@pytest.fixture
def team_user():
    return ProjectTeamUserFactory(first_name="Pat", last_name="Projectteam")


@pytest.fixture
def as_team(client, team_user):
    client.force_login(team_user)
    return client


@pytest.fixture
def other_admin_user():
    """An editor in Wagtail who was given every roles model permission, but is not the team."""
    group = GroupFactory(name="Redacteurs")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="roles"),
    )
    user = UserFactory(is_staff=True)
    user.groups.add(group)
    return user


def _refused(response) -> bool:
    """Wagtail's admin answers a PermissionDenied with a redirect to its dashboard."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def _text(response) -> str:
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", response.content.decode(), flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


# --- who sees the menus ------------------------------------------------------------------


def test_the_project_team_sees_the_roles_and_municipality_menus(as_team):
    html = as_team.get("/admin/").content.decode()
    for label in ("Gemeenten", "Roltoewijzingen", "Historiek van de rollen"):
        assert label in html


def test_other_admin_users_see_no_roles_menus_and_get_403(client, other_admin_user):
    client.force_login(other_admin_user)
    html = client.get("/admin/").content.decode()
    assert "Roltoewijzingen" not in html
    assert "Organisatiecodes" not in html
    for name in (MUNICIPALITIES, SERVICES, ORGANISATION_CODES, ASSIGNMENTS, HISTORY):
        assert _refused(client.get(reverse(name))), name
    response = client.post(
        reverse("roltoewijzingen:add"),
        {
            "person": "iemand@brecht.be",
            "municipality": municipality(BRECHT).pk,
            "role": "beheerder",
        },
    )
    assert _refused(response)
    assert not RoleAssignment.objects.filter(email="iemand@brecht.be").exists()


def test_a_local_administrator_does_not_get_into_the_admin(client):
    client.force_login(user_with_role(Role.BEHEERDER, KASTERLEE))
    response = client.get(reverse(ASSIGNMENTS))
    assert response.status_code == 302  # Wagtail sends who lacks admin access to a login page
    login_url = resolve_url(getattr(settings, "WAGTAILADMIN_LOGIN_URL", "wagtailadmin_login"))
    assert response["Location"].startswith(login_url)


def test_the_object_permissions_are_not_offered_as_model_wide_checkboxes(as_team):
    from wagtail import hooks

    registered = {
        permission.codename
        for hook in hooks.get_hooks("register_permissions")
        for permission in hook()
        if permission.content_type.app_label == "roles"
    }
    assert "change_municipality" in registered
    assert not registered & {
        "view_municipality_data",
        "enter_municipality_data",
        "confirm_municipality_data",
        "manage_municipality_roles",
    }


# --- reference data ----------------------------------------------------------------------


def test_the_team_lists_municipalities_with_codes_and_services(as_team):
    kasterlee = municipality(KASTERLEE)
    OrganisationCode.objects.create(municipality=kasterlee, code="0207437468", kind="gemeente")
    ServiceFactory(municipality=kasterlee, name="Vrijetijdshuis Kasterlee")

    response = as_team.get(reverse(MUNICIPALITIES), {"q": "Kasterlee"})

    assert response.status_code == 200
    text = _text(response)
    assert "13017" in text and "Kasterlee" in text and "Antwerpen" in text
    assert "0207437468 (gemeentebestuur)" in text
    assert "Vrijetijdshuis Kasterlee" in text
    assert "Brecht" not in text


def test_municipalities_are_searchable_by_organisation_code(as_team):
    OrganisationCode.objects.create(municipality=municipality(BRECHT), code="0207500000")
    text = _text(as_team.get(reverse(MUNICIPALITIES), {"q": "0207500000"}))
    assert "Brecht" in text and "Kasterlee" not in text


def test_municipalities_are_filterable_by_province(as_team):
    response = as_team.get(reverse(MUNICIPALITIES), {"province": Province.LIMBURG})
    text = _text(response)
    assert "Hasselt" in text and "Genk" in text
    assert "Kasterlee" not in text and "Brugge" not in text


def test_services_and_organisation_codes_are_listed(as_team):
    ServiceFactory(municipality=municipality(BRECHT), name="Sportinfrastructuur (AGB)")
    OrganisationCode.objects.create(
        municipality=municipality(BRECHT), code="0000011091", kind="agb", label="AGB Sport"
    )
    assert "Sportinfrastructuur (AGB)" in _text(as_team.get(reverse(SERVICES), {"q": "Brecht"}))
    assert "0000011091" in _text(as_team.get(reverse(ORGANISATION_CODES), {"q": "Brecht"}))


# --- role assignments through roles.services ------------------------------------------------


def test_the_team_lists_role_assignments_searchable_and_filterable(as_team):
    RoleAssignmentFactory(
        person=UserFactory(first_name="Ivo", last_name="Invoerder"),
        municipality=municipality(KASTERLEE),
    )
    RoleAssignmentFactory(
        person=UserFactory(first_name="Colin", last_name="Coördinator"),
        municipality=municipality(BRECHT),
        role=Role.COORDINATOR,
    )
    RoleAssignmentFactory(
        person=UserFactory(first_name="Hilde", last_name="Hasselaar"),
        municipality=municipality("71072"),
        role=Role.RAADPLEGER,
    )

    everything = _text(as_team.get(reverse(ASSIGNMENTS)))
    assert "Ivo Invoerder" in everything and "Colin Coördinator" in everything

    by_name = _text(as_team.get(reverse(ASSIGNMENTS), {"q": "Invoerder"}))
    assert "Ivo Invoerder" in by_name and "Colin" not in by_name

    by_municipality = _text(as_team.get(reverse(ASSIGNMENTS), {"q": "Brecht"}))
    assert "Colin Coördinator" in by_municipality and "Ivo" not in by_municipality

    by_province = _text(as_team.get(reverse(ASSIGNMENTS), {"province": Province.LIMBURG}))
    assert "Hilde Hasselaar" in by_province and "Ivo" not in by_province

    by_role = _text(as_team.get(reverse(ASSIGNMENTS), {"role": Role.COORDINATOR}))
    assert "Colin Coördinator" in by_role and "Hilde" not in by_role

    pk = municipality(KASTERLEE).pk
    in_kasterlee = _text(as_team.get(reverse(ASSIGNMENTS), {"municipality": pk}))
    assert "Ivo Invoerder" in in_kasterlee and "Colin" not in in_kasterlee


def test_the_team_grants_a_role_through_the_service(as_team, team_user):
    nora = UserFactory(username="nora", first_name="Nora", last_name="Nieuw")
    brecht = municipality(BRECHT)
    service = ServiceFactory(municipality=brecht)

    response = as_team.post(
        reverse("roltoewijzingen:add"),
        {
            "person": "nora",
            "municipality": brecht.pk,
            "role": Role.INVOERDER,
            "service": service.pk,
        },
    )

    assert response.status_code == 302
    assignment = RoleAssignment.objects.get(person=nora)
    assert (assignment.municipality, assignment.role, assignment.service) == (
        brecht,
        Role.INVOERDER,
        service,
    )
    assert assignment.granted_by == team_user
    audit = RoleChange.objects.get(person=nora)
    assert (audit.action, audit.new_role, audit.by) == ("grant", Role.INVOERDER, team_user)
    assert can(nora, Action.ENTER_DATA, brecht)
    assert "Nora Nieuw" in _text(as_team.get(response["Location"]))


def test_the_team_grants_a_role_to_an_email_address(as_team):
    as_team.post(
        reverse("roltoewijzingen:add"),
        {"person": "later@brecht.be", "municipality": municipality(BRECHT).pk, "role": "beheerder"},
    )
    assert RoleAssignment.objects.get(email="later@brecht.be").role == Role.BEHEERDER


def test_the_fourth_coordinator_is_refused_in_the_admin_too(as_team):
    kasterlee = municipality(KASTERLEE)
    for _ in range(3):
        RoleAssignmentFactory(municipality=kasterlee, role=Role.COORDINATOR)
    UserFactory(username="vierde")

    response = as_team.post(
        reverse("roltoewijzingen:add"),
        {"person": "vierde", "municipality": kasterlee.pk, "role": Role.COORDINATOR},
    )

    assert response.status_code == 200
    assert (
        "Kasterlee heeft al 3 coördinatoren. Trek eerst een coördinatorrol in "
        "of kies een andere rol." in _text(response)
    )
    assert 'value="vierde"' in response.content.decode()
    assert RoleAssignment.objects.filter(municipality=kasterlee, role="coordinator").count() == 3
    assert not RoleChange.objects.filter(by__isnull=False).exists()


def test_a_person_who_already_holds_a_role_is_refused_in_the_admin(as_team):
    ivo = user_with_role(Role.INVOERDER, KASTERLEE)
    response = as_team.post(
        reverse("roltoewijzingen:add"),
        {"person": ivo.username, "municipality": municipality(KASTERLEE).pk, "role": "raadpleger"},
    )
    assert response.status_code == 200
    assert "heeft al de rol invoerder in Kasterlee" in _text(response)


def test_the_team_changes_a_role_through_the_service(as_team, team_user):
    assignment = RoleAssignmentFactory(municipality=municipality(BRECHT), role=Role.INVOERDER)
    service = ServiceFactory(municipality=municipality(BRECHT))

    response = as_team.post(
        reverse("roltoewijzingen:edit", args=[assignment.pk]),
        {"role": Role.COORDINATOR, "service": service.pk},
    )

    assert response.status_code == 302
    assignment.refresh_from_db()
    assert (assignment.role, assignment.service) == (Role.COORDINATOR, service)
    change = RoleChange.objects.get(action="change")
    assert (change.old_role, change.new_role, change.by) == (
        Role.INVOERDER,
        Role.COORDINATOR,
        team_user,
    )
    assert can(assignment.person, Action.CONFIRM_RUBRIC, municipality(BRECHT))


def test_changing_into_the_fourth_coordinator_is_refused_in_the_admin(as_team):
    brecht = municipality(BRECHT)
    for _ in range(3):
        RoleAssignmentFactory(municipality=brecht, role=Role.COORDINATOR)
    assignment = RoleAssignmentFactory(municipality=brecht, role=Role.RAADPLEGER)
    response = as_team.post(
        reverse("roltoewijzingen:edit", args=[assignment.pk]), {"role": Role.COORDINATOR}
    )
    assert response.status_code == 200
    assert "Brecht heeft al 3 coördinatoren." in _text(response)
    assignment.refresh_from_db()
    assert assignment.role == Role.RAADPLEGER


def test_the_team_revokes_a_role_through_the_service(as_team, team_user):
    assignment = RoleAssignmentFactory(municipality=municipality(KASTERLEE), role=Role.RAADPLEGER)
    person = assignment.person
    url = reverse("roltoewijzingen:delete", args=[assignment.pk])
    assert "Wilt u deze rol intrekken?" in _text(as_team.get(url))

    response = as_team.post(url)

    assert response.status_code == 302
    assert not RoleAssignment.objects.filter(pk=assignment.pk).exists()
    revoke = RoleChange.objects.get(action="revoke")
    assert (revoke.person, revoke.old_role, revoke.by) == (person, Role.RAADPLEGER, team_user)
    assert not can(person, Action.VIEW_DATA, municipality(KASTERLEE))


def test_the_team_reads_the_history_but_cannot_edit_it(as_team, team_user):
    assignment = RoleAssignmentFactory(
        person=UserFactory(first_name="Ivo", last_name="Invoerder"),
        municipality=municipality(KASTERLEE),
    )
    text = _text(as_team.get(reverse(HISTORY), {"q": "Kasterlee"}))
    assert "Ivo Invoerder" in text and "toegekend" in text
    change = RoleChange.objects.get(person=assignment.person)
    assert _refused(as_team.get(reverse("rolwijzigingen:edit", args=[change.pk])))
    assert _refused(as_team.post(reverse("rolwijzigingen:delete", args=[change.pk])))
    assert RoleChange.objects.filter(pk=change.pk).exists()
