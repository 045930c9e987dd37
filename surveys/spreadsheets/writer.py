"""Writing a rubric as the municipality filled it into an XLSX workbook (openpyxl)."""

from __future__ import annotations

import re
from typing import IO, Any

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from reports.exports.writers import FORMULA_START

from ..blocks.parsing import format_belgian_number
from ..sheets import AnswerEntry, RubricSheet
from ..specials import special_label
from .layout import ANSWER_COLUMN, CODE_COLUMN, META_SHEET, Layout, Slot

HEADER_ROW = 3
FIRST_ROW = HEADER_ROW + 1
WIDTHS = {1: 16, 2: 48, 3: 36, 4: 10, 5: 30, 6: 18, 7: 22}
TABLE_CELL_WIDTH = 14

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")
OPEN = Protection(locked=False)
ANSWER_FILL = PatternFill("solid", fgColor="FFF7D6")
HEAD_FILL = PatternFill("solid", fgColor="E6E6E6")
#: Characters Excel refuses in a worksheet's name.
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")


def text_cell(cell: Cell, value: Any) -> Cell:
    """Put a value in a cell; text that a spreadsheet would take for a formula stays text.

    The same starts as the exports' (``reports.exports.writers``). openpyxl itself writes
    text starting with "=" as a formula: the cell is stored as text instead, with Excel's
    quote prefix (the apostrophe typed before it, not part of the value), so it reads back
    exactly as it was and Excel never runs it, not even after the cell is edited.
    """
    cell.value = value
    if isinstance(value, str) and value.startswith(FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def sheet_titles(titles: list[str]) -> list[str]:
    """Excel's worksheet names: at most 31 characters, no []:*?/\\, unique, never ours."""
    result: list[str] = []
    for index, title in enumerate(titles, start=1):
        clean = " ".join(_BAD_TITLE.sub(" ", title).split()).strip("'")
        name = clean[:31].strip() or f"Thema {index}"
        candidate, n = name, 2
        taken = {t.casefold() for t in result} | {META_SHEET.casefold()}
        while candidate.casefold() in taken:
            suffix = f" ({n})"
            candidate, n = name[: 31 - len(suffix)] + suffix, n + 1
        result.append(candidate)
    return result


class _Lists:
    """The in-cell lists: their words in the hidden worksheet, one validation per list."""

    def __init__(self, meta: Worksheet) -> None:
        self.meta = meta
        self.ranges: dict[tuple[str, ...], str] = {}
        self.validations: dict[tuple[str, tuple[str, ...], bool], DataValidation] = {}

    def add(self, sheet: Worksheet, cell: Cell, words: list[str], *, strict: bool) -> None:
        if not words:
            return
        key = tuple(words)
        if key not in self.ranges:
            column = get_column_letter(4 + len(self.ranges))
            for row, word in enumerate(words, start=1):
                text_cell(self.meta[f"{column}{row}"], word)
            self.ranges[key] = f"'{META_SHEET}'!${column}$1:${column}${len(words)}"
        found = self.validations.get((sheet.title, key, strict))
        if found is None:
            found = DataValidation(
                type="list",
                formula1=self.ranges[key],
                allow_blank=True,
                showErrorMessage=strict,
                errorTitle=_("Ongeldig antwoord"),
                error=_("Kies een antwoord uit de lijst."),
            )
            sheet.add_data_validation(found)
            self.validations[(sheet.title, key, strict)] = found
        found.add(cell)


def _headers(sheet: RubricSheet) -> list[str]:
    previous = (
        _("Werkjaar %(werkjaar)s") % {"werkjaar": sheet.previous_werkjaar}
        if sheet.previous_werkjaar
        else _("Vorige bevraging")
    )
    return [
        _("Code"),
        _("Vraag"),
        _("Toelichting"),
        _("Eenheid"),
        _("Toegelaten antwoorden"),
        previous,
        _("Antwoord"),
    ]


def _allowed(entry: AnswerEntry, sheet: RubricSheet) -> str:
    """What a valid answer looks like, the specials it may take and when it applies."""
    question = entry.question
    lines = list(question.answer_format())
    specials = [label for _code, label in question.special_choices]
    if specials:
        lines.append(_("Of: %(specials)s") % {"specials": ", ".join(s.lower() for s in specials)})
    hint = question.sheet_hint()
    if hint:
        lines.append(hint)
    condition = question.condition
    target = sheet.rubric.by_code.get(condition.question) if condition else None
    if condition is not None and target is not None:
        lines.append(
            _("Enkel als %(code)s = %(answer)s")
            % {"code": condition.question, "answer": target.option_label(condition.value)}
        )
    return "\n".join(lines)


def _special_words(entry: AnswerEntry) -> list[str]:
    return [special_label(code) for code, _label in entry.question.special_choices]


def _write_question(
    ws: Worksheet, row: int, entry: AnswerEntry, sheet: RubricSheet, lists: _Lists
) -> tuple[list[Slot], int]:
    """Write one question from ``row``; returns its slots and the next free row."""
    question = entry.question
    unit = question.describe().get("unit") or ""
    grid = question.sheet_grid()
    stored = entry.answer.value if entry.answer is not None and not entry.special else None
    special = special_label(entry.special) if entry.special else None
    values = [question.code, question.text, question.help_text, unit, _allowed(entry, sheet)]
    for column, value in enumerate(values, start=1):
        text_cell(ws.cell(row=row, column=column), value or None).alignment = WRAP
    ws.cell(row=row, column=CODE_COLUMN).font = BOLD
    texts = dict(enumerate(values, start=1)) | {6: entry.previous_text}
    ws.row_dimensions[row].height = row_height(texts)
    specials = _special_words(entry)
    answer = ws.cell(row=row, column=ANSWER_COLUMN)
    answer.alignment = WRAP
    if grid is None:
        previous_cell = ws.cell(row=row, column=6)
        text_cell(previous_cell, entry.previous_text or None).alignment = WRAP
        text_cell(answer, special or question.sheet_value(stored))
        answer.number_format = "@" if special else question.sheet_number_format
        answer.protection, answer.fill = OPEN, ANSWER_FILL
        options = question.sheet_options()
        if options:
            lists.add(ws, answer, options + specials, strict=True)
        elif specials:
            lists.add(ws, answer, specials, strict=False)
        return [Slot(ws.title, row, question.code)], row + 1

    # A table: its question row (a special answer, when allowed, in the answer column),
    # a row with the column labels, then one row per table row with a cell per column.
    rows, columns = grid
    slots = [Slot(ws.title, row, question.code)]
    if specials:
        text_cell(answer, special)
        answer.protection, answer.fill = OPEN, ANSWER_FILL
        lists.add(ws, answer, specials, strict=True)
    for offset, (_code, label) in enumerate(columns):
        head = text_cell(ws.cell(row=row + 1, column=ANSWER_COLUMN + offset), label)
        head.font, head.fill, head.alignment = BOLD, HEAD_FILL, WRAP
    previous = entry.previous
    previous_grid = {}
    if previous is not None and not previous.special:
        previous_grid = question.sheet_value(previous.value)
    if previous is not None and previous.special:
        text_cell(ws.cell(row=row, column=6), special_label(previous.special))
    grid_values = question.sheet_value(stored) if stored is not None else {}
    options = question.sheet_options()
    for index, (row_code, row_label) in enumerate(rows):
        at = row + 2 + index
        text_cell(ws.cell(row=at, column=CODE_COLUMN), f"{question.code}:{row_code}")
        text_cell(ws.cell(row=at, column=2), row_label).alignment = WRAP
        earlier = previous_grid.get(row_code) or {}
        shown = [(label, earlier[code]) for code, label in columns if code in earlier]
        if shown:
            text = (
                _cell_text(shown[0][1])
                if len(columns) == 1
                else "; ".join(f"{label}: {_cell_text(value)}" for label, value in shown)
            )
            text_cell(ws.cell(row=at, column=6), text).alignment = WRAP
        for offset, (column_code, _label) in enumerate(columns):
            cell = ws.cell(row=at, column=ANSWER_COLUMN + offset)
            text_cell(cell, (grid_values.get(row_code) or {}).get(column_code))
            cell.number_format = question.sheet_number_format
            cell.protection, cell.fill = OPEN, ANSWER_FILL
            if options:
                lists.add(ws, cell, options, strict=True)
        slots.append(Slot(ws.title, at, question.code, row_code))
    return slots, row + 2 + len(rows)


#: Points per line of wrapped text (Calibri 11), and about how many characters a unit of
#: column width holds.
LINE_HEIGHT = 15
CHARS_PER_WIDTH = 1.1


def row_height(texts: dict[int, Any]) -> float:
    """A height that shows every wrapped text of the row (Excel does not grow rows itself
    on opening a file; LibreOffice does). Texts by column number."""
    lines = 1
    for column, text in texts.items():
        if not text:
            continue
        width = WIDTHS.get(column, TABLE_CELL_WIDTH) * CHARS_PER_WIDTH
        wrapped = sum(max(1, -(-len(part) // int(width))) for part in str(text).split("\n"))
        lines = max(lines, wrapped)
    return min(LINE_HEIGHT * lines, 409)  # Excel's highest row


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return format_belgian_number(value)


def rubric_workbook_write(
    *, sheet: RubricSheet, municipality: Any, campaign: Any, target: IO[bytes]
) -> Layout:
    """Write the rubric's questions and this municipality's answers as an XLSX workbook.

    One worksheet per theme, protected except the answer cells; choices and yes/no offer
    their answers as an in-cell list; a hidden worksheet holds the signed layout that an
    upload is checked against. Returns the layout.
    """
    workbook = Workbook()
    default = workbook.active
    layout = Layout(nis=municipality.nis_code, werkjaar=campaign.werkjaar, rubric=sheet.rubric.code)
    meta = workbook.create_sheet(META_SHEET)
    lists = _Lists(meta)
    titles = sheet_titles([theme.theme.title for theme in sheet.themes])
    headers = _headers(sheet)
    for theme, title in zip(sheet.themes, titles, strict=True):
        ws = workbook.create_sheet(title, index=len(workbook.sheetnames) - 1)
        widest = max(
            (len(g[1]) for e in theme.entries if (g := e.question.sheet_grid()) is not None),
            default=1,
        )
        for column, width in WIDTHS.items():
            ws.column_dimensions[get_column_letter(column)].width = width
        for offset in range(1, widest):
            letter = get_column_letter(ANSWER_COLUMN + offset)
            ws.column_dimensions[letter].width = TABLE_CELL_WIDTH
        text_cell(
            ws.cell(row=1, column=1),
            f"{sheet.rubric.title} – {theme.theme.title} · {municipality.name} · "
            + _("werkjaar %(werkjaar)s") % {"werkjaar": campaign.werkjaar},
        ).font = TITLE
        text_cell(
            ws.cell(row=2, column=1),
            _(
                "Vul enkel de gele antwoordcellen in. Schrijf getallen zoals u ze in het "
                "formulier typt (1.234,5) en 'onbekend' of 'niet van toepassing' waar de "
                "vraag dat toelaat. Laad het rekenblad daarna op bij de rubriek."
            ),
        ).alignment = WRAP
        # The instructions span the table's width, so they wrap on screen and on paper.
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ANSWER_COLUMN)
        ws.row_dimensions[2].height = 48
        for column, label in enumerate(headers, start=1):
            head = text_cell(ws.cell(row=HEADER_ROW, column=column), label)
            head.font, head.fill, head.alignment = BOLD, HEAD_FILL, WRAP
        row = FIRST_ROW
        for entry in theme.entries:
            slots, row = _write_question(ws, row, entry, sheet, lists)
            layout.slots.extend(slots)
            grid = entry.question.sheet_grid()
            if grid is not None:
                layout.columns[entry.code] = [code for code, _label in grid[1]]
        ws.freeze_panes = ws.cell(row=FIRST_ROW, column=1)
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = True
        # Protected without a password: it keeps the layout from slipping by accident;
        # the signature, not the protection, is what an upload is checked against.
        ws.protection.sheet = True
        ws.protection.formatColumns = False
        ws.protection.formatRows = False
    workbook.remove(default)
    for number, (key, value) in enumerate(layout.meta_rows(), start=1):
        text_cell(meta.cell(row=number, column=1), key)
        text_cell(meta.cell(row=number, column=2), value).number_format = "@"
    meta.sheet_state = "veryHidden"
    meta.protection.sheet = True
    workbook.active = 0
    workbook.save(target)
    return layout


__all__ = ["rubric_workbook_write", "sheet_titles", "text_cell"]
