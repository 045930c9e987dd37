"""The codebook per werkjaar as CSV, XLSX and JSON: every question with its settings and
every check (issue 11, part 3, the export)."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import load_workbook

from surveys.models import CampaignPage
from tests.reports.test_exports import read_csv
from tests.surveys.years import edit_question, set_checks

pytestmark = pytest.mark.django_db

URL = "/admin/export/2025/codeboek.{}"


@pytest.fixture
def as_team(client, project_team_user):
    client.force_login(project_team_user)
    return client


@pytest.fixture
def with_checks(campaign):
    set_checks(
        campaign,
        "AAN",
        [("compare", {"code": "AAN-C1", "smaller": "AAN-04", "larger": "AAN-05"})],
    )
    edit_question(campaign, "AAN-04", may_take_over=True, text="=SOM(A1:A9) activiteiten")
    return CampaignPage.objects.get(pk=campaign.pk)


def test_the_csv_lists_every_question_in_order_with_its_settings(as_team, with_checks):
    response = as_team.get(URL.format("csv"))
    assert response.status_code == 200
    assert "vrijetijdsmonitor-2025-codeboek.csv" in response["Content-Disposition"]
    table = read_csv(response.content)
    header = table[0]
    assert header[:6] == ["Code", "Rubriek", "Thema", "Positie", "Type", "Vraag"]
    rows = {line[0]: dict(zip(header, line, strict=True)) for line in table[1:]}
    codes = [line[0] for line in table[1:]]
    assert codes[:2] == ["AAN-01", "AAN-02"] and "FIN-01" in codes
    table_question = rows["AAN-01"]
    assert table_question["Type"] == "table"
    assert table_question["Antwoordopties (code=label)"].startswith("rijen: cultuur=")
    follow_up = rows["AAN-04"]
    assert follow_up["Voorwaarde"] == "AAN-02 equals ja"
    assert follow_up["Mag overgenomen worden"] == "ja"
    assert follow_up["Vraag"] == "'=SOM(A1:A9) activiteiten"  # never a formula


def test_the_xlsx_has_the_questions_and_the_checks(as_team, with_checks):
    response = as_team.get(URL.format("xlsx"))
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Vragen", "Controles"]
    questions = list(workbook["Vragen"].iter_rows(values_only=True))
    assert questions[0][0] == "Code" and len(questions) > 5
    checks = list(workbook["Controles"].iter_rows(values_only=True))
    assert checks[1][:4] == ("AAN", "AAN-C1", "compare", "waarschuwing")
    assert json.loads(checks[1][5])["smaller"] == "AAN-04"
    text_cell = next(
        row[5] for row in workbook["Vragen"].iter_rows(min_row=2) if row[0].value == "AAN-04"
    )
    assert text_cell.data_type == "s"


def test_the_json_is_the_questionnaire_api_with_the_checks(as_team, client, with_checks):
    data = as_team.get(URL.format("json")).json()
    api = client.get("/api/vragenlijst/2025/").json()
    aanbod = data["rubrics"][0]
    assert aanbod["checks"][0]["code"] == "AAN-C1"
    assert aanbod["themes"] == api["rubrics"][0]["themes"]


def test_only_the_project_team_downloads_the_codebook(client, campaign, as_team):
    from roles.models import Municipality, Role
    from tests.surveys.conftest import person

    invoerder = person("invoerder", Municipality.objects.get(nis_code="13017"), Role.INVOERDER)
    assert as_team.get(URL.format("pdf")).status_code == 404
    assert as_team.get("/admin/export/1999/codeboek.csv").status_code == 404
    client.logout()
    assert client.get(URL.format("csv")).status_code == 302  # to the login
    client.force_login(invoerder)
    assert client.get(URL.format("csv")).status_code in (302, 403)
