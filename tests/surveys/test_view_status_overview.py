"""The status overview, participation and the campaign dates."""

from __future__ import annotations

import pytest
from django.utils.formats import date_format

from surveys.models import Answer, Participation, RubricStatus
from tests.surveys.pages import (
    ACTIVITEITEN,
    DOELGROEPEN,
    OVERVIEW,
    SAVE,
    UITGAVEN,
    buttons,
    days,
    html,
    messages_on,
    messages_or_errors,
    move_campaign,
    overview_rows,
    post_step,
    response_of,
    stored,
    summary_url,
    text,
)

pytestmark = pytest.mark.django_db


# --- 2. the status overview ---------------------------------------------------------------


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


# --- 9. campaign dates --------------------------------------------------------------------


def test_before_the_opening_date_nothing_can_be_entered(as_user, campaign):
    move_campaign(campaign, opening=5, closing=15, deadline=25)
    client = as_user("invoerder")
    assert "De registratie is nog niet geopend." in text(client.get(OVERVIEW))
    page = client.get(ACTIVITEITEN)
    assert page.status_code == 200
    assert "Opslaan" not in buttons(page)
    opening = date_format(campaign.opening_date, "j F Y")
    assert f"De registratie is nog niet geopend. Ze opent op {opening}." in text(page)
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
