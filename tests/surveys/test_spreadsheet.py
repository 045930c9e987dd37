"""The spreadsheet round trip of a rubric: download, fill, upload, preview, save."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.test import Client, override_settings
from openpyxl import load_workbook

from surveys.models import AuditEntry, RubricStatus
from tests.surveys.pages import (
    ACTIVITEITEN,
    DOELGROEPEN,
    OVERVIEW,
    audit_url,
    errors_at,
    html,
    messages_on,
    post_step,
    response_of,
    stored,
    summary_url,
    text,
)

pytestmark = pytest.mark.django_db

DOWNLOAD = f"{OVERVIEW}AAN/rekenblad/"
UPLOAD = f"{OVERVIEW}AAN/rekenblad/opladen/"


def download(client, url: str = DOWNLOAD):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    return load_workbook(io.BytesIO(b"".join(response.streaming_content)))


def as_bytes(workbook) -> bytes:
    target = io.BytesIO()
    workbook.save(target)
    return target.getvalue()


def upload(client, content: bytes, url: str = UPLOAD, name: str = "aanbod.xlsx"):
    return client.post(url, {"file": SimpleUploadedFile(name, content), "action": "upload"})


def answer_cell(workbook, code: str, column: int = 7):
    """The answer cell of a question (or a table row ``CODE:row``) in its worksheet."""
    for ws in workbook.worksheets:
        if ws.title == "vtm":
            continue
        for row in ws.iter_rows(min_col=1, max_col=1):
            if row[0].value == code:
                return ws.cell(row=row[0].row, column=column)
    raise LookupError(code)


def problems(response) -> list[str]:
    return [
        " ".join(li.get_text().split()) for li in html(response).select(".spreadsheet-problems li")
    ]


def changes(response) -> dict[str, tuple[str, str]]:
    rows = {}
    for tr in html(response).select("table.spreadsheet-changes > tbody > tr"):
        cells = tr.find_all(["th", "td"], recursive=False)
        found = cells[0].find(class_="code")
        assert found is not None
        code = found.get_text()
        rows[code] = (" ".join(cells[1].get_text().split()), " ".join(cells[2].get_text().split()))
    return rows


def save(client, preview, url: str = UPLOAD):
    token = html(preview).find("input", attrs={"name": "token"})
    assert token is not None, "no save button on the preview"
    return client.post(url, {"action": "save", "token": token["value"]})


@pytest.fixture
def filled(as_user, campaign):
    """AAN of Kasterlee with an answer of every kind the first theme has."""
    client = as_user("invoerder")
    post_step(
        client,
        ACTIVITEITEN,
        {
            "q__AAN-01__cultuur__aantal": "12",
            "q__AAN-01__jeugd__aantal": "1.234",
            "q__AAN-02": "ja",
            "q__AAN-03": "vzw",
            "q__AAN-04": "40",
        },
    )
    return client


# --- the round trip -------------------------------------------------------------------------


def test_a_downloaded_spreadsheet_uploaded_unchanged_changes_nothing(filled):
    workbook = download(filled)
    response = upload(filled, as_bytes(workbook))
    assert response.status_code == 200
    assert "Niets gewijzigd" in text(response)
    assert problems(response) == []
    assert html(response).find("input", attrs={"name": "token"}) is None


def test_every_kind_of_answer_survives_the_round_trip(filled, campaign):
    post_step(
        filled,
        DOELGROEPEN,
        {
            "q__AAN-05": ["kleuters", "senioren"],
            "q__AAN-06": '=HYPERLINK("http://x","klik")',
            "q__AAN-07": "2020-05-01",
        },
    )
    workbook = download(filled)
    assert answer_cell(workbook, "AAN-05").value == "Kleuters; Senioren"
    assert answer_cell(workbook, "AAN-07").value.date().isoformat() == "2020-05-01"
    response = upload(filled, as_bytes(workbook))
    assert "Niets gewijzigd" in text(response), problems(response)


def test_the_spreadsheet_shows_the_rubric_as_the_step_does(filled):
    workbook = download(filled)
    assert workbook.sheetnames == ["Activiteiten", "Doelgroepen", "vtm"]
    assert workbook["vtm"].sheet_state == "veryHidden"
    ws = workbook["Activiteiten"]
    headers = [cell.value for cell in ws[3]][:7]
    assert headers == [
        "Code",
        "Vraag",
        "Toelichting",
        "Eenheid",
        "Toegelaten antwoorden",
        "Vorige bevraging",
        "Antwoord",
    ]
    # A table is laid out as its grid: one row per table row, a cell per column.
    assert answer_cell(workbook, "AAN-01:cultuur").value == 12
    assert answer_cell(workbook, "AAN-01:jeugd").value == 1234
    assert answer_cell(workbook, "AAN-01:sport").value is None
    speeldagen = answer_cell(workbook, "AAN-04")
    assert speeldagen.value == 40
    assert ws.cell(row=speeldagen.row, column=4).value == "dagen"
    assert "Of: onbekend" in ws.cell(row=speeldagen.row, column=5).value
    assert "Enkel als AAN-02 = Ja" in ws.cell(row=speeldagen.row, column=5).value
    # Only the answer cells can be changed.
    assert ws.protection.sheet
    assert not speeldagen.protection.locked
    assert ws.cell(row=speeldagen.row, column=1).protection.locked
    assert ws.cell(row=speeldagen.row, column=2).protection.locked
    # Yes/no and choices offer their answers as an in-cell list.
    yes_no = answer_cell(workbook, "AAN-02")
    assert yes_no.value == "Ja"
    lists = {
        str(cell): validation.formula1
        for validation in ws.data_validations.dataValidation
        for cell in validation.sqref.ranges
    }
    formula = next(f for ref, f in lists.items() if yes_no.coordinate in ref)
    column = formula.split("!")[1].split(":")[0].replace("$", "")[0]
    words = [cell.value for cell in workbook["vtm"][column] if cell.value]
    assert words == ["Ja", "Nee"]
    # Printed: landscape, one page wide, the header row on every page.
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == "$3:$3"
    assert ws.column_dimensions["B"].width >= 40


def test_text_that_looks_like_a_formula_is_written_as_text(filled):
    post_step(filled, DOELGROEPEN, {"q__AAN-05": ["senioren"], "q__AAN-06": "=1+1"})
    response = filled.get(DOWNLOAD)
    content = b"".join(response.streaming_content)
    workbook = load_workbook(io.BytesIO(content))
    cell = answer_cell(workbook, "AAN-06")
    assert (cell.value, cell.data_type, cell.quotePrefix) == ("=1+1", "s", True)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        sheets = "".join(
            archive.read(name).decode() for name in archive.namelist() if "worksheets" in name
        )
    assert "<f>" not in sheets  # no formula anywhere in the file


# --- a filled spreadsheet: preview, then save ----------------------------------------------


def test_changed_answers_are_previewed_then_saved_and_audited_via_rekenblad(filled, as_user):
    workbook = download(filled)
    answer_cell(workbook, "AAN-01:sport").value = "1.234"
    answer_cell(workbook, "AAN-04").value = "onbekend"
    answer_cell(workbook, "AAN-03").value = "De gemeente"
    before = {code: (a.value, a.version) for code, a in stored().items()}

    preview = upload(filled, as_bytes(workbook))
    assert preview.status_code == 200
    assert problems(preview) == []
    found = changes(preview)
    assert set(found) == {"AAN-01", "AAN-03", "AAN-04"}
    assert found["AAN-04"] == ("40 dagen", "onbekend")
    assert found["AAN-03"] == ("Een vzw", "De gemeente")
    # Nothing is written before the person confirms.
    assert {code: (a.value, a.version) for code, a in stored().items()} == before

    response = save(filled, preview)
    assert (response.status_code, response["Location"]) == (302, summary_url("AAN"))
    answers = stored()
    assert answers["AAN-01"].value["sport"] == {"aantal": 1234}
    assert answers["AAN-01"].value["cultuur"] == {"aantal": 12}
    assert (answers["AAN-04"].value, answers["AAN-04"].special) == (None, "onbekend")
    assert answers["AAN-03"].value == "gemeente"
    assert answers["AAN-02"].version == before["AAN-02"][1]  # untouched
    notes = set(
        AuditEntry.objects.filter(question_code__in=["AAN-01", "AAN-03", "AAN-04"])
        .order_by("-pk")[:3]
        .values_list("note", flat=True)
    )
    assert notes == {"via rekenblad"}
    assert "3 antwoorden uit het rekenblad zijn opgeslagen." in messages_on(
        filled.get(summary_url("AAN"))
    )
    # The same preview cannot be saved twice.
    again = save(filled, preview)
    assert again["Location"] == UPLOAD
    # The project team sees where the answers came from.
    trail = text(as_user("team").get(audit_url("AAN")))
    assert "Antwoord AAN-04 40 dagen onbekend (via rekenblad)" in trail


def test_belgian_numbers_are_read_as_on_the_step(as_user, campaign):
    client = as_user("invoerder")
    workbook = download(client, f"{OVERVIEW}FIN/rekenblad/")
    answer_cell(workbook, "FIN-01").value = "€2.500,-"
    answer_cell(workbook, "FIN-02").value = 12.5
    answer_cell(workbook, "FIN-03").value = "234,5"
    preview = upload(client, as_bytes(workbook), f"{OVERVIEW}FIN/rekenblad/opladen/")
    assert problems(preview) == []
    save(client, preview, f"{OVERVIEW}FIN/rekenblad/opladen/")
    answers = stored()
    assert (answers["FIN-01"].value, answers["FIN-02"].value, answers["FIN-03"].value) == (
        "2500",
        "12.5",
        "234.5",
    )


def step_errors(client, data: dict[str, str], code: str) -> list[str]:
    """What the step itself says to the same input (it saves nothing that is wrong)."""
    return errors_at(post_step(client, ACTIVITEITEN, data), code)


def test_every_problem_is_named_with_its_row_and_the_rest_is_saved(filled):
    workbook = download(filled)
    speeldagen = answer_cell(workbook, "AAN-04")
    speeldagen.value = "12,5"
    answer_cell(workbook, "AAN-01:sport").value = "veel"
    answer_cell(workbook, "AAN-02").value = "misschien"
    answer_cell(workbook, "AAN-03").value = "De gemeente"
    preview = upload(filled, as_bytes(workbook))
    sport = answer_cell(workbook, "AAN-01:sport").row
    yes_no = answer_cell(workbook, "AAN-02").row
    # Each message is the one the step gives for the same input.
    [table] = step_errors(filled, {"q__AAN-01__sport__aantal": "veel"}, "AAN-01")
    [whole] = step_errors(filled, {"q__AAN-04": "12,5"}, "AAN-04")
    assert table == "Sport – Aantal: Geef een getal in, bijvoorbeeld 1.234."
    assert whole.startswith("Geef een geheel getal in")
    assert problems(preview) == [
        f"rij {sport} (AAN-01:sport): 'veel' – {table}",
        f"rij {yes_no} (AAN-02): 'misschien' – Kies Ja of Nee.",
        f"rij {speeldagen.row} (AAN-04): '12,5' – {whole}",
    ]
    assert set(changes(preview)) == {"AAN-03"}
    save(filled, preview)
    answers = stored()
    assert answers["AAN-03"].value == "gemeente"
    assert answers["AAN-04"].value == 40  # refused: what was stored stays


def test_a_special_answer_the_question_does_not_allow_is_a_problem(filled):
    workbook = download(filled)
    cell = answer_cell(workbook, "AAN-02")
    cell.value = "niet van toepassing"
    preview = upload(filled, as_bytes(workbook))
    assert problems(preview) == [
        f"rij {cell.row} (AAN-02): 'niet van toepassing' – Dit speciale antwoord kan bij "
        "deze vraag niet."
    ]


def test_someone_who_saved_in_between_is_not_overwritten(filled, people):
    workbook = download(filled)
    answer_cell(workbook, "AAN-04").value = 50
    answer_cell(workbook, "AAN-03").value = "De gemeente"
    preview = upload(filled, as_bytes(workbook))
    assert set(changes(preview)) == {"AAN-03", "AAN-04"}

    colleague = Client()
    colleague.force_login(people["invoerder2"])
    post_step(colleague, ACTIVITEITEN, {"q__AAN-04": "60"})

    response = save(filled, preview)
    assert response.status_code == 302
    answers = stored()
    assert answers["AAN-04"].value == 60  # theirs stays
    assert answers["AAN-03"].value == "gemeente"  # the rest of the file is saved
    shown = messages_on(filled.get(summary_url("AAN")))
    assert "1 antwoord uit het rekenblad is opgeslagen." in shown
    assert (
        "AAN-04 Hoeveel speeldagen? is niet opgeslagen: Invoerder2 wijzigde dit antwoord "
        "nadat u het rekenblad opliet. Kijk het na in het formulier."
    ) in shown


# --- the lock --------------------------------------------------------------------------------


def test_a_confirmed_rubric_takes_no_spreadsheet(confirmed, as_user):
    client = as_user("invoerder")
    workbook = download(client)  # still downloadable: it shows the confirmed answers
    page = client.get(UPLOAD)
    assert page.status_code == 200
    assert "De rubriek Aanbod is bevestigd en kan niet meer gewijzigd worden." in text(page)
    assert html(page).find("input", attrs={"type": "file"}) is None
    answer_cell(workbook, "AAN-02").value = "Ja"
    before = {code: (a.value, a.version) for code, a in stored().items()}
    refused = upload(client, as_bytes(workbook))
    assert "De rubriek Aanbod is bevestigd" in text(refused)
    assert html(refused).find(id="voorbeeld") is None  # not even read
    assert html(refused).find("input", attrs={"name": "token"}) is None
    assert {code: (a.value, a.version) for code, a in stored().items()} == before


def test_a_rubric_confirmed_between_preview_and_save_is_not_written(filled, people):
    workbook = download(filled)
    answer_cell(workbook, "AAN-04").value = 50
    preview = upload(filled, as_bytes(workbook))
    coordinator = Client()
    coordinator.force_login(people["coordinator"])
    coordinator.post(summary_url("AAN"), {"action": "confirm", "open_questions_seen": "on"})
    assert response_of("AAN").status == RubricStatus.CONFIRMED

    response = save(filled, preview)
    assert response["Location"] == UPLOAD
    assert stored()["AAN-04"].value == 40
    assert "De rubriek Aanbod is bevestigd en kan niet meer gewijzigd worden." in messages_on(
        filled.get(UPLOAD)
    )


# --- refused files ---------------------------------------------------------------------------


def refusal(response) -> list[str]:
    assert response.status_code == 200
    return [" ".join(p.get_text().split()) for p in html(response).select(".field__error")]


def test_the_spreadsheet_of_another_municipality_is_refused(filled, people):
    brecht = Client()
    brecht.force_login(people["brecht"])
    workbook = download(brecht, "/registratie/2025/11009/AAN/rekenblad/")
    assert refusal(upload(filled, as_bytes(workbook))) == [
        "Dit rekenblad hoort bij Brecht (NIS 11009), niet bij Kasterlee."
    ]


def test_the_spreadsheet_of_another_rubric_is_refused(filled):
    workbook = download(filled, f"{OVERVIEW}FIN/rekenblad/")
    assert refusal(upload(filled, as_bytes(workbook))) == [
        "Dit rekenblad hoort bij de rubriek FIN, niet bij Aanbod (AAN)."
    ]


def test_the_spreadsheet_of_another_campaign_is_refused(filled, kasterlee, questionnaire):
    from types import SimpleNamespace

    from surveys.sheets import rubric_sheet
    from surveys.spreadsheets.writer import rubric_workbook_write

    target = io.BytesIO()
    rubric_workbook_write(
        sheet=rubric_sheet(participation=None, rubric=questionnaire.rubric("AAN")),
        municipality=kasterlee,
        campaign=SimpleNamespace(werkjaar=2022),
        target=target,
    )
    assert refusal(upload(filled, target.getvalue())) == [
        "Dit rekenblad hoort bij werkjaar 2022, niet bij werkjaar 2025."
    ]


def test_changed_hidden_data_are_refused(filled):
    workbook = download(filled)
    meta = workbook["vtm"]
    for row in meta.iter_rows():
        if row[0].value == "nis":
            row[1].value = "11009"  # pretend to be Brecht's, without the signature
    assert refusal(upload(filled, as_bytes(workbook))) == [
        "Dit rekenblad komt niet uit de registratietool, of de verborgen gegevens ervan zijn "
        "gewijzigd. Download het rekenblad van deze rubriek opnieuw en vul dat in."
    ]


def test_a_changed_layout_is_refused(filled):
    workbook = download(filled)
    code = workbook["Activiteiten"].cell(row=answer_cell(workbook, "AAN-04").row, column=1)
    row = code.row
    code.value = "AAN-03"
    assert refusal(upload(filled, as_bytes(workbook))) == [
        "De indeling van het rekenblad is gewijzigd: in tabblad 'Activiteiten', rij "
        f"{row} staat 'AAN-03' waar AAN-04 hoort. Vul enkel de antwoordcellen in; download "
        "een nieuw rekenblad als u opnieuw wilt beginnen."
    ]
    workbook = download(filled)
    workbook["Activiteiten"].title = "Mijn activiteiten"
    assert "het tabblad 'Activiteiten' ontbreekt" in refusal(upload(filled, as_bytes(workbook)))[0]


def test_a_file_that_is_not_a_spreadsheet_is_refused(filled):
    not_xlsx = (
        "Dit bestand is geen Excel-rekenblad (.xlsx). Kies het rekenblad dat u bij deze "
        "rubriek downloadde."
    )
    assert refusal(upload(filled, b"NIS;vraag;antwoord\n13017;AAN-04;12\n")) == [not_xlsx]
    other_zip = io.BytesIO()
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("readme.txt", "hallo")
    assert refusal(upload(filled, other_zip.getvalue())) == [not_xlsx]
    broken = as_bytes(download(filled))[:2000]  # a zip cut short
    assert refusal(upload(filled, broken)) == [not_xlsx]


@override_settings(SPREADSHEET_MAX_UPLOAD_BYTES=4000)
def test_a_file_larger_than_the_setting_is_refused(filled):
    from surveys.spreadsheets.reader import SpreadsheetRefused, spreadsheet_file_check

    content = as_bytes(download(filled))
    assert len(content) > 4000
    assert refusal(upload(filled, content)) == [
        "Het bestand is te groot: een rekenblad mag hoogstens 3,9 KB zijn."
    ]
    # The reader checks the size too, before it opens anything.
    size = " ".join(filesizeformat(len(content)).split())
    with pytest.raises(SpreadsheetRefused) as refused:
        spreadsheet_file_check(io.BytesIO(content), size=len(content))
    assert " ".join(str(refused.value).split()) == (
        f"Het bestand is te groot ({size}): een rekenblad mag hoogstens 3,9 KB zijn."
    )


@override_settings(SPREADSHEET_MAX_UPLOAD_BYTES=100_000)
def test_a_file_larger_than_the_setting_is_not_even_kept(filled):
    # Past the limit the upload handler drops the file while it arrives.
    assert refusal(upload(filled, b"PK\x03\x04" + b"0" * 300_000)) == [
        "Het bestand is te groot: een rekenblad mag hoogstens 97,7 KB zijn."
    ]


def test_a_zip_bomb_is_refused_before_it_is_unpacked(filled):
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", b"0" * (60 * 1024 * 1024))
    assert len(bomb.getvalue()) < 200_000
    [message] = refusal(upload(filled, bomb.getvalue()))
    assert message.startswith("Dit bestand pakt uit tot meer dan 25,0")
    many = io.BytesIO()
    with zipfile.ZipFile(many, "w") as archive:
        for index in range(300):
            archive.writestr(f"xl/part{index}.xml", "")
    [message] = refusal(upload(filled, many.getvalue()))
    assert message.startswith("Dit bestand pakt uit tot meer dan")


def test_an_upload_without_a_file_says_so(filled):
    response = filled.post(UPLOAD, {"action": "upload"})
    assert refusal(response) == ["Kies het rekenblad dat u wilt opladen."]


def test_saving_without_a_preview_is_refused(filled):
    response = filled.post(UPLOAD, {"action": "save", "token": "verzonnen"})
    assert response["Location"] == UPLOAD
    assert "Dit voorbeeld is niet meer geldig. Laad het rekenblad opnieuw op." in messages_on(
        filled.get(UPLOAD)
    )


# --- who may -----------------------------------------------------------------------------------


def test_anonymous_people_are_sent_to_the_login(client, campaign):
    for url in (DOWNLOAD, UPLOAD):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize(
    ("who", "download_status", "upload_status"),
    [
        ("nobody", 403, 403),
        ("brecht", 403, 403),
        ("beheerder", 403, 403),
        ("raadpleger", 200, 403),
        ("team", 200, 403),
        ("invoerder", 200, 200),
        ("coordinator", 200, 200),
    ],
)
def test_who_may_download_and_upload(as_user, campaign, who, download_status, upload_status):
    client = as_user(who)
    assert client.get(DOWNLOAD).status_code == download_status
    assert client.get(UPLOAD).status_code == upload_status
    if upload_status == 403:
        content = b"PK\x03\x04"
        assert upload(client, content).status_code == 403


def test_the_links_follow_the_role(filled, as_user):
    for who, links in (
        ("raadpleger", {"Download als rekenblad"}),
        ("invoerder", {"Download als rekenblad", "Rekenblad opladen"}),
    ):
        client = as_user(who)
        for url in (summary_url("AAN"), ACTIVITEITEN):
            page = html(client.get(url))
            found = {
                " ".join(a.get_text().split())
                for a in page.find_all("a")
                if "rekenblad" in a.get("href", "")
            }
            assert found == links, (who, url)


def rewritten(content: bytes, part: str, data: bytes) -> bytes:
    """The same XLSX with one part replaced."""
    source, target = zipfile.ZipFile(io.BytesIO(content)), io.BytesIO()
    with zipfile.ZipFile(target, "w") as archive:
        for name in source.namelist():
            archive.writestr(name, data if name == part else source.read(name))
    return target.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        b"<worksheet><sheetData><row r=",
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet>&b;</worksheet>',
    ],
    ids=["broken-xml", "xml-entities"],
)
def test_a_damaged_spreadsheet_is_refused_not_a_server_error(filled, data):
    content = as_bytes(download(filled))
    assert refusal(upload(filled, rewritten(content, "xl/worksheets/sheet1.xml", data))) == [
        "Dit rekenblad is beschadigd en kan niet gelezen worden."
    ]


def test_the_preview_counts_what_changes_and_what_cannot_be_read(filled):
    workbook = download(filled)
    answer_cell(workbook, "AAN-04").value = "veel"
    answer_cell(workbook, "AAN-03").value = "De gemeente"
    preview = upload(filled, as_bytes(workbook))
    assert "1 antwoord wijzigt. 1 rij kan niet gelezen worden." in text(preview)


def test_a_refused_row_is_corrected_in_the_preview_and_saved_with_the_rest(filled):
    workbook = download(filled)
    speeldagen = answer_cell(workbook, "AAN-04")
    speeldagen.value = "12,5"
    answer_cell(workbook, "AAN-03").value = "De gemeente"
    preview = upload(filled, as_bytes(workbook))
    field = html(preview).find("input", attrs={"name": "fix__AAN-04"})
    assert field is not None and field["value"] == "12,5"
    label = html(preview).find("label", attrs={"for": field["id"]})
    assert label is not None
    assert " ".join(label.get_text().split()) == (
        f"Rij {speeldagen.row}: AAN-04 Hoeveel speeldagen?"
    )
    token = html(preview).find("input", attrs={"name": "token"})
    assert token is not None

    # Still wrong: the error at the input, the typed text kept, nothing saved.
    again = filled.post(UPLOAD, {"action": "save", "token": token["value"], "fix__AAN-04": "1.000"})
    assert again.status_code == 200
    assert refusal(again) == ["Het getal mag niet groter zijn dan 366."]
    assert html(again).title is not None and html(again).title.get_text().startswith("Fout:")
    field = html(again).find("input", attrs={"name": "fix__AAN-04"})
    assert field is not None and field["value"] == "1.000"
    assert stored()["AAN-03"].value == "vzw"

    response = filled.post(UPLOAD, {"action": "save", "token": token["value"], "fix__AAN-04": "13"})
    assert response["Location"] == summary_url("AAN")
    answers = stored()
    assert (answers["AAN-04"].value, answers["AAN-03"].value) == (13, "gemeente")
    assert AuditEntry.objects.filter(question_code="AAN-04", note="via rekenblad").exists()


def test_a_refused_row_left_empty_in_the_preview_stays_as_it_was(filled):
    workbook = download(filled)
    answer_cell(workbook, "AAN-04").value = "veel"
    preview = upload(filled, as_bytes(workbook))
    token = html(preview).find("input", attrs={"name": "token"})
    assert token is not None
    response = filled.post(UPLOAD, {"action": "save", "token": token["value"], "fix__AAN-04": ""})
    assert response["Location"] == summary_url("AAN")
    assert stored()["AAN-04"].value == 40
    assert "Er was niets gewijzigd." in messages_on(filled.get(summary_url("AAN")))


# --- one cell, read as the step reads the same input ----------------------------------------


@pytest.mark.parametrize(
    ("code", "raw", "expected"),
    [
        ("AAN-04", "1.234", ValueError),  # more than 366 speeldagen
        ("AAN-04", "366", (366, "")),
        ("AAN-04", 12.0, (12, "")),
        ("AAN-04", " Onbekend ", (None, "onbekend")),
        ("AAN-02", "JA", ("ja", "")),
        ("AAN-02", True, ("ja", "")),
        ("AAN-02", "Nee", ("nee", "")),
        ("AAN-03", "vzw", ("vzw", "")),
        ("AAN-03", "de gemeente", ("gemeente", "")),
        ("AAN-05", "Senioren;kleuters", (["kleuters", "senioren"], "")),
        ("AAN-05", "niet van toepassing", (None, "nvt")),
        ("AAN-05", "nvt", (None, "nvt")),
        ("AAN-07", "31/12/2020", ("2020-12-31", "")),
        ("AAN-07", None, (None, "")),
        ("FIN-01", "€2.500,-", ("2500", "")),
        ("FIN-01", "€ 1.234,56", ("1234.56", "")),
        ("FIN-02", "12,5%", ("12.5", "")),
        ("FIN-03", "1234,5", ValueError),  # more than 500 VTE
        ("FIN-03", "2,25", ("2.25", "")),
        ("FIN-04", "=1+1", ("=1+1", "")),
        ("FIN-04", "onbekend", ("onbekend", "")),  # a text, where onbekend is not offered
    ],
)
def test_a_cell_is_read_by_its_question_as_the_step_reads_it(questionnaire, code, raw, expected):
    from django.core.exceptions import ValidationError

    from surveys.spreadsheets.reader import cell_answer

    question = next(
        rubric.by_code[code] for rubric in questionnaire.rubrics if code in rubric.by_code
    )
    if expected is ValueError:
        with pytest.raises(ValidationError):
            cell_answer(question, raw)
        return
    value, special = cell_answer(question, raw)
    expected_value, expected_special = expected
    if code == "AAN-02" and expected_value is not None:
        expected_value = expected_value == "ja"
    assert (value, special) == (expected_value, expected_special)


def test_worksheet_names_are_what_excel_accepts():
    from surveys.spreadsheets.writer import sheet_titles

    assert sheet_titles(
        ["Cultuur: aanbod [2025]", "VTM", "Een heel lange naam van een thema met veel woorden", ""]
        + ["Cultuur: aanbod [2025]"]
    ) == [
        "Cultuur aanbod 2025",
        "VTM (2)",
        "Een heel lange naam van een the",
        "Thema 4",
        "Cultuur aanbod 2025 (2)",
    ]


def test_a_question_removed_since_the_download_is_an_unknown_code(filled, campaign):
    from surveys.models import ThemePage

    workbook = download(filled)
    row = answer_cell(workbook, "AAN-07").row
    answer_cell(workbook, "AAN-07").value = "01/01/2021"
    answer_cell(workbook, "AAN-03").value = "De gemeente"
    theme = ThemePage.objects.descendant_of(campaign).get(slug="doelgroepen")
    theme.body = [block for block in theme.body.raw_data if block["value"]["code"] != "AAN-07"]
    theme.save_revision().publish()

    preview = upload(filled, as_bytes(workbook))
    assert problems(preview) == [
        f"rij {row} (AAN-07): onbekende code: deze vraag staat niet (meer) in de rubriek."
    ]
    assert set(changes(preview)) == {"AAN-03"}


def test_a_table_takes_a_special_answer_above_its_grid(filled, campaign):
    from tests.surveys.years import edit_question

    edit_question(campaign, "AAN-01", allow_unknown=True)
    workbook = download(filled)
    head = answer_cell(workbook, "AAN-01")
    assert not head.protection.locked
    head.value = "onbekend"
    preview = upload(filled, as_bytes(workbook))
    assert changes(preview)["AAN-01"][1] == "onbekend"
    head.value = "veel"
    preview = upload(filled, as_bytes(workbook))
    assert problems(preview) == [
        f"rij {head.row} (AAN-01): 'veel' – hier past enkel een speciaal antwoord; vul de tabel in."
    ]


def test_the_previous_campaigns_confirmed_answer_stands_beside_each_question(
    home_page, definitions, kasterlee, as_user
):
    from tests.surveys.years import build_two_years, confirm_all, save_as_system

    previous, _current = build_two_years(home_page, definitions)
    save_as_system(
        previous,
        kasterlee,
        {"AAN-01": {"cultuur": {"aantal": 12}}, "AAN-04": 35, "AAN-05": ("", "nvt")},
    )
    confirm_all(previous, kasterlee)
    workbook = download(as_user("invoerder"))
    ws = workbook["Activiteiten"]
    assert ws.cell(row=3, column=6).value == "Werkjaar 2024"
    assert answer_cell(workbook, "AAN-04", column=6).value == "35 dagen"
    assert answer_cell(workbook, "AAN-01:cultuur", column=6).value == "12"
    assert answer_cell(workbook, "AAN-01:jeugd", column=6).value is None
    assert answer_cell(workbook, "AAN-05", column=6).value == "niet van toepassing"


def test_the_upload_still_checks_the_csrf_token(people, campaign):
    client = Client(enforce_csrf_checks=True)
    client.force_login(people["invoerder"])
    response = client.post(UPLOAD, {"action": "upload", "file": SimpleUploadedFile("x.xlsx", b"")})
    assert response.status_code == 403


def test_rows_are_tall_enough_for_their_wrapped_text(filled):
    workbook = download(filled)
    ws = workbook["Activiteiten"]
    # AAN-03: "Enkelvoudige keuze", its options and its condition: three lines at least.
    assert ws.row_dimensions[answer_cell(workbook, "AAN-03").row].height >= 45
    assert ws.row_dimensions[answer_cell(workbook, "AAN-02").row].height == 15


def test_the_signature_is_the_sites_own(filled, settings, people):
    content = as_bytes(download(filled))
    settings.SECRET_KEY = "een-andere-sleutel-van-een-andere-installatie-0123456789"
    filled.force_login(people["invoerder"])  # the session was signed with the old key
    assert refusal(upload(filled, content)) == [
        "Dit rekenblad komt niet uit de registratietool, of de verborgen gegevens ervan zijn "
        "gewijzigd. Download het rekenblad van deze rubriek opnieuw en vul dat in."
    ]
