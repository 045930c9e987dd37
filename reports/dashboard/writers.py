"""The dashboard's table as CSV (same conventions as the answers export: ``;``, UTF-8 BOM)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from django.utils.translation import gettext as _

from ..exports.writers import CSV_BOM, CSV_DELIMITER
from .selectors import ProgressDashboard


def dashboard_csv_chunks(dashboard: ProgressDashboard) -> Iterator[bytes]:
    """One line per municipality: per rubric its status and percentage, then the total."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    header = [_("NIS-code"), _("Gemeente"), _("Provincie")]
    for rubric in dashboard.rubrics:
        header += [
            _("%(code)s status") % {"code": rubric.code},
            _("%(code)s %%") % {"code": rubric.code},
        ]
    header += [_("Beantwoord"), _("Van toepassing"), _("Totaal %")]
    buffer.write(CSV_BOM)
    writer.writerow(header)
    yield buffer.getvalue().encode("utf-8")
    for row in dashboard.rows:
        buffer.seek(0)
        buffer.truncate()
        line: list[Any] = [row.nis_code, row.name, row.province_label]
        for cell in row.cells:
            line += [cell.status_label, cell.percentage]
        line += [row.answered, row.applicable, row.percentage]
        writer.writerow(line)
        yield buffer.getvalue().encode("utf-8")
