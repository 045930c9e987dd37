"""The monitor over the years: earlier answers beside each question, and taking them over."""

from __future__ import annotations

import pytest

from surveys.models import Answer, AuditEntry, RubricStatus
from surveys.selectors import questionnaire_for_campaign
from surveys.services import RubricLocked, answers_take_over
from tests.surveys.pages import (
    ACTIVITEITEN,
    UITGAVEN,
    html,
    messages_on,
    post_step,
    question_block,
    stored,
    summary_url,
    text,
)
from tests.surveys.years import build_two_years, confirm_all, edit_question, save_as_system

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_years(home_page, definitions, kasterlee, brecht):
    """Kasterlee confirmed its 2024 answers; Brecht saved some but never confirmed them."""
    previous, current = build_two_years(home_page, definitions)
    save_as_system(
        previous,
        kasterlee,
        {
            "AAN-01": {"cultuur": {"aantal": 12}, "jeugd": {"aantal": 4}},
            "AAN-02": True,
            "AAN-04": 35,
            "AAN-05": ("", "nvt"),
            "FIN-01": "125000.5",
            "FIN-03": "4.75",
        },
    )
    confirm_all(previous, kasterlee)
    save_as_system(previous, brecht, {"FIN-01": "9000"})
    return previous, current


def previous_line(page, code: str) -> str:
    block = question_block(page, code).select_one(".question__previous")
    return " ".join(block.get_text().split()) if block else ""


def test_every_question_shows_the_confirmed_answer_of_the_previous_campaign(two_years, as_user):
    page = as_user("invoerder").get(ACTIVITEITEN)
    assert previous_line(page, "AAN-02") == "Vorige bevraging (werkjaar 2024): Ja"
    assert previous_line(page, "AAN-04") == "Vorige bevraging (werkjaar 2024): 35 dagen"
    assert previous_line(page, "AAN-03") == ""  # not answered then: nothing is shown
    table = question_block(page, "AAN-01").select_one(".question__previous table")
    cells = [" ".join(td.get_text().split()) for td in table.select("tbody td")]
    assert cells[:2] == ["12", "4"]  # per cell, as the table was filled

    uitgaven = as_user("invoerder").get(UITGAVEN)
    assert previous_line(uitgaven, "FIN-01") == "Vorige bevraging (werkjaar 2024): € 125.000,50"
    assert previous_line(uitgaven, "FIN-03") == "Vorige bevraging (werkjaar 2024): 4,75 VTE"


def test_a_special_answer_of_then_is_shown_in_words(two_years, as_user):
    page = as_user("invoerder").get("/registratie/2025/13017/AAN/doelgroepen/")
    assert previous_line(page, "AAN-05") == "Vorige bevraging (werkjaar 2024): niet van toepassing"


def test_answers_that_were_never_confirmed_are_not_shown(two_years, people, client):
    client.force_login(people["brecht"])
    page = client.get("/registratie/2025/11009/FIN/uitgaven/")
    assert page.status_code == 200
    assert html(page).select(".question__previous") == []


def test_a_renamed_question_finds_its_earlier_answer_by_its_previous_code(two_years, as_user):
    _previous, current = two_years
    edit_question(current, "FIN-01", code="FIN-10", previous_code="FIN-01")
    page = as_user("invoerder").get(UITGAVEN)
    assert previous_line(page, "FIN-10") == "Vorige bevraging (werkjaar 2024): € 125.000,50"


def test_without_a_previous_campaign_nothing_is_shown(campaign, as_user):
    page = as_user("invoerder").get(ACTIVITEITEN)
    assert html(page).select(".question__previous") == []


def test_the_review_shows_the_previous_value_beside_the_current_one(two_years, as_user):
    client = as_user("invoerder")
    post_step(client, ACTIVITEITEN, {"q__AAN-02": "ja", "q__AAN-04": "40"})
    page = client.get(summary_url("AAN"))
    headers = [
        " ".join(th.get_text().split()) for th in html(page).select(".review-table thead th")
    ]
    assert "Werkjaar 2024" in headers
    row = html(page).find(id="antwoord-AAN-04")
    cells = [" ".join(td.get_text().split()) for td in row.find_all("td")]
    assert cells[0] == "40 dagen" and cells[1] == "35 dagen"
    assert "Wijzigen" in cells[-1]
    assert row.find("a")["href"].endswith("/activiteiten/#vraag-AAN-04")


# --- taking over -----------------------------------------------------------------------


@pytest.fixture
def may_take_over(two_years):
    _previous, current = two_years
    edit_question(current, "AAN-02", may_take_over=True)
    edit_question(current, "AAN-04", may_take_over=True)
    return two_years


def test_taking_over_fills_only_empty_answers_and_is_audited(may_take_over, as_user):
    client = as_user("invoerder")
    page = client.get(ACTIVITEITEN)
    assert "Antwoorden van de vorige bevraging overnemen" in text(page)
    # AAN-04 is hidden until AAN-02 = ja: only AAN-02 can be taken over now.
    assert "Eén vraag van dit thema is nog leeg" in text(page)
    response = post_step(client, ACTIVITEITEN, button={"action": "take_over"})
    assert response.status_code == 302
    page = client.get(ACTIVITEITEN)
    assert "1 antwoord overgenomen uit werkjaar 2024. Kijk het na." in messages_on(page)
    assert stored()["AAN-02"].value is True
    entry = AuditEntry.objects.get(question_code="AAN-02", participation__campaign__werkjaar=2025)
    assert entry.note == "overgenomen uit werkjaar 2024"
    assert entry.by.username == "invoerder"
    # Now AAN-04 applies and is empty: a second take-over fills it, and nothing else.
    post_step(client, ACTIVITEITEN, button={"action": "take_over"})
    assert stored()["AAN-04"].value == 35
    assert "Antwoorden van de vorige bevraging overnemen" not in text(client.get(ACTIVITEITEN))


def test_taking_over_never_overwrites_an_answer(may_take_over, as_user):
    client = as_user("invoerder")
    post_step(client, ACTIVITEITEN, {"q__AAN-02": "nee"}, button={"action": "take_over"})
    assert stored()["AAN-02"].value is False
    assert "Er was niets over te nemen" in " ".join(messages_on(client.get(ACTIVITEITEN)))


def test_taking_over_is_refused_in_a_confirmed_rubric(may_take_over, kasterlee, people):
    _previous, current = may_take_over
    from surveys.services import rubric_confirm

    save_as_system(current, kasterlee, {"AAN-07": "2020-01-01"})
    response = kasterlee.participations.get(campaign=current).rubric_responses.get()
    rubric_confirm(response=response, by=people["coordinator"])
    rubric = questionnaire_for_campaign(campaign=current).rubric("AAN")
    with pytest.raises(RubricLocked):
        answers_take_over(
            municipality=kasterlee,
            campaign=current,
            rubric=rubric,
            theme_slug="activiteiten",
            by=people["invoerder"],
        )
    assert not Answer.objects.filter(
        participation__campaign=current, question_code="AAN-02"
    ).exists()
    assert response.__class__.objects.get(pk=response.pk).status == RubricStatus.CONFIRMED


def test_the_raadpleger_is_offered_no_take_over(may_take_over, as_user):
    page = as_user("raadpleger").get(ACTIVITEITEN)
    assert "Antwoorden van de vorige bevraging overnemen" not in text(page)
