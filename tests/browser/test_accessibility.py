"""WCAG 2.1 AA: axe-core in Chromium finds no violations on the main pages."""

from __future__ import annotations

import pytest

from .conftest import axe_violations, inject_axe, login, screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.axe,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def manual(site):
    from cms.models import ContentPage, HomePage

    page = ContentPage(
        title="Handleiding",
        slug="handleiding",
        intro="Zo vult u de vrijetijdsmonitor in.",
        show_in_menus=True,
        body=[
            {"type": "heading", "value": "Aanmelden"},
            {"type": "paragraph", "value": "<p>Meld u aan met uw account.</p>"},
            {
                "type": "steps",
                "value": [{"type": "item", "value": {"title": "Stap", "text": "<p>Doe dit.</p>"}}],
            },
            {
                "type": "callout",
                "value": {"title": "Let op", "text": "<p>Sla op.</p>", "variant": "info"},
            },
            {"type": "qa", "value": {"question": "Waarom?", "answer": "<p>Daarom.</p>"}},
        ],
    )
    HomePage.objects.get().add_child(instance=page)
    page.save_revision().publish()
    return page


def check(page, name):
    screenshot(page, f"axe-{name}")
    assert axe_violations(page) == []


def test_public_pages(page, site, manual):
    page.goto(site["url"] + "/")
    check(page, "home")
    page.goto(site["url"] + "/handleiding/")
    check(page, "handleiding")
    page.goto(site["url"] + "/accounts/login/")
    check(page, "login")
    page.goto(site["url"] + "/vragenlijst-2025/aanbod/")
    check(page, "rubriek-publiek")


def test_registration_pages(page, site):
    login(page, site, "invoerder-kasterlee")
    page.goto(site["url"] + "/registratie/2025/13017/")
    check(page, "statusoverzicht")
    page.goto(site["url"] + "/registratie/2025/13017/AAN/activiteiten/")
    check(page, "thema")
    page.locator('[name="q__AAN-01__jeugd__aantal"]').fill("abc")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    page.wait_for_selector("#foutenoverzicht")
    check(page, "thema-met-fouten")
    page.goto(site["url"] + "/registratie/2025/13017/AAN/")
    check(page, "samenvatting")


def test_status_overview_with_the_extension_form_and_its_error(page, site):
    """The project team's extension field: help text and error named by the input."""
    login(page, site, "projectteam")
    page.goto(site["url"] + "/registratie/2025/13017/")
    check(page, "statusoverzicht-projectteam")
    # A browser without a date picker lets people type anything.
    page.evaluate(
        "() => { const f = document.querySelector('[name=extension_until]');"
        " f.type = 'text'; f.value = 'morgen'; }"
    )
    page.get_by_role("button", name="Verlenging bewaren").click()
    field = page.get_by_label("Eigen verlenging tot en met")
    assert field.get_attribute("aria-invalid") == "true"
    described = field.get_attribute("aria-describedby").split()
    assert described == ["id_extension_until_helptext", "id_extension_until_error"]
    for name in described:
        assert page.locator(f"#{name}").count() == 1
    check(page, "statusoverzicht-verlenging-fout")


def test_role_management_page(page, site):
    login(page, site, "beheerder-kasterlee")
    page.goto(site["url"] + "/gemeente/13017/rollen/")
    expect_heading = page.get_by_role("heading", level=1)
    assert "Kasterlee" in expect_heading.text_content()
    check(page, "rollen-beheren")


def test_progress_dashboard(page, site):
    """The dashboard's own content (Wagtail's admin chrome around it is Wagtail's)."""
    login(page, site, "projectteam")
    page.goto(site["url"] + "/admin/voortgang/")
    page.wait_for_selector("main")
    screenshot(page, "axe-voortgang")
    inject_axe(page)
    levels = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']"
    result = page.evaluate(f"async () => await axe.run('main', {{runOnly: {levels}}})")
    assert [v["id"] for v in result["violations"]] == []
