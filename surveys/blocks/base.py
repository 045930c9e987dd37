"""The common shape of every question block: code, text, help, required, specials, condition."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from random import Random
from typing import TYPE_CHECKING, Any, ClassVar

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from ..specials import SpecialAnswer, special_label
from . import conditions
from .conditions import ConditionCodeBlock

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

CODE_REGEX = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$"

OPERATOR_EQUALS = "equals"
OPERATOR_CONTAINS = "contains"
OPERATOR_LABELS = {OPERATOR_EQUALS: _("is gelijk aan"), OPERATOR_CONTAINS: _("bevat")}


@dataclass(frozen=True)
class ExportCell:
    """One exported value: tables give one per cell, other questions one in all."""

    row: str
    column: str
    value: Any


CODE_LABEL = _("Code")


def code_block(
    label: StrOrPromise = CODE_LABEL, help_text: StrOrPromise = "", *, required: bool = True
) -> blocks.RegexBlock:
    return blocks.RegexBlock(
        regex=CODE_REGEX,
        label=label,
        help_text=help_text,
        required=required,
        error_messages={
            "invalid": _(
                "Een code bestaat uit letters, cijfers, '-', '_' of '.', zonder spaties "
                "(hoogstens 40 tekens), bijvoorbeeld MED-02."
            )
        },
    )


class OptionBlock(blocks.StructBlock):
    """A code + label pair: an answer option, a table row or a table column."""

    code = code_block(help_text=_("Blijft gelijk over de jaren; exports verwijzen ernaar."))
    label = blocks.CharBlock(label=_("Label"), max_length=255)

    class Meta:
        icon = "list-ul"
        form_classname = "option-block"


class ConditionBlock(blocks.StructBlock):
    """Show the question only when an earlier question of the rubric has a given answer.

    Stored as codes (``question``, ``operator``, ``value``); the editor picks them from
    selects of the earlier questions of the rubric and their answers (see ``conditions``).
    """

    question = ConditionCodeBlock(
        role=conditions.QUESTION,
        empty_label=_("– Altijd tonen (geen voorwaarde) –"),
        required=False,
        label=_("Enkel tonen als vraag"),
        help_text=_(
            "Toon deze vraag enkel na een bepaald antwoord op een eerdere ja/nee- of "
            "keuzevraag van deze rubriek. Kies 'Altijd tonen' als er geen voorwaarde is."
        ),
    )
    operator = blocks.ChoiceBlock(
        choices=list(OPERATOR_LABELS.items()),
        default=OPERATOR_EQUALS,
        required=False,
        label=_("Voorwaarde"),
        help_text=_(
            "Wordt ingevuld bij de keuze van de vraag: 'is gelijk aan' voor ja/nee en "
            "enkelvoudige keuze, 'bevat' voor meervoudige keuze."
        ),
    )
    value = ConditionCodeBlock(
        role=conditions.ANSWER,
        empty_label=_("– Kies een antwoord –"),
        required=False,
        label=_("Antwoord"),
        help_text=_("Een van de antwoorden van de gekozen vraag."),
    )

    class Meta:
        icon = "link"
        label = _("Voorwaarde")
        collapsed = True


def _words(text: str) -> str:
    return slugify(text).replace("_", "-")


def option_text(code: str, label: str) -> str:
    """An option as the overview lists it: its label, and its code when that says more.

    "Kleuters" with code "kleuters" reads "Kleuters"; with code "K3" it reads "Kleuters (K3)".
    """
    if _words(str(label)) == _words(code):
        return str(label)
    return f"{label} ({code})"


def option_codes_error(options: list[Any], what: str) -> ListBlockValidationError | None:
    """Return an error when two options share a code."""
    seen: set[str] = set()
    for option in options:
        code = option["code"]
        if code in seen:
            return ListBlockValidationError(
                non_block_errors=[
                    ValidationError(
                        _("De code %(code)s komt twee keer voor bij de %(what)s.")
                        % {"code": code, "what": what}
                    )
                ]
            )
        seen.add(code)
    return None


class QuestionBlock(blocks.StructBlock):
    """Base of every question type.

    A subclass declares its own settings as child blocks, and implements ``form_field``,
    ``to_storage``, ``display`` and ``export_cells``. The common settings (required,
    onbekend / niet van toepassing, definitions, condition) follow the type's own ones.
    """

    type_code: ClassVar[str] = ""
    type_label: ClassVar[StrOrPromise] = ""
    #: Radio buttons, checkboxes and grids are a group: a fieldset with a legend.
    grouped: ClassVar[bool] = False

    code = code_block(
        help_text=_("Unieke code binnen de campagne, bv. MED-02. Blijft gelijk over de jaren.")
    )
    text = blocks.CharBlock(label=_("Vraag"), max_length=500)
    help_text = blocks.TextBlock(required=False, label=_("Toelichting"))

    def __init__(self, local_blocks: Any = None, **kwargs: Any) -> None:
        trailing = [
            (
                "required",
                blocks.BooleanBlock(
                    required=False,
                    default=False,
                    label=_("Verplicht"),
                    help_text=_(
                        "Nodig om de rubriek volledig te noemen. Blokkeert nooit het opslaan."
                    ),
                ),
            ),
            (
                "allow_unknown",
                blocks.BooleanBlock(required=False, default=False, label=_("'Onbekend' toestaan")),
            ),
            (
                "allow_not_applicable",
                blocks.BooleanBlock(
                    required=False, default=False, label=_("'Niet van toepassing' toestaan")
                ),
            ),
            (
                "definitions",
                blocks.ListBlock(
                    SnippetChooserBlock("surveys.Definition"),
                    required=False,
                    default=[],
                    label=_("Definities"),
                ),
            ),
            ("condition", ConditionBlock(required=False)),
            (
                "previous_code",
                code_block(
                    _("Code in de vorige campagne"),
                    _(
                        "Enkel als de code veranderde sinds de vorige campagne: zo vindt het "
                        "antwoord van toen de vraag terug."
                    ),
                    required=False,
                ),
            ),
            (
                "may_take_over",
                blocks.BooleanBlock(
                    required=False,
                    default=False,
                    label=_("Mag overgenomen worden"),
                    help_text=_(
                        "Voor feiten die zelden veranderen: de gemeente kan het antwoord van de "
                        "vorige campagne met één klik overnemen."
                    ),
                ),
            ),
        ]
        super().__init__(local_blocks=list(local_blocks or []) + trailing, **kwargs)

    # --- the form ---------------------------------------------------------------
    def form_field(self, value: Any) -> forms.Field:
        """The Django form field that takes this question's answer."""
        raise NotImplementedError

    def field_kwargs(self, value: Any) -> dict[str, Any]:
        return {"label": value["text"], "help_text": value["help_text"] or "", "required": False}

    def special_choices(self, value: Any) -> list[tuple[str, str]]:
        """The special answers this question allows, for a radio next to the field."""
        allowed = [
            (SpecialAnswer.UNKNOWN, value["allow_unknown"]),
            (SpecialAnswer.NOT_APPLICABLE, value["allow_not_applicable"]),
        ]
        return [
            (str(special.value), special_label(special, capitalised=True))
            for special, allow in allowed
            if allow
        ]

    # --- storage ------------------------------------------------------------------
    def to_storage(self, value: Any, cleaned: Any) -> Any:
        """JSON value to store for the cleaned form value (None when empty)."""
        return cleaned if cleaned not in ("", [], {}) else None

    def to_initial(self, value: Any, stored: Any) -> Any:
        """Form initial value for a stored JSON value."""
        return stored

    def is_answered(self, value: Any, stored: Any) -> bool:
        return stored not in (None, "", [], {})

    # --- read-only and export -----------------------------------------------------
    def display(self, value: Any, stored: Any) -> str:
        """The answer as a person reads it (read-only views, PDFs)."""
        return "" if stored is None else str(stored)

    def export_cells(self, value: Any, stored: Any) -> list[ExportCell]:
        """The answer as exported: one cell, or one per table cell."""
        return [ExportCell("", "", stored)]

    # --- conditions and the API -------------------------------------------------------
    def condition_targets(self, value: Any) -> dict[str, set[str]]:
        """Answer codes a condition on this question may test, per operator."""
        return {}

    def condition_holds(self, value: Any, stored: Any, operator: str, expected: str) -> bool:
        return False

    def describe(self, value: Any) -> dict[str, Any]:
        """Type-specific settings as plain data (API, PDF)."""
        return {}

    def describe_settings(self, value: Any) -> str:
        """Type-specific settings in a short Dutch sentence (PDF, public overview)."""
        return ""

    def answer_format(self, value: Any) -> list[str]:
        """What a valid answer looks like, in lines of plain Dutch (the question overview)."""
        described = self.describe_settings(value)
        return [f"{self.type_label} – {described}" if described else str(self.type_label)]

    def answer_codes(self, value: Any) -> set[str]:
        """Codes inside the answer (options, table rows and columns) that answers refer to.

        Once a question has answers these must keep existing (``surveys.rules``).
        """
        return set()

    def option_label(self, value: Any, code: str) -> str:
        """The words of an answer code (an option, ja/nee), for a condition in words."""
        return code

    def api_fields(self, value: Any) -> dict[str, Any]:
        """Type-specific fields of the questionnaire API (options, unit, bounds, table…)."""
        return {}

    # --- the spreadsheet round trip (surveys/spreadsheets) ---------------------------------
    #: Excel's number format of an answer cell ("@": text, so "1/2" stays "1/2").
    sheet_number_format: ClassVar[str] = "@"

    def sheet_grid(self, value: Any) -> tuple[list[tuple[str, str]], list[tuple[str, str]]] | None:
        """(rows, columns) as (code, label) when the answer is a grid of cells; None: one cell."""
        return None

    def sheet_options(self, value: Any) -> list[str]:
        """The words an answer cell may hold, offered as an in-cell list ([]: free input)."""
        return []

    def sheet_hint(self, value: Any) -> str:
        """How to write an answer in a cell, when the allowed answers do not say it."""
        return ""

    def sheet_value(self, value: Any, stored: Any) -> Any:
        """The stored answer as its cell holds it (a grid: ``{row: {column: cell}}``)."""
        return stored

    def sheet_input(self, value: Any, raw: Any) -> Any:
        """What a cell holds, as this question's form field takes it from a browser.

        The step form's own field then cleans it, so a spreadsheet is read exactly as the
        step reads what is typed. A grid takes and gives ``{row: {column: …}}``.
        """
        return "" if raw is None else str(raw).strip()

    # --- demo data and benchmarks -----------------------------------------------------------
    def sample_answer(self, value: Any, rng: Random, *, scale: float = 1.0) -> Any:
        """A plausible stored answer for demo data (``scale`` sizes figures: a bigger town)."""
        return None

    # --- the checks of a rubric (surveys/checks.py) ---------------------------------------
    def accepts_number(self, value: Any, part: tuple[str, ...]) -> bool:
        """Whether a check may read this answer (or this part of it) as a number."""
        return False

    def number(self, value: Any, stored: Any, part: tuple[str, ...] = ()) -> Decimal | None:
        """The stored answer (or a part of it) as a number; None when there is none."""
        return None

    def number_parts(self, value: Any) -> list[tuple[str, ...]]:
        """Every part a check may read as a number (``()``: the whole answer), in order."""
        return []

    def number_problem(self, value: Any, part: tuple[str, ...]) -> str | None:
        """Why a check cannot read this answer (or this part) as a number; None when it can.

        Said in Dutch for the project team writing the check (``surveys.rules``).
        """
        if self.accepts_number(value, part):
            return None
        return _(
            "Vraag %(code)s is van het type '%(type)s': een controle kan er niet mee rekenen."
        ) % {"code": value["code"], "type": self.type_label}

    class Meta:
        icon = "help"
        form_classname = "question-block"


def struct_errors(
    **errors: ValidationError | ListBlockValidationError,
) -> StructBlockValidationError:
    return StructBlockValidationError(block_errors=errors)
