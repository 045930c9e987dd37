"""GET /api/v1/antwoorden/: what a machine client reads, by scope, filter and page."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

URL = "/api/v1/antwoorden/"


def codes(response):
    return sorted((row["nis"], row["code"]) for row in response.json()["resultaten"])


def test_default_scope_reads_confirmed_answers_only(confirmed_reader, registered):
    response = confirmed_reader.get(URL)
    assert response.status_code == 200, response.content
    assert codes(response) == [("13017", "AAN-02"), ("13017", "AAN-03"), ("13017", "AAN-04")]
    row = next(r for r in response.json()["resultaten"] if r["code"] == "AAN-04")
    assert row["werkjaar"] == 2025
    assert row["rubriek"] == "AAN"
    assert row["waarde"] == 40
    assert row["status"] == "bevestigd"
    assert row["bevestigd_op"]


def test_provisional_scope_reads_every_status_but_not_hidden_answers(
    provisional_reader, registered
):
    response = provisional_reader.get(URL)
    assert response.status_code == 200, response.content
    assert codes(response) == [
        ("11009", "AAN-02"),
        ("13017", "AAN-02"),
        ("13017", "AAN-03"),
        ("13017", "AAN-04"),
        ("13017", "FIN-01"),
    ]


def test_a_confirmed_reader_is_refused_provisional_answers(confirmed_reader, registered):
    response = confirmed_reader.get(URL, {"status": "in_uitvoering"})
    assert response.status_code == 403
    assert "antwoorden:voorlopig" in response.json()["detail"]
    assert confirmed_reader.get(URL, {"status": "bevestigd"}).status_code == 200


def test_a_client_not_allowed_provisional_answers_gets_no_such_token(platform):
    import base64

    from django.test import Client

    from tests.api.conftest import SECRET

    credentials = base64.b64encode(f"{platform.client_id}:{SECRET}".encode()).decode()
    response = Client().post(
        "/api/v1/oauth/token/",
        {"grant_type": "client_credentials", "scope": "antwoorden:voorlopig"},
        HTTP_AUTHORIZATION=f"Basic {credentials}",
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_scope"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"werkjaar": "2025"}, 5),
        ({"nis": "13017"}, 4),
        ({"nis": "11009"}, 1),
        ({"rubriek": "FIN"}, 1),
        ({"code": "AAN-02"}, 2),
        ({"status": "bevestigd"}, 3),
        ({"status": "in_uitvoering,volledig"}, 2),
        ({"nis": "13017", "rubriek": "AAN", "status": "bevestigd"}, 3),
        ({"status": "niet_gestart"}, 0),
    ],
)
def test_filters(provisional_reader, registered, filters, expected):
    response = provisional_reader.get(URL, filters)
    assert response.status_code == 200, response.content
    assert response.json()["aantal"] == expected


def test_pages_follow_the_cursor_to_the_end_without_gaps_or_repeats(provisional_reader, registered):
    seen, url, pages = [], f"{URL}?page_size=2", 0
    while url:
        data = provisional_reader.get(url).json()
        seen += [row["id"] for row in data["resultaten"]]
        url, pages = data["volgende"], pages + 1
    assert pages == 3
    assert len(seen) == len(set(seen)) == 5
    everything = provisional_reader.get(URL).json()["resultaten"]
    assert seen == [row["id"] for row in everything]
    # Ordered by (gewijzigd_op, id): what changed last comes last.
    assert [row["gewijzigd_op"] for row in everything] == sorted(
        row["gewijzigd_op"] for row in everything
    )


def test_the_next_link_keeps_the_filters(provisional_reader, registered):
    data = provisional_reader.get(URL, {"nis": "13017", "page_size": 1}).json()
    assert "nis=13017" in data["volgende"] and "cursor=" in data["volgende"]
    following = provisional_reader.get(data["volgende"]).json()
    assert {row["nis"] for row in following["resultaten"]} == {"13017"}


def test_an_incremental_sync_sees_a_rubric_confirmed_since(confirmed_reader, registered, kasterlee):
    from django.utils import timezone

    from surveys.services import rubric_confirm
    from tests.api.conftest import person
    from tests.surveys.test_services import response_of

    since = timezone.now()
    assert confirmed_reader.get(URL, {"gewijzigd_sinds": since.isoformat()}).json()["aantal"] == 0

    # FIN was saved before `since`, confirmed after it: its answer is new to this client.
    coordinator = person("coordinator-2", kasterlee, "coordinator")
    rubric_confirm(response=response_of(kasterlee, "FIN"), by=coordinator)
    data = confirmed_reader.get(URL, {"gewijzigd_sinds": since.isoformat()}).json()
    assert [(row["code"], row["status"]) for row in data["resultaten"]] == [("FIN-01", "bevestigd")]


def test_a_special_answer_has_no_value(provisional_reader, registered):
    from surveys.models import Answer

    # Set directly: only how the API shows a special answer is under test here.
    Answer.objects.filter(question_code="FIN-01").update(value=None, special="onbekend")
    row = provisional_reader.get(URL, {"code": "FIN-01"}).json()["resultaten"][0]
    assert (row["waarde"], row["speciale_waarde"]) == (None, "onbekend")


def test_answers_of_draft_campaigns_are_not_given_out(provisional_reader, registered):
    registered.unpublish()
    response = provisional_reader.get(URL)
    assert response.status_code == 200
    assert response.json()["aantal"] == 0


def test_an_incremental_sync_learns_that_a_confirmed_rubric_was_reopened(
    confirmed_reader, registered, kasterlee, project_team_user
):
    from django.utils import timezone

    from surveys.services import rubric_reopen
    from tests.surveys.test_services import response_of

    since = timezone.now()
    rubric_reopen(response=response_of(kasterlee, "AAN"), by=project_team_user, reason="Fout")
    data = confirmed_reader.get(URL, {"gewijzigd_sinds": since.isoformat()}).json()
    # Once more, without value or explanation, with the status that says "drop it".
    assert sorted(
        (row["code"], row["status"], row["waarde"], row["toelichting"])
        for row in data["resultaten"]
    ) == [
        ("AAN-02", "in_uitvoering", None, ""),
        ("AAN-03", "in_uitvoering", None, ""),
        ("AAN-04", "in_uitvoering", None, ""),
    ]
    # A full sync simply leaves them out.
    assert confirmed_reader.get(URL).json()["aantal"] == 0


def test_answers_of_questions_no_longer_published_are_left_out(provisional_reader, registered):
    from surveys.models import ThemePage

    ThemePage.objects.get(slug="activiteiten").unpublish()  # AAN-01 to AAN-04
    response = provisional_reader.get(URL)
    assert codes(response) == [("13017", "FIN-01")]


def test_the_api_gives_out_the_answers_the_export_gives_out(
    confirmed_reader, provisional_reader, registered
):
    """The same selection as the project team's export: applicable, published answers."""
    from reports.exports.selectors import answer_export_rows

    exported = {
        (row.nis_code, row.question_code, row.status)
        for row in answer_export_rows(campaign=registered)
    }

    def synced(reader):
        rows, url = [], f"{URL}?page_size=2"
        while url:
            data = reader.get(url).json()
            rows += data["resultaten"]
            url = data["volgende"]
        return {(row["nis"], row["code"]) for row in rows}

    assert synced(provisional_reader) == {(nis, code) for nis, code, _status in exported}
    assert synced(confirmed_reader) == {
        (nis, code) for nis, code, status in exported if status == "Bevestigd"
    }


def test_a_page_costs_the_same_queries_whatever_its_size(provisional_reader, registered):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    provisional_reader.get(URL)  # the questionnaire is built once, then kept

    def queries(page_size):
        with CaptureQueriesContext(connection) as captured:
            response = provisional_reader.get(URL, {"page_size": page_size})
        assert response.status_code == 200
        return len(captured)

    # Token, campaigns, answers, statuses, questionnaire state, call log; and one more for
    # the answers that conditions read, when the page holds a conditional question.
    assert queries(1) == 6  # AAN-02 only
    assert queries(3) == queries(5) == 7


def test_an_incremental_sync_of_every_status_sees_every_answer_changed_since(
    provisional_reader, registered
):
    """Without `status`, a provisional client's incremental sync from before every save
    gets what the full sync gets (the reopened-rubric rule once left it empty)."""
    import datetime

    from django.utils import timezone

    full = provisional_reader.get(URL).json()["aantal"]
    since = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    assert full > 0
    assert provisional_reader.get(URL, {"gewijzigd_sinds": since}).json()["aantal"] == full
