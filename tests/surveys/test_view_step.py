"""A step of the form: saving, Belgian input, follow-ups, special answers, read-only."""

from __future__ import annotations

import json

import pytest

from surveys.models import Answer, Participation, RubricStatus
from tests.surveys.pages import (
    ACTIVITEITEN,
    DOELGROEPEN,
    NEXT,
    OVERVIEW,
    SAVE,
    UITGAVEN,
    all_field_errors,
    answer_inputs,
    buttons,
    checked_value,
    errors_at,
    goto,
    html,
    input_value,
    messages_on,
    overview_rows,
    post_step,
    question_block,
    response_of,
    step_url,
    stored,
    summary_url,
    text,
)

pytestmark = pytest.mark.django_db


# --- 3. the wizard ------------------------------------------------------------------------


def test_a_step_shows_the_saved_answers_and_no_errors(as_user, campaign):
    client = as_user("invoerder")
    response = post_step(
        client,
        ACTIVITEITEN,
        {"q__AAN-01__cultuur__aantal": "1.234", "q__AAN-02": "ja", "q__AAN-04": "12"},
    )
    assert response.status_code == 302
    assert stored()["AAN-01"].value == {"cultuur": {"aantal": 1234}}
    assert stored()["AAN-02"].value is True
    assert stored()["AAN-04"].value == 12

    page = client.get(ACTIVITEITEN)
    assert page.status_code == 200
    assert input_value(page, "q__AAN-01__cultuur__aantal") == "1234"
    assert input_value(page, "q__AAN-01__jeugd__aantal") == ""
    assert checked_value(page, "q__AAN-02") == ["ja"]
    assert input_value(page, "q__AAN-04") == "12"
    assert all_field_errors(page) == []
    assert html(page).find(id="foutenoverzicht") is None
    versions = json.loads(input_value(page, "versions"))
    assert versions == {"AAN-01": 1, "AAN-02": 1, "AAN-04": 1}


def test_belgian_numbers_are_read_and_an_out_of_bounds_one_is_shown_in_dutch(as_user, campaign):
    client = as_user("invoerder")
    response = post_step(
        client,
        UITGAVEN,
        {
            "q__FIN-01": "€ 2.500",
            "q__FIN-02": "12,5",
            "q__FIN-03": "1.234,5",
            "q__FIN-04": "Zie jaarrekening.",
        },
    )
    assert response.status_code == 200
    assert errors_at(response, "FIN-03") == ["Het getal mag niet groter zijn dan 500."]
    assert errors_at(response, "FIN-01") == []
    assert errors_at(response, "FIN-02") == []
    # The valid answers of the step are saved, the wrong one is not.
    answers = stored()
    assert answers["FIN-01"].value == "2500"
    assert answers["FIN-02"].value == "12.5"
    assert answers["FIN-04"].value == "Zie jaarrekening."
    assert "FIN-03" not in answers
    # Nothing typed is lost.
    assert input_value(response, "q__FIN-03") == "1.234,5"
    assert "Uw geldige antwoorden zijn opgeslagen. Verbeter de fouten die hieronder staan." in (
        messages_on(response)
    )
    summary = html(response).find(id="foutenoverzicht")
    assert summary is not None and "FIN-03" in summary.get_text()

    # Read back the Belgian way.
    page = client.get(UITGAVEN)
    assert input_value(page, "q__FIN-01") == "2500"
    assert input_value(page, "q__FIN-02") == "12,5"


def test_wrong_input_gets_dutch_messages_at_the_field_and_valid_answers_are_saved(
    as_user, campaign
):
    client = as_user("invoerder")
    response = post_step(
        client,
        ACTIVITEITEN,
        {"q__AAN-01__cultuur__aantal": "-3", "q__AAN-02": "ja", "q__AAN-04": "abc"},
    )
    assert response.status_code == 200
    assert any("Geef een getal in" in error for error in errors_at(response, "AAN-04"))
    assert any("niet negatief" in error for error in errors_at(response, "AAN-01"))
    assert errors_at(response, "AAN-02") == []
    answers = stored()
    assert answers["AAN-02"].value is True
    assert "AAN-01" not in answers and "AAN-04" not in answers
    assert input_value(response, "q__AAN-04") == "abc"
    assert input_value(response, "q__AAN-01__cultuur__aantal") == "-3"
    assert checked_value(response, "q__AAN-02") == ["ja"]

    response = post_step(client, UITGAVEN, {"q__FIN-01": "1000", "q__FIN-02": "120"})
    assert response.status_code == 200
    assert any("tussen 0 en 100" in error for error in errors_at(response, "FIN-02"))
    assert input_value(response, "q__FIN-02") == "120"
    assert stored()["FIN-01"].value == "1000"
    assert "FIN-02" not in stored()


def test_more_belgian_input_and_its_dutch_messages(as_user, campaign):
    client = as_user("invoerder")
    response = post_step(
        client, UITGAVEN, {"q__FIN-01": "2.500,50", "q__FIN-02": "12,555", "q__FIN-03": "3.75"}
    )
    assert response.status_code == 200
    assert errors_at(response, "FIN-02") == ["Geef hoogstens 2 cijfers na de komma."]
    answers = stored()
    assert (answers["FIN-01"].value, answers["FIN-03"].value) == ("2500.5", "3.75")
    page = client.get(UITGAVEN)
    assert (input_value(page, "q__FIN-01"), input_value(page, "q__FIN-03")) == ("2500,5", "3,75")

    response = post_step(client, ACTIVITEITEN, {"q__AAN-02": "ja", "q__AAN-04": "12,5"})
    assert errors_at(response, "AAN-04") == ["Geef een geheel getal in, zonder komma."]
    response = post_step(client, ACTIVITEITEN, {"q__AAN-04": "400"})
    assert errors_at(response, "AAN-04") == ["Het getal mag niet groter zijn dan 366."]
    assert "AAN-04" not in stored()


def test_dates_are_read_the_belgian_way_and_checked(as_user, campaign):
    client = as_user("invoerder")
    response = post_step(client, DOELGROEPEN, {"q__AAN-07": "31/02/2020"})
    assert response.status_code == 200
    assert errors_at(response, "AAN-07") == ["Geef een geldige datum in, bijvoorbeeld 31/12/2025."]
    assert input_value(response, "q__AAN-07") == "31/02/2020"
    response = post_step(client, DOELGROEPEN, {"q__AAN-07": "15/03/1999"}, page=response)
    assert errors_at(response, "AAN-07") == ["De datum mag niet voor 1 januari 2000 liggen."]
    response = post_step(client, DOELGROEPEN, {"q__AAN-07": "15/03/2021"}, page=response)
    assert response.status_code == 302
    assert stored()["AAN-07"].value == "2021-03-15"
    assert input_value(client.get(DOELGROEPEN), "q__AAN-07") == "2021-03-15"


def test_the_status_shown_after_a_save_with_errors_is_the_new_one(as_user, campaign):
    response = post_step(as_user("invoerder"), UITGAVEN, {"q__FIN-01": "10", "q__FIN-02": "120"})
    assert response.status_code == 200
    assert response_of("FIN").status == RubricStatus.IN_PROGRESS
    badge = html(response).select_one(".wizard__main .status")
    assert " ".join(badge.get_text().split()) == "◐ In uitvoering"


def test_correcting_the_errors_on_the_rerendered_page_saves_them(as_user, campaign):
    client = as_user("invoerder")
    page = post_step(client, UITGAVEN, {"q__FIN-01": "€ 2.500", "q__FIN-02": "120"})
    assert page.status_code == 200
    response = post_step(client, UITGAVEN, {"q__FIN-02": "99,5"}, page=page)
    assert response.status_code == 302
    answers = stored()
    assert (answers["FIN-01"].value, answers["FIN-01"].version) == ("2500", 1)
    assert answers["FIN-02"].value == "99.5"


def test_save_and_next_goes_to_the_next_step_and_from_the_last_to_the_summary(as_user, campaign):
    client = as_user("invoerder")
    response = post_step(client, ACTIVITEITEN, {"q__AAN-02": "nee"}, NEXT)
    assert (response.status_code, response["Location"]) == (302, DOELGROEPEN)
    response = post_step(client, DOELGROEPEN, {"q__AAN-05": ["kleuters"]}, NEXT)
    assert (response.status_code, response["Location"]) == (302, summary_url("AAN"))
    response = post_step(client, UITGAVEN, {"q__FIN-01": "10"}, NEXT)
    assert (response.status_code, response["Location"]) == (302, summary_url("FIN"))
    answers = stored()
    assert (answers["AAN-02"].value, answers["AAN-05"].value) == (False, ["kleuters"])
    assert answers["FIN-01"].value == "10"
    assert "Uw antwoorden zijn opgeslagen." in messages_on(client.get(summary_url("FIN")))


def test_save_stays_on_the_step(as_user, campaign):
    response = post_step(as_user("invoerder"), ACTIVITEITEN, {"q__AAN-02": "ja"})
    assert (response.status_code, response["Location"]) == (302, ACTIVITEITEN)


def test_save_and_next_with_an_error_stays_on_the_step(as_user, campaign):
    client = as_user("invoerder")
    response = post_step(client, ACTIVITEITEN, {"q__AAN-02": "ja", "q__AAN-04": "veel"}, NEXT)
    assert response.status_code == 200
    assert any("Geef een getal in" in error for error in errors_at(response, "AAN-04"))
    assert stored()["AAN-02"].value is True


def test_previous_saves_the_typed_answers_before_going_back(as_user, campaign):
    client = as_user("invoerder")
    page = client.get(DOELGROEPEN)
    assert "Vorige" in buttons(page)
    previous = html(page).find("button", string="Vorige")
    assert (previous["name"], previous["value"]) == ("wizard_goto_step", "activiteiten")
    response = post_step(
        client,
        DOELGROEPEN,
        {"q__AAN-05": ["senioren", "kleuters"], "q__AAN-06": "Seniorenfeest"},
        goto("activiteiten"),
        page=page,
    )
    assert (response.status_code, response["Location"]) == (302, ACTIVITEITEN)
    answers = stored()
    assert answers["AAN-05"].value == ["kleuters", "senioren"]
    assert answers["AAN-06"].value == "Seniorenfeest"


def test_a_step_in_the_step_list_saves_before_moving(as_user, campaign):
    client = as_user("invoerder")
    page = client.get(ACTIVITEITEN)
    step_button = html(page).find("button", attrs={"name": "wizard_goto_step"})
    assert (step_button["value"], step_button["form"]) == ("doelgroepen", "step-form")
    response = post_step(client, ACTIVITEITEN, {"q__AAN-02": "ja"}, goto("doelgroepen"), page=page)
    assert (response.status_code, response["Location"]) == (302, DOELGROEPEN)
    assert stored()["AAN-02"].value is True


def test_required_questions_never_block_a_save(as_user, campaign):
    # AAN-01 is required and left empty: the save goes through without any error.
    response = post_step(as_user("invoerder"), ACTIVITEITEN, {"q__AAN-02": "ja"}, NEXT)
    assert (response.status_code, response["Location"]) == (302, DOELGROEPEN)
    assert set(stored()) == {"AAN-02"}


def test_a_half_filled_step_shows_no_errors(as_user, campaign):
    client = as_user("invoerder")
    post_step(client, ACTIVITEITEN, {"q__AAN-02": "ja"})
    page = client.get(ACTIVITEITEN)
    assert page.status_code == 200
    assert all_field_errors(page) == []
    assert html(page).find(id="foutenoverzicht") is None
    assert "verplichte vragen open" in text(page)


def test_saving_without_changes_says_so(as_user, campaign):
    client = as_user("invoerder")
    post_step(client, UITGAVEN, {"q__FIN-01": "€ 2.500", "q__FIN-02": "12,5"})
    response = post_step(client, UITGAVEN)
    assert response.status_code == 302
    assert "Er was niets gewijzigd." in messages_on(client.get(UITGAVEN))
    assert stored()["FIN-01"].version == 1
    assert stored()["FIN-02"].version == 1


def test_an_unknown_step_leads_to_the_first_one(as_user, campaign):
    response = as_user("invoerder").get(step_url("AAN", "bestaat-niet"))
    assert (response.status_code, response["Location"]) == (302, ACTIVITEITEN)


def test_an_unknown_rubric_is_not_found(as_user, campaign):
    assert as_user("invoerder").get(step_url("XYZ", "activiteiten")).status_code == 404
    assert as_user("invoerder").get(summary_url("XYZ")).status_code == 404


# --- 4. conditional follow-ups without JavaScript -----------------------------------------


def test_follow_up_questions_are_hidden_until_their_condition_holds(as_user, campaign):
    client = as_user("invoerder")
    page = client.get(ACTIVITEITEN)
    assert question_block(page, "AAN-03").has_attr("hidden")

    post_step(client, ACTIVITEITEN, {"q__AAN-02": "nee"})
    page = client.get(ACTIVITEITEN)
    assert question_block(page, "AAN-03").has_attr("hidden")
    assert question_block(page, "AAN-04").has_attr("hidden")
    assert not question_block(page, "AAN-02").has_attr("hidden")

    post_step(client, ACTIVITEITEN, {"q__AAN-02": "ja"})
    page = client.get(ACTIVITEITEN)
    assert not question_block(page, "AAN-03").has_attr("hidden")
    assert not question_block(page, "AAN-04").has_attr("hidden")


def test_a_condition_on_a_multiple_choice_shows_its_follow_up(as_user, campaign):
    client = as_user("invoerder")
    post_step(client, DOELGROEPEN, {"q__AAN-05": ["kleuters"]})
    assert question_block(client.get(DOELGROEPEN), "AAN-06").has_attr("hidden")
    post_step(client, DOELGROEPEN, {"q__AAN-05": ["kleuters", "senioren"]})
    assert not question_block(client.get(DOELGROEPEN), "AAN-06").has_attr("hidden")


def test_answers_to_questions_that_become_hidden_are_kept(as_user, campaign):
    client = as_user("invoerder")
    post_step(client, ACTIVITEITEN, {"q__AAN-02": "ja", "q__AAN-03": "vzw", "q__AAN-04": "30"})
    response = post_step(client, ACTIVITEITEN, {"q__AAN-02": "nee"})
    assert response.status_code == 302
    answers = stored()
    assert answers["AAN-02"].value is False
    assert (answers["AAN-03"].value, answers["AAN-04"].value) == ("vzw", 30)
    page = client.get(ACTIVITEITEN)
    assert question_block(page, "AAN-04").has_attr("hidden")
    assert input_value(page, "q__AAN-04") == "30"
    # Hidden questions do not count: AAN-01, AAN-02, AAN-05, AAN-07 apply, one is answered.
    assert overview_rows(client.get(OVERVIEW))["Aanbod"]["beantwoord"] == "25 % (1/4)"


def test_a_hidden_question_with_an_error_still_shows_its_error(as_user, campaign):
    # The user switched AAN-02 to "nee" while AAN-04 held letters: nothing typed is lost.
    client = as_user("invoerder")
    response = post_step(client, ACTIVITEITEN, {"q__AAN-02": "nee", "q__AAN-04": "abc"})
    assert response.status_code == 200
    assert any("Geef een getal in" in error for error in errors_at(response, "AAN-04"))
    assert stored()["AAN-02"].value is False


# --- 5. special answers -------------------------------------------------------------------


def test_onbekend_is_saved_even_with_garbage_in_the_number_field(as_user, campaign):
    client = as_user("invoerder")
    response = post_step(
        client,
        ACTIVITEITEN,
        {"q__AAN-02": "ja", "q__AAN-04": "weet ik niet", "s__AAN-04": "onbekend"},
    )
    assert response.status_code == 302, all_field_errors(response)
    answer = stored()["AAN-04"]
    assert (answer.special, answer.value) == ("onbekend", None)
    page = client.get(ACTIVITEITEN)
    assert checked_value(page, "s__AAN-04") == ["onbekend"]
    assert all_field_errors(page) == []


def test_going_back_from_onbekend_to_a_number(as_user, campaign):
    client = as_user("invoerder")
    post_step(client, ACTIVITEITEN, {"q__AAN-02": "ja", "s__AAN-04": "onbekend"})
    response = post_step(client, ACTIVITEITEN, {"q__AAN-04": "25", "s__AAN-04": ""})
    assert response.status_code == 302
    answer = stored()["AAN-04"]
    assert (answer.special, answer.value, answer.version) == ("", 25, 2)


def test_niet_van_toepassing_on_a_multiple_choice(as_user, campaign):
    client = as_user("invoerder")
    page = client.get(DOELGROEPEN)
    assert [i["value"] for i in html(page).find_all("input", attrs={"name": "s__AAN-05"})] == [
        "",
        "nvt",
    ]
    response = post_step(client, DOELGROEPEN, {"s__AAN-05": "nvt"}, page=page)
    assert response.status_code == 302
    assert stored()["AAN-05"].special == "nvt"


# --- 7. read-only for the raadpleger ------------------------------------------------------


def test_the_raadpleger_sees_a_step_read_only(as_user, campaign):
    post_step(as_user("invoerder"), ACTIVITEITEN, {"q__AAN-02": "ja", "q__AAN-04": "8"})
    page = as_user("raadpleger").get(ACTIVITEITEN)
    assert page.status_code == 200
    assert "Opslaan" not in buttons(page)
    assert "Opslaan en verder" not in buttons(page)
    assert "U kunt deze antwoorden bekijken, maar niet wijzigen." in text(page)
    assert input_value(page, "q__AAN-04") == "8"
    enabled = [e["name"] for e in answer_inputs(page) if not e.has_attr("disabled")]
    assert enabled == []


def test_a_post_by_the_raadpleger_saves_nothing(as_user, campaign):
    post_step(as_user("invoerder"), ACTIVITEITEN, {"q__AAN-02": "ja", "q__AAN-04": "8"})
    before = Answer.objects.count()
    response = as_user("raadpleger").post(
        ACTIVITEITEN,
        {"q__AAN-02": "nee", "q__AAN-04": "99", "versions": '{"AAN-02": 1, "AAN-04": 1}', **SAVE},
    )
    assert Answer.objects.count() == before
    answers = stored()
    assert (answers["AAN-02"].value, answers["AAN-04"].value) == (True, 8)
    assert response.status_code == 200
    assert "U kunt deze antwoorden bekijken, maar niet wijzigen." in text(response)


def test_a_post_by_the_raadpleger_does_not_make_the_municipality_participate(as_user, campaign):
    as_user("raadpleger").post(ACTIVITEITEN, {"q__AAN-02": "nee", "versions": "{}", **SAVE})
    assert not Participation.objects.filter(municipality__nis_code="13017").exists()
    assert Answer.objects.count() == 0


def test_the_title_of_a_step_with_errors_starts_with_fout(as_user, campaign):
    client = as_user("invoerder")
    assert not html(client.get(ACTIVITEITEN)).title.get_text().startswith("Fout")
    response = post_step(client, ACTIVITEITEN, {"q__AAN-01__jeugd__aantal": "twaalf"})
    assert html(response).title.get_text().startswith("Fout: Activiteiten")
