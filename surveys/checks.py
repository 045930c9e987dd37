"""Checking a rubric's answers against the checks the project team wrote for it.

One pure function, ``rubric_findings``, reads a rubric's sheet (the answers, which are
visible, the previous campaign's confirmed answers) and the peer ranges, and returns the
findings: which check holds, how serious it is, its message and the figures involved. It
reads no database: the save service stores its result on the rubric's response, the step
and the summary show it.

A check is silent where it cannot judge: an answer missing or "onbekend", a question
hidden by its condition or "niet van toepassing" counts as nothing (a sum treats it as 0,
a comparison stays silent), no previous answer, or fewer than ``PEER_MINIMUM``
municipalities behind a range.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from .blocks.checks import SEVERITY_ERROR, SEVERITY_WARNING, split_reference
from .blocks.parsing import format_belgian_number
from .specials import SpecialAnswer

#: A range of the other municipalities counts only when this many confirmed the question.
PEER_MINIMUM = 10


@dataclass(frozen=True)
class Finding:
    """One check that holds for a rubric's answers."""

    check: str
    kind: str
    severity: str
    message: str
    figures: str
    #: The question where it is shown, and whose answer carries the explanation.
    target: str
    codes: tuple[str, ...]
    explanation: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity == SEVERITY_ERROR

    @property
    def is_warning(self) -> bool:
        return self.severity == SEVERITY_WARNING

    @property
    def open(self) -> bool:
        """An error always; a warning until it is explained."""
        return self.is_error or not self.explanation

    def as_data(self) -> dict[str, Any]:
        data = asdict(self)
        data["codes"] = list(self.codes)
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Finding:
        return cls(**{**data, "codes": tuple(data.get("codes") or ())})


@dataclass(frozen=True)
class PeerBounds:
    p5: Decimal
    p95: Decimal
    municipalities: int


# A value as the checks read it: a number, "nothing" (hidden or not applicable: counts as 0
# in a sum) or None (missing or unknown: the check cannot judge).
NOTHING = "nothing"


def _number(text: Decimal) -> str:
    return format_belgian_number(text)


class _Reader:
    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet

    def current(self, reference: str) -> Decimal | str | None:
        code, part = split_reference(reference)
        entry = self.sheet.entry(code)
        if entry is None:
            return None
        if not entry.visible or entry.special == SpecialAnswer.NOT_APPLICABLE:
            return NOTHING
        if entry.special or not entry.answered:
            return None
        return entry.question.number(entry.value, part)

    def previous(self, reference: str) -> Decimal | None:
        code, part = split_reference(reference)
        entry = self.sheet.entry(code)
        if entry is None or entry.previous is None or entry.previous.special:
            return None
        return entry.question.number(entry.previous.value, part)

    def explanation(self, code: str) -> str:
        entry = self.sheet.entry(code)
        return (entry.answer.explanation or "").strip() if entry and entry.answer else ""


def _finding(check: Any, reader: _Reader, target: str, codes: list[str], figures: str) -> Finding:
    return Finding(
        check=check.code,
        kind=check.kind,
        severity=check.severity,
        message=check.message,
        figures=figures,
        target=target,
        codes=tuple(dict.fromkeys(codes)),
        explanation=reader.explanation(target),
    )


def _sum(check: Any, reader: _Reader) -> Finding | None:
    total = reader.current(check.value["total"])
    if not isinstance(total, Decimal):
        return None
    parts = [reader.current(part) for part in check.value["parts"]]
    if any(part is None for part in parts):
        return None
    summed = sum((part for part in parts if isinstance(part, Decimal)), Decimal(0))
    tolerance = Decimal(str(check.value.get("tolerance") or 0))
    if abs(summed - total) <= tolerance:
        return None
    codes = [split_reference(ref)[0] for ref in [*check.value["parts"], check.value["total"]]]
    return _finding(
        check,
        reader,
        split_reference(check.value["total"])[0],
        codes,
        _("Het totaal (%(total)s) is niet gelijk aan de som van de delen (%(sum)s).")
        % {"total": _number(total), "sum": _number(summed)},
    )


def _compare(check: Any, reader: _Reader) -> Finding | None:
    smaller = reader.current(check.value["smaller"])
    larger = reader.current(check.value["larger"])
    if not isinstance(smaller, Decimal) or not isinstance(larger, Decimal) or smaller <= larger:
        return None
    codes = [split_reference(check.value[name])[0] for name in ("smaller", "larger")]
    return _finding(
        check,
        reader,
        codes[0],
        codes,
        _("%(a)s (%(x)s) is groter dan %(b)s (%(y)s).")
        % {"a": codes[0], "x": _number(smaller), "b": codes[1], "y": _number(larger)},
    )


def _required_when(check: Any, reader: _Reader) -> Finding | None:
    sheet = reader.sheet
    question = sheet.entry(check.value["question"])
    when = sheet.entry(check.value["when_question"])
    if question is None or when is None or not question.visible or not when.visible:
        return None
    if when.special or not when.answered or question.answered:
        return None
    if not when.question.condition_holds(
        when.value, check.value["operator"], (check.value["value"] or "").strip()
    ):
        return None
    answer = when.question.option_label(check.value["value"])
    return _finding(
        check,
        reader,
        question.code,
        [question.code, when.code],
        _("%(code)s is niet beantwoord, terwijl %(when)s ‘%(answer)s’ is.")
        % {"code": question.code, "when": when.code, "answer": answer},
    )


def _change(check: Any, reader: _Reader) -> Finding | None:
    reference = check.value["question"]
    current, previous = reader.current(reference), reader.previous(reference)
    if not isinstance(current, Decimal) or previous is None:
        return None
    difference = current - previous
    if abs(difference) <= Decimal(str(check.value.get("minimum") or 0)):
        return None
    limit = Decimal(str(check.value.get("percentage") or 0))
    if previous != 0 and abs(difference) * 100 / abs(previous) <= limit:
        return None
    if previous != 0:
        change = (difference * 100 / abs(previous)).quantize(Decimal(1))
        change_text = f"{'+' if change > 0 else ''}{_number(change)} %"
    else:
        change_text = _("was 0")
    return _finding(
        check,
        reader,
        split_reference(reference)[0],
        [split_reference(reference)[0]],
        _("Vorige bevraging: %(previous)s; nu: %(current)s (%(change)s).")
        % {"previous": _number(previous), "current": _number(current), "change": change_text},
    )


def _peer_range(
    check: Any, reader: _Reader, ranges: Mapping[tuple[str, str], PeerBounds]
) -> Finding | None:
    reference = check.value["question"]
    current = reader.current(reference)
    if not isinstance(current, Decimal):
        return None
    code, part = split_reference(reference)
    entry = reader.sheet.entry(code)
    bounds = ranges.get((entry.question.previous_code, ":".join(part)))
    if bounds is None or bounds.municipalities < PEER_MINIMUM:
        return None
    if bounds.p5 <= current <= bounds.p95:
        return None
    return _finding(
        check,
        reader,
        code,
        [code],
        _(
            "Het antwoord (%(value)s) ligt buiten wat de meeste gemeenten vorige keer "
            "antwoordden (%(low)s tot %(high)s, %(n)s gemeenten)."
        )
        % {
            "value": _number(current),
            "low": _number(bounds.p5),
            "high": _number(bounds.p95),
            "n": bounds.municipalities,
        },
    )


EVALUATORS = {
    "sum": _sum,
    "compare": _compare,
    "required_when": _required_when,
    "change": _change,
}


def rubric_findings(
    *, sheet: Any, ranges: Mapping[tuple[str, str], PeerBounds] | None = None
) -> list[Finding]:
    """Every check of the sheet's rubric that holds for its answers, in the rubric's order."""
    reader = _Reader(sheet)
    findings = []
    for check in sheet.rubric.checks:
        if check.kind == "peer_range":
            found = _peer_range(check, reader, ranges or {})
        else:
            evaluate = EVALUATORS.get(check.kind)
            found = evaluate(check, reader) if evaluate else None
        if found is not None:
            findings.append(found)
    return findings
