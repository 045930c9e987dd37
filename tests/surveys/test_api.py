"""The published questionnaire as JSON, for any client."""

from __future__ import annotations

import copy

import pytest

from surveys.models import ThemePage

pytestmark = pytest.mark.django_db


def _questions(data):
    return [
        question
        for rubric in data["rubrics"]
        for theme in rubric["themes"]
        for question in theme["questions"]
    ]


def test_questionnaire_json_shape(client, campaign):
    response = client.get("/api/vragenlijst/2025/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["werkjaar"] == 2025
    assert [r["code"] for r in data["rubrics"]] == ["AAN", "FIN"]
    assert [t["slug"] for t in data["rubrics"][0]["themes"]] == ["activiteiten", "doelgroepen"]
    by_code = {q["code"]: q for q in _questions(data)}
    assert set(by_code) == {f"AAN-0{i}" for i in range(1, 8)} | {f"FIN-0{i}" for i in range(1, 5)}

    table = by_code["AAN-01"]
    assert table["type"] == "table"
    assert [row["code"] for row in table["table"]["rows"]] == [
        "cultuur",
        "jeugd",
        "sport",
        "vrijetijdsdienst",
    ]
    assert table["table"]["cell_type"] == "integer"
    assert table["table"]["show_totals"] is True

    follow_up = by_code["AAN-04"]
    assert follow_up["condition"] == {"question": "AAN-02", "operator": "equals", "value": "ja"}
    assert follow_up["unit"] == "dagen"
    assert follow_up["min"] == "0" and follow_up["max"] == "366"
    assert follow_up["allow_unknown"] is True
    assert follow_up["required"] is True

    choice = by_code["AAN-03"]
    assert choice["options"] == [
        {"code": "gemeente", "label": "De gemeente"},
        {"code": "vzw", "label": "Een vzw"},
    ]
    assert by_code["FIN-02"]["min"] == "0" and by_code["FIN-02"]["max"] == "100"
    assert by_code["FIN-03"]["definitions"] == [
        {
            "term": "VTE",
            "explanation": "Voltijdse equivalenten.",
            "example": "Halftijds telt als 0,5.",
        }
    ]
    assert by_code["AAN-06"]["condition"]["operator"] == "contains"
    assert by_code["AAN-07"]["required"] is False


def test_unknown_werkjaar_is_404(client, campaign):
    assert client.get("/api/vragenlijst/1999/").status_code == 404


def test_unpublished_campaign_is_not_served(client, campaign):
    campaign.unpublish()
    assert client.get("/api/vragenlijst/2025/").status_code == 404


def test_unpublished_theme_is_left_out(client, campaign):
    ThemePage.objects.get(slug="doelgroepen").unpublish()
    data = client.get("/api/vragenlijst/2025/").json()
    assert [t["slug"] for t in data["rubrics"][0]["themes"]] == ["activiteiten"]


def test_publishing_an_edited_question_changes_the_api(client, campaign):
    theme = ThemePage.objects.get(slug="activiteiten")
    raw = copy.deepcopy(list(theme.body.raw_data))
    raw[1]["value"]["text"] = "Organiseerde de gemeente een speelpleinwerking?"
    theme.body = raw
    revision = theme.save_revision()

    # A draft is not published: the API still shows the old wording.
    data = client.get("/api/vragenlijst/2025/").json()
    assert {q["code"]: q["text"] for q in _questions(data)}["AAN-02"] == (
        "Is er een speelpleinwerking?"
    )

    revision.publish()
    data = client.get("/api/vragenlijst/2025/").json()
    assert {q["code"]: q["text"] for q in _questions(data)}["AAN-02"] == (
        "Organiseerde de gemeente een speelpleinwerking?"
    )


def test_wagtail_api_v2_lists_pages(client, campaign):
    response = client.get("/api/v2/pages/?type=surveys.RubricPage")
    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    assert titles == {"Aanbod", "Financiën"}
    assert client.get("/api/v2/images/").status_code == 200
    assert client.get("/api/v2/documents/").status_code == 200


def test_the_api_shows_the_code_in_the_previous_campaign_and_take_over(client, campaign):
    from tests.surveys.years import edit_question

    edit_question(campaign, "FIN-01", code="FIN-10", previous_code="FIN-01", may_take_over=True)
    by_code = {q["code"]: q for q in _questions(client.get("/api/vragenlijst/2025/").json())}
    assert (by_code["FIN-10"]["previous_code"], by_code["FIN-10"]["may_take_over"]) == (
        "FIN-01",
        True,
    )
    assert (by_code["FIN-02"]["previous_code"], by_code["FIN-02"]["may_take_over"]) == (
        None,
        False,
    )
