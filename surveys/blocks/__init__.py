"""Question blocks: one class per question type."""

from wagtail import blocks

from .base import (
    OPERATOR_CONTAINS,
    OPERATOR_EQUALS,
    SPECIAL_LABELS,
    SPECIAL_NOT_APPLICABLE,
    SPECIAL_UNKNOWN,
    ExportCell,
    QuestionBlock,
)
from .questions import (
    DateQuestionBlock,
    DecimalQuestionBlock,
    EuroQuestionBlock,
    IntegerQuestionBlock,
    LongTextQuestionBlock,
    MultipleChoiceQuestionBlock,
    PercentageQuestionBlock,
    ShortTextQuestionBlock,
    SingleChoiceQuestionBlock,
    TableQuestionBlock,
    YesNoQuestionBlock,
)

QUESTION_BLOCK_CLASSES: list[type[QuestionBlock]] = [
    IntegerQuestionBlock,
    DecimalQuestionBlock,
    EuroQuestionBlock,
    PercentageQuestionBlock,
    YesNoQuestionBlock,
    SingleChoiceQuestionBlock,
    MultipleChoiceQuestionBlock,
    ShortTextQuestionBlock,
    LongTextQuestionBlock,
    DateQuestionBlock,
    TableQuestionBlock,
]


class QuestionStreamBlock(blocks.StreamBlock):
    """The questions of one theme, in order. Block names are the type codes."""

    integer = IntegerQuestionBlock()
    decimal = DecimalQuestionBlock()
    euro = EuroQuestionBlock()
    percentage = PercentageQuestionBlock()
    yes_no = YesNoQuestionBlock()
    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    short_text = ShortTextQuestionBlock()
    long_text = LongTextQuestionBlock()
    date = DateQuestionBlock()
    table = TableQuestionBlock()

    class Meta:
        block_counts: dict = {}


__all__ = [
    "OPERATOR_CONTAINS",
    "OPERATOR_EQUALS",
    "QUESTION_BLOCK_CLASSES",
    "SPECIAL_LABELS",
    "SPECIAL_NOT_APPLICABLE",
    "SPECIAL_UNKNOWN",
    "ExportCell",
    "QuestionBlock",
    "QuestionStreamBlock",
] + [cls.__name__ for cls in QUESTION_BLOCK_CLASSES]
