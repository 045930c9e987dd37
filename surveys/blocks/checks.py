"""Checks of answers that the project team writes per rubric (validation and plausibility).

Not the editor rules of ``surveys/rules.py``, which guard the questionnaire itself: these
look at a municipality's answers. A check names questions by reference: a question code
(``FIN-01``), a row of a table (``AAN-01:cultuur``) or one cell (``AAN-01:cultuur:aantal``);
a table question alone stands for the sum of its cells. ``surveys/checks.py`` evaluates
them against a rubric's sheet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .base import OPERATOR_EQUALS, OPERATOR_LABELS, code_block

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

SEVERITY_ERROR = "fout"
SEVERITY_WARNING = "waarschuwing"
SEVERITIES = [
    (SEVERITY_ERROR, _("fout: de rubriek is niet volledig zolang ze geldt")),
    (SEVERITY_WARNING, _("waarschuwing: verbeteren of toelichten")),
]
REFERENCE_REGEX = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}(:[A-Za-z0-9_.-]{1,40}){0,2}$"


def reference_block(label: StrOrPromise, help_text: StrOrPromise = "") -> blocks.RegexBlock:
    return blocks.RegexBlock(
        regex=REFERENCE_REGEX,
        label=label,
        help_text=help_text
        or _("Een vraagcode, of code:rij of code:rij:kolom voor een deel van een tabel."),
        error_messages={
            "invalid": _(
                "Schrijf een vraagcode, eventueel met :rij of :rij:kolom, bv. AAN-01:jeugd."
            )
        },
    )


def split_reference(reference: str) -> tuple[str, tuple[str, ...]]:
    """``"AAN-01:jeugd"`` → ``("AAN-01", ("jeugd",))``."""
    code, *part = (reference or "").strip().split(":")
    return code, tuple(part)


class CheckBlock(blocks.StructBlock):
    """The common part of every check: its code, its message and how serious it is."""

    kind: ClassVar[str] = ""
    #: Fields that hold a list of references (their errors are shown per item).
    list_fields: ClassVar[tuple[str, ...]] = ()

    code = code_block(
        _("Code van de controle"),
        _("Uniek binnen de rubriek, bv. FIN-C1. Staat in het overzicht van de datakwaliteit."),
    )
    message = blocks.CharBlock(
        label=_("Boodschap"),
        max_length=300,
        help_text=_("Wat de gemeente ziet, in gewone taal. De cijfers komen er vanzelf bij."),
    )
    severity = blocks.ChoiceBlock(choices=SEVERITIES, default=SEVERITY_WARNING, label=_("Ernst"))

    def references(self, value: Any) -> list[tuple[str, str]]:
        """(field name, reference) of every question this check reads as a number."""
        return []

    def question_codes(self, value: Any) -> list[tuple[str, str]]:
        """(field name, code) of questions read as an answer, not as a number."""
        return []

    class Meta:
        icon = "warning"


class SumCheckBlock(CheckBlock):
    """The parts add up to the total, within a tolerance."""

    kind = "sum"
    list_fields = ("parts",)

    parts = blocks.ListBlock(
        reference_block(_("Deel")), min_num=1, label=_("Delen"), collapsed=False
    )
    total = reference_block(_("Totaal"))
    tolerance = blocks.DecimalBlock(
        required=False, default=0, min_value=0, label=_("Toegelaten verschil")
    )

    def references(self, value: Any) -> list[tuple[str, str]]:
        return [("parts", part) for part in value["parts"]] + [("total", value["total"])]

    class Meta:
        icon = "plus"
        label = _("Som van delen = totaal")


class CompareCheckBlock(CheckBlock):
    """One answer is at most another (a part is not larger than its whole)."""

    kind = "compare"

    smaller = reference_block(_("Deze vraag"))
    larger = reference_block(_("is hoogstens"))

    def references(self, value: Any) -> list[tuple[str, str]]:
        return [("smaller", value["smaller"]), ("larger", value["larger"])]

    class Meta:
        icon = "arrow-down"
        label = _("Vraag ≤ andere vraag")


class RequiredWhenCheckBlock(CheckBlock):
    """A question needs an answer when another has a given answer."""

    kind = "required_when"

    question = code_block(_("Deze vraag moet beantwoord zijn"))
    when_question = code_block(_("als vraag"))
    operator = blocks.ChoiceBlock(
        choices=list(OPERATOR_LABELS.items()), default=OPERATOR_EQUALS, label=_("Voorwaarde")
    )
    value = blocks.CharBlock(label=_("Antwoord (code)"), help_text=_("Bv. ja, of een optiecode."))

    def question_codes(self, value: Any) -> list[tuple[str, str]]:
        return [("question", value["question"]), ("when_question", value["when_question"])]

    class Meta:
        icon = "help"
        label = _("Verplicht als …")


class ChangeCheckBlock(CheckBlock):
    """A figure that changed more than a percentage since the previous campaign."""

    kind = "change"

    question = reference_block(_("Vraag"))
    percentage = blocks.DecimalBlock(
        min_value=0, default=50, label=_("Meer dan … % verschil met de vorige campagne")
    )
    minimum = blocks.DecimalBlock(
        min_value=0,
        default=5,
        label=_("en meer dan … verschil in absolute waarde"),
        help_text=_("Zo valt 2 → 3 niet op, al is dat 50 %."),
    )

    def references(self, value: Any) -> list[tuple[str, str]]:
        return [("question", value["question"])]

    class Meta:
        icon = "history"
        label = _("Verandering t.o.v. de vorige campagne")


class PeerRangeCheckBlock(CheckBlock):
    """A figure outside what most municipalities answered in the previous campaign."""

    kind = "peer_range"

    question = reference_block(_("Vraag"))

    def references(self, value: Any) -> list[tuple[str, str]]:
        return [("question", value["question"])]

    class Meta:
        icon = "group"
        label = _("Buiten het bereik van de andere gemeenten (P5–P95)")


CHECK_BLOCK_CLASSES: list[type[CheckBlock]] = [
    SumCheckBlock,
    CompareCheckBlock,
    RequiredWhenCheckBlock,
    ChangeCheckBlock,
    PeerRangeCheckBlock,
]


class CheckStreamBlock(blocks.StreamBlock):
    """The checks of one rubric."""

    def __init__(self, local_blocks=None, **kwargs):
        kinds = [(cls.kind, cls()) for cls in CHECK_BLOCK_CLASSES]
        super().__init__(local_blocks=kinds + list(local_blocks or []), **kwargs)

    class Meta:
        block_counts: dict = {}
