"""The progress dashboard: buckets, filters, chart, open questions, CSV, queries, access."""

from __future__ import annotations

import csv
import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reports.dashboard.selectors import progress_dashboard
from roles.models import Municipality, Role
from surveys.selectors import questionnaire_for_campaign
from surveys.services import participation_register, rubric_confirm
from tests.reports.test_exports import (
    Special,
    answer,
    body,
    other_admin_user,
    refused,
    response_of,
    sent_to_login,
)
from tests.surveys import conftest as surveys_fixtures
from tests.surveys.conftest import person

pytestmark = pytest.mark.django_db

kasterlee = surveys_fixtures.kasterlee
brecht = surveys_fixtures.brecht
people = surveys_fixtures.people

DASHBOARD = "reports_dashboard:index"
DASHBOARD_CSV = "reports_dashboard:csv"
TABLE = {"cultuur": {"aantal": "2"}}


def municipality(nis: str) -> Municipality:
    return Municipality.objects.get(nis_code=nis)


@pytest.fixture
def progress(campaign, people, kasterlee, brecht):
    """Four participating municipalities, 8 questions apply to each before any answer.

    Kasterlee 8/8 (FIN confirmed), Brecht 4/8, Gent 1/8, Leuven registered without answers.
    """
    answer(
        campaign,
        kasterlee,
        people["invoerder"],
        AAN_01=TABLE,
        AAN_02="nee",
        AAN_05=["kleuters"],
        AAN_07="2001-01-01",
        FIN_01="1.000",
        FIN_02="10",
        FIN_03="2,5",
        FIN_04="Toelichting",
    )
    rubric_confirm(response=response_of(campaign, kasterlee, "FIN"), by=people["coordinator"])
    answer(
        campaign,
        brecht,
        people["brecht"],
        AAN_01=TABLE,
        AAN_02="nee",
        AAN_05=Special("nvt"),
        FIN_01="500",
    )
    gent = municipality("44021")
    answer(campaign, gent, person("invoerder-gent", gent, Role.INVOERDER), AAN_01=TABLE)
    leuven = municipality("24062")
    participation_register(
        municipality=leuven,
        campaign=campaign,
        by=person("raadpleger-leuven", leuven, Role.RAADPLEGER),
    )
    return campaign


def names(dashboard) -> list[str]:
    return [row.name for row in dashboard.rows]


# --- what the dashboard computes --------------------------------------------------------


def test_municipalities_are_counted_by_completion_of_all_applicable_questions(progress):
    dashboard = progress_dashboard(campaign=progress)

    completion = {row.name: (row.answered, row.applicable) for row in dashboard.rows}
    assert completion == {
        "Brecht": (4, 8),
        "Gent": (1, 8),  # FIN not started: its 4 questions still apply
        "Kasterlee": (8, 8),
        "Leuven": (0, 8),
    }
    assert dashboard.buckets == {"high": 1, "middle": 1, "low": 2}  # exactly 50 % is "middle"
    assert dashboard.participating == 4
    assert dashboard.municipality_total == 285


def test_each_cell_shows_the_rubric_status_and_percentage(progress):
    rows = {row.name: row for row in progress_dashboard(campaign=progress).rows}
    kasterlee_cells = {cell.rubric_code: cell for cell in rows["Kasterlee"].cells}
    assert (kasterlee_cells["FIN"].status_label, kasterlee_cells["FIN"].percentage) == (
        "Bevestigd",
        100,
    )
    brecht_cells = {cell.rubric_code: cell for cell in rows["Brecht"].cells}
    assert (brecht_cells["AAN"].status_label, brecht_cells["AAN"].percentage) == ("Volledig", 75)
    assert (brecht_cells["FIN"].status_label, brecht_cells["FIN"].percentage) == (
        "In uitvoering",
        25,
    )
    assert [cell.status_label for cell in rows["Leuven"].cells] == ["Niet gestart"] * 2


def test_the_chart_gives_completion_and_statuses_per_rubric(progress):
    chart = {item.code: item for item in progress_dashboard(campaign=progress).rubric_progress}
    assert (chart["AAN"].answered, chart["AAN"].applicable, chart["AAN"].percentage) == (8, 16, 50)
    assert (chart["FIN"].answered, chart["FIN"].applicable, chart["FIN"].percentage) == (5, 16, 31)
    assert {part["status"]: part["count"] for part in chart["FIN"].status_parts()} == {
        "bevestigd": 1,
        "volledig": 0,
        "in_uitvoering": 1,
        "niet_gestart": 2,
    }


def test_the_questions_most_often_left_open_among_started_rubrics(progress):
    unanswered = progress_dashboard(campaign=progress).unanswered
    top = [(q.code, q.unanswered, q.started, q.conditional) for q in unanswered[:4]]
    assert top == [
        ("AAN-03", 3, 3, True),
        ("AAN-04", 3, 3, True),
        ("AAN-06", 3, 3, True),
        ("AAN-07", 2, 3, False),
    ]
    open_codes = {q.code for q in unanswered}
    assert "AAN-01" not in open_codes  # everyone who started answered it
    assert "FIN-01" not in open_codes


def test_filter_by_province(progress):
    dashboard = progress_dashboard(campaign=progress, province="40000")
    assert names(dashboard) == ["Gent"]
    assert dashboard.buckets == {"high": 0, "middle": 0, "low": 1}
    assert dashboard.participating == 4  # the total stays visible next to the filtered view


def test_filter_by_status_and_rubric(progress):
    assert names(progress_dashboard(campaign=progress, status="bevestigd")) == ["Kasterlee"]
    assert names(progress_dashboard(campaign=progress, status="in_uitvoering")) == [
        "Brecht",
        "Gent",
    ]
    not_started_fin = progress_dashboard(
        campaign=progress, status="niet_gestart", rubric_code="FIN"
    )
    assert names(not_started_fin) == ["Gent", "Leuven"]
    assert not_started_fin.buckets == {"high": 0, "middle": 0, "low": 2}


# --- the admin page and its CSV ----------------------------------------------------------


@pytest.fixture
def as_team(client, people):
    client.force_login(people["team"])
    return client


def text(response) -> str:
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", response.content.decode(), flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def bucket(html: str, name: str) -> int:
    match = re.search(rf'data-bucket="{name}">\s*<strong>(\d+)</strong>', html)
    assert match, name
    return int(match.group(1))


def test_the_project_team_sees_the_dashboard(as_team, progress):
    response = as_team.get(reverse(DASHBOARD))

    assert response.status_code == 200
    html = response.content.decode()
    assert (bucket(html, "high"), bucket(html, "middle"), bucket(html, "low")) == (1, 1, 2)
    page = text(response)
    assert "4 van de 285 gemeenten nemen deel" in page
    assert "80 % of meer" in page and "50 tot 80 %" in page and "minder dan 50 %" in page
    assert "Kasterlee" in page and "Leuven" in page and "Brugge" not in page
    assert "AAN-03 Wie organiseert ze? (voorwaardelijk)" in page
    assert "width: 50%" in html  # the AAN bar of the chart


def test_the_dashboard_filters_through_its_form(as_team, progress):
    response = as_team.get(reverse(DASHBOARD), {"provincie": "40000"})
    page = text(response)
    assert "Gent" in page and "Kasterlee" not in page
    assert "Met deze filters: 1 gemeente." in page
    html = response.content.decode()
    assert (bucket(html, "high"), bucket(html, "middle"), bucket(html, "low")) == (0, 0, 1)
    assert f"{reverse(DASHBOARD_CSV)}?werkjaar=2025&amp;provincie=40000" in html


def test_an_invalid_filter_is_ignored(as_team, progress):
    response = as_team.get(reverse(DASHBOARD), {"status": "onzin", "werkjaar": "1999"})
    assert response.status_code == 200
    assert "4 van de 285 gemeenten nemen deel" in text(response)


def test_the_dashboard_table_as_csv(as_team, progress):
    response = as_team.get(reverse(DASHBOARD_CSV), {"status": "bevestigd"})

    assert response.status_code == 200
    assert response.streaming
    assert "vrijetijdsmonitor-2025-voortgang.csv" in response["Content-Disposition"]
    content = body(response)
    assert content.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    assert table[0] == [
        "NIS-code",
        "Gemeente",
        "Provincie",
        "AAN status",
        "AAN %",
        "FIN status",
        "FIN %",
        "Beantwoord",
        "Van toepassing",
        "Totaal %",
    ]
    assert table[1:] == [
        ["13017", "Kasterlee", "Antwerpen", "Volledig", "100", "Bevestigd", "100", "8", "8", "100"]
    ]


def test_the_number_of_queries_does_not_grow_with_the_municipalities(
    as_team, campaign, people, kasterlee, brecht
):
    def take_part(nis: str) -> None:
        place = municipality(nis)
        user = person(f"invoerder-{nis}", place, Role.INVOERDER)
        answer(campaign, place, user, AAN_01=TABLE, AAN_02="ja", FIN_01="100")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            response = as_team.get(reverse(DASHBOARD))
            assert response.status_code == 200
        return len(captured.captured_queries)

    answer(campaign, kasterlee, people["invoerder"], AAN_01=TABLE, AAN_02="nee")
    answer(campaign, brecht, people["brecht"], FIN_01="1")
    take_part("44021")
    as_team.get(reverse(DASHBOARD))  # warm caches (site, menu) that any admin page fills once
    with_three = queries()
    for nis in ("24062", "31005", "11002", "11001", "71016", "44019", "12002"):
        take_part(nis)
    with_ten = queries()

    assert progress_dashboard(campaign=campaign).participating == 10
    assert with_ten == with_three


#: The queries of the dashboard page, whatever the number of municipalities:
#: - 9 are the Wagtail admin's around any of its pages: session, user, the user's and the
#:   groups' permissions, profile, locale, and for its menu the page and collection
#:   permissions and the explorable root page;
#: - 1 is the project-team check (roles.permissions);
#: - 4 are the dashboard's: the campaigns, the questionnaire's state (surveys.questionnaires
#:   keeps the questionnaire built), the participations with their responses, the open
#:   questions' counts.
DASHBOARD_QUERIES = 14


def test_the_dashboard_page_costs_a_fixed_number_of_queries(
    as_team, progress, django_assert_max_num_queries
):
    as_team.get(reverse(DASHBOARD))  # warm caches (site, menu) that any admin page fills once
    for filters in ({}, {"provincie": "10000", "status": "volledig", "rubriek": "AAN"}):
        with django_assert_max_num_queries(DASHBOARD_QUERIES):
            assert as_team.get(reverse(DASHBOARD), filters).status_code == 200


def test_the_dashboard_reads_its_table_in_one_query_and_open_questions_in_another(
    progress, django_assert_num_queries
):
    """Participations, municipalities, responses and the municipality total come in one query;
    the counts of answers per question in a second. The questionnaire is read before."""
    questionnaire = questionnaire_for_campaign(campaign=progress)
    with django_assert_num_queries(2):
        dashboard = progress_dashboard(campaign=progress, questionnaire=questionnaire)
    assert (dashboard.participating, dashboard.municipality_total) == (4, 285)
    with django_assert_num_queries(2):
        progress_dashboard(campaign=progress, questionnaire=questionnaire, province="10000")


def test_the_csv_does_not_count_the_open_questions(as_team, progress):
    with CaptureQueriesContext(connection) as captured:
        body(as_team.get(reverse(DASHBOARD_CSV)))
    assert not [q for q in captured.captured_queries if "surveys_answer" in q["sql"]]


# --- who may see it ----------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_the_login(client, campaign):
    for name in (DASHBOARD, DASHBOARD_CSV):
        assert sent_to_login(client.get(reverse(name))), name


def test_municipal_users_get_no_admin_access(client, people, progress):
    for role in ("invoerder", "coordinator", "raadpleger", "beheerder"):
        client.force_login(people[role])
        for name in (DASHBOARD, DASHBOARD_CSV):
            response = client.get(reverse(name))
            assert sent_to_login(response), (role, name)
            assert b"Kasterlee" not in body(response)


def test_other_admin_users_are_refused(client, progress):
    client.force_login(other_admin_user())
    for name in (DASHBOARD, DASHBOARD_CSV):
        response = client.get(reverse(name))
        assert refused(response), name
        assert b"Kasterlee" not in body(response)
    assert reverse(DASHBOARD) not in client.get("/admin/").content.decode()


def test_the_project_team_sees_the_menu_item(as_team, campaign):
    html = as_team.get("/admin/").content.decode()
    assert reverse(DASHBOARD) in html
    assert "Voortgang" in html
