"""Who sees which registration page (the permission ladder)."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from surveys.models import Participation
from tests.surveys.pages import (
    ACTIVITEITEN,
    BRECHT_OVERVIEW,
    OVERVIEW,
    SAVE,
    START,
    UITGAVEN,
    audit_url,
    html,
    post_step,
    stored,
    summary_url,
)

pytestmark = pytest.mark.django_db


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
