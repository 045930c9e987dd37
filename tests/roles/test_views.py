"""The local administrator's screens: the permission ladder, the happy paths, the refusals."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import reverse

from roles.models import Role, RoleAssignment, RoleChange, RoleSource
from roles.permissions import Action, can
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
def beheerder(kasterlee):
    user = UserFactory(username="beheerder-kasterlee", first_name="Bea", last_name="Beheerder")
    RoleAssignmentFactory(person=user, municipality=kasterlee, role=Role.BEHEERDER)
    return user


@pytest.fixture
def ivo(kasterlee):
    user = UserFactory(
        username="invoerder-kasterlee",
        first_name="Ivo",
        last_name="Invoerder",
        email="ivo@kasterlee.be",
    )
    RoleAssignmentFactory(person=user, municipality=kasterlee, role=Role.INVOERDER)
    return user


@pytest.fixture
def as_beheerder(client, beheerder):
    client.force_login(beheerder)
    return client


# Not called "page": pytest-playwright would take that for its browser page fixture.
SCREENS = ["list", "history", "change", "revoke"]


def _pages(nis: str, assignment_pk: int) -> list[str]:
    return [
        reverse("roles:role_list", kwargs={"nis": nis}),
        reverse("roles:role_history", kwargs={"nis": nis}),
        reverse("roles:role_change", kwargs={"nis": nis, "pk": assignment_pk}),
        reverse("roles:role_revoke", kwargs={"nis": nis, "pk": assignment_pk}),
    ]


def _text(response) -> str:
    """The visible text of a page, whitespace collapsed."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


# --- the permission ladder ---------------------------------------------------------------


def test_the_page_urls():
    assert reverse("roles:role_list", kwargs={"nis": KASTERLEE}) == "/gemeente/13017/rollen/"


@pytest.mark.parametrize("screen", range(4), ids=SCREENS)
def test_anonymous_visitors_are_sent_to_the_login_page(client, ivo, screen):
    url = _pages(KASTERLEE, RoleAssignment.objects.get(person=ivo).pk)[screen]
    response = client.get(url)
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == resolve_url(settings.LOGIN_URL)
    assert parse_qs(location.query)["next"] == [url]


@pytest.mark.parametrize("screen", range(4), ids=SCREENS)
@pytest.mark.parametrize("role", [Role.INVOERDER, Role.COORDINATOR, Role.RAADPLEGER, None])
def test_who_does_not_manage_roles_gets_a_dutch_403(client, ivo, role, screen):
    user = user_with_role(role) if role else UserFactory()
    client.force_login(user)
    response = client.get(_pages(KASTERLEE, RoleAssignment.objects.get(person=ivo).pk)[screen])
    assert response.status_code == 403
    assert "Geen toegang" in _text(response)
    assert "Ivo Invoerder" not in _text(response)


@pytest.mark.parametrize("screen", range(4), ids=SCREENS)
def test_the_local_administrator_gets_every_page(as_beheerder, ivo, screen):
    response = as_beheerder.get(
        _pages(KASTERLEE, RoleAssignment.objects.get(person=ivo).pk)[screen]
    )
    assert response.status_code == 200
    assert "Ivo Invoerder" in _text(response)


@pytest.mark.parametrize("screen", range(4), ids=SCREENS)
def test_the_local_administrator_of_kasterlee_gets_403_in_brecht(as_beheerder, screen):
    assignment_in_brecht = RoleAssignmentFactory(municipality=municipality(BRECHT))
    response = as_beheerder.get(_pages(BRECHT, assignment_in_brecht.pk)[screen])
    assert response.status_code == 403


def test_the_project_team_may_manage_every_municipality_here_too(client):
    client.force_login(ProjectTeamUserFactory())
    assert client.get(reverse("roles:role_list", kwargs={"nis": BRECHT})).status_code == 200


def test_an_assignment_of_another_municipality_is_not_found_under_the_own(as_beheerder):
    assignment_in_brecht = RoleAssignmentFactory(municipality=municipality(BRECHT))
    for url in _pages(KASTERLEE, assignment_in_brecht.pk)[2:]:
        assert as_beheerder.get(url).status_code == 404
        assert as_beheerder.post(url, {"role": Role.RAADPLEGER}).status_code == 404
    assert RoleAssignment.objects.filter(pk=assignment_in_brecht.pk).exists()


def test_an_unknown_municipality_is_not_found(as_beheerder):
    assert as_beheerder.get("/gemeente/99999/rollen/").status_code == 404


def test_posts_are_refused_like_gets(client, ivo):
    client.force_login(ivo)
    url = reverse("roles:role_list", kwargs={"nis": KASTERLEE})
    response = client.post(url, {"person": "iemand@kasterlee.be", "role": Role.BEHEERDER})
    assert response.status_code == 403
    assert not RoleAssignment.objects.filter(email="iemand@kasterlee.be").exists()


# --- what the local administrator sees ---------------------------------------------------


def test_the_role_list_shows_who_holds_which_role_with_service_and_source(
    as_beheerder, kasterlee, beheerder, ivo
):
    service = ServiceFactory(municipality=kasterlee, name="Vrijetijdshuis Kasterlee")
    RoleAssignmentFactory(
        person=UserFactory(first_name="Cora", last_name="Coördinator"),
        municipality=kasterlee,
        role=Role.COORDINATOR,
        service=service,
        by=beheerder,
    )
    RoleAssignmentFactory(person=None, email="nieuw@kasterlee.be", role=Role.RAADPLEGER)
    RoleAssignmentFactory(
        person=UserFactory(first_name="Iris", last_name="Idp"), source=RoleSource.IDP
    )
    RoleAssignmentFactory(
        person=UserFactory(first_name="Bram", last_name="Brecht"), municipality=municipality(BRECHT)
    )

    text = _text(as_beheerder.get(reverse("roles:role_list", kwargs={"nis": KASTERLEE})))

    assert "Rollen beheren – Kasterlee" in text
    assert "Cora Coördinator" in text and "Vrijetijdshuis Kasterlee" in text
    assert "Bea Beheerder" in text
    assert "nieuw@kasterlee.be wacht op eerste aanmelding" in text
    assert "in de toepassing" in text and "toegangsbeheer" in text
    assert "1 coördinator van maximaal 3" in text
    assert "Bram Brecht" not in text


def test_the_grant_form_offers_the_four_roles_and_the_own_services(as_beheerder, kasterlee):
    ServiceFactory(municipality=kasterlee, name="Cultuur en erfgoed")
    ServiceFactory(municipality=municipality(BRECHT), name="Dienst vrije tijd Brecht")
    response = as_beheerder.get(reverse("roles:role_list", kwargs={"nis": KASTERLEE}))
    form = response.context["form"]
    assert [label for value, label in form.fields["role"].choices if value] == [
        "Invoerder",
        "Coördinator",
        "Raadpleger",
        "Lokale beheerder",
    ]
    assert [str(s) for s in form.fields["service"].queryset] == ["Cultuur en erfgoed"]
    html = response.content.decode()
    assert '<label for="id_person">' in html
    assert 'aria-describedby="id_person_helptext"' in html


# --- granting ----------------------------------------------------------------------------


def test_the_local_administrator_grants_a_role_to_an_existing_user(
    as_beheerder, kasterlee, beheerder
):
    nora = UserFactory(username="nora", first_name="Nora", last_name="Nieuw")
    service = ServiceFactory(municipality=kasterlee)
    url = reverse("roles:role_list", kwargs={"nis": KASTERLEE})

    response = as_beheerder.post(
        url, {"person": "nora", "role": Role.COORDINATOR, "service": service.pk}, follow=True
    )

    assert response.redirect_chain == [(url, 302)]
    assert "Nora Nieuw heeft nu de rol coördinator." in _text(response)
    assignment = RoleAssignment.objects.get(person=nora)
    assert (assignment.role, assignment.service, assignment.granted_by) == (
        Role.COORDINATOR,
        service,
        beheerder,
    )
    assert can(nora, Action.CONFIRM_RUBRIC, kasterlee)
    assert RoleChange.objects.filter(person=nora, action="grant", by=beheerder).exists()


def test_a_user_is_found_by_email_address_too(as_beheerder):
    nora = UserFactory(email="nora@kasterlee.be")
    as_beheerder.post(
        reverse("roles:role_list", kwargs={"nis": KASTERLEE}),
        {"person": "Nora@Kasterlee.be", "role": Role.RAADPLEGER},
    )
    assert RoleAssignment.objects.get(person=nora).role == Role.RAADPLEGER


def test_an_unknown_email_address_gets_the_role_at_first_login(as_beheerder):
    response = as_beheerder.post(
        reverse("roles:role_list", kwargs={"nis": KASTERLEE}),
        {"person": "nog.niet@kasterlee.be", "role": Role.INVOERDER},
        follow=True,
    )
    assert "nog.niet@kasterlee.be heeft nu de rol invoerder." in _text(response)
    assert "nog.niet@kasterlee.be wacht op eerste aanmelding" in _text(response)
    assert RoleAssignment.objects.get(email="nog.niet@kasterlee.be").person is None


def test_an_unknown_username_is_explained_and_kept(as_beheerder):
    response = as_beheerder.post(
        reverse("roles:role_list", kwargs={"nis": KASTERLEE}),
        {"person": "onbekende-gebruiker", "role": Role.INVOERDER},
    )
    assert response.status_code == 200
    assert "Er is geen gebruiker met de gebruikersnaam „onbekende-gebruiker”" in _text(response)
    html = response.content.decode()
    assert 'value="onbekende-gebruiker"' in html
    assert 'id="id_person_error"' in html
    assert re.search(r'aria-describedby="[^"]*id_person_error', html)
    assert 'aria-invalid="true"' in html


def test_a_role_is_required(as_beheerder):
    response = as_beheerder.post(
        reverse("roles:role_list", kwargs={"nis": KASTERLEE}), {"person": "x@kasterlee.be"}
    )
    assert "Dit is een verplicht veld." in _text(response)
    assert not RoleAssignment.objects.filter(email="x@kasterlee.be").exists()


def test_the_fourth_coordinator_is_refused_in_dutch_and_the_input_is_kept(as_beheerder, kasterlee):
    for _ in range(3):
        RoleAssignmentFactory(municipality=kasterlee, role=Role.COORDINATOR)
    service = ServiceFactory(municipality=kasterlee)
    UserFactory(username="vierde")

    response = as_beheerder.post(
        reverse("roles:role_list", kwargs={"nis": KASTERLEE}),
        {"person": "vierde", "role": Role.COORDINATOR, "service": service.pk},
    )

    assert response.status_code == 200
    assert (
        "Kasterlee heeft al 3 coördinatoren. Trek eerst een coördinatorrol in "
        "of kies een andere rol." in _text(response)
    )
    html = response.content.decode()
    assert 'value="vierde"' in html
    assert re.search(r'<option value="coordinator" selected>', html)
    assert re.search(rf'<option value="{service.pk}" selected>', html)
    assert 'aria-describedby="toekennen-fouten"' in html and 'id="toekennen-fouten"' in html
    assert RoleAssignment.objects.filter(municipality=kasterlee, role="coordinator").count() == 3


def test_a_person_who_already_holds_a_role_is_refused_in_dutch(as_beheerder, ivo):
    response = as_beheerder.post(
        reverse("roles:role_list", kwargs={"nis": KASTERLEE}),
        {"person": "invoerder-kasterlee", "role": Role.RAADPLEGER},
    )
    assert response.status_code == 200
    assert (
        "Ivo Invoerder heeft al de rol invoerder in Kasterlee. "
        "Wijzig die rol in plaats van een tweede toe te kennen." in _text(response)
    )
    assert RoleAssignment.objects.get(person=ivo).role == Role.INVOERDER


# --- changing ----------------------------------------------------------------------------


def test_the_local_administrator_changes_a_role_and_service(as_beheerder, kasterlee, ivo):
    assignment = RoleAssignment.objects.get(person=ivo)
    service = ServiceFactory(municipality=kasterlee, name="Bibliotheek Kasterlee")
    url = reverse("roles:role_change", kwargs={"nis": KASTERLEE, "pk": assignment.pk})

    response = as_beheerder.post(url, {"role": Role.RAADPLEGER, "service": service.pk}, follow=True)

    assert "De rol van Ivo Invoerder is gewijzigd in raadpleger." in _text(response)
    assignment.refresh_from_db()
    assert (assignment.role, assignment.service) == (Role.RAADPLEGER, service)
    assert not can(ivo, Action.ENTER_DATA, kasterlee)
    change = RoleChange.objects.get(person=ivo, action="change")
    assert (change.old_role, change.new_role) == (Role.INVOERDER, Role.RAADPLEGER)


def test_changing_nothing_writes_nothing(as_beheerder, ivo):
    assignment = RoleAssignment.objects.get(person=ivo)
    response = as_beheerder.post(
        reverse("roles:role_change", kwargs={"nis": KASTERLEE, "pk": assignment.pk}),
        {"role": Role.INVOERDER, "service": ""},
        follow=True,
    )
    assert "Er is niets gewijzigd." in _text(response)
    assert not RoleChange.objects.filter(action="change").exists()


def test_changing_into_the_fourth_coordinator_is_refused_in_dutch(as_beheerder, kasterlee, ivo):
    for _ in range(3):
        RoleAssignmentFactory(municipality=kasterlee, role=Role.COORDINATOR)
    assignment = RoleAssignment.objects.get(person=ivo)
    response = as_beheerder.post(
        reverse("roles:role_change", kwargs={"nis": KASTERLEE, "pk": assignment.pk}),
        {"role": Role.COORDINATOR},
    )
    assert response.status_code == 200
    assert "Kasterlee heeft al 3 coördinatoren." in _text(response)
    assert re.search(r'<option value="coordinator" selected>', response.content.decode())
    assignment.refresh_from_db()
    assert assignment.role == Role.INVOERDER


# --- revoking ----------------------------------------------------------------------------


def test_revoking_asks_for_confirmation_first(as_beheerder, ivo):
    assignment = RoleAssignment.objects.get(person=ivo)
    url = reverse("roles:role_revoke", kwargs={"nis": KASTERLEE, "pk": assignment.pk})
    response = as_beheerder.get(url)
    assert "Wilt u de rol invoerder van Ivo Invoerder in Kasterlee intrekken?" in _text(response)
    assert RoleAssignment.objects.filter(pk=assignment.pk).exists()


def test_the_local_administrator_revokes_a_role(as_beheerder, kasterlee, beheerder, ivo):
    assignment = RoleAssignment.objects.get(person=ivo)
    url = reverse("roles:role_revoke", kwargs={"nis": KASTERLEE, "pk": assignment.pk})

    response = as_beheerder.post(url, follow=True)

    assert "De rol invoerder van Ivo Invoerder is ingetrokken." in _text(response)
    assert not RoleAssignment.objects.filter(person=ivo).exists()
    assert not can(ivo, Action.VIEW_DATA, kasterlee)
    assert RoleChange.objects.filter(person=ivo, action="revoke", by=beheerder).exists()
    assert as_beheerder.post(url).status_code == 404  # a second click finds nothing


# --- the history -------------------------------------------------------------------------


def test_the_history_lists_every_change_newest_first(as_beheerder, kasterlee, beheerder, ivo):
    list_url = reverse("roles:role_list", kwargs={"nis": KASTERLEE})
    as_beheerder.post(list_url, {"person": "nieuw@kasterlee.be", "role": Role.RAADPLEGER})
    assignment = RoleAssignment.objects.get(person=ivo)
    as_beheerder.post(
        reverse("roles:role_change", kwargs={"nis": KASTERLEE, "pk": assignment.pk}),
        {"role": Role.COORDINATOR},
    )
    as_beheerder.post(reverse("roles:role_revoke", kwargs={"nis": KASTERLEE, "pk": assignment.pk}))
    RoleAssignmentFactory(municipality=municipality(BRECHT), person=UserFactory(last_name="Elders"))

    response = as_beheerder.get(reverse("roles:role_history", kwargs={"nis": KASTERLEE}))

    rows = re.findall(r"<tr>.*?</tr>", response.content.decode(), flags=re.S)[1:]
    assert len(rows) == 5  # Bea and Ivo granted by the system; then grant, change, revoke
    text = _text(response).split("nieuwste eerst", 1)[1]
    order = [
        text.index("ingetrokken"),
        text.index("gewijzigd"),
        text.index("nieuw@kasterlee.be toegekend raadpleger Bea Beheerder"),
    ]
    assert order == sorted(order)
    assert "invoerder → coördinator" in text
    assert "Bea Beheerder" in text
    assert "Elders" not in text


def test_the_list_and_history_keep_the_names_of_deleted_accounts(client, as_beheerder, beheerder):
    list_url = reverse("roles:role_list", kwargs={"nis": KASTERLEE})
    raf = UserFactory(username="raf", first_name="Raf", last_name="Raadpleger")
    as_beheerder.post(list_url, {"person": "raf", "role": Role.RAADPLEGER})
    assignment = RoleAssignment.objects.get(person=raf)
    as_beheerder.post(reverse("roles:role_revoke", kwargs={"nis": KASTERLEE, "pk": assignment.pk}))
    as_beheerder.post(list_url, {"person": "nieuw@kasterlee.be", "role": Role.INVOERDER})
    raf.delete()
    beheerder.delete()
    client.force_login(ProjectTeamUserFactory())

    listing = _text(client.get(list_url))
    history = _text(client.get(reverse("roles:role_history", kwargs={"nis": KASTERLEE})))

    assert "nieuw@kasterlee.be wacht op eerste aanmelding invoerder" in listing
    assert "Bea Beheerder" in listing  # who granted it, not "automatisch"
    assert "Raf Raadpleger ingetrokken raadpleger Bea Beheerder" in history
    assert "Raf Raadpleger toegekend raadpleger Bea Beheerder" in history
