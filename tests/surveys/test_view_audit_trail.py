"""The audit trail of a rubric."""

from __future__ import annotations

import pytest

from surveys.models import AuditEntry
from tests.surveys.pages import ACTIVITEITEN, UITGAVEN, audit_url, html, post_step, summary_url

pytestmark = pytest.mark.django_db


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
