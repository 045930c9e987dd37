"""A published questionnaire as plain objects: rubrics → themes → questions.

Built from the live pages by ``surveys.selectors``; the forms, the API and the reports
read questions through these objects rather than through StreamField internals.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.utils.functional import cached_property

from .blocks import QuestionBlock


@dataclass(frozen=True)
class Condition:
    question: str
    operator: str
    value: str


@dataclass(frozen=True, eq=False)
class Question:
    """One question block of a theme, recognised by its StreamField block id."""

    id: str
    block: QuestionBlock
    value: Any
    position: int

    @property
    def code(self) -> str:
        return self.value["code"]

    @property
    def text(self) -> str:
        return self.value["text"]

    @property
    def help_text(self) -> str:
        return self.value["help_text"] or ""

    @property
    def required(self) -> bool:
        return bool(self.value["required"])

    @property
    def type_code(self) -> str:
        return self.block.type_code

    @property
    def type_label(self) -> str:
        return str(self.block.type_label)

    @property
    def definitions(self) -> list[Any]:
        return [definition for definition in self.value["definitions"] if definition is not None]

    @property
    def condition(self) -> Condition | None:
        raw = self.value["condition"]
        if not raw or not raw.get("question"):
            return None
        return Condition(
            question=raw["question"].strip(),
            operator=raw.get("operator") or "equals",
            value=(raw.get("value") or "").strip(),
        )

    @property
    def special_choices(self) -> list[tuple[str, str]]:
        return self.block.special_choices(self.value)

    def form_field(self) -> Any:
        return self.block.form_field(self.value)

    def to_storage(self, cleaned: Any) -> Any:
        return self.block.to_storage(self.value, cleaned)

    def to_initial(self, stored: Any) -> Any:
        return self.block.to_initial(self.value, stored)

    def is_answered(self, stored: Any) -> bool:
        return self.block.is_answered(self.value, stored)

    def display(self, stored: Any) -> str:
        return self.block.display(self.value, stored)

    def export_cells(self, stored: Any) -> list[Any]:
        return self.block.export_cells(self.value, stored)

    def describe(self) -> dict[str, Any]:
        return self.block.describe(self.value)

    # --- the spreadsheet round trip (surveys/spreadsheets) ---------------------------------
    def sheet_grid(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]]] | None:
        return self.block.sheet_grid(self.value)

    def sheet_options(self) -> list[str]:
        return self.block.sheet_options(self.value)

    def sheet_hint(self) -> str:
        return self.block.sheet_hint(self.value)

    def sheet_value(self, stored: Any) -> Any:
        return self.block.sheet_value(self.value, stored)

    def sheet_input(self, raw: Any) -> Any:
        return self.block.sheet_input(self.value, raw)

    @property
    def sheet_number_format(self) -> str:
        return self.block.sheet_number_format

    def describe_settings(self) -> str:
        return self.block.describe_settings(self.value)

    @property
    def previous_code(self) -> str:
        """The code this question had in the previous campaign (its own when unchanged)."""
        return (self.value.get("previous_code") or "").strip() or self.code

    @property
    def may_take_over(self) -> bool:
        return bool(self.value.get("may_take_over"))

    def accepts_number(self, part: tuple[str, ...] = ()) -> bool:
        return self.block.accepts_number(self.value, part)

    def number(self, stored: Any, part: tuple[str, ...] = ()) -> Any:
        return self.block.number(self.value, stored, part)

    def number_parts(self) -> list[tuple[str, ...]]:
        return self.block.number_parts(self.value)

    def number_problem(self, part: tuple[str, ...] = ()) -> str | None:
        return self.block.number_problem(self.value, part)

    @property
    def grouped(self) -> bool:
        return self.block.grouped

    def answer_format(self) -> list[str]:
        return self.block.answer_format(self.value)

    def answer_codes(self) -> set[str]:
        return self.block.answer_codes(self.value)

    def option_label(self, code: str) -> str:
        return self.block.option_label(self.value, code)

    def api_fields(self) -> dict[str, Any]:
        return self.block.api_fields(self.value)

    def condition_targets(self) -> dict[str, set[str]]:
        return self.block.condition_targets(self.value)

    def condition_holds(self, stored: Any, operator: str, expected: str) -> bool:
        return self.block.condition_holds(self.value, stored, operator, expected)


def questions_of_stream(stream: Any) -> list[Question]:
    """The questions of a theme's StreamField value, in order."""
    return [
        Question(id=child.id, block=child.block, value=child.value, position=position)
        for position, child in enumerate(stream)
    ]


@dataclass(frozen=True, eq=False)
class Check:
    """One check of a rubric's answers (a block of the RubricPage's checks)."""

    id: str
    block: Any
    value: Any

    @property
    def kind(self) -> str:
        return self.block.kind

    @property
    def code(self) -> str:
        return self.value["code"]

    @property
    def message(self) -> str:
        return self.value["message"]

    @property
    def severity(self) -> str:
        return self.value["severity"]

    @property
    def list_fields(self) -> tuple[str, ...]:
        return self.block.list_fields

    def references(self) -> list[tuple[str, str]]:
        return self.block.references(self.value)

    def question_codes(self) -> list[tuple[str, str]]:
        return self.block.question_codes(self.value)


def checks_of_stream(stream: Any) -> list[Check]:
    return [Check(id=child.id, block=child.block, value=child.value) for child in stream]


@dataclass(eq=False)
class Theme:
    page_id: int
    title: str
    slug: str
    intro: str
    questions: list[Question]
    rubric: Rubric | None = field(default=None, repr=False)


@dataclass(eq=False)
class Rubric:
    page_id: int
    code: str
    title: str
    slug: str
    intro: str
    themes: list[Theme]
    checks: list[Check] = field(default_factory=list)

    def questions(self) -> Iterator[Question]:
        for theme in self.themes:
            yield from theme.questions

    @cached_property
    def by_code(self) -> dict[str, Question]:
        return {question.code: question for question in self.questions()}

    def theme(self, slug: str) -> Theme | None:
        return next((theme for theme in self.themes if theme.slug == slug), None)

    def visible_codes(self, answers: Mapping[str, Any]) -> set[str]:
        """Codes of the questions shown for these stored answers (conditions evaluated)."""
        visible: set[str] = set()
        for question in self.questions():
            condition = question.condition
            if condition is None:
                visible.add(question.code)
                continue
            target = self.by_code.get(condition.question)
            if target is None or target.code not in visible:
                continue
            if target.condition_holds(
                answers.get(target.code), condition.operator, condition.value
            ):
                visible.add(question.code)
        return visible


@dataclass(eq=False)
class Questionnaire:
    campaign: Any
    rubrics: list[Rubric]

    def rubric(self, code: str) -> Rubric | None:
        return next((rubric for rubric in self.rubrics if rubric.code == code), None)

    def questions(self) -> Iterator[Question]:
        for rubric in self.rubrics:
            yield from rubric.questions()

    def question_count(self) -> int:
        return sum(1 for _question in self.questions())
