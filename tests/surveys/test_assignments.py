"""Themes handed to colleagues: assigning, reassigning, completing, and the overview."""

from __future__ import annotations

import datetime

import pytest
from django.conf import settings
from django.utils import timezone

from roles.models import RoleAssignment
from roles.services import role_grant, roles_claim_pending
from surveys.assignments import assignment_complete, assignment_create, assignment_reassign
from surveys.models import Assignment, AuditEntry
from surveys.services import RegistrationError
from tests.surveys.conftest import person
from tests.surveys.pages import ACTIVITEITEN, OVERVIEW, html, post_step, text

ASSIGN = OVERVIEW + "toewijzen/"

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def role(user, municipality) -> RoleAssignment:
    return RoleAssignment.objects.get(person=user, municipality=municipality)


def assign(campaign, kasterlee, by, colleagues, *, theme="activiteiten", due=None, note=""):
    return assignment_create(
        municipality=kasterlee,
        campaign=campaign,
        rubric_code="AAN",
        theme_slug=theme,
        colleagues=colleagues,
        due_date=due,
        note=note,
        by=by,
    )


@pytest.fixture
def invited(kasterlee, people):
    """A colleague invited by the lokale beheerder, who has not logged in yet."""
    return role_grant(
        municipality=kasterlee,
        role="invoerder",
        by=people["beheerder"],
        email="sport@kasterlee.example.be",
    )


def test_a_coordinator_hands_a_theme_to_colleagues_who_get_an_email(
    campaign, kasterlee, people, invited, mailoutbox, django_capture_on_commit_callbacks
):
    due = TODAY() + datetime.timedelta(days=10)
    with django_capture_on_commit_callbacks(execute=True):
        created = assign(
            campaign,
            kasterlee,
            people["coordinator"],
            [role(people["invoerder2"], kasterlee), invited],
            due=due,
            note="De cijfers van de sportdienst, graag.",
        )
    assert [a.assignee_name for a in created] == ["Invoerder2", "sport@kasterlee.example.be"]
    assert sorted(m.to[0] for m in mailoutbox) == [
        "invoerder2@example.be",
        "sport@kasterlee.example.be",
    ]
    mail = next(m for m in mailoutbox if m.to == ["invoerder2@example.be"])
    assert "Aanbod › Activiteiten" in mail.subject
    site = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    assert f"{site}/registratie/2025/13017/AAN/activiteiten/" in mail.body
    assert "De cijfers van de sportdienst, graag." in mail.body
    notes = list(
        AuditEntry.objects.filter(kind=AuditEntry.Kind.ASSIGNMENT).values_list("note", flat=True)
    )
    assert len(notes) == 2
    assert all(n.startswith("Aanbod › Activiteiten toegewezen aan ") for n in notes)


def test_only_invoerders_and_coordinators_hand_out_work(campaign, kasterlee, people):
    colleague = role(people["invoerder2"], kasterlee)
    for who in ("raadpleger", "beheerder", "brecht", "team"):
        with pytest.raises(RegistrationError, match="Enkel invoerders en coördinatoren"):
            assign(campaign, kasterlee, people[who], [colleague])
    assert assign(campaign, kasterlee, people["invoerder"], [colleague])
    assert not Assignment.objects.exclude(assigned_by=people["invoerder"]).exists()


def test_what_cannot_be_assigned_is_refused_in_dutch(campaign, kasterlee, brecht, people):
    by = people["coordinator"]
    colleague = role(people["invoerder2"], kasterlee)
    with pytest.raises(RegistrationError, match="Kies minstens één collega"):
        assign(campaign, kasterlee, by, [])
    with pytest.raises(RegistrationError, match="eigen gemeente"):
        assign(campaign, kasterlee, by, [role(people["brecht"], brecht)])
    with pytest.raises(RegistrationError, match="bestaat niet"):
        assign(campaign, kasterlee, by, [colleague], theme="zwembaden")
    with pytest.raises(RegistrationError, match="verleden"):
        assign(campaign, kasterlee, by, [colleague], due=TODAY() - datetime.timedelta(days=1))
    assert not Assignment.objects.exists()


def test_a_colleague_gets_an_open_part_once_and_a_whole_rubric_can_be_assigned(
    campaign, kasterlee, people
):
    colleague = role(people["invoerder2"], kasterlee)
    assert len(assign(campaign, kasterlee, people["coordinator"], [colleague])) == 1
    assert assign(campaign, kasterlee, people["invoerder"], [colleague]) == []
    whole = assign(campaign, kasterlee, people["coordinator"], [colleague], theme="")
    assert whole[0].theme_slug == ""
    assert Assignment.objects.count() == 2


def test_reassigning_moves_the_work_and_tells_the_new_colleague(
    campaign, kasterlee, people, mailoutbox, django_capture_on_commit_callbacks
):
    (assignment,) = assign(
        campaign, kasterlee, people["coordinator"], [role(people["invoerder2"], kasterlee)]
    )
    with django_capture_on_commit_callbacks(execute=True):
        assignment_reassign(
            assignment=assignment, to=role(people["invoerder"], kasterlee), by=people["invoerder"]
        )
    assignment.refresh_from_db()
    assert assignment.assignee_name == "Invoerder"
    assert [m.to for m in mailoutbox] == [["invoerder@example.be"]]
    assert AuditEntry.objects.filter(
        note__contains="opnieuw toegewezen: van Invoerder2 aan Invoerder"
    )
    with pytest.raises(RegistrationError, match="al toegewezen aan Invoerder"):
        assignment_reassign(
            assignment=assignment, to=role(people["invoerder"], kasterlee), by=people["invoerder"]
        )


def test_the_colleague_or_an_organiser_marks_it_done_once(campaign, kasterlee, people):
    (assignment,) = assign(
        campaign, kasterlee, people["coordinator"], [role(people["raadpleger"], kasterlee)]
    )
    with pytest.raises(RegistrationError, match="niet afvinken"):
        assignment_complete(assignment=assignment, by=people["beheerder"])
    done = assignment_complete(assignment=assignment, by=people["raadpleger"])
    assert done.is_done and done.done_by_name == "Raadpleger"
    with pytest.raises(RegistrationError, match="al klaar"):
        assignment_complete(assignment=assignment, by=people["coordinator"])
    with pytest.raises(RegistrationError, match="al klaar"):
        assignment_reassign(
            assignment=assignment, to=role(people["invoerder"], kasterlee), by=people["invoerder"]
        )
    assert AuditEntry.objects.filter(note__contains="klaar (toegewezen aan Raadpleger)").exists()


def test_the_assignment_waits_for_an_invited_colleague_and_is_theirs_at_first_login(
    campaign, kasterlee, people, invited, client
):
    assign(campaign, kasterlee, people["coordinator"], [invited])
    newcomer = person("sportdienst")
    newcomer.email = "sport@kasterlee.example.be"
    newcomer.save()
    roles_claim_pending(user=newcomer)
    client.force_login(newcomer)
    page = html(client.get(OVERVIEW))
    mine = page.find(id="aan-mij").find_parent("section")
    assert mine.find("a", string="Aanbod › Activiteiten")["href"] == ACTIVITEITEN


# --- the status overview -------------------------------------------------------------------


def test_the_overview_shows_who_does_what_and_marks_the_late_in_words(
    campaign, kasterlee, people, client
):
    (late,) = assign(
        campaign, kasterlee, people["coordinator"], [role(people["invoerder2"], kasterlee)]
    )
    Assignment.objects.filter(pk=late.pk).update(due_date=TODAY() - datetime.timedelta(days=2))
    assign(
        campaign,
        kasterlee,
        people["coordinator"],
        [role(people["invoerder"], kasterlee)],
        theme="doelgroepen",
        due=TODAY() + datetime.timedelta(days=5),
    )
    client.force_login(people["invoerder2"])
    page = html(client.get(OVERVIEW))
    # "Aan mij toegewezen" comes first, before the table of rubrics.
    mine = page.find(id="aan-mij")
    assert mine is not None and mine.find_next("table", class_="status-table") is not None
    rows = [" ".join(tr.get_text().split()) for tr in page.select(".work-table tbody tr")]
    assert rows[0].startswith("Aanbod › Activiteiten Invoerder2 ⚠ te laat: tegen")
    assert rows[1].startswith("Aanbod › Doelgroepen Invoerder tegen")
    assert "open" in rows[1]


def test_the_raadpleger_follows_the_work_read_only(campaign, kasterlee, people, client):
    assign(campaign, kasterlee, people["coordinator"], [role(people["invoerder2"], kasterlee)])
    client.force_login(people["raadpleger"])
    page = html(client.get(OVERVIEW))
    assert "Aanbod › Activiteiten" in page.select_one(".work-table").get_text()
    assert page.find("button", attrs={"value": "complete"}) is None
    assert page.find("a", string="Toewijzen aan…") is None
    assert page.find("a", string="Opnieuw toewijzen") is None
    response = client.post(
        ASSIGN,
        {"part": "AAN/doelgroepen", "colleagues": [role(people["invoerder"], kasterlee).pk]},
    )
    assert response.status_code == 403
    assert client.get(ASSIGN).status_code == 403
    assert client.get(f"{ASSIGN}{Assignment.objects.get().pk}/").status_code == 403
    assert Assignment.objects.count() == 1


def test_the_assign_pages_walk_the_permission_ladder(campaign, kasterlee, people, client):
    assert client.get(ASSIGN).status_code == 302  # to the login
    for who, status in (("nobody", 403), ("brecht", 403), ("beheerder", 403), ("invoerder", 200)):
        client.force_login(people[who])
        assert client.get(ASSIGN).status_code == status, who
    assert client.get(f"{ASSIGN}12345/").status_code == 404


def test_assigning_from_the_overview_keeps_the_input_when_the_date_is_wrong(
    campaign, kasterlee, people, client
):
    client.force_login(people["coordinator"])
    colleague = role(people["invoerder2"], kasterlee)
    overview = html(client.get(OVERVIEW))
    assert overview.find("a", string="Toewijzen aan…")["href"] == ASSIGN
    page = html(client.get(ASSIGN + "?deel=AAN/activiteiten"))
    chosen = page.find("select", attrs={"name": "part"}).find("option", selected=True)
    assert chosen.get_text() == "Aanbod › Activiteiten"
    response = client.post(
        ASSIGN,
        {
            "part": "AAN/activiteiten",
            "colleagues": [colleague.pk],
            "due_date": (TODAY() - datetime.timedelta(days=3)).isoformat(),
            "note": "Vraag het aan Jan van de sporthal.",
        },
    )
    assert response.status_code == 200
    page = html(response)
    assert page.title.get_text().startswith("Fout:")
    assert "Kies vandaag of een latere datum." in page.find(id="id_due_date_error").get_text()
    assert page.find("textarea", attrs={"name": "note"}).get_text().strip() == (
        "Vraag het aan Jan van de sporthal."
    )
    assert page.find("input", attrs={"name": "colleagues", "value": str(colleague.pk)}).has_attr(
        "checked"
    )
    response = client.post(ASSIGN, {"part": "AAN/activiteiten", "colleagues": ["x"]})
    assert "Kies collega's uit de lijst." in text(response)
    response = client.post(ASSIGN, {"part": "AAN/bestaat-niet", "colleagues": [colleague.pk]})
    assert response.status_code == 200
    assert not Assignment.objects.exists()

    response = client.post(
        ASSIGN, {"part": "AAN/activiteiten", "colleagues": [colleague.pk]}, follow=True
    )
    assert "Toegewezen aan Invoerder2; die krijgt een e-mail." in text(response)
    (assignment,) = Assignment.objects.all()

    reassign = f"{ASSIGN}{assignment.pk}/"
    assert html(response).find("a", string="Opnieuw toewijzen")["href"] == reassign
    choices = [b.get_text() for b in html(client.get(reassign)).select("button[name=to]")]
    assert "Aan Invoerder (invoerder)" in choices
    assert not any("Invoerder2" in choice for choice in choices)  # the current one
    response = client.post(reassign, {"to": role(people["invoerder"], kasterlee).pk}, follow=True)
    assert "Aanbod › Activiteiten is nu toegewezen aan Invoerder" in text(response)
    response = client.post(reassign, {"to": "abc"}, follow=True)
    assert "Kies een collega." in text(response)
    response = client.post(
        OVERVIEW, {"action": "complete", "assignment": assignment.pk}, follow=True
    )
    assert "Afgevinkt: Aanbod › Activiteiten is klaar." in text(response)
    assert client.get(reassign).status_code == 404  # done: nothing to hand over
    response = client.post(OVERVIEW, {"action": "complete", "assignment": "9" * 30}, follow=True)
    assert "Die toewijzing bestaat niet (meer)." in text(response)


def test_assignments_never_keep_a_colleague_from_entering_data(campaign, kasterlee, people, client):
    assign(campaign, kasterlee, people["coordinator"], [role(people["invoerder2"], kasterlee)])
    client.force_login(people["invoerder"])
    response = post_step(client, ACTIVITEITEN, {"q__AAN-02": "nee"})
    assert response.status_code == 302


def test_the_audit_trail_of_the_rubric_lists_the_work(campaign, kasterlee, people, client):
    (assignment,) = assign(
        campaign, kasterlee, people["coordinator"], [role(people["invoerder2"], kasterlee)]
    )
    assignment_complete(assignment=assignment, by=people["invoerder2"])
    client.force_login(people["team"])
    trail = text(client.get("/registratie/2025/13017/AAN/historiek/"))
    assert "Werkverdeling: Aanbod › Activiteiten toegewezen aan Invoerder2" in trail
    assert "Werkverdeling: Aanbod › Activiteiten klaar (toegewezen aan Invoerder2)" in trail
