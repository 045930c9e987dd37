"""The spreadsheet round trip in the browser: download, fill, upload, correct, save (axe)."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from .conftest import axe_violations, login, screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.axe,
    pytest.mark.django_db(transaction=True),
]


def answer_cell(workbook, code: str):
    for ws in workbook.worksheets:
        for row in ws.iter_rows(min_col=1, max_col=1):
            if row[0].value == code:
                return ws.cell(row=row[0].row, column=7)
    raise LookupError(code)


def check(page, name: str) -> None:
    screenshot(page, f"rekenblad-{name}")
    assert axe_violations(page) == []


def test_an_invoerder_fills_the_rubric_in_a_spreadsheet(page, site, tmp_path):
    login(page, site, "invoerder-kasterlee")
    page.goto(site["url"] + "/registratie/2025/13017/AAN/activiteiten/")
    with page.expect_download() as downloading:
        page.get_by_role("link", name="Download als rekenblad").click()
    download = downloading.value
    assert download.suggested_filename == "vrijetijdsmonitor-2025-13017-AAN.xlsx"
    downloaded = tmp_path / download.suggested_filename
    download.save_as(downloaded)
    workbook = load_workbook(downloaded)
    answer_cell(workbook, "AAN-01:jeugd").value = "1.234"
    answer_cell(workbook, "AAN-02").value = "Ja"
    answer_cell(workbook, "AAN-03").value = "Een vzw"
    answer_cell(workbook, "AAN-04").value = "12,5"  # a speeldag is whole: refused
    filled = tmp_path / "aanbod.xlsx"
    workbook.save(filled)

    page.goto(site["url"] + "/registratie/2025/13017/AAN/")
    page.get_by_role("link", name="Rekenblad opladen").click()
    check(page, "opladen")
    page.get_by_role("button", name="Rekenblad lezen").click()
    page.wait_for_selector(".field__error")
    check(page, "zonder-bestand")
    page.get_by_label("Rekenblad (.xlsx)").set_input_files(str(filled))
    page.get_by_role("button", name="Rekenblad lezen").click()
    page.wait_for_selector("#voorbeeld")
    assert "3 antwoorden wijzigen. 1 rij kan niet gelezen worden." in page.inner_text("main")
    assert "(AAN-04): '12,5' – Geef een geheel getal in" in page.inner_text("#problemen")
    check(page, "voorbeeld")

    fix = page.get_by_label("AAN-04 Hoeveel speeldagen?")
    assert fix.input_value() == "12,5"
    fix.fill("12")
    page.get_by_role("button", name="Wijzigingen opslaan").click()
    page.wait_for_url("**/registratie/2025/13017/AAN/")
    assert "4 antwoorden uit het rekenblad zijn opgeslagen." in page.inner_text(".messages")
    review = page.inner_text("#antwoord-AAN-04")
    assert "12 dagen" in review
    check(page, "opgeslagen")
