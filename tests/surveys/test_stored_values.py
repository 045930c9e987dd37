"""Every page that shows stored answers survives any value already stored (security review
6.2): numbers from before the input cap, with more digits than any page expects."""

from __future__ import annotations

import pytest

from surveys.models import Answer, AuditEntry
from tests.surveys.pages import ACTIVITEITEN, OVERVIEW, post_step, summary_url

pytestmark = pytest.mark.django_db

HUGE = {
    "AAN-01": {"cultuur": {"aantal": int("9" * 28)}, "jeugd": {"aantal": "1" * 31}},
    "AAN-04": int("9" * 40),
    "FIN-01": "1" * 27 + ".5",
    "FIN-02": "0." + "3" * 40,
}


@pytest.fixture
def stored_huge(as_user, campaign):
    client = as_user("invoerder")
    post_step(client, ACTIVITEITEN, {"q__AAN-02": "ja"})
    post_step(client, ACTIVITEITEN, {"q__AAN-04": "12"})  # an audit entry with a value
    participation = Answer.objects.get(question_code="AAN-02").participation
    for code, value in HUGE.items():
        Answer.objects.update_or_create(
            participation=participation, question_code=code, defaults={"value": value}
        )
    AuditEntry.objects.filter(question_code="AAN-04").update(new_value=HUGE["AAN-04"])
    return client


def test_registration_pages_show_huge_stored_values(stored_huge, as_user):
    for url in (
        OVERVIEW,
        ACTIVITEITEN,
        summary_url("AAN"),
        summary_url("FIN"),
        "/registratie/2025/13017/FIN/uitgaven/",
    ):
        assert stored_huge.get(url).status_code == 200, url
    team = as_user("team")
    assert team.get(summary_url("AAN") + "historiek/").status_code == 200


def test_the_answers_pdf_is_built_with_huge_stored_values(
    stored_huge, as_user, django_capture_on_commit_callbacks
):
    from reports.models import GeneratedReport

    client = as_user("raadpleger")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.get("/rapporten/2025/13017/antwoorden.pdf").status_code == 200
    report = GeneratedReport.objects.get(kind=GeneratedReport.Kind.ANSWERS)
    assert report.status == GeneratedReport.Status.READY, report.error
