"""Form fields that the question blocks produce."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from html import escape as html_escape
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.forms.widgets import ChoiceWidget, Input
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from .parsing import NotANumber, format_belgian_number, parse_belgian_number

#: Every number an answer may hold: what a municipality can count, with room to spare, and
#: what every page, PDF and export shows without losing digits.
LARGEST = Decimal("999999999999999")
MOST_DECIMALS = 6


def _decimal_comma(text: str) -> bool:
    """A comma used as decimal separator (not the ",-" that closes an amount)."""
    cleaned = text.strip().rstrip("-").rstrip()
    return "," in cleaned.rstrip(",")


def _digits_after_point(number: Decimal) -> int:
    exponent = number.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


@dataclass(frozen=True)
class NumberRules:
    """What a numeric answer must satisfy, and how it reads back."""

    integer: bool = False
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    decimals: int | None = None
    percentage: bool = False

    def parse(self, raw: Any) -> Decimal | None:
        """Parse and check one number; raise a ValidationError with a Dutch message."""
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if isinstance(raw, bool):
            raise ValidationError(_("Geef een getal in."), code="invalid")
        if isinstance(raw, int | Decimal):
            number = Decimal(raw)
        elif isinstance(raw, float):
            number = Decimal(str(raw))
        else:
            if self.integer and _decimal_comma(str(raw)):
                # "1,000" is a thousand in English and one in Dutch: ask, do not guess.
                raise ValidationError(_("Geef een geheel getal in, zonder komma."), code="integer")
            try:
                number = parse_belgian_number(raw)
            except NotANumber:
                example = "1.234" if self.integer else "1.234,5"
                raise ValidationError(
                    _("Geef een getal in, bijvoorbeeld %(example)s.") % {"example": example},
                    code="invalid",
                ) from None
        if abs(number) > LARGEST or _digits_after_point(number) > MOST_DECIMALS:
            raise ValidationError(
                _(
                    "Dit getal is te groot of te precies: ten hoogste 15 cijfers voor en "
                    "6 cijfers na de komma."
                ),
                code="too_large",
            )
        if self.integer and number != number.to_integral_value():
            raise ValidationError(
                _("Geef een geheel getal in, zonder cijfers na de komma."), code="integer"
            )
        if self.percentage and not (Decimal(0) <= number <= Decimal(100)):
            raise ValidationError(_("Een percentage ligt tussen 0 en 100."), code="percentage")
        if self.min_value is not None and number < self.min_value:
            if self.min_value == 0:
                message = _("Het getal mag niet negatief zijn.")
            else:
                message = _("Het getal mag niet kleiner zijn dan %(min)s.") % {
                    "min": format_belgian_number(self.min_value)
                }
            raise ValidationError(message, code="min_value")
        if self.max_value is not None and number > self.max_value:
            raise ValidationError(
                _("Het getal mag niet groter zijn dan %(max)s.")
                % {"max": format_belgian_number(self.max_value)},
                code="max_value",
            )
        if self.decimals is not None and not self.integer:
            exponent = number.as_tuple().exponent
            if isinstance(exponent, int) and -exponent > self.decimals:
                raise ValidationError(
                    _("Geef hoogstens %(n)s cijfers na de komma.") % {"n": self.decimals},
                    code="decimals",
                )
        if self.integer:
            return number.quantize(Decimal(1))
        return number

    def to_storage(self, number: Decimal | None) -> int | str | None:
        """JSON value: an int for whole numbers, a string for decimals (no float rounding)."""
        if number is None:
            return None
        if self.integer:
            return int(number)
        return format(number.normalize() if number != 0 else Decimal(0), "f")

    def to_input(self, stored: Any) -> str:
        """Text to show in an input for a stored value, Belgian style without grouping."""
        if stored is None or stored == "":
            return ""
        try:
            return format_belgian_number(stored, decimals=None, grouping=False)
        except Exception:  # a value typed earlier that was never a number
            return str(stored)


# --- widgets that render without templates ------------------------------------------------
#
# Django renders each widget through two or three templates, and its ``flatatt`` escapes
# through lazy-aware wrappers: a step of 60 questions spent half its time there. These
# widgets write the same HTML as plain strings, escaped once with the standard library.


def attributes(attrs: dict[str, Any]) -> str:
    """HTML attributes: True writes the name alone, False and None leave it out."""
    parts = []
    for name, value in attrs.items():
        if value is True:
            parts.append(f" {name}")
        elif value is not None and value is not False:
            parts.append(f' {name}="{html_escape(str(value))}"')
    return "".join(parts)


class FastInputMixin(Input):
    """An <input> written directly: the markup of Django's input.html, without its template."""

    input_type: str

    def render(self, name: str, value: Any, attrs: Any = None, renderer: Any = None) -> SafeString:
        final = {"type": self.input_type, "name": name}
        formatted = self.format_value(value)
        if formatted is not None:
            final["value"] = formatted
        final.update(self.build_attrs(self.attrs, attrs))
        return mark_safe(f"<input{attributes(final)}>")


class FastTextInput(FastInputMixin, forms.TextInput):
    pass


class FastDateInput(FastInputMixin, forms.DateInput):
    pass


class FastTextarea(forms.Textarea):
    def render(self, name: str, value: Any, attrs: Any = None, renderer: Any = None) -> SafeString:
        final = {"name": name, **self.build_attrs(self.attrs, attrs)}
        text = html_escape(str(self.format_value(value) or ""), quote=False)
        return mark_safe(f"<textarea{attributes(final)}>\n{text}</textarea>")


class FastChoiceMixin(ChoiceWidget):
    """Radio buttons or checkboxes, each in its label, as Django's templates write them."""

    input_type: str

    def render(self, name: str, value: Any, attrs: Any = None, renderer: Any = None) -> SafeString:
        final = self.build_attrs(self.attrs, attrs)
        group_id = final.pop("id", "") or f"id_{name}"
        shared = attributes(final)
        selected = {str(v) for v in self.format_value(value)}
        options = []
        for index, (option_value, label) in enumerate(self.choices):
            option_id = f"{group_id}_{index}"
            own = attributes(
                {
                    "type": self.input_type,
                    "name": name,
                    "value": option_value,
                    "id": option_id,
                }
            )
            checked = " checked" if str(option_value) in selected else ""
            options.append(
                f'<div><label for="{html_escape(option_id)}"><input{own}{shared}{checked}> '
                f"{html_escape(str(label), quote=False)}</label></div>"
            )
        return mark_safe(f'<div id="{html_escape(group_id)}">{"".join(options)}</div>')


class FastRadioSelect(FastChoiceMixin, forms.RadioSelect):
    pass


class FastCheckboxSelectMultiple(FastChoiceMixin, forms.CheckboxSelectMultiple):
    pass


class BelgianNumberInput(FastInputMixin, forms.TextInput):
    input_type = "text"

    def __init__(self, attrs: dict[str, Any] | None = None, *, rules: NumberRules) -> None:
        base = {"inputmode": "numeric" if rules.integer else "decimal", "autocomplete": "off"}
        super().__init__({**base, **(attrs or {})})
        self.rules = rules

    def format_value(self, value: Any) -> str | None:
        if isinstance(value, str):
            return value  # what the user typed, kept as typed
        return self.rules.to_input(value) or None


class BelgianNumberField(forms.Field):
    """A number field that reads "1.234,5", "1234,50" and "€ 2.500"."""

    #: The unit shown after the input ("€", "VTE"), set by the question block.
    unit: str

    def __init__(self, *, rules: NumberRules, **kwargs: Any) -> None:
        self.rules = rules
        kwargs.setdefault("widget", BelgianNumberInput(rules=rules))
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> Decimal | None:
        return self.rules.parse(value)

    def prepare_value(self, value: Any) -> Any:
        return value


class TableWidget(forms.Widget):
    """A grid of inputs, one per coded row × coded column."""

    template_name = ""  # rendered by ``render`` below, without a template

    def __init__(
        self,
        *,
        rows: list[tuple[str, str]],
        columns: list[tuple[str, str]],
        cell_type: str,
        show_totals: bool,
        attrs: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(attrs)
        self.rows, self.columns = rows, columns
        self.cell_type, self.show_totals = cell_type, show_totals

    def cell_name(self, name: str, row: str, column: str) -> str:
        return f"{name}__{row}__{column}"

    def value_from_datadict(self, data: Any, files: Any, name: str) -> dict[str, dict[str, str]]:
        return {
            row: {
                column: data.get(self.cell_name(name, row, column), "")
                for column, _label in self.columns
            }
            for row, _label in self.rows
        }

    def value_omitted_from_data(self, data: Any, files: Any, name: str) -> bool:
        return not any(
            self.cell_name(name, row, column) in data
            for row, _r in self.rows
            for column, _c in self.columns
        )

    def render(self, name: str, value: Any, attrs: Any = None, renderer: Any = None) -> SafeString:
        """The grid, written directly (a template per cell cost more than the rest of a step)."""
        widget = self.get_context(name, value, attrs)["widget"]
        disabled = bool(widget["attrs"].get("disabled"))
        described = widget["attrs"].get("aria_describedby") or None
        esc = html_escape
        head = "".join(f'<th scope="col">{esc(str(c["label"]))}</th>' for c in widget["columns"])
        body = []
        for row in widget["rows"]:
            cells = []
            for cell in row["cells"]:
                label = (
                    f'<label class="visually-hidden" for="{esc(cell["id"])}">'
                    f"{esc(cell['label'])}</label>"
                )
                if widget["numeric"]:
                    control = "<input{}>".format(
                        attributes(
                            {
                                "type": "text",
                                "inputmode": widget["inputmode"],
                                "name": cell["name"],
                                "id": cell["id"],
                                "value": cell["value"],
                                "data-column": cell["column"],
                                "autocomplete": "off",
                                "disabled": disabled,
                                "aria-describedby": described,
                            }
                        )
                    )
                else:
                    options = "".join(
                        f'<option value="{code}"{" selected" if cell["value"] == code else ""}>'
                        f"{esc(str(text))}</option>"
                        for code, text in (("", "–"), ("ja", _("Ja")), ("nee", _("Nee")))
                    )
                    control = "<select{}>{}</select>".format(
                        attributes({"name": cell["name"], "id": cell["id"], "disabled": disabled}),
                        options,
                    )
                cells.append(f"<td>{label}{control}</td>")
            body.append(f'<tr><th scope="row">{esc(str(row["label"]))}</th>{"".join(cells)}</tr>')
        foot = ""
        if widget["show_totals"]:
            totals = "".join(
                f'<td data-total-for="{esc(c["code"])}" aria-live="polite"></td>'
                for c in widget["columns"]
            )
            foot = f'<tfoot><tr><th scope="row">{esc(_("Totaal"))}</th>{totals}</tr></tfoot>'
        totals_flag = "true" if widget["show_totals"] else "false"
        return mark_safe(
            f'<table class="table-input" data-totals="{totals_flag}">'
            f"<thead><tr><td></td>{head}</tr></thead><tbody>{''.join(body)}</tbody>{foot}</table>"
        )

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        value = value or {}
        numeric = self.cell_type != "yes_no"
        rules = NumberRules(integer=self.cell_type == "integer")
        grid = []
        for row, row_label in self.rows:
            cells = []
            for column, column_label in self.columns:
                raw = (value.get(row) or {}).get(column, "")
                if numeric and not isinstance(raw, str):
                    raw = rules.to_input(raw)
                elif not numeric and isinstance(raw, bool):
                    raw = "ja" if raw else "nee"
                cells.append(
                    {
                        "name": self.cell_name(name, row, column),
                        "id": f"{attrs.get('id', name) if attrs else name}__{row}__{column}",
                        "value": raw if raw is not None else "",
                        "label": f"{row_label} – {column_label}",
                        "column": column,
                    }
                )
            grid.append({"code": row, "label": row_label, "cells": cells})
        described = (attrs or {}).get("aria-describedby") or self.attrs.get("aria-describedby")
        context["widget"]["attrs"]["aria_describedby"] = described
        context["widget"].update(
            {
                "rows": grid,
                "columns": [{"code": c, "label": label} for c, label in self.columns],
                "numeric": numeric,
                "show_totals": self.show_totals and numeric,
                "inputmode": "numeric" if self.cell_type == "integer" else "decimal",
            }
        )
        return context


class TableField(forms.Field):
    """Validates every cell of a table question; errors name the cell."""

    def __init__(
        self,
        *,
        rows: list[tuple[str, str]],
        columns: list[tuple[str, str]],
        cell_type: str,
        rules: NumberRules,
        show_totals: bool = False,
        **kwargs: Any,
    ) -> None:
        self.rows, self.columns, self.cell_type, self.rules = rows, columns, cell_type, rules
        kwargs.setdefault(
            "widget",
            TableWidget(rows=rows, columns=columns, cell_type=cell_type, show_totals=show_totals),
        )
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> dict[str, dict[str, Any]] | None:
        if not value:
            return None
        labels = dict(self.rows), dict(self.columns)
        result: dict[str, dict[str, Any]] = {}
        errors = []
        for row, columns in value.items():
            if row not in labels[0] or not isinstance(columns, dict):
                continue
            for column, raw in columns.items():
                if column not in labels[1]:
                    continue
                try:
                    cell = self.clean_cell(raw)
                except ValidationError as error:
                    errors.append(
                        ValidationError(
                            "%(cell)s: %(message)s",
                            params={
                                "cell": f"{labels[0][row]} – {labels[1][column]}",
                                "message": error.messages[0],
                            },
                            code=error.code,
                        )
                    )
                    continue
                if cell is not None:
                    result.setdefault(row, {})[column] = cell
        if errors:
            raise ValidationError(errors)
        return result or None

    def clean_cell(self, raw: Any) -> Any:
        if self.cell_type == "yes_no":
            if raw in (None, ""):
                return None
            if raw in (True, "ja", "true", "True"):
                return True
            if raw in (False, "nee", "false", "False"):
                return False
            raise ValidationError(_("Kies Ja of Nee."), code="invalid_choice")
        return self.rules.to_storage(self.rules.parse(raw))

    def prepare_value(self, value: Any) -> Any:
        return value
