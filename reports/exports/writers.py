"""The answers export as CSV and XLSX.

CSV is written the way Excel in Belgium (nl-BE) reads it when opened with a double
click: UTF-8 with a byte order mark, ``;`` between fields and a decimal comma
(``12,5``), no thousands separator. Dates are ISO (``2025-04-30``), times local
(Europe/Brussels). With pandas: ``read_csv(path, sep=";", decimal=",", encoding="utf-8-sig")``.

XLSX is written with openpyxl's write-only mode, which streams rows to a temporary file,
so memory stays flat however many rows there are. Numbers are real numbers there.
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import IO, Any

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from .selectors import COLUMNS, ExportRow

CSV_DELIMITER = ";"
CSV_BOM = "\ufeff"
#: Bytes gathered before a chunk is handed to the response (fewer, larger writes).
CSV_CHUNK_BYTES = 64 * 1024
#: Rows per worksheet: Excel's limit is 1,048,576 including the header.
XLSX_MAX_ROWS = 1_048_575
XLSX_COLUMN_WIDTHS = [10, 22, 10, 20, 24, 12, 18, 14, 60, 16, 18, 16, 40, 16, 18]
VALUE = ExportRow._fields.index("value")
PREVIOUS = ExportRow._fields.index("previous")
CONFIRMED_AT = ExportRow._fields.index("confirmed_at")


def headers() -> list[str]:
    return [str(label) for _attribute, label in COLUMNS]


def _csv_number(value: Decimal) -> str:
    return format(value, "f").replace(".", ",")


def csv_chunks(rows: Iterable[ExportRow]) -> Iterator[bytes]:
    """The CSV file in chunks of about 64 kB: BOM, header row, one line per row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    buffer.write(CSV_BOM)
    writer.writerow(headers())
    last_time: datetime.datetime | None = None
    last_time_text = ""
    for row in rows:
        line: list[Any] = list(row)  # None is written as an empty field
        for index in (VALUE, PREVIOUS):
            if isinstance(line[index], Decimal):
                line[index] = _csv_number(line[index])
        confirmed_at = line[CONFIRMED_AT]
        if confirmed_at is not None:
            # Consecutive rows share their rubric's confirmation time: format it once.
            if confirmed_at is not last_time:
                last_time, last_time_text = confirmed_at, confirmed_at.strftime("%Y-%m-%d %H:%M")
            line[CONFIRMED_AT] = last_time_text
        writer.writerow(line)
        if buffer.tell() >= CSV_CHUNK_BYTES:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


def xlsx_write(rows: Iterable[ExportRow], target: IO[bytes], *, title: str) -> int:
    """Write the rows as an XLSX workbook to ``target``; returns the number of data rows.

    A sheet that reaches Excel's row limit continues on a next sheet, header included.
    """
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    sheet = None
    sheet_rows = XLSX_MAX_ROWS
    count = 0
    sheets = 0
    for row in rows:
        if sheet_rows >= XLSX_MAX_ROWS:
            sheets += 1
            sheet = workbook.create_sheet(title=title if sheets == 1 else f"{title} ({sheets})")
            _prepare_sheet(sheet, bold)
            sheet_rows = 0
        assert sheet is not None
        # An empty cell is no cell at all in the file (openpyxl skips None): a third fewer.
        line: list[Any] = [None if value == "" else value for value in row]
        if line[CONFIRMED_AT] is not None:
            # Excel has no time zones: the local (Brussels) time, as the CSV shows it.
            line[CONFIRMED_AT] = line[CONFIRMED_AT].replace(tzinfo=None)
        sheet.append(line)
        sheet_rows += 1
        count += 1
    if sheet is None:
        _prepare_sheet(workbook.create_sheet(title=title), bold)
    workbook.save(target)
    return count


def _prepare_sheet(sheet: Any, bold: Font) -> None:
    # Write-only sheets take widths and frozen panes only before the first row.
    for index, width in enumerate(XLSX_COLUMN_WIDTHS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A2"
    cells = []
    for label in headers():
        cell = WriteOnlyCell(sheet, value=label)
        cell.font = bold
        cells.append(cell)
    sheet.append(cells)


def xlsx_sheet_title(werkjaar: int) -> str:
    return _("Antwoorden %(werkjaar)s") % {"werkjaar": werkjaar}
