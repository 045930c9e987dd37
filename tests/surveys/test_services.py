"""The registration services: save, conflicts, confirm, reopen, auto-confirm, extensions."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from surveys.models import Answer, AuditEntry, Participation, RubricResponse, RubricStatus
from surveys.phases import Phase
from surveys.selectors import (
    answers_for_rubric,
    campaign_phase,
    completion,
    participation_for,
)
from surveys.services import (
    AnswerInput,
    RegistrationError,
    RubricLocked,
    answers_save,
    participation_extend,
    participation_set_objection,
    rubric_confirm,
    rubric_reopen,
    rubrics_auto_confirm,
)

pytestmark = pytest.mark.django_db


def save(campaign, municipality, rubric, user, seen=None, **values):
    """Save answers given as code=value (or code=("", special))."""
    inputs = {}
    for key, value in values.items():
        code = key.replace("_", "-")
        if isinstance(value, tuple):
            inputs[code] = AnswerInput(value=value[0], special=value[1])
        else:
            inputs[code] = AnswerInput(value=value)
    participation = participation_for(municipality=municipality, campaign=campaign)
    current = answers_for_rubric(participation=participation, rubric=rubric)
    versions = {code: current[code].version if code in current else 0 for code in inputs}
    versions.update(seen or {})
    return answers_save(
        municipality=municipality,
        campaign=campaign,
        rubric=rubric,
        by=user,
        values=inputs,
        seen_versions=versions,
    )


def response_of(municipality, rubric_code):
    return RubricResponse.objects.get(
        participation__municipality=municipality, rubric__code=rubric_code
    )


# --- saving -----------------------------------------------------------------------------


def test_first_save_makes_the_municipality_participate(campaign, questionnaire, kasterlee, people):
    assert participation_for(municipality=kasterlee, campaign=campaign) is None
    result = save(
        campaign, kasterlee, questionnaire.rubric("AAN"), people["invoerder"], AAN_02=True
    )
    assert result.saved == ["AAN-02"]
    participation = Participation.objects.get(municipality=kasterlee, campaign=campaign)
    answer = Answer.objects.get(participation=participation, question_code="AAN-02")
    assert (answer.value, answer.version, answer.updated_by) == (True, 1, people["invoerder"])
    response = response_of(kasterlee, "AAN")
    assert response.status == RubricStatus.IN_PROGRESS
    assert response.answered_count == 1


def test_saving_the_same_value_again_writes_nothing(campaign, questionnaire, kasterlee, people):
    rubric = questionnaire.rubric("AAN")
    save(campaign, kasterlee, rubric, people["invoerder"], AAN_02=True)
    result = save(campaign, kasterlee, rubric, people["invoerder"], AAN_02=True)
    assert result.saved == []
    assert Answer.objects.get(question_code="AAN-02").version == 1
    assert AuditEntry.objects.filter(kind=AuditEntry.Kind.ANSWER).count() == 1


def test_every_answer_change_is_audited_with_old_and_new_value(
    campaign, questionnaire, kasterlee, people
):
    rubric = questionnaire.rubric("FIN")
    save(campaign, kasterlee, rubric, people["invoerder"], FIN_01="2500")
    save(campaign, kasterlee, rubric, people["invoerder2"], FIN_01="3000")
    save(campaign, kasterlee, rubric, people["invoerder2"], FIN_01=(None, "onbekend"))
    entries = list(
        AuditEntry.objects.filter(kind=AuditEntry.Kind.ANSWER, question_code="FIN-01").order_by(
            "pk"
        )
    )
    assert [(e.old_value, e.new_value, e.new_special, e.by.username) for e in entries] == [
        (None, "2500", "", "invoerder"),
        ("2500", "3000", "", "invoerder2"),
        ("3000", None, "onbekend", "invoerder2"),
    ]
    status_changes = AuditEntry.objects.filter(kind=AuditEntry.Kind.STATUS)
    assert status_changes.first().new_status in {RubricStatus.IN_PROGRESS, RubricStatus.COMPLETE}


def test_concurrent_edit_is_a_conflict_not_an_overwrite(campaign, questionnaire, kasterlee, people):
    rubric = questionnaire.rubric("AAN")
    save(campaign, kasterlee, rubric, people["invoerder"], AAN_04=10)
    # Both open the theme at version 1; the first saves 20, then the second saves 30.
    save(campaign, kasterlee, rubric, people["invoerder"], seen={"AAN-04": 1}, AAN_04=20)
    result = save(campaign, kasterlee, rubric, people["invoerder2"], seen={"AAN-04": 1}, AAN_04=30)
    assert result.saved == []
    [conflict] = result.conflicts
    assert (conflict.code, conflict.their_value, conflict.mine.value) == ("AAN-04", 20, 30)
    assert conflict.their_author == "Invoerder"
    assert Answer.objects.get(question_code="AAN-04").value == 20
    # Having seen version 2, the second person may overwrite deliberately.
    result = save(campaign, kasterlee, rubric, people["invoerder2"], seen={"AAN-04": 2}, AAN_04=30)
    assert result.saved == ["AAN-04"]
    assert Answer.objects.get(question_code="AAN-04").version == 3


def test_a_conflict_on_one_answer_does_not_block_the_others(
    campaign, questionnaire, kasterlee, people
):
    rubric = questionnaire.rubric("AAN")
    save(campaign, kasterlee, rubric, people["invoerder"], AAN_04=10)
    save(campaign, kasterlee, rubric, people["invoerder"], AAN_04=11)
    result = save(
        campaign,
        kasterlee,
        rubric,
        people["invoerder2"],
        seen={"AAN-04": 1},
        AAN_04=12,
        AAN_02=True,
    )
    assert result.saved == ["AAN-02"]
    assert [c.code for c in result.conflicts] == ["AAN-04"]


def test_completion_counts_visible_questions_and_specials(
    campaign, questionnaire, kasterlee, people
):
    rubric = questionnaire.rubric("AAN")
    # AAN-03 and AAN-04 are shown only when AAN-02 is "ja"; AAN-06 when AAN-05 contains seniors.
    save(campaign, kasterlee, rubric, people["invoerder"], AAN_02=False)
    response = response_of(kasterlee, "AAN")
    assert response.applicable_count == 4  # AAN-01, 02, 05, 07
    assert response.answered_count == 1
    assert response.required_open_count == 2  # AAN-01 and AAN-05 (AAN-07 is optional)
    save(
        campaign,
        kasterlee,
        rubric,
        people["invoerder"],
        AAN_01={"cultuur": {"aantal": 5}},
        AAN_05=(None, "nvt"),
    )
    response.refresh_from_db()
    assert (response.applicable_count, response.answered_count) == (4, 3)
    assert response.status == RubricStatus.COMPLETE


def test_hidden_answers_are_kept_but_do_not_count(campaign, questionnaire, kasterlee, people):
    rubric = questionnaire.rubric("AAN")
    save(campaign, kasterlee, rubric, people["invoerder"], AAN_02=True, AAN_03="vzw", AAN_04=40)
    assert response_of(kasterlee, "AAN").answered_count == 3
    save(campaign, kasterlee, rubric, people["invoerder"], AAN_02=False)
    response = response_of(kasterlee, "AAN")
    assert response.answered_count == 1
    assert Answer.objects.get(question_code="AAN-04").value == 40  # kept
    save(campaign, kasterlee, rubric, people["invoerder"], AAN_02=True)
    assert response_of(kasterlee, "AAN").answered_count == 3  # toggling back restores them


def test_required_never_blocks_a_save(campaign, questionnaire, kasterlee, people):
    rubric = questionnaire.rubric("FIN")
    result = save(campaign, kasterlee, rubric, people["invoerder"], FIN_04="Enkel een toelichting")
    assert result.saved == ["FIN-04"]
    answers = answers_for_rubric(
        participation=participation_for(municipality=kasterlee, campaign=campaign), rubric=rubric
    )
    assert len(completion(rubric=rubric, answers=answers).open_required) == 3


@pytest.mark.parametrize("role", ["raadpleger", "beheerder", "team", "nobody", "brecht"])
def test_only_entry_roles_may_save(campaign, questionnaire, kasterlee, people, role):
    with pytest.raises(RegistrationError):
        save(campaign, kasterlee, questionnaire.rubric("AAN"), people[role], AAN_02=True)
    assert not Answer.objects.exists()
    assert not Participation.objects.exists()


def test_coordinator_enters_data_only_when_the_campaign_allows_it(
    campaign, questionnaire, kasterlee, people
):
    rubric = questionnaire.rubric("AAN")
    campaign.coordinator_may_enter = True
    campaign.save()
    assert save(campaign, kasterlee, rubric, people["coordinator"], AAN_02=True).saved
    campaign.coordinator_may_enter = False
    campaign.save()
    with pytest.raises(RegistrationError):
        save(campaign, kasterlee, rubric, people["coordinator"], AAN_02=False)


# --- campaign phase ---------------------------------------------------------------------


def test_campaign_phase_follows_the_dates_and_the_own_extension(campaign, kasterlee):
    day = datetime.timedelta(days=1)
    assert (
        campaign_phase(campaign=campaign, today=campaign.opening_date - day) == Phase.BEFORE_OPENING
    )
    assert campaign_phase(campaign=campaign, today=campaign.opening_date) == Phase.ENTRY
    assert campaign_phase(campaign=campaign, today=campaign.closing_date) == Phase.ENTRY
    assert (
        campaign_phase(campaign=campaign, today=campaign.closing_date + day) == Phase.CONFIRMATION
    )
    assert (
        campaign_phase(campaign=campaign, today=campaign.confirmation_deadline)
        == Phase.CONFIRMATION
    )
    assert (
        campaign_phase(campaign=campaign, today=campaign.confirmation_deadline + day)
        == Phase.CLOSED
    )
    extended = Participation(
        municipality=kasterlee,
        campaign=campaign,
        extension_until=campaign.confirmation_deadline + 5 * day,
    )
    later = campaign.confirmation_deadline + day
    assert campaign_phase(campaign=campaign, participation=extended, today=later) == Phase.ENTRY


def _move_campaign(campaign, *, opening_offset_days: int):
    today = timezone.localdate()
    campaign.opening_date = today + datetime.timedelta(days=opening_offset_days)
    campaign.closing_date = campaign.opening_date + datetime.timedelta(days=10)
    campaign.confirmation_deadline = campaign.closing_date + datetime.timedelta(days=10)
    campaign.save()


def test_nothing_can_be_entered_before_the_opening_date(campaign, questionnaire, kasterlee, people):
    _move_campaign(campaign, opening_offset_days=3)
    with pytest.raises(RegistrationError, match="nog niet geopend"):
        save(campaign, kasterlee, questionnaire.rubric("AAN"), people["invoerder"], AAN_02=True)


def test_after_closing_only_confirmation(campaign, questionnaire, kasterlee, people):
    rubric = questionnaire.rubric("AAN")
    save(campaign, kasterlee, rubric, people["invoerder"], AAN_02=True)
    _move_campaign(campaign, opening_offset_days=-15)  # closed 5 days ago, deadline in 5 days
    with pytest.raises(RegistrationError, match="afgelopen"):
        save(campaign, kasterlee, rubric, people["invoerder"], AAN_02=False)
    rubric_confirm(response=response_of(kasterlee, "AAN"), by=people["coordinator"])
    assert response_of(kasterlee, "AAN").is_locked


def test_own_extension_reopens_entry_for_one_municipality(
    campaign, questionnaire, kasterlee, brecht, people
):
    rubric = questionnaire.rubric("AAN")
    save(campaign, kasterlee, rubric, people["invoerder"], AAN_02=True)
    _move_campaign(campaign, opening_offset_days=-25)  # everything closed
    participation = participation_for(municipality=kasterlee, campaign=campaign)
    with pytest.raises(RegistrationError):
        participation_extend(
            participation=participation, until=timezone.localdate(), by=people["coordinator"]
        )
    participation_extend(
        participation=participation,
        until=timezone.localdate() + datetime.timedelta(days=7),
        by=people["team"],
    )
    assert save(campaign, kasterlee, rubric, people["invoerder"], AAN_02=False).saved == ["AAN-02"]
    with pytest.raises(RegistrationError):
        save(campaign, brecht, rubric, people["brecht"], AAN_02=True)
    entry = AuditEntry.objects.get(kind=AuditEntry.Kind.EXTENSION)
    assert entry.by == people["team"] and entry.old_value is None


# --- confirm and reopen -----------------------------------------------------------------


def test_confirm_locks_the_rubric_on_every_path(campaign, questionnaire, kasterlee, people):
    rubric = questionnaire.rubric("AAN")
    save(campaign, kasterlee, rubric, people["invoerder"], AAN_02=True)
    response = response_of(kasterlee, "AAN")
    with pytest.raises(RegistrationError):
        rubric_confirm(response=response, by=people["invoerder"])
    rubric_confirm(response=response, by=people["coordinator"])
    response.refresh_from_db()
    assert response.status == RubricStatus.CONFIRMED
    assert response.confirmed_by == people["coordinator"]
    assert not response.confirmed_automatically
    # the save service (form, API)
    with pytest.raises(RubricLocked):
        save(campaign, kasterlee, rubric, people["invoerder"], AAN_02=False)
    with pytest.raises(RubricLocked):
        save(campaign, kasterlee, rubric, people["coordinator"], AAN_02=False)
    # the management command
    with pytest.raises(CommandError, match="bevestigd"):
        call_command(
            "save_answer",
            werkjaar=2025,
            nis="13017",
            code="AAN-04",
            value="7",
            user="invoerder",
            stdout=open("/dev/null", "w"),  # noqa: SIM115
        )
    assert Answer.objects.get(question_code="AAN-02").value is True
    # confirming twice is refused
    with pytest.raises(RubricLocked):
        rubric_confirm(response=response, by=people["coordinator"])
    # other rubrics stay open
    assert save(
        campaign, kasterlee, questionnaire.rubric("FIN"), people["invoerder"], FIN_02="5"
    ).saved


def test_confirmation_e_mails_go_out_after_commit(
    campaign, questionnaire, kasterlee, people, django_capture_on_commit_callbacks
):
    save(campaign, kasterlee, questionnaire.rubric("AAN"), people["invoerder"], AAN_02=True)
    with django_capture_on_commit_callbacks(execute=True):
        rubric_confirm(response=response_of(kasterlee, "AAN"), by=people["coordinator"])
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted(
        ["coordinator@example.be", "invoerder@example.be", "invoerder2@example.be"]
    )
    assert "Aanbod" in mail.outbox[0].subject and "bevestigd" in mail.outbox[0].subject


def test_only_the_project_team_reopens_with_a_reason_mailed_to_coordinators_and_invoerders(
    campaign, questionnaire, kasterlee, people, django_capture_on_commit_callbacks
):
    rubric = questionnaire.rubric("AAN")
    save(campaign, kasterlee, rubric, people["invoerder"], AAN_02=True)
    response = response_of(kasterlee, "AAN")
    rubric_confirm(response=response, by=people["coordinator"])
    for role in ("coordinator", "invoerder", "raadpleger"):
        with pytest.raises(RegistrationError):
            rubric_reopen(response=response, by=people[role], reason="Fout")
    with pytest.raises(RegistrationError, match="reden"):
        rubric_reopen(response=response, by=people["team"], reason="  ")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        rubric_reopen(
            response=response, by=people["team"], reason="Het aantal activiteiten klopt niet."
        )
    response.refresh_from_db()
    assert response.status == RubricStatus.IN_PROGRESS
    assert response.reopened_by == people["team"]
    # The coördinator, and the invoerder who changed answers of the rubric.
    assert sorted(message.to[0] for message in mail.outbox) == [
        "coordinator@example.be",
        "invoerder@example.be",
    ]
    assert all("Het aantal activiteiten klopt niet." in m.body for m in mail.outbox)
    assert save(campaign, kasterlee, rubric, people["invoerder"], AAN_02=False).saved


# --- automatic confirmation ---------------------------------------------------------------


def _past_deadline(campaign):
    _move_campaign(campaign, opening_offset_days=-30)


def test_auto_confirm_after_the_deadline_once(campaign, questionnaire, kasterlee, brecht, people):
    save(campaign, kasterlee, questionnaire.rubric("AAN"), people["invoerder"], AAN_02=True)
    save(campaign, brecht, questionnaire.rubric("AAN"), people["brecht"], AAN_02=True)
    participation_set_objection(
        participation=participation_for(municipality=brecht, campaign=campaign),
        objects=True,
        by=people["team"] if False else _brecht_coordinator(brecht),
    )
    # Before the deadline nothing happens.
    assert rubrics_auto_confirm(campaign=campaign) == 0
    _past_deadline(campaign)
    assert rubrics_auto_confirm(campaign=campaign) == 1
    kasterlee_aan = response_of(kasterlee, "AAN")
    assert kasterlee_aan.status == RubricStatus.CONFIRMED
    assert kasterlee_aan.confirmed_automatically and kasterlee_aan.confirmed_by is None
    assert response_of(brecht, "AAN").status != RubricStatus.CONFIRMED  # objected
    # FIN has no answers in Kasterlee: not confirmed (no response at all).
    assert not RubricResponse.objects.filter(
        rubric__code="FIN", status=RubricStatus.CONFIRMED
    ).exists()
    # Running again changes nothing; a reopened rubric is not confirmed a second time.
    assert rubrics_auto_confirm(campaign=campaign) == 0
    rubric_reopen(response=kasterlee_aan, by=people["team"], reason="Controle")
    assert rubrics_auto_confirm(campaign=campaign) == 0
    assert response_of(kasterlee, "AAN").status == RubricStatus.IN_PROGRESS


def _brecht_coordinator(brecht):
    from roles.models import Role

    from .conftest import person

    return person("coordinator-brecht", brecht, Role.COORDINATOR)


def test_auto_confirm_waits_for_the_own_extension(campaign, questionnaire, kasterlee, people):
    save(campaign, kasterlee, questionnaire.rubric("AAN"), people["invoerder"], AAN_02=True)
    _past_deadline(campaign)
    participation = participation_for(municipality=kasterlee, campaign=campaign)
    participation_extend(
        participation=participation,
        until=timezone.localdate() + datetime.timedelta(days=3),
        by=people["team"],
    )
    assert rubrics_auto_confirm(campaign=campaign) == 0
    assert (
        rubrics_auto_confirm(
            campaign=campaign, today=timezone.localdate() + datetime.timedelta(days=4)
        )
        == 1
    )


def test_auto_confirm_respects_the_campaign_switch(campaign, questionnaire, kasterlee, people):
    save(campaign, kasterlee, questionnaire.rubric("AAN"), people["invoerder"], AAN_02=True)
    _past_deadline(campaign)
    campaign.auto_confirm = False
    campaign.save()
    assert rubrics_auto_confirm(campaign=campaign) == 0


def test_auto_confirm_command_and_task(campaign, questionnaire, kasterlee, people):
    from surveys.tasks import rubrics_auto_confirm as task

    save(campaign, kasterlee, questionnaire.rubric("AAN"), people["invoerder"], AAN_02=True)
    _past_deadline(campaign)
    campaign.save_revision().publish()
    task.delay()
    assert response_of(kasterlee, "AAN").status == RubricStatus.CONFIRMED
    task.delay()
    assert AuditEntry.objects.filter(new_status=RubricStatus.CONFIRMED).count() == 1


def test_the_support_command_saves_a_table_and_refuses_a_plain_value_for_it(
    campaign, kasterlee, people
):
    """Security review 6.5: `save_answer` on a table question gave a traceback."""
    import io

    def run(value: str) -> str:
        out = io.StringIO()
        call_command(
            "save_answer",
            werkjaar=2025,
            nis="13017",
            code="AAN-01",
            value=value,
            user="invoerder",
            stdout=out,
        )
        return out.getvalue()

    with pytest.raises(CommandError, match="Vraag AAN-01 is een tabel: geef de cellen als JSON"):
        run("12")
    with pytest.raises(CommandError, match="is een tabel"):
        run('{"cultuur": 5}')
    assert "AAN-01" in run('{"cultuur": {"aantal": "1.234"}}')
    assert Answer.objects.get(question_code="AAN-01").value == {"cultuur": {"aantal": 1234}}


@pytest.mark.parametrize("offset", ["99999999999999999999", "1000001"])
def test_wagtail_s_api_answers_a_huge_offset_with_400(client, campaign, offset):
    """Security review 6.5: /api/v2/pages/?offset=<huge> answered 500."""
    response = client.get(f"/api/v2/pages/?offset={offset}")
    assert response.status_code == 400
    assert "offset" in response.json()["message"]
