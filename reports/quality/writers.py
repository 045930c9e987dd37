"""The data-quality table as CSV, for Excel in Belgium (``;``, UTF-8 with a BOM).

Explanations are typed by municipalities and messages by the project team: a cell that a
spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return)
gets a leading apostrophe, so it shows as text and never runs.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from django.utils.translation import gettext as _

from ..exports.writers import CSV_BOM, CSV_DELIMITER, formula_safe
from .selectors import DataQuality


def spreadsheet_safe(value: Any) -> Any:
    """Text that a spreadsheet would take for a formula, made plain text; others as they are."""
    return formula_safe(value) if isinstance(value, str) else value


def quality_csv_chunks(quality: DataQuality) -> Iterator[bytes]:
    """One line per check and municipality, as the screen shows them."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    buffer.write(CSV_BOM)
    writer.writerow(
        [
            _("Werkjaar"),
            _("Rubriekcode"),
            _("Rubriek"),
            _("Controle"),
            _("Ernst"),
            _("Boodschap"),
            _("NIS-code"),
            _("Gemeente"),
            _("Provincie"),
            _("Status rubriek"),
            _("Vraagcode"),
            _("Cijfers"),
            _("Toelichting"),
        ]
    )
    yield buffer.getvalue().encode("utf-8")
    for check in quality.checks:
        for occurrence in check.occurrences:
            buffer.seek(0)
            buffer.truncate()
            line = [
                quality.campaign.werkjaar,
                check.rubric_code,
                check.rubric_title,
                check.code,
                check.severity_label,
                check.message,
                occurrence.nis_code,
                occurrence.name,
                occurrence.province_label,
                occurrence.status_label,
                occurrence.target,
                occurrence.figures,
                occurrence.explanation,
            ]
            writer.writerow([spreadsheet_safe(cell) for cell in line])
            yield buffer.getvalue().encode("utf-8")
