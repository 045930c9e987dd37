"""The project team's campaign screens in Chromium: preparing the next campaign from the
explorer, and the data-quality screen; axe-core finds no violations in their content
(Wagtail's admin chrome around it is Wagtail's)."""

from __future__ import annotations

import pytest

from .conftest import inject_axe, login, screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.axe,
    pytest.mark.django_db(transaction=True),
]


def main_violations(page) -> list[str]:
    inject_axe(page)
    levels = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']"
    result = page.evaluate(f"async () => await axe.run('main', {{runOnly: {levels}}})")
    return [v["id"] for v in result["violations"]]


def test_preparing_the_next_campaign_from_the_explorer(page, site):
    from surveys.models import CampaignPage

    login(page, site, "projectteam")
    campaign = CampaignPage.objects.get(werkjaar=2025)
    page.goto(f"{site['url']}/admin/pages/{campaign.pk}/")
    page.get_by_role("button", name="Acties").click()  # the page's action menu
    screenshot(page, "volgende-campagne-explorer")
    page.get_by_role("link", name="Volgende campagne voorbereiden").first.click()
    page.wait_for_selector("main form")
    screenshot(page, "volgende-campagne-formulier")
    assert main_violations(page) == []

    page.get_by_label("Werkjaar").fill(str(2025))
    page.get_by_role("button", name="Campagne voorbereiden").click()
    page.wait_for_load_state()
    assert "Kies een werkjaar na 2025" in page.locator("main").inner_text()
    assert main_violations(page) == []

    page.get_by_label("Werkjaar").fill("2028")
    page.get_by_role("button", name="Campagne voorbereiden").click()
    page.wait_for_url("**/edit/")
    screenshot(page, "volgende-campagne-voorbereid")
    assert "Vrijetijdsmonitor 2028 is voorbereid als concept" in page.inner_text("body")
    assert CampaignPage.objects.get(werkjaar=2028).previous_campaign_id == campaign.pk


def test_the_data_quality_screen(page, site):
    from roles.models import Municipality
    from surveys.models import CampaignPage, RubricPage
    from tests.reports.test_quality import CHECKS, save

    for code, checks in CHECKS.items():
        rubric = RubricPage.objects.get(code=code)
        rubric.checks = checks
        rubric.save_revision().publish()
    campaign = CampaignPage.objects.get(werkjaar=2025)
    kasterlee = Municipality.objects.get(nis_code="13017")
    save(
        campaign,
        kasterlee,
        "AAN",
        AAN_01=({"jeugd": {"aantal": 50}}, "De zomerwerking telt mee."),
        AAN_02=True,
        AAN_04=10,
    )
    save(campaign, Municipality.objects.get(nis_code="11009"), "AAN", AAN_02=True)

    login(page, site, "projectteam")
    page.goto(site["url"] + "/admin/datakwaliteit/")
    page.wait_for_selector("main table")
    screenshot(page, "datakwaliteit")
    assert "De zomerwerking telt mee." in page.locator("main").inner_text()
    assert main_violations(page) == []
