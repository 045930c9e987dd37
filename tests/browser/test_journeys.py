"""User journeys in a real browser (Playwright on Debian's Chromium)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import login, screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

STEP = "/registratie/2025/13017/AAN/"


def cell(page, code, row, column="aantal"):
    return page.locator(f'[name="q__{code}__{row}__{column}"]')


def test_invoerder_fills_a_rubric_meets_errors_and_finds_answers_back(page, site):
    login(page, site, "invoerder-kasterlee")
    page.goto(site["url"] + "/registratie/")
    expect(page).to_have_url(re.compile(r"/registratie/2025/13017/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Statusoverzicht Kasterlee")
    screenshot(page, "a1-statusoverzicht")
    page.get_by_role("link", name="Activiteiten").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Activiteiten")

    cell(page, "AAN-01", "cultuur").fill("1.234")
    cell(page, "AAN-01", "jeugd").fill("twaalf")
    page.get_by_label("Ja", exact=True).check()
    page.get_by_label("De gemeente").check()  # the follow-up appeared
    page.locator('[name="q__AAN-04"]').fill("-3")
    page.get_by_role("button", name="Opslaan en verder").click()

    # Errors at the fields, in Dutch; the input is kept; the valid answers were saved.
    expect(page.get_by_role("alert").first).to_contain_text("Niet alle antwoorden")
    expect(page.locator("#vraag-AAN-01")).to_contain_text("Jeugd – Aantal: Geef een getal in")
    expect(page.locator("#vraag-AAN-04")).to_contain_text("Het getal mag niet negatief zijn.")
    expect(cell(page, "AAN-01", "jeugd")).to_have_value("twaalf")
    expect(page.locator('[name="q__AAN-04"]')).to_have_value("-3")
    screenshot(page, "a2-thema-met-fouten")

    cell(page, "AAN-01", "jeugd").fill("12")
    page.locator('[name="q__AAN-04"]').fill("40")
    page.get_by_role("button", name="Opslaan en verder").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Doelgroepen")
    expect(page.get_by_text("Uw antwoorden zijn opgeslagen.")).to_be_visible()

    page.get_by_role("checkbox", name="Senioren").check()
    page.locator('[name="q__AAN-06"]').fill("Seniorenfeest in het cultuurcentrum")
    page.get_by_role("button", name="Opslaan en verder").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Aanbod")
    screenshot(page, "a3-samenvatting")
    # Saved: the browser keeps no drafts of these answers any more (step.js, drafts.js).
    drafts = "Object.keys(sessionStorage).filter(k => k.startsWith('vtm-draft:')).length"
    assert page.evaluate(drafts) == 0

    # Leave and come back: the answers are there.
    page.goto(site["url"] + "/")
    page.goto(site["url"] + STEP + "activiteiten/")
    expect(cell(page, "AAN-01", "cultuur")).to_have_value("1234")
    expect(cell(page, "AAN-01", "jeugd")).to_have_value("12")
    expect(page.locator('[name="q__AAN-04"]')).to_have_value("40")
    expect(page.get_by_label("De gemeente")).to_be_checked()
    page.goto(site["url"] + STEP + "doelgroepen/")
    expect(page.locator('[name="q__AAN-06"]')).to_have_value("Seniorenfeest in het cultuurcentrum")


def test_the_error_summary_names_the_errors_in_the_title_and_leads_into_each_field(page, site):
    login(page, site, "invoerder-kasterlee")
    page.goto(site["url"] + STEP + "activiteiten/")
    expect(page).not_to_have_title(re.compile(r"^Fout"))
    page.get_by_label("Ja", exact=True).check()
    page.locator('[name="q__AAN-04"]').fill("-3")
    cell(page, "AAN-01", "jeugd").fill("twaalf")
    page.get_by_role("button", name="Opslaan").first.click()

    expect(page).to_have_title(re.compile(r"^Fout: Activiteiten"))
    summary = page.locator("#foutenoverzicht")
    expect(summary).to_be_focused()
    summary.get_by_role("link", name=re.compile("AAN-04")).click()
    expect(page.locator('[name="q__AAN-04"]')).to_be_focused()
    summary.get_by_role("link", name=re.compile("AAN-01")).click()
    expect(cell(page, "AAN-01", "cultuur")).to_be_focused()


def test_conditional_follow_up_appears_and_disappears(page, site):
    login(page, site, "invoerder-kasterlee")
    page.goto(site["url"] + STEP + "activiteiten/")
    follow_up = page.locator("#vraag-AAN-04")
    expect(follow_up).to_be_hidden()
    page.get_by_label("Ja", exact=True).check()
    expect(follow_up).to_be_visible()
    page.get_by_label("Nee", exact=True).check()
    expect(follow_up).to_be_hidden()
    page.get_by_label("Ja", exact=True).check()
    page.locator('[name="q__AAN-04"]').fill("25")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    page.get_by_label("Nee", exact=True).check()
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.locator("#vraag-AAN-04")).to_be_hidden()
    page.get_by_label("Ja", exact=True).check()
    expect(page.locator('[name="q__AAN-04"]')).to_have_value("25")  # kept while hidden


def _fill_activiteiten(page, site):
    login(page, site, "invoerder-kasterlee")
    page.goto(site["url"] + STEP + "activiteiten/")
    cell(page, "AAN-01", "cultuur").fill("5")
    page.get_by_label("Nee", exact=True).check()
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.get_by_text("Uw antwoorden zijn opgeslagen.")).to_be_visible()
    page.context.clear_cookies()


def test_coordinator_confirms_and_the_form_turns_read_only(page, site):
    _fill_activiteiten(page, site)
    login(page, site, "coordinator-kasterlee")
    page.goto(site["url"] + STEP)
    expect(page.get_by_role("heading", name="Verplichte vragen zonder antwoord")).to_be_visible()
    page.get_by_role("button", name="Rubriek bevestigen").click()
    expect(page.locator(".field__error")).to_contain_text("Er zijn nog open vragen")
    page.get_by_label("Ik heb de open vragen gezien").check()
    page.get_by_role("button", name="Rubriek bevestigen").click()
    expect(page.get_by_text("is bevestigd en kan niet meer gewijzigd worden")).to_be_visible()
    screenshot(page, "c1-bevestigd")
    page.context.clear_cookies()

    login(page, site, "invoerder-kasterlee")
    page.goto(site["url"] + STEP + "activiteiten/")
    expect(page.get_by_text("is bevestigd en kan niet meer gewijzigd worden")).to_be_visible()
    expect(cell(page, "AAN-01", "cultuur")).to_be_disabled()
    expect(page.get_by_role("button", name="Opslaan", exact=True)).to_have_count(0)
    screenshot(page, "c2-alleen-lezen")


def test_project_team_reopens(page, site, mailoutbox):
    _fill_activiteiten(page, site)
    login(page, site, "coordinator-kasterlee")
    page.goto(site["url"] + STEP)
    page.get_by_label("Ik heb de open vragen gezien").check()
    page.get_by_role("button", name="Rubriek bevestigen").click()
    page.context.clear_cookies()

    login(page, site, "projectteam")
    page.goto(site["url"] + STEP)
    page.get_by_role("button", name="Rubriek heropenen").click()
    expect(page.locator(".field__error")).to_contain_text("Geef een reden op.")
    page.get_by_label("Reden").fill("Het aantal activiteiten voor cultuur lijkt te laag.")
    page.get_by_role("button", name="Rubriek heropenen").click()
    expect(page.get_by_text("De rubriek is heropend.")).to_be_visible()
    screenshot(page, "d1-heropend")
    page.context.clear_cookies()

    login(page, site, "invoerder-kasterlee")
    page.goto(site["url"] + STEP + "activiteiten/")
    expect(cell(page, "AAN-01", "cultuur")).to_be_enabled()


def test_raadpleger_sees_everything_and_changes_nothing(page, site):
    _fill_activiteiten(page, site)
    login(page, site, "raadpleger-kasterlee")
    page.goto(site["url"] + "/registratie/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Statusoverzicht Kasterlee")
    page.goto(site["url"] + STEP + "activiteiten/")
    expect(cell(page, "AAN-01", "cultuur")).to_have_value("5")
    expect(cell(page, "AAN-01", "cultuur")).to_be_disabled()
    expect(page.get_by_role("button", name="Opslaan", exact=True)).to_have_count(0)
    page.goto(site["url"] + STEP)
    expect(page.get_by_role("button", name="Rubriek bevestigen")).to_have_count(0)
    screenshot(page, "e1-raadpleger")


def test_keyboard_only_journey(page, site):
    login(page, site, "invoerder-kasterlee")
    page.goto(site["url"] + STEP + "activiteiten/")
    # From the top of the page, Tab to the first table cell and type.
    page.keyboard.press("Tab")  # skip link
    focused = page.evaluate("document.activeElement.textContent")
    assert "Naar de inhoud" in focused
    page.keyboard.press("Enter")
    target = cell(page, "AAN-01", "cultuur")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "q__AAN-01__cultuur__aantal":
            break
    expect(target).to_be_focused()
    page.keyboard.type("7")
    page.keyboard.press("Tab")
    page.keyboard.type("abc")  # jeugd: an error
    # Jump to the yes/no group and choose "Ja" with the arrow keys.
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "q__AAN-02":
            break
    page.keyboard.press("Space")
    # Submit with Enter from a text field ("Opslaan" is the form's default after "Vorige"?).
    for _ in range(40):
        page.keyboard.press("Tab")
        if (page.evaluate("document.activeElement.textContent") or "").strip() == "Opslaan":
            break
    page.keyboard.press("Enter")
    expect(page.locator("#vraag-AAN-01")).to_contain_text("Jeugd – Aantal: Geef een getal in")
    # The error summary takes the focus and links to the field.
    expect(page.locator("#foutenoverzicht")).to_be_focused()
    cell(page, "AAN-01", "jeugd").focus()
    page.keyboard.press("Control+A")
    page.keyboard.type("3")
    for _ in range(60):
        page.keyboard.press("Tab")
        if (
            page.evaluate("document.activeElement.textContent") or ""
        ).strip() == "Opslaan en verder":
            break
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Doelgroepen")
    screenshot(page, "g1-toetsenbord")
    page.goto(site["url"] + STEP + "activiteiten/")
    expect(cell(page, "AAN-01", "cultuur")).to_have_value("7")
    expect(cell(page, "AAN-01", "jeugd")).to_have_value("3")


def test_question_overview_and_answers_pdf_download(page, site):
    """(f) The public overview from the home page; the answers PDF from the status overview."""
    import pypdfium2

    page.goto(site["url"] + "/")
    link = page.get_by_role("link", name="Overzicht van alle vragen (PDF)").first
    response = page.request.get(site["url"] + link.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    text = "".join(
        pdf_page.get_textpage().get_text_range()
        for pdf_page in pypdfium2.PdfDocument(response.body())
    )
    assert "AAN-01" in text and "FIN-04" in text

    _fill_activiteiten(page, site)
    login(page, site, "raadpleger-kasterlee")
    page.goto(site["url"] + "/registratie/2025/13017/")
    href = page.get_by_role("link", name="Antwoorden downloaden (PDF)").get_attribute("href")
    answers = page.request.get(site["url"] + href + "?rubriek=AAN")
    assert answers.status == 200
    assert answers.headers["content-type"] == "application/pdf"
    text = "".join(
        pdf_page.get_textpage().get_text_range()
        for pdf_page in pypdfium2.PdfDocument(answers.body())
    )
    assert "VOORLOPIG" in text and "Kasterlee" in text


def test_the_coordinator_hands_a_theme_to_a_colleague_who_marks_it_done(page, site, mailoutbox):
    """Toewijzen aan…: the colleague gets the e-mail, sees it first, and ticks it off."""
    from .conftest import AXE, axe_violations

    login(page, site, "coordinator-kasterlee")
    page.goto(site["url"] + "/registratie/2025/13017/")
    page.get_by_role("link", name="Toewijzen aan…").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Toewijzen aan…")
    if AXE.exists():
        assert axe_violations(page) == []
    page.get_by_label("Wat").select_option(label="Aanbod › Doelgroepen")
    page.get_by_label("Invoerder-Kasterlee (invoerder)").check()
    page.get_by_label("Notitie").fill("De cijfers van de jeugddienst.")
    page.get_by_role("button", name="Toewijzen", exact=True).click()
    expect(
        page.get_by_text("Toegewezen aan Invoerder-Kasterlee; die krijgt een e-mail.")
    ).to_be_visible()
    work = page.locator(".work-table tbody tr")
    expect(work).to_have_count(1)
    expect(work.first).to_contain_text("Aanbod › Doelgroepen")
    expect(work.first).to_contain_text("open")
    if AXE.exists():
        assert axe_violations(page) == []
    screenshot(page, "t1-werkverdeling")
    assert any("Doelgroepen" in m.subject for m in mailoutbox)
    page.get_by_role("link", name="Opnieuw toewijzen: Aanbod › Doelgroepen").click()
    expect(page.get_by_role("button", name="Aan Raadpleger-Kasterlee (raadpleger)")).to_be_visible()
    if AXE.exists():
        assert axe_violations(page) == []
    page.get_by_role("link", name="Terug naar het statusoverzicht").click()
    page.context.clear_cookies()

    login(page, site, "invoerder-kasterlee")
    page.goto(site["url"] + "/registratie/2025/13017/")
    mine = page.get_by_role("region", name="Aan mij toegewezen")
    expect(mine.get_by_role("link", name="Aanbod › Doelgroepen")).to_have_attribute(
        "href", "/registratie/2025/13017/AAN/doelgroepen/"
    )
    mine.get_by_role("button", name="Klaar: Aanbod › Doelgroepen").click()
    expect(page.get_by_text("Afgevinkt: Aanbod › Doelgroepen is klaar.")).to_be_visible()
    expect(page.get_by_role("region", name="Aan mij toegewezen")).to_have_count(0)
    expect(page.locator(".work-table tbody tr").first).to_contain_text("klaar op")


def test_answers_typed_when_the_session_ended_come_back_after_the_new_login(page, site):
    """Security review 6.7: the session ends; nothing typed is lost."""
    login(page, site, "invoerder-kasterlee")
    page.goto(site["url"] + STEP + "activiteiten/")
    cell(page, "AAN-01", "cultuur").fill("77")
    page.context.clear_cookies(name="sessionid")  # the session ends (idle, or its maximum)
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    page.get_by_label("Gebruikersnaam").fill("invoerder-kasterlee")
    page.get_by_label("Wachtwoord").fill("demo")
    page.get_by_role("button", name="Aanmelden met demo-account").click()
    expect(page).to_have_url(re.compile(r"/AAN/activiteiten/$"))
    expect(page.locator("#draft-restored")).to_be_visible()
    expect(cell(page, "AAN-01", "cultuur")).to_have_value("77")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.get_by_text("Uw antwoorden zijn opgeslagen.")).to_be_visible()
    expect(page.locator("#draft-restored")).to_be_hidden()
    page.reload()
    expect(page.locator("#draft-restored")).to_be_hidden()
    expect(cell(page, "AAN-01", "cultuur")).to_have_value("77")
