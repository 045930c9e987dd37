"""E-mail templates with placeholders: merge, preview, test, send to all, reminders."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.exceptions import ValidationError

from cms.mailing.models import Contact, EmailTemplate, SentMessage
from cms.mailing.services import (
    MailingError,
    Recipient,
    message_render,
    recipients_for,
    reminders_send_due,
    template_send,
    template_send_test,
)
from roles.models import Municipality, Role, Service
from roles.services import role_grant, role_revoke
from surveys.models import RubricResponse, RubricStatus
from surveys.services import AnswerInput, answers_save, rubric_confirm
from tests.surveys.conftest import person

pytestmark = pytest.mark.django_db

EVERY_PLACEHOLDER = (
    "Beste ((naam)),\n((dienst)) van ((gemeente)) kan terecht op ((link)) tot ((deadline)).\n"
    "Uw lokale beheerders: ((beheerders))."
)


@pytest.fixture
def invitation(campaign):
    return EmailTemplate.objects.create(
        name="Uitnodiging 2025",
        kind=EmailTemplate.Kind.INVITATION,
        campaign=campaign,
        subject="Vrijetijdsmonitor: ((gemeente)) is uitgenodigd",
        body=EVERY_PLACEHOLDER,
    )


@pytest.fixture
def contacts(kasterlee, brecht):
    service = Service.objects.create(
        municipality=kasterlee, kind="vrijetijdsdienst", name="Vrijetijdshuis"
    )
    return [
        Contact.objects.create(
            municipality=kasterlee,
            service=service,
            name="Karel Kasterlee",
            email="karel@kasterlee.be",
        ),
        Contact.objects.create(municipality=brecht, name="Bram Brecht", email="bram@brecht.be"),
    ]


def test_every_placeholder_is_filled_in(invitation, contacts, kasterlee, people):
    recipient = Recipient(
        name="Karel Kasterlee",
        email="karel@kasterlee.be",
        service="Vrijetijdshuis",
        municipality=kasterlee,
    )
    subject, body = message_render(template=invitation, recipient=recipient)
    assert subject == "Vrijetijdsmonitor: Kasterlee is uitgenodigd"
    deadline = invitation.campaign.confirmation_deadline
    assert body.startswith(
        "Beste Karel Kasterlee,\nVrijetijdshuis van Kasterlee kan terecht op http"
    )
    assert "/vragenlijst-2025/" in body
    assert f"tot {deadline.day} " in body and str(deadline.year) in body
    assert "Beheerder (beheerder@example.be)" in body
    assert "((" not in body


def test_unknown_placeholder_is_refused_at_save_time(campaign):
    template = EmailTemplate(
        name="Fout",
        kind="uitnodiging",
        campaign=campaign,
        subject="Hallo ((voornaam))",
        body="((naam))",
    )
    with pytest.raises(ValidationError) as error:
        template.full_clean()
    assert "Onbekende invulvelden: ((voornaam))" in str(error.value)


def test_unknown_placeholder_is_refused_in_the_admin(client, people, campaign):
    client.force_login(people["team"])
    response = client.post(
        "/admin/snippets/cms/emailtemplate/add/",
        {
            "name": "Fout",
            "kind": "uitnodiging",
            "campaign": campaign.pk,
            "subject": "Onderwerp",
            "body": "Beste ((voornam))",
        },
    )
    assert response.status_code == 200
    assert "Onbekende invulvelden: ((voornam))" in response.content.decode()
    assert not EmailTemplate.objects.exists()


def test_preview_ladder_and_test_to_self(client, invitation, contacts, people):
    url = f"/admin/berichten/{invitation.pk}/"
    assert client.get(url).status_code == 302  # anonymous → admin login
    client.force_login(people["invoerder"])
    assert client.get(url).status_code in (302, 403)
    client.force_login(people["team"])
    response = client.get(url + "?ontvanger=1")
    assert response.status_code == 200
    assert "Beste Karel Kasterlee" in response.content.decode()
    people["team"].email = "team@vlaanderen.be"
    people["team"].save()
    client.post(url + "?ontvanger=1", {"action": "test"})
    [message] = mail.outbox
    assert message.to == ["team@vlaanderen.be"]
    assert "Karel Kasterlee" in message.body
    assert SentMessage.objects.get().is_test


def test_send_to_all_contacts_once(
    client, invitation, contacts, people, django_capture_on_commit_callbacks
):
    client.force_login(people["team"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/berichten/{invitation.pk}/", {"action": "send"})
    assert sorted(m.to[0] for m in mail.outbox) == ["bram@brecht.be", "karel@kasterlee.be"]
    assert "Bram Brecht" in next(m.body for m in mail.outbox if m.to == ["bram@brecht.be"])
    assert SentMessage.objects.filter(is_test=False).count() == 2
    assert template_send(template=invitation, by=people["team"]) == 0  # nobody gets it twice


def test_only_the_project_team_sends(invitation, contacts, people):
    with pytest.raises(MailingError):
        template_send_test(template=invitation, by=people["coordinator"])
    with pytest.raises(MailingError):
        template_send(template=invitation, by=people["invoerder"])
    assert mail.outbox == []


def _answer(campaign, questionnaire, municipality, user, rubric="AAN", **values):
    answers_save(
        municipality=municipality,
        campaign=campaign,
        rubric=questionnaire.rubric(rubric),
        by=user,
        values={code.replace("_", "-"): AnswerInput(value) for code, value in values.items()},
        seen_versions={},
    )


def test_reminders_go_by_role_to_municipalities_with_unconfirmed_rubrics(
    campaign, questionnaire, kasterlee, brecht, people, contacts
):
    # Kasterlee: FIN complete (coördinator must confirm), AAN in progress (invoerders).
    _answer(
        campaign,
        questionnaire,
        kasterlee,
        people["invoerder"],
        rubric="FIN",
        FIN_01="10",
        FIN_02="5",
        FIN_03="1",
    )
    _answer(campaign, questionnaire, kasterlee, people["invoerder"], AAN_02=False)
    # Brecht: everything confirmed → no reminder.
    coordinator_brecht = person("coordinator-brecht", brecht, Role.COORDINATOR)
    for rubric, values in (("AAN", {"AAN_02": False}), ("FIN", {"FIN_04": "Niets"})):
        _answer(campaign, questionnaire, brecht, people["brecht"], rubric=rubric, **values)
    for response in RubricResponse.objects.filter(participation__municipality=brecht):
        rubric_confirm(response=response, by=coordinator_brecht)
    # Pajottegem has a contact but never started.
    pajottegem = Municipality.objects.get(nis_code="23106")
    Contact.objects.create(municipality=pajottegem, name="Piet", email="piet@pajottegem.be")

    reminder = EmailTemplate.objects.create(
        name="Herinnering 14 dagen",
        kind=EmailTemplate.Kind.REMINDER,
        campaign=campaign,
        subject="Nog ((deadline))",
        body="Beste ((naam)), zie ((link))",
        days_before_deadline=14,
    )
    assert (
        RubricResponse.objects.get(participation__municipality=kasterlee, rubric__code="FIN").status
        == RubricStatus.COMPLETE
    )
    emails = sorted(r.email for r in recipients_for(reminder))
    assert emails == sorted(
        [
            "coordinator@example.be",
            "invoerder@example.be",
            "invoerder2@example.be",
            "piet@pajottegem.be",
        ]
    )

    due = campaign.confirmation_deadline - datetime.timedelta(days=14)
    assert reminders_send_due(today=due - datetime.timedelta(days=1)) == 0
    assert reminders_send_due(today=due) == 4
    assert reminders_send_due(today=due) == 0  # once a day
    assert all("/registratie/2025/" in m.body for m in mail.outbox)
    assert "bram@brecht.be" not in [m.to[0] for m in mail.outbox]


def test_reminder_command_runs(campaign):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("send_reminders", stdout=out)
    assert out.getvalue().strip() == "0 herinnering(en) verstuurd."


def test_the_lokale_beheerder_maintains_the_contacts(client, kasterlee, brecht, people):
    url = "/gemeente/13017/contacten/"
    assert client.get(url).status_code == 302  # anonymous → login
    client.force_login(people["invoerder"])
    assert client.get(url).status_code == 403
    client.force_login(people["beheerder"])
    assert client.get("/gemeente/11009/contacten/").status_code == 403
    assert client.get(url).status_code == 200
    response = client.post(url, {"name": "Lies", "email": "geen-adres"})
    assert response.status_code == 200
    assert "Geef een geldig e-mailadres." in response.content.decode()
    assert 'value="Lies"' in response.content.decode()  # what was typed stays
    response = client.post(url, {"name": "Lies Lenaerts", "email": "Lies@Kasterlee.be"})
    assert response.status_code == 302
    contact = Contact.objects.get(municipality=kasterlee)
    assert (contact.name, contact.email) == ("Lies Lenaerts", "lies@kasterlee.be")
    response = client.post(url, {"name": "Lies", "email": "lies@kasterlee.be"})
    assert "is al een contactpersoon van deze gemeente" in response.content.decode()
    client.post(url, {"remove": contact.pk})
    assert not Contact.objects.filter(municipality=kasterlee).exists()


def test_a_revoked_role_gets_no_reminder_nor_does_a_grant_nobody_used_yet(
    campaign, questionnaire, kasterlee, people
):
    # FIN complete: the coördinators must confirm it.
    _answer(
        campaign,
        questionnaire,
        kasterlee,
        people["invoerder"],
        rubric="FIN",
        FIN_01="10",
        FIN_02="5",
        FIN_03="1",
    )
    role_revoke(assignment=people["coordinator"].role_assignments.get(), by=people["team"])
    role_grant(municipality=kasterlee, role=Role.COORDINATOR, by=None, email="nog@kasterlee.be")
    successor = person("opvolger", kasterlee, Role.COORDINATOR)
    EmailTemplate.objects.create(
        name="Herinnering 3 dagen",
        kind=EmailTemplate.Kind.REMINDER,
        campaign=campaign,
        subject="Nog ((deadline))",
        body="Beste ((naam))",
        days_before_deadline=3,
    )

    due = campaign.confirmation_deadline - datetime.timedelta(days=3)
    reminders_send_due(today=due)

    addressed = sorted(m.to[0] for m in mail.outbox)
    assert successor.email in addressed
    assert "coordinator@example.be" not in addressed
    assert "nog@kasterlee.be" not in addressed


def test_the_beheerders_placeholder_names_a_pending_beheerder_too(invitation, kasterlee, people):
    role_grant(municipality=kasterlee, role=Role.BEHEERDER, by=None, email="nieuw@kasterlee.be")
    recipient = Recipient(
        name="Karel", email="karel@kasterlee.be", service="", municipality=kasterlee
    )

    _subject, body = message_render(template=invitation, recipient=recipient)

    assert "Uw lokale beheerders: Beheerder (beheerder@example.be); nieuw@kasterlee.be" in body


def test_the_contacts_in_the_admin_are_for_the_project_team_only(client, contacts, people):
    url = "/admin/snippets/cms/contact/"
    editor = person("redacteur")
    group = Group.objects.create(name="Redacteurs")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="cms", codename__endswith="_contact"),
    )
    editor.groups.add(group)

    client.force_login(editor)
    for address in (url, f"{url}edit/{contacts[0].pk}/", f"{url}add/"):
        response = client.get(address)
        assert response.status_code in (302, 403), address
        assert "Karel Kasterlee" not in response.content.decode()

    client.force_login(people["team"])
    response = client.get(url)
    assert response.status_code == 200
    assert "Karel Kasterlee" in response.content.decode()
    assert "Bram Brecht" in response.content.decode()
    assert client.get(f"{url}edit/{contacts[0].pk}/").status_code == 200


def test_a_name_on_two_lines_is_refused_where_it_is_typed(client, kasterlee, people):
    """Security review 6.4: a contact name with a line break aborted a whole mailing."""
    client.force_login(people["beheerder"])
    response = client.post(
        "/gemeente/13017/contacten/", {"name": "Lies\r\nBcc: x@y.z", "email": "lies@kasterlee.be"}
    )
    assert response.status_code == 200
    assert "Een naam past op één regel" in response.content.decode()
    assert not Contact.objects.exists()
    response = client.post("/gemeente/13017/contacten/", {"remove": "abc"})
    assert response.status_code == 404


def test_one_bad_recipient_never_stops_the_others(invitation, contacts, people, kasterlee):
    """A name already stored with a line break (before the form refused it) still gets its
    message with a one-line subject, and the others get theirs."""
    invitation.subject = "Uitnodiging voor ((naam))"
    invitation.save()
    Contact.objects.filter(email="karel@kasterlee.be").update(name="Karel\nBcc: x@y.z")
    Contact.objects.create(municipality=kasterlee, name="Zoë", email="zoe@kasterlee.be\nBcc: x@y.z")
    assert template_send(template=invitation, by=people["team"]) == 2
    subjects = sorted(m.subject for m in mail.outbox)
    assert subjects == ["Uitnodiging voor Bram Brecht", "Uitnodiging voor Karel Bcc: x@y.z"]
    assert SentMessage.objects.filter(recipient__startswith="zoe@").count() == 0
