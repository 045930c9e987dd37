"""The data-quality screen: which municipalities trigger which check, filters, CSV, access."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reports.quality.selectors import data_quality
from reports.quality.writers import spreadsheet_safe
from roles.models import Municipality
from surveys.models import RubricPage
from surveys.selectors import answers_for_rubric, participation_for, questionnaire_for_campaign
from surveys.services import AnswerInput, answers_save
from tests.reports.test_exports import body, other_admin_user, read_csv, refused, sent_to_login
from tests.surveys import conftest as surveys_fixtures
from tests.surveys.pages import html, text

pytestmark = pytest.mark.django_db

people = surveys_fixtures.people
kasterlee = surveys_fixtures.kasterlee
brecht = surveys_fixtures.brecht

INDEX = "reports_quality:index"
CSV = "reports_quality:csv"

CHECKS = {
    "AAN": [
        {
            "type": "compare",
            "value": {
                "code": "AAN-C1",
                "message": "Meer jeugdactiviteiten dan speeldagen.",
                "severity": "fout",
                "smaller": "AAN-01:jeugd",
                "larger": "AAN-04",
            },
        },
        {
            "type": "required_when",
            "value": {
                "code": "AAN-C2",
                "message": "Geef het aantal speeldagen.",
                "severity": "waarschuwing",
                "question": "AAN-04",
                "when_question": "AAN-02",
                "operator": "equals",
                "value": "ja",
            },
        },
    ],
    "FIN": [
        {
            "type": "compare",
            "value": {
                "code": "FIN-C1",
                "message": "Meer VTE dan het aandeel vrije tijd.",
                "severity": "waarschuwing",
                "smaller": "FIN-03",
                "larger": "FIN-02",
            },
        }
    ],
}


def municipality(nis: str) -> Municipality:
    return Municipality.objects.get(nis_code=nis)


def save(campaign, place: Municipality, rubric: str, **answers) -> None:
    """Answers as stored (AAN_04=10), with an explanation as (value, "toelichting")."""
    questionnaire = questionnaire_for_campaign(campaign=campaign)
    participation = participation_for(municipality=place, campaign=campaign)
    rubric_read = questionnaire.rubric(rubric)
    assert rubric_read is not None, f"no rubric {rubric}"
    current = answers_for_rubric(participation=participation, rubric=rubric_read)
    values = {}
    for key, answer in answers.items():
        value, explanation = answer if isinstance(answer, tuple) else (answer, None)
        values[key.replace("_", "-")] = AnswerInput(value, explanation=explanation)
    answers_save(
        municipality=place,
        campaign=campaign,
        rubric=rubric_read,
        by=None,
        system=True,
        values=values,
        seen_versions={code: current[code].version for code in values if code in current},
    )


@pytest.fixture
def with_checks(campaign):
    for code, checks in CHECKS.items():
        rubric = RubricPage.objects.get(code=code)
        rubric.checks = checks
        rubric.save_revision().publish()
    return campaign


@pytest.fixture
def findings(with_checks, kasterlee, brecht):
    """Kasterlee: AAN-C1 explained, FIN-C1 explained (with a formula); Brecht: AAN-C2;
    Gent: AAN-C1 without explanation; Leuven: no findings."""
    campaign = with_checks
    save(
        campaign,
        kasterlee,
        "AAN",
        AAN_01=({"jeugd": {"aantal": 50}}, "De zomerwerking telt mee."),
        AAN_02=True,
        AAN_04=10,
    )
    save(campaign, kasterlee, "FIN", FIN_02="3", FIN_03=("5", '=HYPERLINK("http://x","klik")'))
    save(campaign, brecht, "AAN", AAN_02=True)
    save(campaign, municipality("44021"), "AAN", AAN_01={"jeugd": {"aantal": 20}}, AAN_02=True)
    save(campaign, municipality("44021"), "AAN", AAN_04=5)
    save(campaign, municipality("24062"), "AAN", AAN_02=False)
    return campaign


def summary(quality) -> dict[str, list[str]]:
    return {check.code: [o.name for o in check.occurrences] for check in quality.checks}


# --- what the screen reads --------------------------------------------------------------


def test_per_check_the_municipalities_that_trigger_it(findings):
    quality = data_quality(campaign=findings)

    assert summary(quality) == {
        "AAN-C1": ["Gent", "Kasterlee"],
        "AAN-C2": ["Brecht"],
        "FIN-C1": ["Kasterlee"],
    }
    first = quality.checks[0]
    assert (first.rubric_code, first.code, first.severity_label, first.message) == (
        "AAN",
        "AAN-C1",
        "fout",
        "Meer jeugdactiviteiten dan speeldagen.",
    )
    gent, kasterlee_ = first.occurrences
    assert kasterlee_.figures == "AAN-01 (50) is groter dan AAN-04 (10)."
    assert (kasterlee_.target, kasterlee_.explanation) == ("AAN-01", "De zomerwerking telt mee.")
    assert (gent.province_label, gent.status_label, gent.explanation) == (
        "Oost-Vlaanderen",
        "In uitvoering",
        "",
    )
    assert (quality.findings, quality.municipalities) == (4, 3)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"rubric_code": "FIN"}, {"FIN-C1": ["Kasterlee"]}),
        ({"severity": "fout"}, {"AAN-C1": ["Gent", "Kasterlee"]}),
        ({"severity": "waarschuwing"}, {"AAN-C2": ["Brecht"], "FIN-C1": ["Kasterlee"]}),
        ({"check_code": "AAN-C2"}, {"AAN-C2": ["Brecht"]}),
        ({"province": "40000"}, {"AAN-C1": ["Gent"]}),
        ({"without_explanation": True}, {"AAN-C1": ["Gent"], "AAN-C2": ["Brecht"]}),
        ({"province": "70000"}, {}),
    ],
)
def test_filters(findings, filters, expected):
    assert summary(data_quality(campaign=findings, **filters)) == expected


def test_an_explanation_given_later_is_shown(findings):
    save(findings, municipality("44021"), "AAN", AAN_01=({"jeugd": {"aantal": 20}}, "Kampen."))
    occurrences = data_quality(campaign=findings).checks[0].occurrences
    assert [(o.name, o.explanation) for o in occurrences] == [
        ("Gent", "Kampen."),
        ("Kasterlee", "De zomerwerking telt mee."),
    ]


# --- the admin screen ---------------------------------------------------------------------


@pytest.fixture
def as_team(client, people):
    client.force_login(people["team"])
    return client


def test_the_project_team_sees_the_checks_and_municipalities(as_team, findings):
    response = as_team.get(reverse(INDEX))

    assert response.status_code == 200
    page = text(response)
    assert "Werkjaar 2025: 4 bevindingen bij 3 gemeente(n)." in page
    assert "Meer jeugdactiviteiten dan speeldagen." in page
    assert "De zomerwerking telt mee." in page
    assert "geen toelichting" in page
    table = html(response).select_one('table[data-check="AAN:AAN-C1"]')
    assert table.caption.get_text(strip=True) == "Meer jeugdactiviteiten dan speeldagen. (Aanbod)"
    assert [row["data-nis"] for row in table.select("tbody tr")] == ["44021", "13017"]
    assert [th.get_text(strip=True) for th in table.select("thead th")] == [
        "Gemeente",
        "NIS-code",
        "Provincie",
        "Status rubriek",
        "Vraag",
        "Cijfers",
        "Toelichting",
    ]
    link = table.select_one("tbody th a")["href"]
    assert link == "/registratie/2025/44021/AAN/"


def test_the_filters_of_the_form(as_team, findings):
    response = as_team.get(reverse(INDEX), {"ernst": "waarschuwing", "zonder_toelichting": "on"})
    tables = html(response).select("table[data-check]")
    assert [t["data-check"] for t in tables] == ["AAN:AAN-C2"]
    assert f"{reverse(CSV)}?werkjaar=2025&amp;ernst=waarschuwing&amp;zonder_toelichting=True" in (
        response.content.decode()
    )


def test_bad_parameters_are_ignored(as_team, findings):
    response = as_team.get(
        reverse(INDEX),
        {
            "werkjaar": "twintig",
            "ernst": "rampzalig",
            "controle": "<script>",
            "provincie": "9" * 500,
            "rubriek": "XYZ",
        },
    )
    assert response.status_code == 200
    assert "4 bevindingen bij 3 gemeente(n)" in text(response)


def test_the_table_as_csv_is_safe_to_open_in_a_spreadsheet(as_team, findings):
    response = as_team.get(reverse(CSV), {"rubriek": "FIN"})

    assert response.status_code == 200
    assert "vrijetijdsmonitor-2025-datakwaliteit.csv" in response["Content-Disposition"]
    table = read_csv(body(response))
    assert table[0] == [
        "Werkjaar",
        "Rubriekcode",
        "Rubriek",
        "Controle",
        "Ernst",
        "Boodschap",
        "NIS-code",
        "Gemeente",
        "Provincie",
        "Status rubriek",
        "Vraagcode",
        "Cijfers",
        "Toelichting",
    ]
    assert len(table) == 2
    row = dict(zip(table[0], table[1], strict=True))
    assert (row["Controle"], row["Gemeente"], row["Ernst"]) == (
        "FIN-C1",
        "Kasterlee",
        "waarschuwing",
    )
    assert row["Toelichting"] == '\'=HYPERLINK("http://x","klik")'  # text, not a formula


def test_every_formula_start_is_neutralised():
    for risky in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert spreadsheet_safe(risky) == "'" + risky
    assert spreadsheet_safe("Gewoon") == "Gewoon"
    assert spreadsheet_safe(2025) == 2025


def test_the_number_of_queries_does_not_grow_with_the_municipalities(as_team, with_checks):
    def trigger(nis: str) -> None:
        save(with_checks, municipality(nis), "AAN", AAN_01={"jeugd": {"aantal": 9}}, AAN_02=True)
        save(with_checks, municipality(nis), "AAN", AAN_04=(1, "Uitleg"))

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert as_team.get(reverse(INDEX)).status_code == 200
        return len(captured.captured_queries)

    for nis in ("13017", "11009", "44021"):
        trigger(nis)
    as_team.get(reverse(INDEX))  # caches that any admin page fills once
    with_three = queries()
    for nis in ("24062", "31005", "11002", "11001", "71016", "44019", "12002"):
        trigger(nis)
    with_ten = queries()

    assert data_quality(campaign=with_checks).municipalities == 10
    assert with_ten == with_three


# --- who may see it -------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_the_login(client, campaign):
    for name in (INDEX, CSV):
        assert sent_to_login(client.get(reverse(name))), name


def test_municipal_users_get_no_admin_access(client, people, findings):
    for role in ("invoerder", "coordinator", "raadpleger", "beheerder"):
        client.force_login(people[role])
        for name in (INDEX, CSV):
            response = client.get(reverse(name))
            assert sent_to_login(response), (role, name)
            assert b"Kasterlee" not in body(response)


def test_other_admin_users_are_refused(client, findings):
    client.force_login(other_admin_user())
    for name in (INDEX, CSV):
        response = client.get(reverse(name))
        assert refused(response), name
        assert b"Kasterlee" not in body(response)
    assert reverse(INDEX) not in client.get("/admin/").content.decode()


def test_the_project_team_sees_the_menu_item(as_team, campaign):
    page = as_team.get("/admin/").content.decode()
    assert reverse(INDEX) in page and "Datakwaliteit" in page
