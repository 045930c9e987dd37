"""The registration pages as a user sees them: roles, the wizard, conflicts, confirmation.

Every test drives the pages through the Django test client the way a browser would: a step
is first fetched, the rendered form is filled in (``form_data`` collects what a browser
submits, hidden ``versions`` included) and one of its buttons is pressed.
"""

from __future__ import annotations

import datetime
import json
from typing import Any
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client
from django.utils import timezone

from surveys.models import Answer, AuditEntry, Participation, RubricResponse, RubricStatus

pytestmark = pytest.mark.django_db

OVERVIEW = "/registratie/2025/13017/"
BRECHT_OVERVIEW = "/registratie/2025/11009/"
START = "/registratie/"

SAVE = {"action": "save"}
NEXT = {"action": "next"}


def goto(slug: str) -> dict[str, str]:
    """The "Vorige" and step-list buttons: wizard_goto_step=<slug>."""
    return {"wizard_goto_step": slug}


def step_url(rubric: str, slug: str) -> str:
    return f"{OVERVIEW}{rubric}/{slug}/"


def summary_url(rubric: str) -> str:
    return f"{OVERVIEW}{rubric}/"


def audit_url(rubric: str) -> str:
    return f"{OVERVIEW}{rubric}/historiek/"


ACTIVITEITEN = step_url("AAN", "activiteiten")
DOELGROEPEN = step_url("AAN", "doelgroepen")
UITGAVEN = step_url("FIN", "uitgaven")


# --- reading pages ------------------------------------------------------------------------


def html(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def text(response) -> str:
    """The visible text of the page, whitespace (and &nbsp;) collapsed."""
    return " ".join(html(response).get_text(" ").split())


def messages_on(response) -> list[str]:
    return [" ".join(p.get_text().split()) for p in html(response).select(".messages .message")]


def errors_at(response, code: str) -> list[str]:
    """The error messages shown next to one question."""
    block = html(response).find(id=f"fout-{code}")
    assert block is not None, f"question {code} is not on the page"
    return [" ".join(p.get_text().split()) for p in block.select(".field__error")]


def messages_or_errors(response) -> str:
    """The messages and the form-wide errors of a page (not the explanatory texts)."""
    page = html(response)
    found = page.select(".messages .message") + page.select(".message--error")
    return " ".join(" ".join(element.get_text().split()) for element in found)


def all_field_errors(response) -> list[str]:
    return [p.get_text(strip=True) for p in html(response).select(".field__error")]


def question_block(response, code: str):
    block = html(response).find(id=f"vraag-{code}")
    assert block is not None, f"question {code} is not on the page"
    return block


def input_value(response, name: str) -> str | None:
    element = html(response).find("input", attrs={"name": name, "type": lambda t: t != "radio"})
    assert element is not None, f"no input {name}"
    return element.get("value")


def checked_value(response, name: str) -> list[str]:
    return [
        element.get("value", "")
        for element in html(response).find_all("input", attrs={"name": name})
        if element.has_attr("checked")
    ]


def buttons(response) -> list[str]:
    return [" ".join(b.get_text().split()) for b in html(response).find_all("button")]


def form_data(response, form_id: str = "step-form") -> dict[str, list[str]]:
    """What a browser submits for the rendered form, without the pressed button."""
    form = html(response).find("form", id=form_id)
    assert form is not None, f"no form #{form_id} on the page"
    data: dict[str, list[str]] = {}
    for element in form.find_all(["input", "select", "textarea"]):
        name = element.get("name")
        if not name or element.has_attr("disabled"):
            continue
        kind = element.get("type", "text") if element.name == "input" else element.name
        if kind in ("submit", "button", "image", "reset"):
            continue
        if kind in ("radio", "checkbox"):
            if element.has_attr("checked"):
                data.setdefault(name, []).append(element.get("value", "on"))
            continue
        if kind == "select":
            chosen = element.find_all("option", selected=True) or element.find_all("option")[:1]
            data.setdefault(name, []).extend(option.get("value", "") for option in chosen)
            continue
        if kind == "textarea":
            # A browser drops the newline right after <textarea>.
            data.setdefault(name, []).append(element.get_text().removeprefix("\n"))
            continue
        data.setdefault(name, []).append(element.get("value", ""))
    return data


def answer_inputs(response) -> list[Any]:
    """Every input, select and textarea that holds an answer (q__… and s__…)."""
    form = html(response).find("form", id="step-form")
    return [
        element
        for element in form.find_all(["input", "select", "textarea"])
        if element.get("name", "").startswith(("q__", "s__"))
    ]


def fill(fields: dict[str, list[str]], data: dict[str, Any] | None) -> dict[str, list[str]]:
    """Type ``data`` over the fields (None unchecks / removes a field)."""
    fields = {name: list(values) for name, values in fields.items()}
    for name, value in (data or {}).items():
        if value is None:
            fields.pop(name, None)
        else:
            fields[name] = list(value) if isinstance(value, list | tuple) else [str(value)]
    return fields


def post_step(client, url: str, data: dict[str, Any] | None = None, button=SAVE, *, page=None):
    """Open the step (or reuse a rendered ``page``), type ``data`` and press ``button``."""
    page = page if page is not None else client.get(url)
    assert page.status_code == 200, page.status_code
    return client.post(url, {**fill(form_data(page), data), **button})


# --- reading the database -----------------------------------------------------------------


def stored() -> dict[str, Answer]:
    return {
        answer.question_code: answer
        for answer in Answer.objects.filter(participation__municipality__nis_code="13017")
    }


def response_of(rubric: str) -> RubricResponse:
    return RubricResponse.objects.select_related("confirmed_by").get(
        participation__municipality__nis_code="13017", rubric__code=rubric
    )


def days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


def move_campaign(campaign, *, opening: int, closing: int, deadline: int) -> None:
    """Set the campaign's dates (days from today) on the live page row."""
    campaign.opening_date = days(opening)
    campaign.closing_date = days(closing)
    campaign.confirmation_deadline = days(deadline)
    campaign.save()


@pytest.fixture
def as_user(client, people):
    """Log the test client in as one of the people (by key); returns the client."""

    def login(who: str):
        client.logout()
        client.force_login(people[who])
        return client

    return login


# --- 1. who sees which page ---------------------------------------------------------------

PAGES = {
    "overzicht": OVERVIEW,
    "stap": ACTIVITEITEN,
    "samenvatting": summary_url("AAN"),
    "historiek": audit_url("AAN"),
}


@pytest.mark.parametrize("url", [START, *PAGES.values()])
def test_anonymous_visitors_are_sent_to_the_login_page(client, campaign, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={quote(url)}"


@pytest.mark.parametrize("who", ["nobody", "brecht", "beheerder"])
def test_people_without_a_data_role_in_kasterlee_are_refused(as_user, campaign, who):
    client = as_user(who)
    statuses = {name: client.get(url).status_code for name, url in PAGES.items()}
    assert statuses == dict.fromkeys(PAGES, 403)


@pytest.mark.parametrize("who", ["invoerder", "coordinator", "raadpleger", "team"])
def test_roles_of_kasterlee_see_the_registration_pages(as_user, campaign, who):
    client = as_user(who)
    statuses = {name: client.get(url).status_code for name, url in PAGES.items()}
    audit = 200 if who == "team" else 403
    assert statuses == {"overzicht": 200, "stap": 200, "samenvatting": 200, "historiek": audit}


def test_the_audit_trail_of_a_rubric_with_answers_is_for_the_project_team_only(as_user, campaign):
    post_step(as_user("invoerder"), UITGAVEN, {"q__FIN-01": "100"})
    assert as_user("invoerder").get(audit_url("FIN")).status_code == 403
    assert as_user("coordinator").get(audit_url("FIN")).status_code == 403
    assert as_user("team").get(audit_url("FIN")).status_code == 200


@pytest.mark.parametrize(
    "who, expected",
    [("invoerder", OVERVIEW), ("coordinator", OVERVIEW), ("brecht", BRECHT_OVERVIEW)],
)
def test_registration_start_leads_to_the_own_municipality(as_user, campaign, who, expected):
    response = as_user(who).get(START)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("who", ["nobody", "beheerder"])
def test_registration_start_refuses_people_without_a_data_role(as_user, campaign, who):
    assert as_user(who).get(START).status_code == 403


def test_registration_start_lets_the_project_team_choose_a_municipality(as_user, campaign):
    response = as_user("team").get(START)
    assert response.status_code == 200
    links = {a["href"] for a in html(response).select(".card-list a")}
    assert {OVERVIEW, BRECHT_OVERVIEW} <= links


def test_a_post_by_someone_of_another_municipality_is_refused(as_user, campaign):
    response = as_user("brecht").post(ACTIVITEITEN, {"q__AAN-02": "ja", **SAVE})
    assert response.status_code == 403
    assert stored() == {}
    assert not Participation.objects.filter(municipality__nis_code="13017").exists()


# --- 2. the status overview ---------------------------------------------------------------


def overview_rows(response) -> dict[str, Any]:
    rows = {}
    for row in html(response).select("table.status-table tbody tr"):
        cells = row.find_all(["th", "td"])
        rows[" ".join(cells[0].get_text().split())] = {
            "status": " ".join(cells[1].get_text().split()),
            "beantwoord": " ".join(cells[2].get_text().split()),
            "bevestigd": " ".join(cells[3].get_text().split()),
            "themes": [a["href"] for a in cells[4].find_all("a")],
            "link": cells[0].find("a")["href"],
        }
    return rows


def test_overview_lists_every_rubric_not_started_with_links_to_its_themes(as_user, campaign):
    response = as_user("invoerder").get(OVERVIEW)
    assert response.status_code == 200
    rows = overview_rows(response)
    assert list(rows) == ["Aanbod", "Financiën"]
    assert rows["Aanbod"]["status"] == "○ Niet gestart"
    assert rows["Financiën"]["status"] == "○ Niet gestart"
    assert rows["Aanbod"]["beantwoord"] == "0 %"
    assert rows["Financiën"]["beantwoord"] == "0 %"
    assert rows["Aanbod"]["themes"] == [ACTIVITEITEN, DOELGROEPEN]
    assert rows["Financiën"]["themes"] == [UITGAVEN]
    assert rows["Aanbod"]["link"] == summary_url("AAN")
    assert "Statusoverzicht Kasterlee – werkjaar 2025" in text(response)


def test_overview_shows_status_and_percentage_after_a_save(as_user, campaign):
    client = as_user("invoerder")
    post_step(client, UITGAVEN, {"q__FIN-01": "€ 2.500"})
    rows = overview_rows(client.get(OVERVIEW))
    # FIN has four applicable questions (FIN-04 is optional but applicable): 1 of 4.
    assert rows["Financiën"]["status"] == "◐ In uitvoering"
    assert rows["Financiën"]["beantwoord"] == "25 % (1/4)"
    assert rows["Aanbod"]["status"] == "○ Niet gestart"


def test_any_role_of_the_municipality_can_register_it(as_user, campaign):
    client = as_user("raadpleger")
    page = client.get(OVERVIEW)
    assert "Inschrijven voor deze bevraging" in buttons(page)
    response = client.post(OVERVIEW, {"action": "register"})
    assert (response.status_code, response["Location"]) == (302, OVERVIEW)
    participation = Participation.objects.get(municipality__nis_code="13017")
    assert participation.registered_explicitly
    page = client.get(OVERVIEW)
    assert "Uw gemeente neemt deel aan deze bevraging." in messages_on(page)
    assert "Kasterlee neemt deel aan deze bevraging." in text(page)
    assert "Inschrijven voor deze bevraging" not in buttons(page)


def test_the_coordinator_objects_to_automatic_confirmation_and_withdraws_it(as_user, campaign):
    client = as_user("coordinator")
    assert "Bezwaar maken tegen automatische bevestiging" in buttons(client.get(OVERVIEW))
    client.post(OVERVIEW, {"action": "object"})
    assert Participation.objects.get(municipality__nis_code="13017").objects_to_auto_confirm
    page = client.get(OVERVIEW)
    assert "Uw bezwaar tegen automatische bevestiging is genoteerd." in messages_on(page)
    assert "Bezwaar tegen automatische bevestiging intrekken" in buttons(page)
    client.post(OVERVIEW, {"action": "withdraw_objection"})
    assert not Participation.objects.get(municipality__nis_code="13017").objects_to_auto_confirm


def test_an_invoerder_cannot_object_and_the_refusal_changes_nothing(as_user, campaign):
    client = as_user("invoerder")
    assert "Bezwaar maken tegen automatische bevestiging" not in buttons(client.get(OVERVIEW))
    response = client.post(OVERVIEW, {"action": "object"})
    assert (response.status_code, response["Location"]) == (302, OVERVIEW)
    assert "Enkel een coördinator kan dit wijzigen." in messages_on(client.get(OVERVIEW))
    # A refused request does not make the municipality a participant either.
    assert not Participation.objects.filter(municipality__nis_code="13017").exists()


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
    assert errors_at(response, "AAN-04") == [
        "Geef een geheel getal in, zonder cijfers na de komma."
    ]
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


# --- 6. two invoerders on one theme -------------------------------------------------------


@pytest.fixture
def two_invoerders(client, people, campaign):
    """Two logged-in browsers of Kasterlee, with AAN-02 = ja saved so AAN-04 applies."""
    first, second = client, Client()
    first.force_login(people["invoerder"])
    second.force_login(people["invoerder2"])
    post_step(first, ACTIVITEITEN, {"q__AAN-02": "ja"})
    return first, second


def conflict_page(two_invoerders):
    """Both open the step; the first saves AAN-04 = 10, the second then saves 20."""
    first, second = two_invoerders
    first_page, second_page = first.get(ACTIVITEITEN), second.get(ACTIVITEITEN)
    assert json.loads(input_value(second_page, "versions")) == {"AAN-02": 1}
    assert post_step(first, ACTIVITEITEN, {"q__AAN-04": "10"}, page=first_page).status_code == 302
    return post_step(second, ACTIVITEITEN, {"q__AAN-04": "20"}, page=second_page)


def test_a_later_save_does_not_overwrite_what_someone_else_saved(two_invoerders):
    response = conflict_page(two_invoerders)
    assert response.status_code == 200
    block = question_block(response, "AAN-04")
    assert "Dit antwoord werd intussen gewijzigd." in block.get_text()
    values = [" ".join(dd.get_text().split()) for dd in block.select(".conflict__values dd")]
    assert values == ["10 dagen", "20 dagen"]
    assert "Opgeslagen door Invoerder" in block.get_text()
    answer = stored()["AAN-04"]
    assert (answer.value, answer.version) == (10, 1)
    assert input_value(response, "q__AAN-04") == "20"
    assert [i["value"] for i in block.find_all("input", attrs={"name": "keep__AAN-04"})] == [
        "mine",
        "theirs",
    ]
    assert any("Iemand anders heeft intussen" in message for message in messages_on(response))


def test_after_a_conflict_keeping_mine_saves_my_answer(two_invoerders):
    _first, second = two_invoerders
    page = conflict_page(two_invoerders)
    response = post_step(second, ACTIVITEITEN, {"keep__AAN-04": "mine"}, page=page)
    assert response.status_code == 302
    answer = stored()["AAN-04"]
    assert (answer.value, answer.version, answer.updated_by.username) == (20, 2, "invoerder2")


def test_after_a_conflict_keeping_theirs_keeps_their_answer(two_invoerders):
    _first, second = two_invoerders
    page = conflict_page(two_invoerders)
    response = post_step(second, ACTIVITEITEN, {"keep__AAN-04": "theirs"}, page=page)
    assert response.status_code == 302
    answer = stored()["AAN-04"]
    assert (answer.value, answer.version, answer.updated_by.username) == (10, 1, "invoerder")
    assert input_value(second.get(ACTIVITEITEN), "q__AAN-04") == "10"


def test_after_a_conflict_saving_again_without_a_choice_overwrites_nothing(two_invoerders):
    """The keep__ radio is required ("Kies welk antwoord u wilt behouden.")."""
    _first, second = two_invoerders
    page = conflict_page(two_invoerders)
    response = post_step(second, ACTIVITEITEN, page=page)
    assert stored()["AAN-04"].value == 10
    assert response.status_code == 200
    assert "Kies welk antwoord u wilt behouden." in question_block(response, "AAN-04").get_text()


def test_two_invoerders_filling_in_different_questions_of_a_theme_do_not_conflict(
    two_invoerders,
):
    first, second = two_invoerders
    first_page, second_page = first.get(ACTIVITEITEN), second.get(ACTIVITEITEN)
    post_step(first, ACTIVITEITEN, {"q__AAN-04": "10"}, page=first_page)
    # The second never touched AAN-04 (it was empty when they opened the step).
    response = post_step(second, ACTIVITEITEN, {"q__AAN-03": "vzw"}, page=second_page)
    assert response.status_code == 302, [
        " ".join(b.get_text().split()) for b in html(response).select(".conflict")
    ]
    answers = stored()
    assert (answers["AAN-03"].value, answers["AAN-04"].value) == ("vzw", 10)


def test_saving_a_stale_page_twice_never_erases_a_colleagues_answer(two_invoerders):
    """The second clicks "Opslaan" again on the conflict page they did not cause."""
    first, second = two_invoerders
    first_page, second_page = first.get(ACTIVITEITEN), second.get(ACTIVITEITEN)
    post_step(first, ACTIVITEITEN, {"q__AAN-04": "10"}, page=first_page)
    response = post_step(second, ACTIVITEITEN, {"q__AAN-03": "vzw"}, page=second_page)
    # No conflict: the second person left AAN-04 empty and never saw an answer there.
    assert response.status_code == 302
    post_step(second, ACTIVITEITEN)  # and saving the fresh page again changes nothing
    answers = stored()
    assert (answers["AAN-03"].value, answers["AAN-04"].value) == ("vzw", 10)


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
    assert "U hebt geen toelating voor deze actie." in text(response)


def test_a_post_by_the_raadpleger_does_not_make_the_municipality_participate(as_user, campaign):
    as_user("raadpleger").post(ACTIVITEITEN, {"q__AAN-02": "nee", "versions": "{}", **SAVE})
    assert not Participation.objects.filter(municipality__nis_code="13017").exists()
    assert Answer.objects.count() == 0


# --- 8. the rubric summary: confirm and reopen --------------------------------------------


@pytest.fixture
def half_filled(as_user, campaign):
    """AAN with AAN-02 = nee and AAN-07 answered: AAN-01 and AAN-05 are open and required."""
    client = as_user("invoerder")
    post_step(client, ACTIVITEITEN, {"q__AAN-02": "nee"})
    post_step(client, DOELGROEPEN, {"q__AAN-07": "2020-05-01"})
    return client


def test_the_summary_lists_the_open_required_questions_with_links(half_filled):
    page = half_filled.get(summary_url("AAN"))
    assert page.status_code == 200
    links = {
        " ".join(a.get_text().split()): a["href"] for a in html(page).select(".open-questions a")
    }
    assert links == {
        "AAN-01 Vraag AAN-01": f"{ACTIVITEITEN}#vraag-AAN-01",
        "AAN-05 Voor welke doelgroepen?": f"{DOELGROEPEN}#vraag-AAN-05",
    }
    assert "2 van 4 toepasselijke vragen" in text(page)


def test_confirming_with_open_questions_needs_the_checkbox(half_filled, as_user):
    client = as_user("coordinator")
    page = client.get(summary_url("AAN"))
    assert "Rubriek bevestigen" in buttons(page)
    assert html(page).find("input", attrs={"name": "open_questions_seen"}) is not None

    response = client.post(summary_url("AAN"), {"action": "confirm"})
    assert response.status_code == 200
    assert "Er zijn nog open vragen. Vink aan dat u ze gezien hebt om toch te bevestigen." in (
        text(response)
    )
    assert response_of("AAN").status == RubricStatus.IN_PROGRESS

    response = client.post(summary_url("AAN"), {"action": "confirm", "open_questions_seen": "on"})
    assert (response.status_code, response["Location"]) == (302, summary_url("AAN"))
    confirmed = response_of("AAN")
    assert confirmed.status == RubricStatus.CONFIRMED
    assert confirmed.confirmed_by.username == "coordinator"
    row = overview_rows(client.get(OVERVIEW))["Aanbod"]
    assert row["status"] == "◉ Bevestigd"
    assert "Coordinator" in row["bevestigd"]
    assert "Bevestigd door Coordinator" in text(client.get(summary_url("AAN")))


def test_a_complete_rubric_is_confirmed_without_the_checkbox(as_user, campaign):
    post_step(
        as_user("invoerder"),
        UITGAVEN,
        {"q__FIN-01": "1000", "q__FIN-02": "50", "q__FIN-03": "2,5"},
    )
    client = as_user("coordinator")
    page = client.get(summary_url("FIN"))
    assert "Alle verplichte vragen zijn beantwoord." in text(page)
    assert html(page).find("input", attrs={"name": "open_questions_seen"}) is None
    response = client.post(summary_url("FIN"), {"action": "confirm"})
    assert response.status_code == 302
    assert response_of("FIN").status == RubricStatus.CONFIRMED


def test_a_rubric_without_answers_cannot_be_confirmed(as_user, campaign):
    client = as_user("coordinator")
    assert "Rubriek bevestigen" not in buttons(client.get(summary_url("FIN")))
    response = client.post(summary_url("FIN"), {"action": "confirm", "open_questions_seen": "on"})
    assert (response.status_code, response["Location"]) == (302, summary_url("FIN"))
    assert "Deze rubriek heeft nog geen antwoorden om te bevestigen." in messages_on(
        client.get(summary_url("FIN"))
    )
    assert not RubricResponse.objects.exists()


@pytest.fixture
def confirmed(half_filled, as_user):
    response = as_user("coordinator").post(
        summary_url("AAN"), {"action": "confirm", "open_questions_seen": "on"}
    )
    assert response.status_code == 302
    assert response_of("AAN").status == RubricStatus.CONFIRMED
    return response_of("AAN")


def test_a_confirmed_rubric_is_read_only_for_the_invoerder(confirmed, as_user):
    client = as_user("invoerder")
    page = client.get(ACTIVITEITEN)
    assert page.status_code == 200
    assert "Opslaan" not in buttons(page)
    assert "Deze rubriek is bevestigd: de antwoorden kunnen niet meer gewijzigd worden." in (
        text(page)
    )
    before = {code: (a.value, a.version) for code, a in stored().items()}
    response = client.post(
        ACTIVITEITEN, {"q__AAN-02": "ja", "q__AAN-04": "5", "versions": '{"AAN-02": 1}', **SAVE}
    )
    assert {code: (a.value, a.version) for code, a in stored().items()} == before
    assert response.status_code == 200
    assert "De rubriek Aanbod is bevestigd en kan niet meer gewijzigd worden." in text(response)
    # Only this rubric is locked: Financiën can still be entered.
    assert "Opslaan" in buttons(client.get(UITGAVEN))


def test_the_invoerder_cannot_confirm(half_filled, as_user):
    client = as_user("invoerder")
    page = client.get(summary_url("AAN"))
    assert "Rubriek bevestigen" not in buttons(page)
    response = client.post(summary_url("AAN"), {"action": "confirm", "open_questions_seen": "on"})
    assert response_of("AAN").status == RubricStatus.IN_PROGRESS
    assert (response.status_code, response["Location"]) == (302, summary_url("AAN"))
    assert "U hebt geen toelating voor deze actie." in messages_on(client.get(summary_url("AAN")))


def test_only_the_project_team_sees_reopen(confirmed, as_user):
    page = as_user("coordinator").get(summary_url("AAN"))
    assert "Rubriek heropenen" not in buttons(page)
    assert "Rubriek bevestigen" not in buttons(page)
    assert "Rubriek heropenen" in buttons(as_user("team").get(summary_url("AAN")))


def test_the_coordinator_cannot_reopen(confirmed, as_user):
    response = as_user("coordinator").post(
        summary_url("AAN"), {"action": "reopen", "reason": "Oeps"}
    )
    assert response.status_code == 403
    assert response_of("AAN").status == RubricStatus.CONFIRMED


def test_reopening_needs_a_reason_and_mails_the_coordinator(
    confirmed, as_user, django_capture_on_commit_callbacks
):
    client = as_user("team")
    mail.outbox.clear()
    response = client.post(summary_url("AAN"), {"action": "reopen", "reason": "  "})
    assert response.status_code == 200
    assert "Geef een reden op." in text(response)
    assert response_of("AAN").status == RubricStatus.CONFIRMED

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            summary_url("AAN"), {"action": "reopen", "reason": "Cijfers AAN-01 ontbreken."}
        )
    assert (response.status_code, response["Location"]) == (302, summary_url("AAN"))
    reopened = response_of("AAN")
    assert reopened.status == RubricStatus.IN_PROGRESS
    assert reopened.reopen_reason == "Cijfers AAN-01 ontbreken."
    [message] = mail.outbox
    assert message.to == ["coordinator@example.be"]
    assert "heropend" in message.subject
    assert "Cijfers AAN-01 ontbreken." in message.body
    # The invoerder can enter again.
    page = as_user("invoerder").get(ACTIVITEITEN)
    assert "Opslaan" in buttons(page)
    assert "Heropend door het projectteam" in text(as_user("invoerder").get(summary_url("AAN")))


# --- 9. campaign dates --------------------------------------------------------------------


def test_before_the_opening_date_nothing_can_be_entered(as_user, campaign):
    move_campaign(campaign, opening=5, closing=15, deadline=25)
    client = as_user("invoerder")
    assert "De registratie is nog niet geopend." in text(client.get(OVERVIEW))
    page = client.get(ACTIVITEITEN)
    assert page.status_code == 200
    assert "Opslaan" not in buttons(page)
    assert "De registratie opent op" in text(page)
    response = client.post(ACTIVITEITEN, {"q__AAN-02": "ja", "versions": "{}", **SAVE})
    assert response.status_code == 200
    assert "De registratie is nog niet geopend." in messages_or_errors(response)
    assert Answer.objects.count() == 0


@pytest.fixture
def after_closing(as_user, campaign):
    """An answer saved in time; then closed five days ago, confirmation open for five more."""
    post_step(as_user("invoerder"), ACTIVITEITEN, {"q__AAN-02": "ja"})
    move_campaign(campaign, opening=-20, closing=-5, deadline=5)
    return campaign


def test_after_closing_entry_is_refused_but_the_coordinator_can_confirm(after_closing, as_user):
    client = as_user("invoerder")
    assert "Antwoorden ingeven is afgesloten." in text(client.get(OVERVIEW))
    page = client.get(ACTIVITEITEN)
    assert "Opslaan" not in buttons(page)
    assert "De periode om antwoorden in te geven is afgelopen." in text(page)
    response = client.post(ACTIVITEITEN, {"q__AAN-02": "nee", "versions": '{"AAN-02": 1}', **SAVE})
    assert stored()["AAN-02"].value is True
    assert response.status_code == 200
    assert "De periode om antwoorden in te geven is afgelopen." in messages_or_errors(response)

    coordinator = as_user("coordinator")
    assert "Rubriek bevestigen" in buttons(coordinator.get(summary_url("AAN")))
    response = coordinator.post(
        summary_url("AAN"), {"action": "confirm", "open_questions_seen": "on"}
    )
    assert response.status_code == 302
    assert response_of("AAN").status == RubricStatus.CONFIRMED


def test_an_own_extension_by_the_project_team_reopens_entry(after_closing, as_user):
    until = days(7)
    team = as_user("team")
    assert html(team.get(OVERVIEW)).find("input", attrs={"name": "extension_until"}) is not None
    response = team.post(OVERVIEW, {"action": "extend", "extension_until": until.isoformat()})
    assert (response.status_code, response["Location"]) == (302, OVERVIEW)
    participation = Participation.objects.get(municipality__nis_code="13017")
    assert participation.extension_until == until
    assert "De verlenging is bewaard." in messages_on(team.get(OVERVIEW))

    client = as_user("invoerder")
    page = client.get(ACTIVITEITEN)
    assert "Opslaan" in buttons(page)
    response = post_step(client, ACTIVITEITEN, {"q__AAN-02": "nee"}, page=page)
    assert response.status_code == 302
    assert stored()["AAN-02"].value is False
    # Only Kasterlee got the extension.
    brecht = as_user("brecht")
    assert "Opslaan" not in buttons(brecht.get("/registratie/2025/11009/AAN/activiteiten/"))


def test_an_extension_with_a_wrong_date_is_refused_at_the_field(after_closing, as_user):
    response = as_user("team").post(OVERVIEW, {"action": "extend", "extension_until": "morgen"})
    assert response.status_code == 200
    field = html(response).find("input", attrs={"name": "extension_until"}).parent
    assert field.select(".field__error")
    assert Participation.objects.get(municipality__nis_code="13017").extension_until is None


@pytest.mark.parametrize("who", ["coordinator", "invoerder"])
def test_only_the_project_team_grants_an_extension(after_closing, as_user, who):
    client = as_user(who)
    assert html(client.get(OVERVIEW)).find("input", attrs={"name": "extension_until"}) is None
    response = client.post(OVERVIEW, {"action": "extend", "extension_until": days(7).isoformat()})
    assert response.status_code == 403
    assert Participation.objects.get(municipality__nis_code="13017").extension_until is None
    assert "Opslaan" not in buttons(as_user("invoerder").get(ACTIVITEITEN))


# --- 10. the audit trail ------------------------------------------------------------------


def audit_rows(response) -> list[list[str]]:
    return [
        [" ".join(cell.get_text().split()) for cell in row.find_all("td")]
        for row in html(response).select("table.status-table > tbody > tr")
    ]


def test_the_audit_trail_lists_answer_and_status_changes(as_user, campaign):
    invoerder = as_user("invoerder")
    post_step(invoerder, UITGAVEN, {"q__FIN-01": "€ 2.500"})
    post_step(as_user("invoerder2"), UITGAVEN, {"q__FIN-01": "3000"})
    page = as_user("team").get(audit_url("FIN"))
    assert page.status_code == 200
    rows = [row[1:] for row in audit_rows(page)]  # without the time
    assert ["Invoerder2", "Antwoord FIN-01", "€ 2.500,00", "€ 3.000,00"] in rows
    assert ["Invoerder", "Antwoord FIN-01", "–", "€ 2.500,00"] in rows
    status_rows = [row for row in rows if row[1].startswith("Status")]
    assert len(status_rows) == 1
    assert AuditEntry.objects.filter(kind=AuditEntry.Kind.STATUS).count() == 1


def test_the_audit_trail_shows_confirmation_and_reopening_with_the_reason(confirmed, as_user):
    client = as_user("team")
    client.post(summary_url("AAN"), {"action": "reopen", "reason": "Tabel ontbreekt."})
    rows = [row[1:] for row in audit_rows(client.get(audit_url("AAN")))]
    whats = [row[1] for row in rows]
    assert "Status: Tabel ontbreekt." in whats
    assert ["Coordinator", "Status"] in [row[:2] for row in rows]
    assert any(row[0] == "Invoerder" and row[1] == "Antwoord AAN-02" for row in rows)


def test_the_audit_trail_names_statuses_in_dutch(as_user, campaign):
    post_step(as_user("invoerder"), UITGAVEN, {"q__FIN-01": "100"})
    rows = audit_rows(as_user("team").get(audit_url("FIN")))
    [status] = [row for row in rows if row[2].startswith("Status")]
    assert status[3:] == ["Niet gestart", "In uitvoering"]


def test_the_audit_trail_shows_a_table_answer_as_a_table(as_user, campaign):
    post_step(as_user("invoerder"), ACTIVITEITEN, {"q__AAN-01__sport__aantal": "1.234"})
    page = as_user("team").get(audit_url("AAN"))
    assert b"&lt;table" not in page.content
    [table] = html(page).select("table.status-table table.answer-table")
    assert "1.234" in table.get_text()
