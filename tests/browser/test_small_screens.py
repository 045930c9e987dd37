"""On a phone (375 px wide) the registration pages fit without scrolling sideways."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import AXE, axe_violations, login, screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

PHONE = {"width": 375, "height": 812}
OVERVIEW = "/registratie/2025/13017/"


def sideways_overflow(page) -> int:
    """How many pixels the page is wider than the screen (0: nothing to scroll sideways)."""
    return page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def shown_labels(row) -> list[str]:
    """The labels drawn in front of the cells of a table row (CSS generated content)."""
    return row.locator("td").evaluate_all(
        """cells => cells.map(cell => {
            const label = getComputedStyle(cell, "::before");
            return label.display === "none" ? "" : label.content.split(" / ")[0]
                .replace(/^"|"$/g, "");
        })"""
    )


@pytest.fixture
def confirmed_rubric(site):
    """Kasterlee's coördinator confirmed Aanbod: the overview shows who and when."""
    from roles.models import Municipality
    from surveys.models import CampaignPage
    from surveys.selectors import questionnaire_for_campaign
    from surveys.services import participation_ensure, rubric_confirm, rubric_response_ensure

    campaign = CampaignPage.objects.get(werkjaar=2025)
    participation = participation_ensure(
        municipality=Municipality.objects.get(nis_code="13017"), campaign=campaign
    )
    rubric = questionnaire_for_campaign(campaign=campaign).rubric("AAN")
    response = rubric_response_ensure(participation=participation, rubric=rubric)
    rubric_confirm(response=response, by=site["people"]["coordinator"])


@pytest.mark.parametrize("username", ["invoerder-kasterlee", "projectteam"])
def test_status_overview_fits_a_phone(page, site, confirmed_rubric, username):
    page.set_viewport_size(PHONE)
    login(page, site, username)
    page.goto(site["url"] + OVERVIEW)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Statusoverzicht Kasterlee")
    screenshot(page, f"statusoverzicht-375-{username}")

    assert sideways_overflow(page) <= 0
    # Every rubric's figures stay readable, each with its label in front of it.
    first_rubric = page.locator(".status-table tbody tr").first
    expect(first_rubric.get_by_role("link", name="Aanbod")).to_be_visible()
    expect(first_rubric).to_contain_text("Bevestigd")
    expect(first_rubric).to_contain_text("Coordinator-Kasterlee")
    expect(first_rubric.get_by_role("link", name="Activiteiten")).to_be_visible()
    assert shown_labels(first_rubric) == ["Status", "Beantwoord", "Bevestigd", "Thema's"]


@pytest.mark.axe
def test_status_overview_on_a_phone_has_no_accessibility_violations(page, site, confirmed_rubric):
    assert AXE.exists()
    page.set_viewport_size(PHONE)
    login(page, site, "coordinator-kasterlee")
    page.goto(site["url"] + OVERVIEW)
    assert axe_violations(page) == []
