"""Reading an uploaded rubric spreadsheet back into answers, without writing anything.

The file is checked before openpyxl opens it: its size, that it is a zip archive with the
parts of a workbook, how many members it has and how large they unpack (openpyxl's zip
reader stops at the declared sizes, so these bound the work). Then the signed layout tells
whose file it is and where each answer sits; every answer cell goes through its question's
form field, as on the step, and is compared with what is stored now.
"""

from __future__ import annotations

import warnings
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from typing import IO, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from ..blocks.parsing import format_belgian_number
from ..questionnaire import Question
from ..sheets import AnswerEntry, RubricSheet, answer_fingerprint, answer_text
from ..specials import SpecialAnswer
from .layout import (
    ANSWER_COLUMN,
    CODE_COLUMN,
    LAYOUT_VERSION,
    META_SHEET,
    Layout,
    LayoutInvalid,
    Slot,
    layout_from_meta,
)

ZIP_MAGIC = b"PK\x03\x04"
#: A workbook of one rubric has a few dozen parts; these bound what a file may unpack to.
MAX_MEMBERS = 200
MAX_UNPACKED_BYTES = 25 * 1024 * 1024
REQUIRED_MEMBERS = ("[Content_Types].xml", "xl/workbook.xml")


class SpreadsheetRefused(ValueError):
    """The file cannot be read as this rubric's spreadsheet; the message says why, in Dutch."""


def max_upload_bytes() -> int:
    return int(settings.SPREADSHEET_MAX_UPLOAD_BYTES)


def spreadsheet_file_check(file: IO[bytes], *, size: int) -> None:
    """Refuse a file that is too large or not a real XLSX, before anything parses it."""
    limit = max_upload_bytes()
    if size > limit:
        raise SpreadsheetRefused(
            _("Het bestand is te groot (%(size)s): een rekenblad mag hoogstens %(max)s zijn.")
            % {"size": filesizeformat(size), "max": filesizeformat(limit)}
        )
    not_xlsx = _(
        "Dit bestand is geen Excel-rekenblad (.xlsx). Kies het rekenblad dat u bij deze "
        "rubriek downloadde."
    )
    file.seek(0)
    if file.read(4) != ZIP_MAGIC:
        raise SpreadsheetRefused(not_xlsx)
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise SpreadsheetRefused(not_xlsx) from None
    if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
        raise SpreadsheetRefused(
            _(
                "Dit bestand pakt uit tot meer dan %(max)s: zo groot is het rekenblad van een "
                "rubriek nooit. Het wordt niet gelezen."
            )
            % {"max": filesizeformat(MAX_UNPACKED_BYTES)}
        )
    names = {member.filename for member in members}
    if not all(name in names for name in REQUIRED_MEMBERS):
        raise SpreadsheetRefused(not_xlsx)
    file.seek(0)


@dataclass
class PreviewRow:
    """One question of the file: what is stored, what the file says, and what is wrong."""

    entry: AnswerEntry
    sheet: str
    row: int
    problems: list[str] = field(default_factory=list)
    value: Any = None
    special: str = ""
    changed: bool = False
    #: The answer cell as the person wrote it (one-cell questions), to correct it in place.
    raw: str = ""

    @property
    def code(self) -> str:
        return self.entry.code

    @property
    def question(self) -> Question:
        return self.entry.question

    @property
    def current_text(self) -> str:
        return answer_text(self.question, self.entry.value, self.entry.special)

    @property
    def new_text(self) -> str:
        return answer_text(self.question, self.value, self.special)

    @property
    def accepted(self) -> bool:
        return not self.problems

    @property
    def fixable(self) -> bool:
        """Refused, and one cell: the preview offers to type it again."""
        return bool(self.problems) and self.question.sheet_grid() is None


@dataclass
class SpreadsheetPreview:
    """What saving the file would change, and every problem, per question."""

    rows: list[PreviewRow]
    #: Problems of rows that belong to no question of the rubric (e.g. an unknown code).
    problems: list[str] = field(default_factory=list)

    @property
    def changed(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.changed and row.accepted]

    @property
    def refused(self) -> list[PreviewRow]:
        return [row for row in self.rows if not row.accepted]

    @property
    def problem_count(self) -> int:
        """Rows that cannot be read (and so are not saved)."""
        return len(self.refused) + len(self.problems)

    @property
    def nothing_changed(self) -> bool:
        return not self.changed and not self.refused and not self.problems

    @property
    def fixable(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.fixable]

    @property
    def savable(self) -> bool:
        return bool(self.changed or self.fixable)

    def pending(self) -> dict[str, Any]:
        """What saving needs later, as JSON for the session: the accepted changes, the rows
        to correct, the other problems, and the versions and stamps as loaded now."""
        kept = self.changed + self.fixable
        return {
            "values": {row.code: [row.value, row.special] for row in self.changed},
            "fixable": {
                row.code: {
                    "sheet": row.sheet,
                    "row": row.row,
                    "raw": row.raw,
                    "problems": row.problems,
                }
                for row in self.fixable
            },
            "problems": self.problems
            + [problem for row in self.refused if not row.fixable for problem in row.problems],
            "versions": {row.code: row.entry.version for row in kept},
            "loaded": {row.code: row.entry.fingerprint for row in kept},
        }

    @classmethod
    def from_pending(cls, sheet: RubricSheet, pending: dict[str, Any]) -> SpreadsheetPreview:
        """The preview again, from what ``pending`` kept (answers shown as stored now)."""
        rows = []
        for code, (value, special) in pending["values"].items():
            entry = sheet.entry(code)
            if entry is not None:
                rows.append(PreviewRow(entry, "", 0, value=value, special=special, changed=True))
        for code, kept in pending["fixable"].items():
            entry = sheet.entry(code)
            if entry is not None:
                rows.append(
                    PreviewRow(
                        entry,
                        kept["sheet"],
                        kept["row"],
                        problems=kept["problems"],
                        raw=kept["raw"],
                    )
                )
        return cls(rows=rows, problems=list(pending["problems"]))


def _shown(raw: Any) -> str:
    """A cell's content as the person sees it, for a message."""
    if isinstance(raw, bool):
        return _("Ja") if raw else _("Nee")
    if isinstance(raw, int | float | Decimal):
        try:
            return format_belgian_number(raw, grouping=False)
        except ArithmeticError:
            return str(raw)
    if hasattr(raw, "strftime"):
        return raw.strftime("%d/%m/%Y")
    return str(raw).strip()


def _blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


SPECIAL_WORDS = {
    str(label).casefold(): str(code) for code, label in SpecialAnswer.choices if code
} | {"nvt": SpecialAnswer.NOT_APPLICABLE.value, "n.v.t.": SpecialAnswer.NOT_APPLICABLE.value}


def _special_of(raw: Any) -> str:
    return SPECIAL_WORDS.get(raw.strip().casefold(), "") if isinstance(raw, str) else ""


def _where(slot: Slot) -> str:
    return _("rij %(row)s (%(code)s)") % {"row": slot.row, "code": slot.key}


def _errors(error: ValidationError) -> list[str]:
    return [str(message) for message in error.messages]


def _located(slot: Slot, raw: Any, error: ValidationError) -> list[str]:
    return [
        _("%(where)s: '%(raw)s' – %(message)s")
        % {"where": _where(slot), "raw": _shown(raw), "message": message}
        for message in _errors(error)
    ]


def special_answer(question: Question, raw: Any) -> str:
    """The special answer a cell names ("" when none); raises when the question refuses it."""
    special = _special_of(raw)
    if special and special not in {code for code, _label in question.special_choices}:
        raise ValidationError(_("Dit speciale antwoord kan bij deze vraag niet."))
    return special


def cell_answer(question: Question, raw: Any) -> tuple[Any, str]:
    """One answer cell read as the step reads the same input: (stored value, special).

    The question block turns the cell into what its form field takes from a browser, and
    that field cleans it; raises ValidationError with the field's own Dutch messages. The
    words of a special answer the question allows give that special; where it does not
    allow it, they are an answer like any other (a text may say "onbekend").
    """
    not_allowed: ValidationError | None = None
    try:
        special = special_answer(question, raw)
    except ValidationError as refused:
        special, not_allowed = "", refused
    if special:
        return None, special
    try:
        cleaned = question.form_field().clean(question.sheet_input(raw))
    except ValidationError:
        if not_allowed is not None:
            raise not_allowed from None
        raise
    return question.to_storage(cleaned), ""


class _Reader:
    def __init__(self, layout: Layout, cells: dict[tuple[str, int], tuple]):
        self.layout, self.cells = layout, cells

    def cell(self, slot: Slot, column: int) -> Any:
        values = self.cells.get((slot.sheet, slot.row), ())
        return values[column - 1] if len(values) >= column else None

    def special(self, row: PreviewRow, slot: Slot, raw: Any) -> bool:
        """Take 'onbekend' / 'niet van toepassing' when the cell says so; True when it did."""
        try:
            special = special_answer(row.question, raw)
        except ValidationError as error:
            row.problems += _located(slot, raw, error)
            return True
        row.special = special
        return bool(special)

    def single(self, row: PreviewRow, slot: Slot) -> None:
        raw = self.cell(slot, ANSWER_COLUMN)
        row.raw = "" if _blank(raw) else _shown(raw)
        try:
            row.value, row.special = cell_answer(row.question, raw)
        except ValidationError as error:
            row.problems += _located(slot, raw, error)

    def table(self, row: PreviewRow, head: Slot, slots: list[Slot]) -> None:
        raw = self.cell(head, ANSWER_COLUMN)
        if self.special(row, head, raw):
            return
        if not _blank(raw):
            row.problems.append(
                _("%(where)s: '%(raw)s' – hier past enkel een speciaal antwoord; vul de tabel in.")
                % {"where": _where(head), "raw": _shown(raw)}
            )
            return
        question = row.question
        grid = question.sheet_grid()
        assert grid is not None
        known_rows = {code for code, _label in grid[0]}
        columns = self.layout.columns.get(row.code, [])
        known_columns = {code for code, _label in grid[1]}
        for column in columns:
            if column not in known_columns:
                row.problems.append(
                    _("%(where)s: onbekende kolom '%(column)s' in deze tabel.")
                    % {"where": _where(head), "column": column}
                )
        field = question.form_field()
        cells: dict[str, dict[str, Any]] = {}
        for slot in slots:
            if slot.table_row not in known_rows:
                row.problems.append(_("%(where)s: onbekende code.") % {"where": _where(slot)})
                continue
            for offset, column in enumerate(columns):
                value = self.cell(slot, ANSWER_COLUMN + offset)
                if column not in known_columns:
                    continue
                cells.setdefault(slot.table_row, {})[column] = value
                if _blank(value):
                    continue
                try:  # cell by cell: every wrong cell gets its own row number
                    field.clean(question.sheet_input({slot.table_row: {column: value}}))
                except ValidationError as error:
                    row.problems += _located(slot, value, error)
        if row.problems:
            return
        try:
            cleaned = field.clean(question.sheet_input(cells))
        except ValidationError as error:
            row.problems += [f"{_where(head)}: {message}" for message in _errors(error)]
            return
        row.value = question.to_storage(cleaned)


def rubric_spreadsheet_read(
    *, file: IO[bytes], size: int, sheet: RubricSheet, municipality: Any, campaign: Any
) -> SpreadsheetPreview:
    """Read an uploaded spreadsheet of this rubric against what is stored now.

    Refuses (``SpreadsheetRefused``) a file that is too large, not an XLSX, not made by
    this site, of another municipality, campaign or rubric, or whose rows were moved or
    recoded. Otherwise every question of the file gets a row: its new value, whether it
    changed, and each problem in plain Dutch. Writes nothing.
    """
    spreadsheet_file_check(file, size=size)
    from openpyxl import load_workbook

    damaged = _("Dit rekenblad is beschadigd en kan niet gelezen worden.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Data Validation extension is not supported"
            workbook = load_workbook(file, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds of errors on a damaged file
        raise SpreadsheetRefused(damaged) from None
    try:
        # A read-only workbook parses its worksheets only now, row by row.
        layout = _layout(workbook)
        _belongs(layout, sheet=sheet, municipality=municipality, campaign=campaign)
        cells = _cells(workbook, layout)
    except SpreadsheetRefused:
        raise
    except Exception:  # a worksheet that is not valid XML, an entity, a wrong part…
        raise SpreadsheetRefused(damaged) from None
    finally:
        workbook.close()
    return _preview(sheet, layout, cells)


def _layout(workbook: Any) -> Layout:
    foreign = _(
        "Dit rekenblad komt niet uit de registratietool, of de verborgen gegevens ervan zijn "
        "gewijzigd. Download het rekenblad van deze rubriek opnieuw en vul dat in."
    )
    if META_SHEET not in workbook.sheetnames:
        raise SpreadsheetRefused(foreign)
    meta = workbook[META_SHEET]
    rows = [(tuple(row) + (None, None))[:2] for row in meta.iter_rows(max_col=2, values_only=True)]
    try:
        return layout_from_meta(rows)
    except (LayoutInvalid, ValueError, TypeError, KeyError):
        raise SpreadsheetRefused(foreign) from None


def _belongs(layout: Layout, *, sheet: RubricSheet, municipality: Any, campaign: Any) -> None:
    if layout.version != LAYOUT_VERSION:
        raise SpreadsheetRefused(
            _("Dit rekenblad heeft een oudere indeling. Download een nieuw rekenblad.")
        )
    if layout.nis != municipality.nis_code:
        from roles.models import Municipality

        other = Municipality.objects.filter(nis_code=layout.nis).first()
        raise SpreadsheetRefused(
            _("Dit rekenblad hoort bij %(other)s (NIS %(nis)s), niet bij %(name)s.")
            % {
                "other": other.name if other else _("een andere gemeente"),
                "nis": layout.nis,
                "name": municipality.name,
            }
        )
    if layout.werkjaar != campaign.werkjaar:
        raise SpreadsheetRefused(
            _("Dit rekenblad hoort bij werkjaar %(other)s, niet bij werkjaar %(werkjaar)s.")
            % {"other": layout.werkjaar, "werkjaar": campaign.werkjaar}
        )
    if layout.rubric != sheet.rubric.code:
        raise SpreadsheetRefused(
            _("Dit rekenblad hoort bij de rubriek %(other)s, niet bij %(title)s (%(code)s).")
            % {"other": layout.rubric, "title": sheet.rubric.title, "code": sheet.rubric.code}
        )


def _cells(workbook: Any, layout: Layout) -> dict[tuple[str, int], tuple]:
    """The rows of every worksheet of the layout, checked against it: no code moved."""
    width = ANSWER_COLUMN + max((len(c) for c in layout.columns.values()), default=1) - 1
    expected: dict[str, dict[int, str]] = {}
    for slot in layout.slots:
        expected.setdefault(slot.sheet, {})[slot.row] = slot.key
    cells: dict[tuple[str, int], tuple] = {}
    changed = _(
        "De indeling van het rekenblad is gewijzigd: %(detail)s. Vul enkel de antwoordcellen "
        "in; download een nieuw rekenblad als u opnieuw wilt beginnen."
    )
    for title, rows in expected.items():
        if title not in workbook.sheetnames:
            raise SpreadsheetRefused(
                changed % {"detail": _("het tabblad '%(title)s' ontbreekt") % {"title": title}}
            )
        last = max(rows)
        for number, values in enumerate(
            workbook[title].iter_rows(max_row=last, max_col=width, values_only=True), start=1
        ):
            code = values[CODE_COLUMN - 1] if values else None
            code_text = "" if code is None else str(code).strip()
            wanted = rows.get(number)
            if wanted is not None and code_text != wanted:
                detail = _(
                    "in tabblad '%(title)s', rij %(row)s staat '%(found)s' waar %(code)s hoort"
                ) % {"title": title, "row": number, "found": code_text, "code": wanted}
                raise SpreadsheetRefused(changed % {"detail": detail})
            if wanted is not None:
                cells[(title, number)] = tuple(values)
        for number, wanted in rows.items():
            if (title, number) not in cells:
                detail = _("in tabblad '%(title)s' ontbreekt rij %(row)s (%(code)s)") % {
                    "title": title,
                    "row": number,
                    "code": wanted,
                }
                raise SpreadsheetRefused(changed % {"detail": detail})
    return cells


def _preview(
    sheet: RubricSheet, layout: Layout, cells: dict[tuple[str, int], tuple]
) -> SpreadsheetPreview:
    reader = _Reader(layout, cells)
    preview = SpreadsheetPreview(rows=[])
    grouped: dict[str, list[Slot]] = {}
    for slot in layout.slots:
        grouped.setdefault(slot.code, []).append(slot)
    for code, slots in grouped.items():
        entry = sheet.entry(code)
        if entry is None:
            preview.problems.append(
                _("%(where)s: onbekende code: deze vraag staat niet (meer) in de rubriek.")
                % {"where": _where(slots[0])}
            )
            continue
        head = slots[0]
        row = PreviewRow(entry=entry, sheet=head.sheet, row=head.row)
        if entry.question.sheet_grid() is None:
            if len(slots) > 1 or head.table_row:
                row.problems.append(
                    _("%(where)s: deze vraag is geen tabel meer.") % {"where": _where(head)}
                )
            else:
                reader.single(row, head)
        else:
            reader.table(row, head, slots[1:])
        if row.accepted:
            mine = answer_fingerprint(row.value, row.special, entry.explanation)
            row.changed = mine != entry.fingerprint
        preview.rows.append(row)
    return preview


__all__ = [
    "PreviewRow",
    "cell_answer",
    "SpreadsheetPreview",
    "SpreadsheetRefused",
    "rubric_spreadsheet_read",
    "spreadsheet_file_check",
]
