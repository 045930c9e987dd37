"""The monitor over the years in a real browser: earlier answers, taking over, checks and
their explanations, the invoerder's "ready", the coördinator's review and the project
team's data-quality screen. axe-core checks the step with findings and the review."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import AXE, axe_violations, login, screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.axe,
    pytest.mark.django_db(transaction=True),
]

STEP = "/registratie/2025/13017/CHK/cijfers/"
REVIEW = "/registratie/2025/13017/CHK/"
EXPLANATION = "Nieuw sportcentrum geopend in maart."


@pytest.fixture
def years(live_server, transactional_db, mailoutbox):
    """2024 confirmed by Kasterlee; 2025 open, with a sum check (error) and a change check
    (warning); "Is er een C?" may be taken over."""
    from tests.base_data import ensure_base_data

    ensure_base_data()
    from cms.models import HomePage
    from roles.models import Municipality, Role
    from roles.services import project_team_group_ensure
    from tests.surveys.conftest import person
    from tests.surveys.test_checks import RUBRICS
    from tests.surveys.years import (
        build_two_years,
        confirm_all,
        edit_question,
        save_as_system,
        set_checks,
    )

    kasterlee = Municipality.objects.get(nis_code="13017")
    previous, current = build_two_years(HomePage.objects.get(), {}, rubrics=RUBRICS)
    save_as_system(
        previous, kasterlee, {"C-TOT": 100, "C-A": 60, "C-B": 40, "C-HEEFT": True, "C-COND": 5}
    )
    confirm_all(previous, kasterlee)
    edit_question(current, "C-HEEFT", may_take_over=True)
    set_checks(
        current,
        "CHK",
        [
            (
                "sum",
                {
                    "code": "CHK-S",
                    "severity": "fout",
                    "message": "De delen tellen niet op tot het totaal.",
                    "parts": ["C-A", "C-B"],
                    "total": "C-TOT",
                    "tolerance": 0,
                },
            ),
            (
                "change",
                {
                    "code": "CHK-V",
                    "message": "Het totaal verschilt sterk van de vorige bevraging.",
                    "question": "C-TOT",
                    "percentage": 50,
                    "minimum": 5,
                },
            ),
        ],
    )
    team = person("projectteam")
    team.groups.add(project_team_group_ensure())
    person("invoerder-kasterlee", kasterlee, Role.INVOERDER)
    person("coordinator-kasterlee", kasterlee, Role.COORDINATOR)
    return {"url": live_server.url, "mail": mailoutbox}


def years_email(username: str) -> str:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username=username).email


def no_axe_violations(page, name: str) -> None:
    screenshot(page, f"monitor-{name}")
    if AXE.exists():
        assert axe_violations(page) == []


def test_a_year_later_the_municipality_checks_explains_and_confirms(page, years):
    site = years
    login(page, site, "invoerder-kasterlee")
    page.goto(site["url"] + STEP)
    total = page.locator("#vraag-C-TOT")
    expect(total).to_contain_text("Vorige bevraging (werkjaar 2024): 100")

    # The static fact comes over from 2024 in one click; nothing else is touched.
    page.get_by_role("button", name="Antwoorden van de vorige bevraging overnemen").click()
    expect(page.get_by_text("1 antwoord overgenomen uit werkjaar 2024")).to_be_visible()
    expect(page.locator("#vraag-C-HEEFT").get_by_label("Ja", exact=True)).to_be_checked()
    expect(page.locator('[name="q__C-TOT"]')).to_have_value("")

    # A total that is not the sum of its parts, and far from last time's.
    page.locator('[name="q__C-TOT"]').fill("250")
    page.locator('[name="q__C-A"]').fill("60")
    page.locator('[name="q__C-B"]').fill("40")
    page.locator('[name="q__C-COND"]').fill("7")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.get_by_text("Uw antwoorden zijn opgeslagen.")).to_be_visible()
    expect(total).to_contain_text("De delen tellen niet op tot het totaal.")
    expect(total).to_contain_text("Het totaal (250) is niet gelijk aan de som van de delen (100)")
    expect(total).to_contain_text("Het totaal verschilt sterk van de vorige bevraging.")
    expect(total).to_contain_text("Vorige bevraging: 100; nu: 250 (+150 %)")
    no_axe_violations(page, "stap-met-controles")

    # Correct the parts, explain the change.
    page.locator('[name="q__C-A"]').fill("150")
    page.locator('[name="q__C-B"]').fill("100")
    page.locator('[name="e__C-TOT"]').fill(EXPLANATION)
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.get_by_text("Uw antwoorden zijn opgeslagen.")).to_be_visible()
    expect(total).not_to_contain_text("De delen tellen niet op tot het totaal.")
    expect(page.locator('[name="e__C-TOT"]')).to_have_value(EXPLANATION)

    # The invoerder's review: no confirm button, a message to the coördinatoren instead.
    page.goto(site["url"] + REVIEW)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Controleren en bevestigen")
    expect(page.get_by_role("button", name="Rubriek bevestigen")).to_have_count(0)
    page.get_by_role("button", name="Klaar om te bevestigen").click()
    expect(page.get_by_text("De coördinatoren krijgen een e-mail")).to_be_visible()
    ready = [m for m in site["mail"] if "klaar" in m.subject.lower()]
    assert [m.to for m in ready] == [[years_email("coordinator-kasterlee")]]
    page.context.clear_cookies()

    # The coördinator reviews every answer beside last year's, with the explanation.
    login(page, site, "coordinator-kasterlee")
    page.goto(site["url"] + REVIEW)
    row = page.get_by_role("row", name="C-TOT")
    expect(row).to_contain_text("250")
    expect(row).to_contain_text("100")
    expect(row).to_contain_text(EXPLANATION)
    expect(page.get_by_role("link", name="Wijzigen C-TOT")).to_have_attribute(
        "href", STEP + "#vraag-C-TOT"
    )
    no_axe_violations(page, "controleren-en-bevestigen")
    page.get_by_role("button", name="Rubriek bevestigen").click()
    # The table per sector is still open: confirming anyway needs the checkbox.
    expect(page.locator(".field__error")).to_contain_text("Er zijn nog open vragen")
    page.get_by_label("Ik heb de open vragen gezien").check()
    page.get_by_role("button", name="Rubriek bevestigen").click()
    expect(page.get_by_text("is bevestigd en kan niet meer gewijzigd worden")).to_be_visible()
    page.context.clear_cookies()

    # The project team finds the explained warning on the data-quality screen.
    login(page, site, "projectteam")
    page.goto(site["url"] + "/admin/datakwaliteit/")
    expect(page.get_by_role("row", name="CHK CHK-V waarschuwing")).to_contain_text("1 0")
    finding = page.get_by_role("region", name="CHK · CHK-V waarschuwing").get_by_role("row")
    expect(finding.filter(has_text="Kasterlee")).to_contain_text(EXPLANATION)
    expect(finding.filter(has_text="Kasterlee")).to_contain_text("Bevestigd")
