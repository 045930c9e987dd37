"""Question blocks: one class per question type, registered once in QUESTION_BLOCK_CLASSES."""

from wagtail import blocks

from .base import OPERATOR_CONTAINS, OPERATOR_EQUALS, ExportCell, QuestionBlock
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

#: Every question type, in the order the page editor offers them. Adding a type means
#: writing its class (and its templates) and adding it here: nothing else asks for types.
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

    def __init__(self, local_blocks=None, **kwargs):
        types = [(cls.type_code, cls()) for cls in QUESTION_BLOCK_CLASSES]
        super().__init__(local_blocks=types + list(local_blocks or []), **kwargs)

    class Meta:
        block_counts: dict = {}


__all__ = [
    "OPERATOR_CONTAINS",
    "OPERATOR_EQUALS",
    "QUESTION_BLOCK_CLASSES",
    "ExportCell",
    "QuestionBlock",
    "QuestionStreamBlock",
] + [cls.__name__ for cls in QUESTION_BLOCK_CLASSES]
