"""The question types. Adding a type means adding one class here (and its template)."""

from __future__ import annotations

import datetime
from decimal import Decimal
from html import escape
from random import Random
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from wagtail import blocks

from .base import (
    OPERATOR_CONTAINS,
    OPERATOR_EQUALS,
    ExportCell,
    OptionBlock,
    QuestionBlock,
    option_codes_error,
    option_text,
    struct_errors,
)
from .fields import (
    BelgianNumberField,
    FastCheckboxSelectMultiple,
    FastDateInput,
    FastRadioSelect,
    FastTextarea,
    FastTextInput,
    NumberRules,
    TableField,
)
from .parsing import format_belgian_number

#: Short answers for demo data (our own wording).
SAMPLE_TEXTS = [
    "Samen met de buurgemeenten.",
    "Via het vrijetijdsloket.",
    "In overleg met de adviesraden.",
    "Vooral in de zomervakantie.",
    "Zie het jaarverslag van de dienst.",
    "Met steun van vrijwilligers.",
]


def _decimal(value: Any) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def _is_number(raw: Any) -> bool:
    return isinstance(raw, int | float | Decimal) and not isinstance(raw, bool)


def yes_no_code(raw: Any) -> str:
    """A spreadsheet cell as the yes/no field takes it: "ja", "nee", or the text as typed."""
    if isinstance(raw, bool):
        return "ja" if raw else "nee"
    text = "" if raw is None else str(raw).strip()
    return {"ja": "ja", "nee": "nee", "j": "ja", "n": "nee"}.get(text.lower(), text)


def option_code(choices: list[tuple[str, str]], text: str) -> str:
    """The code of an option named by its label or its code (any case); else the text."""
    wanted = text.strip().casefold()
    for code, label in choices:
        if wanted in (str(label).strip().casefold(), code.casefold()):
            return code
    return text


class NumericQuestionBlock(QuestionBlock):
    """Shared behaviour of the numeric types: bounds, unit, Belgian notation."""

    integer = False
    percentage = False
    decimals: int | None = None  # the most digits after the comma an answer may have
    display_decimals: int | None = None  # fixed digits when shown (euro: always two)
    default_unit = ""

    def rules(self, value: Any) -> NumberRules:
        return NumberRules(
            integer=self.integer,
            min_value=_decimal(value.get("min_value")),
            max_value=_decimal(value.get("max_value")),
            decimals=self.decimals,
            percentage=self.percentage,
        )

    def unit_label(self, value: Any) -> str:
        return value.get("unit") or self.default_unit

    def form_field(self, value: Any) -> forms.Field:
        field = BelgianNumberField(rules=self.rules(value), **self.field_kwargs(value))
        field.unit = self.unit_label(value)
        return field

    def to_storage(self, value: Any, cleaned: Any) -> Any:
        return self.rules(value).to_storage(cleaned)

    def to_initial(self, value: Any, stored: Any) -> Any:
        # A Decimal, not the stored string: the input shows it the Belgian way ("1,234"),
        # so saving again unchanged reads back the same number.
        return _decimal(stored)

    def display(self, value: Any, stored: Any) -> str:
        if stored is None:
            return ""
        text = format_belgian_number(stored, decimals=self.display_decimals)
        unit = self.unit_label(value)
        if unit == "€":
            return f"€ {text}"
        return f"{text} {unit}".strip() if unit != "%" else f"{text} %"

    def export_cells(self, value: Any, stored: Any) -> list[ExportCell]:
        return [ExportCell("", "", None if stored is None else _decimal(stored))]

    sheet_number_format = "General"

    def sheet_value(self, value: Any, stored: Any) -> Any:
        try:
            return _decimal(stored)  # a real number: the spreadsheet can count with it
        except ArithmeticError:  # a value typed earlier that was never a number
            return str(stored)

    def sheet_input(self, value: Any, raw: Any) -> Any:
        # Numbers stay numbers; text ("1.234,5", "€2.500,-") goes to the Belgian parser.
        return raw if _is_number(raw) else super().sheet_input(value, raw)

    def accepts_number(self, value: Any, part: tuple[str, ...]) -> bool:
        return part == ()

    def number_parts(self, value: Any) -> list[tuple[str, ...]]:
        return [()]

    def number_problem(self, value: Any, part: tuple[str, ...]) -> str | None:
        if part == ():
            return None
        return _(
            "Vraag %(code)s heeft geen rijen of kolommen: verwijs naar %(code)s zonder ':%(part)s'."
        ) % {"code": value["code"], "part": ":".join(part)}

    #: A typical size of an answer of this type in a municipality of average size.
    sample_size = 40

    def sample_answer(self, value: Any, rng: Random, *, scale: float = 1.0) -> Any:
        low = _decimal(value.get("min_value"))
        high = _decimal(value.get("max_value"))
        if self.percentage:
            number = Decimal(rng.randint(0, 100 * 100)) / 100
        else:
            number = Decimal(str(round(rng.lognormvariate(0, 0.6) * self.sample_size * scale, 2)))
        if low is not None:
            number = max(number, low)
        if high is not None:
            number = min(number, high)
        if self.integer:
            number = number.quantize(Decimal(1))
        elif self.decimals is not None:
            number = number.quantize(Decimal(1).scaleb(-min(self.decimals, 2)))
        return self.rules(value).to_storage(number)

    def number(self, value: Any, stored: Any, part: tuple[str, ...] = ()) -> Decimal | None:
        try:
            return _decimal(stored) if part == () else None
        except ArithmeticError:
            return None

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        low, high = _decimal(value.get("min_value")), _decimal(value.get("max_value"))
        if low is not None and high is not None and low > high:
            raise struct_errors(
                max_value=ValidationError(_("Het maximum moet groter zijn dan het minimum."))
            )
        return value

    def describe(self, value: Any) -> dict[str, Any]:
        low, high = _decimal(value.get("min_value")), _decimal(value.get("max_value"))
        if self.percentage:
            low = Decimal(0) if low is None else low
            high = Decimal(100) if high is None else high
        return {
            "unit": self.unit_label(value),
            "min": None if low is None else str(low),
            "max": None if high is None else str(high),
        }

    def api_fields(self, value: Any) -> dict[str, Any]:
        return self.describe(value)

    def describe_settings(self, value: Any) -> str:
        info = self.describe(value)
        parts = []
        if info["unit"]:
            parts.append(_("eenheid: %(unit)s") % {"unit": info["unit"]})
        if info["min"] is not None:
            parts.append(_("minimum %(min)s") % {"min": format_belgian_number(info["min"])})
        if info["max"] is not None:
            parts.append(_("maximum %(max)s") % {"max": format_belgian_number(info["max"])})
        return ", ".join(parts)


class IntegerQuestionBlock(NumericQuestionBlock):
    type_code = "integer"
    type_label = _lazy("Geheel getal")
    integer = True

    unit = blocks.CharBlock(required=False, label=_lazy("Eenheid"), max_length=40)
    min_value = blocks.IntegerBlock(required=False, default=0, label=_lazy("Minimum"))
    max_value = blocks.IntegerBlock(required=False, label=_lazy("Maximum"))

    class Meta:
        icon = "order"
        label = _lazy("Geheel getal")


class DecimalQuestionBlock(NumericQuestionBlock):
    type_code = "decimal"
    type_label = _lazy("Decimaal getal")
    decimals = 4

    unit = blocks.CharBlock(required=False, label=_lazy("Eenheid"), max_length=40)
    min_value = blocks.DecimalBlock(required=False, label=_lazy("Minimum"))
    max_value = blocks.DecimalBlock(required=False, label=_lazy("Maximum"))

    class Meta:
        icon = "order"
        label = _lazy("Decimaal getal")


class EuroQuestionBlock(NumericQuestionBlock):
    type_code = "euro"
    type_label = _lazy("Bedrag in euro")
    sample_size = 25000
    decimals = 2
    display_decimals = 2
    default_unit = "€"

    min_value = blocks.DecimalBlock(required=False, default=0, label=_lazy("Minimum"))
    max_value = blocks.DecimalBlock(required=False, label=_lazy("Maximum"))

    class Meta:
        icon = "tag"
        label = _lazy("Bedrag in euro")


class PercentageQuestionBlock(NumericQuestionBlock):
    type_code = "percentage"
    type_label = _lazy("Percentage")
    percentage = True
    decimals = 2
    default_unit = "%"
    #: Text: Excel would read a typed "12,5%" as the number 0,125.
    sheet_number_format = "@"

    class Meta:
        icon = "order"
        label = _lazy("Percentage")


class YesNoQuestionBlock(QuestionBlock):
    type_code = "yes_no"
    type_label = _lazy("Ja/nee")
    grouped = True
    CHOICES = (("ja", _lazy("Ja")), ("nee", _lazy("Nee")))

    class Meta:
        icon = "tick-inverse"
        label = _lazy("Ja/nee")

    def form_field(self, value: Any) -> forms.Field:
        return forms.ChoiceField(
            choices=[(code, str(label)) for code, label in self.CHOICES],
            widget=FastRadioSelect,
            error_messages={"invalid_choice": _("Kies Ja of Nee.")},
            **self.field_kwargs(value),
        )

    def to_storage(self, value: Any, cleaned: Any) -> Any:
        return {"ja": True, "nee": False}.get(cleaned)

    def to_initial(self, value: Any, stored: Any) -> Any:
        return None if stored is None else ("ja" if stored else "nee")

    def display(self, value: Any, stored: Any) -> str:
        return "" if stored is None else (_("Ja") if stored else _("Nee"))

    def export_cells(self, value: Any, stored: Any) -> list[ExportCell]:
        return [ExportCell("", "", None if stored is None else ("ja" if stored else "nee"))]

    def sheet_options(self, value: Any) -> list[str]:
        return [str(label) for _code, label in self.CHOICES]

    def sheet_value(self, value: Any, stored: Any) -> Any:
        return self.display(value, stored) or None

    def sheet_input(self, value: Any, raw: Any) -> Any:
        return yes_no_code(raw)

    def sample_answer(self, value: Any, rng: Random, *, scale: float = 1.0) -> Any:
        return rng.random() < 0.6

    def condition_targets(self, value: Any) -> dict[str, set[str]]:
        return {OPERATOR_EQUALS: {"ja", "nee"}}

    def condition_holds(self, value: Any, stored: Any, operator: str, expected: str) -> bool:
        return stored is not None and (stored is True) == (expected == "ja")

    def describe(self, value: Any) -> dict[str, Any]:
        return {"options": [{"code": c, "label": str(label)} for c, label in self.CHOICES]}

    def api_fields(self, value: Any) -> dict[str, Any]:
        return self.describe(value)

    def answer_codes(self, value: Any) -> set[str]:
        return {code for code, _label in self.CHOICES}

    def option_label(self, value: Any, code: str) -> str:
        return str(dict(self.CHOICES).get(code, code))


class ChoiceQuestionBlock(QuestionBlock):
    grouped = True
    options = blocks.ListBlock(OptionBlock(), min_num=2, label=_lazy("Antwoordopties"))

    def choices(self, value: Any) -> list[tuple[str, str]]:
        return [(option["code"], option["label"]) for option in value["options"]]

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        error = option_codes_error(value["options"], _("antwoordopties"))
        if error:
            raise struct_errors(options=error)
        return value

    def describe(self, value: Any) -> dict[str, Any]:
        return {"options": [{"code": c, "label": label} for c, label in self.choices(value)]}

    def api_fields(self, value: Any) -> dict[str, Any]:
        return self.describe(value)

    def describe_settings(self, value: Any) -> str:
        return "; ".join(option_text(code, label) for code, label in self.choices(value))

    def answer_format(self, value: Any) -> list[str]:
        options = " · ".join(option_text(code, label) for code, label in self.choices(value))
        return [str(self.type_label), _("Antwoordopties: %(options)s") % {"options": options}]

    def answer_codes(self, value: Any) -> set[str]:
        return {code for code, _label in self.choices(value)}

    def option_label(self, value: Any, code: str) -> str:
        return dict(self.choices(value)).get(code, code)


class SingleChoiceQuestionBlock(ChoiceQuestionBlock):
    type_code = "single_choice"
    type_label = _lazy("Enkelvoudige keuze")

    class Meta:
        icon = "radio-full"
        label = _lazy("Enkelvoudige keuze")

    def form_field(self, value: Any) -> forms.Field:
        return forms.ChoiceField(
            choices=self.choices(value),
            widget=FastRadioSelect,
            error_messages={"invalid_choice": _("Kies een van de antwoorden.")},
            **self.field_kwargs(value),
        )

    def display(self, value: Any, stored: Any) -> str:
        return dict(self.choices(value)).get(stored, stored or "")

    def sheet_options(self, value: Any) -> list[str]:
        return [label for _code, label in self.choices(value)]

    def sheet_value(self, value: Any, stored: Any) -> Any:
        return self.display(value, stored) or None

    def sheet_input(self, value: Any, raw: Any) -> Any:
        return option_code(self.choices(value), super().sheet_input(value, raw))

    def sample_answer(self, value: Any, rng: Random, *, scale: float = 1.0) -> Any:
        return rng.choice([code for code, _label in self.choices(value)])

    def condition_targets(self, value: Any) -> dict[str, set[str]]:
        return {OPERATOR_EQUALS: {code for code, _label in self.choices(value)}}

    def condition_holds(self, value: Any, stored: Any, operator: str, expected: str) -> bool:
        return stored == expected


class MultipleChoiceQuestionBlock(ChoiceQuestionBlock):
    type_code = "multiple_choice"
    type_label = _lazy("Meervoudige keuze")

    class Meta:
        icon = "list-ul"
        label = _lazy("Meervoudige keuze")

    def form_field(self, value: Any) -> forms.Field:
        return forms.MultipleChoiceField(
            choices=self.choices(value),
            widget=FastCheckboxSelectMultiple,
            error_messages={"invalid_choice": _("Kies uit de gegeven antwoorden.")},
            **self.field_kwargs(value),
        )

    def to_storage(self, value: Any, cleaned: Any) -> Any:
        order = [code for code, _label in self.choices(value)]
        return sorted(cleaned, key=order.index) if cleaned else None

    def display(self, value: Any, stored: Any) -> str:
        labels = dict(self.choices(value))
        return ", ".join(labels.get(code, code) for code in stored or [])

    def export_cells(self, value: Any, stored: Any) -> list[ExportCell]:
        return [ExportCell("", "", None if not stored else ";".join(stored))]

    def sheet_hint(self, value: Any) -> str:
        return _("Meerdere antwoorden: scheid ze met een puntkomma (;).")

    def sheet_value(self, value: Any, stored: Any) -> Any:
        labels = dict(self.choices(value))
        return "; ".join(labels.get(code, code) for code in stored or []) or None

    def sheet_input(self, value: Any, raw: Any) -> Any:
        """Labels (or codes) separated by ";", as the cell shows them."""
        text = super().sheet_input(value, raw)
        choices = self.choices(value)
        return [option_code(choices, part.strip()) for part in text.split(";") if part.strip()]

    def sample_answer(self, value: Any, rng: Random, *, scale: float = 1.0) -> Any:
        codes = [code for code, _label in self.choices(value)]
        chosen = [code for code in codes if rng.random() < 0.45] or [rng.choice(codes)]
        return chosen

    def condition_targets(self, value: Any) -> dict[str, set[str]]:
        return {OPERATOR_CONTAINS: {code for code, _label in self.choices(value)}}

    def condition_holds(self, value: Any, stored: Any, operator: str, expected: str) -> bool:
        return bool(stored) and expected in stored


class ShortTextQuestionBlock(QuestionBlock):
    type_code = "short_text"
    type_label = _lazy("Korte tekst")

    max_length = blocks.IntegerBlock(
        required=False, default=255, min_value=1, max_value=1000, label=_lazy("Maximale lengte")
    )

    class Meta:
        icon = "pilcrow"
        label = _lazy("Korte tekst")

    def form_field(self, value: Any) -> forms.Field:
        return forms.CharField(
            max_length=value.get("max_length") or 255,
            widget=FastTextInput,
            **self.field_kwargs(value),
        )

    def sample_answer(self, value: Any, rng: Random, *, scale: float = 1.0) -> Any:
        return rng.choice(SAMPLE_TEXTS)[: value.get("max_length") or 255]

    def describe(self, value: Any) -> dict[str, Any]:
        return {"max_length": value.get("max_length") or 255}

    def api_fields(self, value: Any) -> dict[str, Any]:
        return self.describe(value)

    def answer_format(self, value: Any) -> list[str]:
        return [
            _("%(kind)s – hoogstens %(count)s tekens")
            % {"kind": self.type_label, "count": self.describe(value)["max_length"]}
        ]


class LongTextQuestionBlock(QuestionBlock):
    type_code = "long_text"
    type_label = _lazy("Lange tekst")

    max_length = blocks.IntegerBlock(
        required=False, default=5000, min_value=1, max_value=20000, label=_lazy("Maximale lengte")
    )

    class Meta:
        icon = "doc-full"
        label = _lazy("Lange tekst")

    def form_field(self, value: Any) -> forms.Field:
        return forms.CharField(
            max_length=value.get("max_length") or 5000,
            widget=FastTextarea(attrs={"rows": 5}),
            **self.field_kwargs(value),
        )

    def sample_answer(self, value: Any, rng: Random, *, scale: float = 1.0) -> Any:
        return " ".join(rng.sample(SAMPLE_TEXTS, 2))[: value.get("max_length") or 5000]

    def describe(self, value: Any) -> dict[str, Any]:
        return {"max_length": value.get("max_length") or 5000}

    def api_fields(self, value: Any) -> dict[str, Any]:
        return self.describe(value)

    def answer_format(self, value: Any) -> list[str]:
        return [
            _("%(kind)s – hoogstens %(count)s tekens")
            % {"kind": self.type_label, "count": self.describe(value)["max_length"]}
        ]


class DateQuestionBlock(QuestionBlock):
    type_code = "date"
    type_label = _lazy("Datum")
    INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]

    min_date = blocks.DateBlock(required=False, label=_lazy("Vroegste datum"))
    max_date = blocks.DateBlock(required=False, label=_lazy("Laatste datum"))

    class Meta:
        icon = "date"
        label = _lazy("Datum")

    def form_field(self, value: Any) -> forms.Field:
        field = forms.DateField(
            input_formats=self.INPUT_FORMATS,
            widget=FastDateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            error_messages={"invalid": _("Geef een geldige datum in, bijvoorbeeld 31/12/2025.")},
            **self.field_kwargs(value),
        )
        low, high = value.get("min_date"), value.get("max_date")
        if low:
            field.validators.append(_date_bound(low, minimum=True))
        if high:
            field.validators.append(_date_bound(high, minimum=False))
        return field

    def to_storage(self, value: Any, cleaned: Any) -> Any:
        return cleaned.isoformat() if cleaned else None

    def sample_answer(self, value: Any, rng: Random, *, scale: float = 1.0) -> Any:
        low = value.get("min_date") or datetime.date(2015, 1, 1)
        high = value.get("max_date") or max(low, datetime.date(2025, 12, 31))
        return (low + datetime.timedelta(days=rng.randint(0, (high - low).days))).isoformat()

    def to_initial(self, value: Any, stored: Any) -> Any:
        return datetime.date.fromisoformat(stored) if stored else None

    sheet_number_format = "DD/MM/YYYY"

    def sheet_value(self, value: Any, stored: Any) -> Any:
        try:
            return datetime.date.fromisoformat(stored) if stored else None
        except (TypeError, ValueError):
            return str(stored)

    def sheet_input(self, value: Any, raw: Any) -> Any:
        if isinstance(raw, datetime.datetime):
            return raw.date()
        if isinstance(raw, datetime.date):
            return raw
        return super().sheet_input(value, raw)

    def display(self, value: Any, stored: Any) -> str:
        return date_format(datetime.date.fromisoformat(stored), "j F Y") if stored else ""

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        if (
            value.get("min_date")
            and value.get("max_date")
            and value["min_date"] > value["max_date"]
        ):
            raise struct_errors(
                max_date=ValidationError(_("De laatste datum moet na de vroegste datum liggen."))
            )
        return value

    def describe(self, value: Any) -> dict[str, Any]:
        low, high = value.get("min_date"), value.get("max_date")
        return {"min": low.isoformat() if low else None, "max": high.isoformat() if high else None}

    def api_fields(self, value: Any) -> dict[str, Any]:
        return self.describe(value)

    def describe_settings(self, value: Any) -> str:
        low, high = value.get("min_date"), value.get("max_date")
        parts = []
        if low:
            parts.append(_("vanaf %(day)s") % {"day": date_format(low, "j F Y")})
        if high:
            parts.append(_("tot en met %(day)s") % {"day": date_format(high, "j F Y")})
        return " ".join(parts)


def _date_bound(bound: datetime.date, *, minimum: bool):
    def check(day: datetime.date) -> None:
        if (minimum and day < bound) or (not minimum and day > bound):
            message = (
                _("De datum mag niet voor %(day)s liggen.")
                if minimum
                else _("De datum mag niet na %(day)s liggen.")
            )
            raise ValidationError(message % {"day": date_format(bound, "j F Y")})

    return check


SECTOR_ROWS = [
    {"code": "cultuur", "label": "Cultuur"},
    {"code": "jeugd", "label": "Jeugd"},
    {"code": "sport", "label": "Sport"},
    {"code": "vrijetijdsdienst", "label": "Geïntegreerde vrijetijdsdienst"},
]


class TableQuestionBlock(QuestionBlock):
    """Coded rows × coded columns. Its most common form is the per-sector table."""

    type_code = "table"
    type_label = _lazy("Tabel")
    grouped = True
    CELL_TYPES = (
        ("integer", _lazy("Geheel getal")),
        ("decimal", _lazy("Decimaal getal")),
        ("euro", _lazy("Bedrag in euro")),
        ("yes_no", _lazy("Ja/nee")),
    )

    rows = blocks.ListBlock(OptionBlock(), min_num=1, default=SECTOR_ROWS, label=_lazy("Rijen"))
    columns = blocks.ListBlock(
        OptionBlock(),
        min_num=1,
        default=[{"code": "aantal", "label": "Aantal"}],
        label=_lazy("Kolommen"),
    )
    cell_type = blocks.ChoiceBlock(choices=CELL_TYPES, default="integer", label=_lazy("Soort cel"))
    show_totals = blocks.BooleanBlock(required=False, default=False, label=_lazy("Totalen tonen"))
    min_value = blocks.DecimalBlock(required=False, default=0, label=_lazy("Minimum per cel"))
    max_value = blocks.DecimalBlock(required=False, label=_lazy("Maximum per cel"))

    class Meta:
        icon = "table"
        label = _lazy("Tabel")

    def pairs(self, items: Any) -> list[tuple[str, str]]:
        return [(item["code"], item["label"]) for item in items]

    def rules(self, value: Any) -> NumberRules:
        cell_type = value.get("cell_type") or "integer"
        return NumberRules(
            integer=cell_type == "integer",
            min_value=_decimal(value.get("min_value")),
            max_value=_decimal(value.get("max_value")),
            decimals={"integer": None, "decimal": 4, "euro": 2}.get(cell_type),
        )

    def form_field(self, value: Any) -> forms.Field:
        return TableField(
            rows=self.pairs(value["rows"]),
            columns=self.pairs(value["columns"]),
            cell_type=value.get("cell_type") or "integer",
            rules=self.rules(value),
            show_totals=bool(value.get("show_totals")),
            **self.field_kwargs(value),
        )

    def is_answered(self, value: Any, stored: Any) -> bool:
        return bool(stored) and any(cells for cells in stored.values())

    def accepts_number(self, value: Any, part: tuple[str, ...]) -> bool:
        if (value.get("cell_type") or "integer") == "yes_no" or len(part) > 2:
            return False
        rows = {code for code, _label in self.pairs(value["rows"])}
        columns = {code for code, _label in self.pairs(value["columns"])}
        return (not part or part[0] in rows) and (len(part) < 2 or part[1] in columns)

    def number_parts(self, value: Any) -> list[tuple[str, ...]]:
        """The whole table (the sum of its cells), each row and each cell."""
        if (value.get("cell_type") or "integer") == "yes_no":
            return []
        rows = [code for code, _label in self.pairs(value["rows"])]
        columns = [code for code, _label in self.pairs(value["columns"])]
        return [()] + [
            part for row in rows for part in [(row,)] + [(row, column) for column in columns]
        ]

    def number_problem(self, value: Any, part: tuple[str, ...]) -> str | None:
        if self.accepts_number(value, part):
            return None
        code = value["code"]
        if (value.get("cell_type") or "integer") == "yes_no":
            return _(
                "De cellen van tabel %(code)s zijn ja/nee: een controle kan er niet mee rekenen."
            ) % {"code": code}
        rows = [row for row, _label in self.pairs(value["rows"])]
        columns = [column for column, _label in self.pairs(value["columns"])]
        if len(part) > 2:
            return _("Verwijs naar een cel als %(code)s:rij:kolom, niet dieper.") % {"code": code}
        if part[0] not in rows:
            return _("Tabel %(code)s heeft geen rij '%(row)s'. De rijen zijn: %(rows)s.") % {
                "code": code,
                "row": part[0],
                "rows": ", ".join(rows),
            }
        return _("Tabel %(code)s heeft geen kolom '%(column)s'. De kolommen zijn: %(columns)s.") % {
            "code": code,
            "column": part[1],
            "columns": ", ".join(columns),
        }

    def number(self, value: Any, stored: Any, part: tuple[str, ...] = ()) -> Decimal | None:
        """The sum of the filled cells of the table, of one row (row,) or one cell (row, col)."""
        if not stored or not self.accepts_number(value, part):
            return None
        cells = [
            cell
            for row, columns in stored.items()
            if isinstance(columns, dict) and (not part or row == part[0])
            for column, cell in columns.items()
            if len(part) < 2 or column == part[1]
        ]
        try:
            numbers = [_decimal(cell) for cell in cells if cell not in (None, "")]
        except ArithmeticError:
            return None
        return sum((n for n in numbers if n is not None), Decimal(0)) if numbers else None

    def to_initial(self, value: Any, stored: Any) -> Any:
        if not stored or (value.get("cell_type") or "integer") == "yes_no":
            return stored
        # Numbers as Decimals so the widget writes them the Belgian way (see numeric types).
        return {
            row: {column: _decimal(cell) for column, cell in (cells or {}).items()}
            for row, cells in stored.items()
        }

    def cell_text(self, value: Any, cell: Any) -> str:
        if cell is None:
            return ""
        cell_type = value.get("cell_type") or "integer"
        if cell_type == "yes_no":
            return _("Ja") if cell else _("Nee")
        text = format_belgian_number(cell, decimals=2 if cell_type == "euro" else None)
        return f"€ {text}" if cell_type == "euro" else text

    def totals(self, value: Any, stored: Any) -> dict[str, Decimal]:
        """Column totals of a numeric table (empty for yes/no cells)."""
        if (value.get("cell_type") or "integer") == "yes_no":
            return {}
        stored = stored or {}
        return {
            column: sum(
                (
                    _decimal((stored.get(row) or {}).get(column)) or Decimal(0)
                    for row, _label in self.pairs(value["rows"])
                ),
                Decimal(0),
            )
            for column, _label in self.pairs(value["columns"])
        }

    def display(self, value: Any, stored: Any) -> str:
        """The answer as a small table (written directly: it shows on every step)."""
        stored = stored or {}
        columns = self.pairs(value["columns"])
        totals = self.totals(value, stored) if value.get("show_totals") else {}
        head = "".join(f'<th scope="col">{escape(str(label))}</th>' for _c, label in columns)
        body = []
        for row, label in self.pairs(value["rows"]):
            filled = stored.get(row) or {}
            cells = "".join(
                f"<td>{escape(self.cell_text(value, filled.get(column)) or '–')}</td>"
                for column, _label in columns
            )
            body.append(f'<tr><th scope="row">{escape(str(label))}</th>{cells}</tr>')
        foot = ""
        if totals:
            cells = "".join(
                f"<td>{escape(self.cell_text(value, totals[c]))}</td>" for c, _l in columns
            )
            foot = f'<tfoot><tr><th scope="row">{escape(_("Totaal"))}</th>{cells}</tr></tfoot>'
        return mark_safe(
            f'<table class="answer-table"><thead><tr><th scope="col"></th>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody>{foot}</table>"
        )

    def sample_answer(self, value: Any, rng: Random, *, scale: float = 1.0) -> Any:
        cell_type = value.get("cell_type") or "integer"
        answer: dict[str, dict[str, Any]] = {}
        for row, _r in self.pairs(value["rows"]):
            if rng.random() < 0.25:
                continue  # not every row applies everywhere
            for column, _c in self.pairs(value["columns"]):
                if cell_type == "yes_no":
                    cell: Any = rng.random() < 0.5
                else:
                    size = 25000 if cell_type == "euro" else 20
                    number = Decimal(str(round(rng.lognormvariate(0, 0.7) * size * scale, 2)))
                    low = _decimal(value.get("min_value"))
                    number = max(number, low) if low is not None else number
                    cell = self.rules(value).to_storage(
                        number.quantize(Decimal(1)) if cell_type == "integer" else number
                    )
                answer.setdefault(row, {})[column] = cell
        return answer or None

    def export_cells(self, value: Any, stored: Any) -> list[ExportCell]:
        stored = stored or {}
        cells = []
        cell_type = value.get("cell_type") or "integer"
        for row, _r in self.pairs(value["rows"]):
            for column, _c in self.pairs(value["columns"]):
                cell = (stored.get(row) or {}).get(column)
                if cell is None:
                    continue
                if cell_type == "yes_no":
                    cells.append(ExportCell(row, column, "ja" if cell else "nee"))
                else:
                    cells.append(ExportCell(row, column, _decimal(cell)))
        return cells

    def sheet_grid(self, value: Any) -> tuple[list[tuple[str, str]], list[tuple[str, str]]] | None:
        return self.pairs(value["rows"]), self.pairs(value["columns"])

    sheet_number_format = "General"

    def sheet_options(self, value: Any) -> list[str]:
        if (value.get("cell_type") or "integer") == "yes_no":
            return [_("Ja"), _("Nee")]
        return []

    def sheet_value(self, value: Any, stored: Any) -> Any:
        yes_no = (value.get("cell_type") or "integer") == "yes_no"
        grid: dict[str, dict[str, Any]] = {}
        for row, cells in (stored or {}).items():
            for column, cell in (cells or {}).items():
                if cell is None:
                    continue
                try:
                    shown = (_("Ja") if cell else _("Nee")) if yes_no else _decimal(cell)
                except ArithmeticError:
                    shown = str(cell)
                grid.setdefault(row, {})[column] = shown
        return grid

    def sheet_input(self, value: Any, raw: Any) -> Any:
        yes_no = (value.get("cell_type") or "integer") == "yes_no"
        return {
            row: {
                column: yes_no_code(cell)
                if yes_no
                else (cell if _is_number(cell) else ("" if cell is None else str(cell).strip()))
                for column, cell in cells.items()
            }
            for row, cells in (raw or {}).items()
        }

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        errors = {}
        for name, what in (("rows", _("rijen")), ("columns", _("kolommen"))):
            error = option_codes_error(value[name], what)
            if error:
                errors[name] = error
        low, high = _decimal(value.get("min_value")), _decimal(value.get("max_value"))
        if low is not None and high is not None and low > high:
            errors["max_value"] = ValidationError(
                _("Het maximum moet groter zijn dan het minimum.")
            )
        if errors:
            raise struct_errors(**errors)
        return value

    def describe(self, value: Any) -> dict[str, Any]:
        return {
            "rows": [{"code": c, "label": label} for c, label in self.pairs(value["rows"])],
            "columns": [{"code": c, "label": label} for c, label in self.pairs(value["columns"])],
            "cell_type": value.get("cell_type") or "integer",
            "show_totals": bool(value.get("show_totals")),
            "min": None if value.get("min_value") is None else str(value["min_value"]),
            "max": None if value.get("max_value") is None else str(value["max_value"]),
        }

    def describe_settings(self, value: Any) -> str:
        rows = ", ".join(label for _c, label in self.pairs(value["rows"]))
        columns = ", ".join(label for _c, label in self.pairs(value["columns"]))
        return _("rijen: %(rows)s; kolommen: %(columns)s") % {"rows": rows, "columns": columns}

    def api_fields(self, value: Any) -> dict[str, Any]:
        info = self.describe(value)
        return {
            "min": info["min"],
            "max": info["max"],
            "table": {key: info[key] for key in ("rows", "columns", "cell_type", "show_totals")},
        }

    def answer_codes(self, value: Any) -> set[str]:
        return {f"rij:{code}" for code, _label in self.pairs(value["rows"])} | {
            f"kolom:{code}" for code, _label in self.pairs(value["columns"])
        }

    def answer_format(self, value: Any) -> list[str]:
        cell_type = value.get("cell_type") or "integer"
        cells = {
            "integer": _("gehele getallen"),
            "decimal": _("decimale getallen"),
            "euro": _("bedragen in euro"),
            "yes_no": _("ja of nee"),
        }.get(cell_type, cell_type)
        details = [cells]
        if cell_type != "yes_no":
            low, high = value.get("min_value"), value.get("max_value")
            if low is not None:
                details.append(_("minimum %(min)s") % {"min": format_belgian_number(low)})
            if high is not None:
                details.append(_("maximum %(max)s") % {"max": format_belgian_number(high)})
        if value.get("show_totals"):
            details.append(_("met totalen"))
        rows = "; ".join(option_text(code, label) for code, label in self.pairs(value["rows"]))
        columns = "; ".join(
            option_text(code, label) for code, label in self.pairs(value["columns"])
        )
        return [
            str(self.type_label),
            _("Rijen: %(rows)s") % {"rows": rows},
            _("Kolommen: %(columns)s") % {"columns": columns},
            _("Cellen: %(cells)s") % {"cells": ", ".join(details)},
        ]
