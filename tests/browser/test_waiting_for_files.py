"""A PDF or export being made: the page turns into a link to the file, without a reload.

The page never refreshes itself (WCAG 2.2.1); its script asks the status address. Here the
build is asked for and not yet done (a worker on it), then finished from the test, the way
a Celery worker finishes it while the person waits.
"""

from __future__ import annotations

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from .conftest import AXE, axe_violations, login, screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

ANSWERS = "/rapporten/2025/13017/antwoorden.pdf"


def mark_document(page) -> None:
    page.evaluate("() => { window.stillTheSameDocument = true; }")


def same_document(page) -> bool:
    return page.evaluate("() => window.stillTheSameDocument === true")


@pytest.fixture
def answers_build_on_its_way(site):
    """Kasterlee's answers PDF was asked for; a worker is building it."""
    from reports.models import GeneratedReport
    from roles.models import Municipality
    from surveys.models import CampaignPage

    campaign = CampaignPage.objects.get(werkjaar=2025)
    kasterlee = Municipality.objects.get(nis_code="13017")
    GeneratedReport.objects.create(
        kind=GeneratedReport.Kind.ANSWERS,
        campaign=campaign,
        municipality=kasterlee,
        status=GeneratedReport.Status.BUILDING,
        requested_at=timezone.now(),
    )
    return campaign, kasterlee


def test_the_answers_pdf_page_offers_the_file_once_it_is_made(page, site, answers_build_on_its_way):
    from reports.pdfs.services import answers_report_build

    campaign, kasterlee = answers_build_on_its_way
    login(page, site, "invoerder-kasterlee")
    with page.expect_response(lambda response: "/antwoorden/status/" in response.url):
        page.goto(site["url"] + ANSWERS)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Het PDF-bestand met uw antwoorden wordt gemaakt…"
    )
    status = page.get_by_role("status")
    expect(status).to_contain_text("Het PDF-bestand wordt nu gemaakt.")
    expect(page.get_by_text("Deze pagina kijkt zelf of het bestand klaar is")).to_be_visible()
    expect(page.get_by_role("link", name="Het PDF-bestand openen")).to_have_count(0)
    mark_document(page)

    answers_report_build(campaign=campaign, municipality=kasterlee)  # the worker is done

    link = status.get_by_role("link", name="Het PDF-bestand openen")
    expect(link).to_be_visible(timeout=20_000)
    expect(status).to_contain_text("Het PDF-bestand is klaar.")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Het PDF-bestand met uw antwoorden is klaar"
    )
    assert same_document(page), "the page reloaded"
    expect(page.get_by_role("link", name="Nu opnieuw kijken")).to_be_hidden()
    expect(page.get_by_text("Deze pagina kijkt zelf of het bestand klaar is")).to_be_hidden()
    screenshot(page, "pdf-klaar")

    pdf = page.request.get(site["url"] + link.get_attribute("href"))
    assert pdf.status == 200
    assert pdf.headers["content-type"] == "application/pdf"
    if AXE.exists():
        assert axe_violations(page) == []


def test_the_export_page_offers_the_xlsx_once_it_is_made(page, site):
    from reports.exports.services import export_job_build
    from reports.models import ExportJob
    from surveys.models import CampaignPage

    job = ExportJob.objects.create(
        campaign=CampaignPage.objects.get(werkjaar=2025), requested_by=site["people"]["team"]
    )
    login(page, site, "projectteam")
    page.goto(site["url"] + f"/admin/export/taak/{job.pk}/")
    status = page.locator("[data-report-status-live]")
    expect(status).to_have_attribute("role", "status")
    expect(status).to_contain_text("in de wachtrij")
    mark_document(page)

    export_job_build(job=job)

    link = status.get_by_role("link", name="XLSX 2025 downloaden")
    expect(link).to_be_visible(timeout=20_000)
    expect(status).to_contain_text("De export van 2025 is klaar: 0 rijen.")
    assert same_document(page), "the page reloaded"
    if AXE.exists():  # the export's own content (Wagtail's admin chrome around it is Wagtail's)
        page.add_script_tag(path=str(AXE))
        levels = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']"
        result = page.evaluate(f"async () => await axe.run('main', {{runOnly: {levels}}})")
        assert [violation["id"] for violation in result["violations"]] == []
    xlsx = page.request.get(site["url"] + link.get_attribute("href"))
    assert xlsx.status == 200
    assert "vrijetijdsmonitor-2025-antwoorden.xlsx" in xlsx.headers["content-disposition"]
