"""The codebook as CSV (questions) and XLSX (questions and checks), formula-safe."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from ..exports.writers import CSV_BOM, CSV_DELIMITER, FORMULA_START, formula_safe
from .selectors import CHECK_COLUMNS, QUESTION_COLUMNS


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return value


def codebook_csv(rows: Iterable[dict[str, Any]]) -> bytes:
    buffer = io.StringIO()
    buffer.write(CSV_BOM)
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow([str(label) for _key, label in QUESTION_COLUMNS])
    for row in rows:
        line = [_cell(row[key]) for key, _label in QUESTION_COLUMNS]
        writer.writerow([formula_safe(v) if isinstance(v, str) and v else v for v in line])
    return buffer.getvalue().encode("utf-8")


def _sheet(workbook: Workbook, title: str, columns: list, rows: Iterable[dict[str, Any]]) -> None:
    sheet = workbook.create_sheet(title=title)
    sheet.append([str(label) for _key, label in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_cell(row[key]) for key, _label in columns])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
                cell.data_type = "s"  # text that looks like a formula stays text
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    for letter, width in zip(
        "ABCDEFGHIJKLMNOP",
        [12, 8, 22, 8, 14, 60, 40, 9, 40, 10, 9, 9, 22, 22, 12, 12],
        strict=False,
    ):
        sheet.column_dimensions[letter].width = width


def codebook_xlsx(
    questions: Iterable[dict[str, Any]], checks: Iterable[dict[str, Any]], target: IO[bytes]
) -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)
    _sheet(workbook, "Vragen", QUESTION_COLUMNS, questions)
    _sheet(workbook, "Controles", CHECK_COLUMNS, checks)
    workbook.save(target)
