"""The answers export (CSV streamed, XLSX built by Celery, the command) and who may use it."""

from __future__ import annotations

import csv
import io
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.shortcuts import resolve_url
from django.urls import reverse
from openpyxl import load_workbook

from reports.exports.selectors import answer_export_rows
from reports.models import ExportJob
from surveys.models import Answer, RubricResponse
from surveys.selectors import answers_for_rubric, participation_for, questionnaire_for_campaign
from surveys.services import AnswerInput, answers_save, rubric_confirm
from tests.roles.factories import GroupFactory, UserFactory
from tests.surveys import conftest as surveys_fixtures

pytestmark = pytest.mark.django_db

# Kasterlee and Brecht with people in every role, as the registration tests have them.
kasterlee = surveys_fixtures.kasterlee
brecht = surveys_fixtures.brecht
people = surveys_fixtures.people

HEADER = [
    "NIS-code",
    "Gemeente",
    "Rubriekcode",
    "Rubriek",
    "Thema",
    "Vraagcode",
    "Rij",
    "Kolom",
    "Vraag",
    "Waarde",
    "Speciale waarde",
    "Vorige campagne",
    "Toelichting",
    "Status rubriek",
    "Bevestigd op",
]


# --- helpers shared with test_dashboard ---------------------------------------------------


@dataclass(frozen=True)
class Special:
    """A special answer: "onbekend" or "nvt" (niet van toepassing)."""

    code: str


def answer(campaign, municipality, user, **typed: Any) -> None:
    """Save answers as a person types them (AAN_01="3"), through the form fields and the
    save service, one rubric at a time."""
    questionnaire = questionnaire_for_campaign(campaign=campaign)
    for rubric in questionnaire.rubrics:
        values = {}
        for key, raw in typed.items():
            code = key.replace("_", "-")
            if code not in rubric.by_code:
                continue
            if isinstance(raw, Special):
                values[code] = AnswerInput(special=raw.code)
            else:
                question = rubric.by_code[code]
                values[code] = AnswerInput(
                    value=question.to_storage(question.form_field().clean(raw))
                )
        if not values:
            continue
        participation = participation_for(municipality=municipality, campaign=campaign)
        current = answers_for_rubric(participation=participation, rubric=rubric)
        answers_save(
            municipality=municipality,
            campaign=campaign,
            rubric=rubric,
            by=user,
            values=values,
            seen_versions={c: current[c].version if c in current else 0 for c in values},
        )


def response_of(campaign, municipality, rubric_code) -> RubricResponse:
    return RubricResponse.objects.get(
        participation__campaign=campaign,
        participation__municipality=municipality,
        rubric__code=rubric_code,
    )


def other_admin_user():
    """Someone with Wagtail admin access (an editor) who is not the project team."""
    group = GroupFactory(name="Redacteurs")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    user = UserFactory(username="redacteur")
    user.groups.add(group)
    return user


def refused(response) -> bool:
    """Wagtail's admin answers a PermissionDenied with a redirect to its dashboard."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def sent_to_login(response) -> bool:
    login_url = resolve_url(getattr(settings, "WAGTAILADMIN_LOGIN_URL", "wagtailadmin_login"))
    return response.status_code == 302 and response["Location"].startswith(login_url)


def body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


@pytest.fixture
def private_media():
    """Where generated files go in tests (a temporary folder: see tests/conftest.py)."""
    return Path(settings.PRIVATE_MEDIA_ROOT)


# --- the data every export test reads -----------------------------------------------------


@pytest.fixture
def answered(campaign, people, kasterlee, brecht):
    """Kasterlee and Brecht registered: tables, conditions, specials, a confirmed rubric."""
    # Kasterlee first said yes (so AAN-03 and AAN-04 were shown), then changed it to no:
    # the follow-up answers are kept but no longer apply.
    answer(campaign, kasterlee, people["invoerder"], AAN_02="ja", AAN_03="vzw", AAN_04="12")
    answer(
        campaign,
        kasterlee,
        people["invoerder"],
        AAN_01={"cultuur": {"aantal": "3"}, "sport": {"aantal": "1.250"}},
        AAN_02="nee",
        AAN_05=Special("nvt"),
        FIN_01="€ 2.500",
        FIN_02="12,5",
    )
    rubric_confirm(response=response_of(campaign, kasterlee, "FIN"), by=people["coordinator"])
    answer(
        campaign,
        brecht,
        people["brecht"],
        AAN_02="ja",
        AAN_03="gemeente",
        AAN_04=Special("onbekend"),
    )
    # An answer to a question that is no longer in the published questionnaire.
    Answer.objects.create(
        participation=participation_for(municipality=brecht, campaign=campaign),
        question_code="OUD-01",
        value=7,
    )
    return campaign


def cells(rows) -> set[tuple]:
    return {(row.nis_code, row.question_code, row.row, row.column) for row in rows}


# --- what is exported ------------------------------------------------------------------


def test_the_export_holds_exactly_the_answers_of_applicable_questions(answered, kasterlee):
    rows = list(answer_export_rows(campaign=answered))

    assert cells(rows) == {
        ("13017", "AAN-01", "cultuur", "aantal"),
        ("13017", "AAN-01", "sport", "aantal"),
        ("13017", "AAN-02", "", ""),
        ("13017", "AAN-05", "", ""),
        ("13017", "FIN-01", "", ""),
        ("13017", "FIN-02", "", ""),
        ("11009", "AAN-02", "", ""),
        ("11009", "AAN-03", "", ""),
        ("11009", "AAN-04", "", ""),
    }
    # Kasterlee's answers to the hidden follow-up questions are kept, just not exported.
    kept = Answer.objects.filter(
        participation__municipality=kasterlee, question_code__in=["AAN-03", "AAN-04"]
    )
    assert kept.count() == 2


def test_rows_come_by_municipality_in_questionnaire_order(answered):
    rows = list(answer_export_rows(campaign=answered))
    assert [(row.nis_code, row.question_code) for row in rows] == [
        ("11009", "AAN-02"),
        ("11009", "AAN-03"),
        ("11009", "AAN-04"),
        ("13017", "AAN-01"),
        ("13017", "AAN-01"),
        ("13017", "AAN-02"),
        ("13017", "AAN-05"),
        ("13017", "FIN-01"),
        ("13017", "FIN-02"),
    ]


def test_a_table_gives_one_row_per_filled_cell_with_its_codes(answered):
    table = [row for row in answer_export_rows(campaign=answered) if row.question_code == "AAN-01"]
    assert [(row.row, row.column, row.value) for row in table] == [
        ("cultuur", "aantal", Decimal(3)),
        ("sport", "aantal", Decimal(1250)),
    ]
    assert table[0].theme == "Activiteiten"
    assert table[0].rubric == "Aanbod"


def test_special_answers_have_their_own_column_and_no_value(answered):
    rows = {(r.nis_code, r.question_code): r for r in answer_export_rows(campaign=answered)}
    assert rows["13017", "AAN-05"].special == "niet van toepassing"
    assert rows["13017", "AAN-05"].value is None
    assert rows["11009", "AAN-04"].special == "onbekend"
    assert rows["13017", "AAN-02"].special == ""
    assert rows["13017", "AAN-02"].value == "nee"


def test_rubric_status_and_confirmation_time_come_with_each_row(answered):
    rows = {(r.nis_code, r.question_code): r for r in answer_export_rows(campaign=answered)}
    confirmed = rows["13017", "FIN-02"]
    assert confirmed.status == "Bevestigd"
    assert confirmed.confirmed_at is not None
    assert str(confirmed.confirmed_at.tzinfo) == "Europe/Brussels"
    assert rows["13017", "AAN-02"].status == "Volledig"  # AAN-07 is not required
    assert rows["13017", "AAN-02"].confirmed_at is None
    assert rows["11009", "AAN-02"].status == "In uitvoering"  # AAN-01 is still open


# --- CSV in the admin ------------------------------------------------------------------


@pytest.fixture
def as_team(client, people):
    client.force_login(people["team"])
    return client


def read_csv(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte order mark"
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def test_the_project_team_downloads_the_csv(as_team, answered):
    response = as_team.get(reverse("reports_exports:csv", kwargs={"werkjaar": 2025}))

    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "vrijetijdsmonitor-2025-antwoorden.csv" in response["Content-Disposition"]
    table = read_csv(body(response))
    assert table[0] == HEADER
    assert len(table) == 1 + 9
    by_code = {(line[0], line[5], line[6]): dict(zip(HEADER, line, strict=True)) for line in table}
    fin = by_code["13017", "FIN-02", ""]
    assert fin["Gemeente"] == "Kasterlee"
    assert fin["Rubriek"] == "Financiën"
    assert fin["Thema"] == "Uitgaven"
    assert fin["Vraag"] == "Aandeel vrije tijd"
    assert fin["Waarde"] == "12,5"  # decimal comma, as Belgian Excel reads it
    assert fin["Status rubriek"] == "Bevestigd"
    assert fin["Bevestigd op"][:4].isdigit()
    assert by_code["13017", "AAN-01", "sport"]["Waarde"] == "1250"
    assert by_code["13017", "FIN-01", ""]["Waarde"] == "2500"
    assert by_code["11009", "AAN-04", ""]["Speciale waarde"] == "onbekend"


def test_an_unknown_werkjaar_is_not_found(as_team, answered):
    response = as_team.get(reverse("reports_exports:csv", kwargs={"werkjaar": 1999}))
    assert response.status_code == 404


def test_the_export_page_lists_campaigns_with_both_formats(as_team, answered):
    html = as_team.get(reverse("reports_exports:index")).content.decode()
    assert "Vrijetijdsmonitor 2025" in html
    assert reverse("reports_exports:csv", kwargs={"werkjaar": 2025}) in html
    assert reverse("reports_exports:xlsx_request", kwargs={"werkjaar": 2025}) in html


# --- XLSX through Celery -------------------------------------------------------------------


def test_the_xlsx_is_built_in_the_background_then_downloaded(
    as_team, answered, people, django_capture_on_commit_callbacks, private_media
):
    url = reverse("reports_exports:xlsx_request", kwargs={"werkjaar": 2025})
    with django_capture_on_commit_callbacks(execute=True):
        response = as_team.post(url)

    job = ExportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("reports_exports:job", kwargs={"job_id": job.pk})
    assert job.status == ExportJob.Status.DONE
    assert job.requested_by == people["team"]
    assert job.row_count == 9
    assert (private_media / job.file_name).exists()

    page = as_team.get(response["Location"]).content.decode()
    download = reverse("reports_exports:job_download", kwargs={"job_id": job.pk})
    assert download in page
    assert 'http-equiv="refresh"' not in page

    file = as_team.get(download)
    assert file.status_code == 200
    assert "vrijetijdsmonitor-2025-antwoorden.xlsx" in file["Content-Disposition"]
    workbook = load_workbook(io.BytesIO(body(file)))
    sheet = workbook.active
    assert sheet.title == "Antwoorden 2025"
    table = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert table[0] == HEADER
    assert len(table) == 1 + 9
    by_code = {(line[0], line[5], line[6]): dict(zip(HEADER, line, strict=True)) for line in table}
    assert by_code["13017", "FIN-02", None]["Waarde"] == 12.5  # a real number in Excel
    assert by_code["13017", "AAN-01", "sport"]["Waarde"] == 1250
    assert by_code["13017", "AAN-05", None]["Speciale waarde"] == "niet van toepassing"
    assert by_code["13017", "FIN-02", None]["Bevestigd op"].year >= 2025
    workbook.close()


def job_status(client, job) -> dict:
    response = client.get(reverse("reports_exports:job_status", kwargs={"job_id": job.pk}))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    return response.json()


def test_while_the_xlsx_is_being_built_the_page_watches_for_it(as_team, answered):
    # Without running the on-commit callbacks the task has not run yet.
    response = as_team.post(reverse("reports_exports:xlsx_request", kwargs={"werkjaar": 2025}))
    job = ExportJob.objects.get()
    assert job.status == ExportJob.Status.QUEUED

    html = as_team.get(response["Location"]).content.decode()
    assert "http-equiv" not in html.lower()  # WCAG 2.2.1: no timed refresh
    assert "wordt gemaakt" in html
    status = reverse("reports_exports:job_status", kwargs={"job_id": job.pk})
    assert f'data-report-status-url="{status}"' in html
    assert "theme/js/report-status.js" in html
    assert 'aria-live="polite"' in html
    assert f'href="{response["Location"]}">Nu opnieuw kijken</a>' in html
    download = reverse("reports_exports:job_download", kwargs={"job_id": job.pk})
    assert download not in html
    assert as_team.get(download).status_code == 404


def test_the_job_status_says_building_then_ready_with_the_file(as_team, answered):
    as_team.post(reverse("reports_exports:xlsx_request", kwargs={"werkjaar": 2025}))
    job = ExportJob.objects.get()
    building = job_status(as_team, job)
    assert building["state"] == "building"
    assert building["link"] is None
    assert "wachtrij" in building["message"]

    from reports.exports.services import export_job_build

    export_job_build(job=job)

    ready = job_status(as_team, job)
    download = reverse("reports_exports:job_download", kwargs={"job_id": job.pk})
    assert ready["state"] == "ready"
    assert ready["link"] == {"url": download, "text": "XLSX 2025 downloaden"}
    assert "9 rijen" in ready["message"]
    assert as_team.get(download).status_code == 200


def test_the_job_status_of_a_failed_export_leads_to_asking_again(as_team, answered):
    as_team.post(reverse("reports_exports:xlsx_request", kwargs={"werkjaar": 2025}))
    job = ExportJob.objects.get()
    ExportJob.objects.filter(pk=job.pk).update(status=ExportJob.Status.FAILED, error="Kapot")

    failed = job_status(as_team, job)

    assert failed["state"] == "failed"
    assert "mislukt" in failed["message"]
    page = reverse("reports_exports:job", kwargs={"job_id": job.pk})
    assert failed["link"] == {"url": page, "text": "Opnieuw aanvragen"}
    assert "Opnieuw aanvragen" in as_team.get(page).content.decode()


def test_asking_again_while_it_is_being_built_leads_to_the_same_export(as_team, answered):
    url = reverse("reports_exports:xlsx_request", kwargs={"werkjaar": 2025})
    first = as_team.post(url)
    second = as_team.post(url)
    assert ExportJob.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_the_export_page_lists_the_latest_xlsx_exports(
    as_team, answered, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        as_team.post(reverse("reports_exports:xlsx_request", kwargs={"werkjaar": 2025}))
    job = ExportJob.objects.get()
    html = as_team.get(reverse("reports_exports:index")).content.decode()
    assert reverse("reports_exports:job_download", kwargs={"job_id": job.pk}) in html


# --- the command ---------------------------------------------------------------------------


def test_the_command_writes_csv(answered, tmp_path):
    target = tmp_path / "antwoorden.csv"
    out = io.StringIO()
    call_command(
        "export_answers",
        "--werkjaar",
        "2025",
        "--format",
        "csv",
        "--output",
        str(target),
        stdout=out,
    )
    table = read_csv(target.read_bytes())
    assert table[0] == HEADER
    assert len(table) == 1 + 9
    assert "9 rijen" in out.getvalue()
    assert not list(tmp_path.glob(".*.part"))


def test_the_command_writes_xlsx(answered, tmp_path):
    target = tmp_path / "antwoorden.xlsx"
    call_command(
        "export_answers", "--werkjaar", "2025", "--format", "xlsx", "--output", str(target)
    )
    workbook = load_workbook(target)
    table = list(workbook.active.iter_rows(values_only=True))
    assert list(table[0]) == HEADER
    assert len(table) == 1 + 9
    workbook.close()


def test_the_command_refuses_an_unknown_werkjaar(answered, tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="1999"):
        call_command("export_answers", "--werkjaar", "1999", "--output", str(tmp_path / "x.csv"))


def test_a_campaign_without_answers_exports_just_the_header(campaign, tmp_path):
    target = tmp_path / "leeg.xlsx"
    call_command("export_answers", "--werkjaar", "2025", "--output", str(target))
    workbook = load_workbook(target)
    assert [list(row) for row in workbook.active.iter_rows(values_only=True)] == [HEADER]
    workbook.close()


# --- who may export ------------------------------------------------------------------------


@pytest.fixture
def finished_job(answered, people):
    job = ExportJob.objects.create(campaign=answered, requested_by=people["team"])
    from reports.exports.services import export_job_build

    return export_job_build(job=job)


def export_requests(job):
    return [
        ("get", reverse("reports_exports:index")),
        ("get", reverse("reports_exports:csv", kwargs={"werkjaar": 2025})),
        ("post", reverse("reports_exports:xlsx_request", kwargs={"werkjaar": 2025})),
        ("get", reverse("reports_exports:job", kwargs={"job_id": job.pk})),
        ("get", reverse("reports_exports:job_status", kwargs={"job_id": job.pk})),
        ("get", reverse("reports_exports:job_download", kwargs={"job_id": job.pk})),
    ]


def test_anonymous_visitors_are_sent_to_the_login(client, finished_job):
    for method, url in export_requests(finished_job):
        assert sent_to_login(getattr(client, method)(url)), url
    assert ExportJob.objects.count() == 1


def test_municipal_users_get_no_admin_access(client, people, finished_job):
    for role in ("invoerder", "coordinator", "raadpleger", "beheerder"):
        client.force_login(people[role])
        for method, url in export_requests(finished_job):
            response = getattr(client, method)(url)
            assert sent_to_login(response), (role, url)
            assert b"Kasterlee" not in body(response)
    assert ExportJob.objects.count() == 1


def test_other_admin_users_are_refused(client, finished_job):
    client.force_login(other_admin_user())
    for method, url in export_requests(finished_job):
        response = getattr(client, method)(url)
        assert refused(response), url
        assert b"Kasterlee" not in body(response)
    assert ExportJob.objects.count() == 1


def test_the_project_team_gets_every_export_view(as_team, finished_job):
    for method, url in export_requests(finished_job):
        response = getattr(as_team, method)(url)
        expected = 302 if method == "post" else 200
        assert response.status_code == expected, url


def test_only_the_project_team_sees_the_export_menu(client, people):
    client.force_login(people["team"])
    assert reverse("reports_exports:index") in client.get("/admin/").content.decode()
    client.force_login(other_admin_user())
    assert reverse("reports_exports:index") not in client.get("/admin/").content.decode()


# --- the real pipeline (CI: PostgreSQL and a Celery worker on Redis) -------------------------


@pytest.mark.pipeline
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_builds_the_xlsx(celery_worker_on_broker, answered, people, client):
    # celery_worker_on_broker comes first: it remakes the migrations' data that an earlier
    # transactional test flushed, before `answered` needs the municipalities.
    client.force_login(people["team"])
    response = client.post(reverse("reports_exports:xlsx_request", kwargs={"werkjaar": 2025}))
    job = ExportJob.objects.get()
    assert response["Location"] == reverse("reports_exports:job", kwargs={"job_id": job.pk})

    deadline = time.monotonic() + 60
    while job.is_pending and time.monotonic() < deadline:
        time.sleep(0.2)
        job.refresh_from_db()

    assert job.status == ExportJob.Status.DONE, job.error
    file = client.get(reverse("reports_exports:job_download", kwargs={"job_id": job.pk}))
    table = list(load_workbook(io.BytesIO(body(file))).active.iter_rows(values_only=True))
    assert list(table[0]) == HEADER
    assert len(table) == 1 + 9


def test_the_export_shows_the_previous_campaigns_confirmed_value_and_the_explanation(
    home_page, definitions, kasterlee, brecht, people, project_team_user, client
):
    from tests.surveys.years import build_two_years, confirm_all, save_as_system

    previous, current = build_two_years(home_page, definitions)
    save_as_system(
        previous,
        kasterlee,
        {"AAN-01": {"cultuur": {"aantal": 12}}, "FIN-01": "1000", "FIN-02": ("", "onbekend")},
    )
    confirm_all(previous, kasterlee)
    save_as_system(previous, brecht, {"FIN-01": "9000"})  # never confirmed: not shown
    save_as_system(
        current,
        kasterlee,
        {"AAN-01": {"cultuur": {"aantal": 14}}, "FIN-01": "1500", "FIN-02": "20"},
    )
    save_as_system(current, brecht, {"FIN-01": "9500"})
    questionnaire = questionnaire_for_campaign(campaign=current)
    answers_save(
        municipality=kasterlee,
        campaign=current,
        rubric=questionnaire.rubric("FIN"),
        by=people["invoerder"],
        values={"FIN-01": AnswerInput("1500", explanation="Nieuwe zaal.")},
        seen_versions={"FIN-01": 1},
    )
    client.force_login(project_team_user)
    table = read_csv(body(client.get(reverse("reports_exports:csv", kwargs={"werkjaar": 2025}))))
    rows = {(line[0], line[5], line[6]): dict(zip(HEADER, line, strict=True)) for line in table}
    assert rows["13017", "FIN-01", ""]["Vorige campagne"] == "1000"
    assert rows["13017", "FIN-01", ""]["Toelichting"] == "Nieuwe zaal."
    assert rows["13017", "FIN-02", ""]["Vorige campagne"] == "onbekend"
    assert rows["13017", "AAN-01", "cultuur"]["Vorige campagne"] == "12"
    assert rows["11009", "FIN-01", ""]["Vorige campagne"] == ""
