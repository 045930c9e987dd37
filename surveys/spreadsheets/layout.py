"""The signed description of a downloaded rubric: whose, which campaign, which rows.

The layout lists every answer slot (worksheet, row, question code, table row) and the
column codes of each table. It travels in a hidden worksheet with an HMAC over all of it
(``settings.SECRET_KEY``), so an upload tells its own municipality, werkjaar and rubric
and where each answer sits, and any change to them is noticed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from django.utils.crypto import constant_time_compare, salted_hmac

#: Raise when the arrangement of the worksheets changes: older files are then refused.
LAYOUT_VERSION = 1
FORMAT = "vtm-rekenblad"
META_SHEET = "vtm"
SALT = "surveys.spreadsheets.layout"
#: An Excel cell holds at most 32,767 characters: the layout is split over cells.
CHUNK = 30_000

#: The columns of a theme's worksheet (1-based, as Excel counts).
CODE_COLUMN = 1
ANSWER_COLUMN = 7


@dataclass(frozen=True)
class Slot:
    """Where one answer (or one table row of it) sits: worksheet, row, question, table row."""

    sheet: str
    row: int
    code: str
    table_row: str = ""

    @property
    def key(self) -> str:
        """What column A of the row shows: the code, or code:row for a table row."""
        return f"{self.code}:{self.table_row}" if self.table_row else self.code


@dataclass
class Layout:
    nis: str
    werkjaar: int
    rubric: str
    slots: list[Slot] = field(default_factory=list)
    #: The column codes of each table question, in the order of its answer cells.
    columns: dict[str, list[str]] = field(default_factory=dict)
    version: int = LAYOUT_VERSION

    def as_json(self) -> str:
        return json.dumps(
            {
                "slots": [[s.sheet, s.row, s.code, s.table_row] for s in self.slots],
                "columns": self.columns,
            },
            sort_keys=True,
            separators=(",", ":"),
        )

    def signature(self) -> str:
        return sign(self.nis, self.werkjaar, self.rubric, self.version, self.as_json())

    def meta_rows(self) -> list[tuple[str, str]]:
        """The hidden worksheet's rows (key, text); the layout split in chunks."""
        text = self.as_json()
        rows = [
            ("formaat", FORMAT),
            ("versie", str(self.version)),
            ("nis", self.nis),
            ("werkjaar", str(self.werkjaar)),
            ("rubriek", self.rubric),
        ]
        rows += [("indeling", text[i : i + CHUNK]) for i in range(0, len(text), CHUNK)]
        rows.append(("handtekening", self.signature()))
        return rows


def sign(nis: str, werkjaar: int, rubric: str, version: int, layout_json: str) -> str:
    payload = json.dumps([FORMAT, version, nis, werkjaar, rubric, layout_json])
    return salted_hmac(SALT, payload, algorithm="sha256").hexdigest()


class LayoutInvalid(ValueError):
    """The hidden description is missing, unreadable or not signed by this site."""


def layout_from_meta(rows: list[tuple[Any, Any]]) -> Layout:
    """The layout read back from the hidden worksheet; raises LayoutInvalid."""
    values: dict[str, str] = {}
    chunks: list[str] = []
    for key, value in rows:
        if key is None:
            continue
        text = "" if value is None else str(value)
        if key == "indeling":
            chunks.append(text)
        else:
            values[str(key)] = text
    if values.get("formaat") != FORMAT:
        raise LayoutInvalid("format")
    try:
        version = int(values["versie"])
        werkjaar = int(values["werkjaar"])
        nis, rubric, signature = values["nis"], values["rubriek"], values["handtekening"]
    except (KeyError, ValueError):
        raise LayoutInvalid("fields") from None
    layout_json = "".join(chunks)
    if not constant_time_compare(signature, sign(nis, werkjaar, rubric, version, layout_json)):
        raise LayoutInvalid("signature")
    data = json.loads(layout_json)
    return Layout(
        nis=nis,
        werkjaar=werkjaar,
        rubric=rubric,
        version=version,
        slots=[Slot(str(s), int(r), str(c), str(t)) for s, r, c, t in data["slots"]],
        columns={str(code): [str(c) for c in cols] for code, cols in data["columns"].items()},
    )
