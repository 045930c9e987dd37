"""A question type is one block class, registered in one place: nothing else asks for types.

The proof: a throwaway type, registered only in ``QUESTION_BLOCK_CLASSES``, goes through
the page's stream, the step form, the read model, the API, the question overview, the
answers PDF's lines and the export without any other code knowing it.
"""

from __future__ import annotations

import uuid
from types import SimpleNamespace
from typing import Any

import pytest
from django import forms

from surveys import blocks as question_blocks
from surveys.api import question_as_data
from surveys.blocks import ExportCell, QuestionBlock, QuestionStreamBlock
from surveys.blocks.fields import FastRadioSelect
from surveys.forms.step import ThemeStepForm
from surveys.models import Answer
from surveys.questionnaire import Questionnaire, Rubric, Theme, questions_of_stream
from surveys.sheets import sheet_from_answers


class RatingQuestionBlock(QuestionBlock):
    """A score from 1 to 5: the throwaway type of this test."""

    type_code = "rating"
    type_label = "Score op 5"
    grouped = True

    def form_field(self, value: Any) -> forms.Field:
        return forms.ChoiceField(
            choices=[(str(n), str(n)) for n in range(1, 6)],
            widget=FastRadioSelect,
            **self.field_kwargs(value),
        )

    def to_storage(self, value: Any, cleaned: Any) -> Any:
        return int(cleaned) if cleaned else None

    def to_initial(self, value: Any, stored: Any) -> Any:
        return None if stored is None else str(stored)

    def display(self, value: Any, stored: Any) -> str:
        return "" if stored is None else f"{stored} op 5"

    def export_cells(self, value: Any, stored: Any) -> list[ExportCell]:
        return [ExportCell("", "", stored)]

    def describe_settings(self, value: Any) -> str:
        return "van 1 tot 5"

    def api_fields(self, value: Any) -> dict[str, Any]:
        return {"min": "1", "max": "5"}

    class Meta:
        icon = "pick"


@pytest.fixture
def rating_registered(monkeypatch):
    monkeypatch.setattr(
        question_blocks,
        "QUESTION_BLOCK_CLASSES",
        [*question_blocks.QUESTION_BLOCK_CLASSES, RatingQuestionBlock],
    )


@pytest.mark.django_db
def test_a_new_question_type_needs_only_its_class_and_one_registration(rating_registered):
    stream_block = QuestionStreamBlock()
    assert "rating" in stream_block.child_blocks
    raw = [
        {
            "type": "rating",
            "id": str(uuid.uuid4()),
            "value": {
                "code": "TEV-99",
                "text": "Hoe tevreden bent u?",
                "help_text": "",
                "required": True,
                "allow_unknown": True,
                "allow_not_applicable": False,
                "definitions": [],
                "condition": {"question": "", "operator": "equals", "value": ""},
            },
        }
    ]
    questions = questions_of_stream(stream_block.to_python(raw))
    theme = Theme(
        page_id=1, title="Tevredenheid", slug="tevredenheid", intro="", questions=questions
    )
    rubric = Rubric(
        page_id=2, code="TEV", title="Tevredenheid", slug="tev", intro="", themes=[theme]
    )
    theme.rubric = rubric
    [question] = questions

    # The step form: the field, its radios, validation into a stored value.
    empty = sheet_from_answers(rubric=rubric, participation=None, response=None, answers={})
    page = ThemeStepForm(theme=theme, sheet=empty)
    html = str(page["q__TEV-99"])
    assert html.count('type="radio"') == 5 and 'value="4"' in html
    assert page.rows()[0].grouped
    posted = ThemeStepForm({"q__TEV-99": "4", "versions": "{}"}, theme=theme, sheet=empty)
    assert posted.is_valid(), posted.errors
    assert posted.answer_inputs()["TEV-99"].value == 4

    # The read model: answered, with its own display text.
    sheet = sheet_from_answers(
        rubric=rubric,
        participation=None,
        response=None,
        answers={"TEV-99": Answer(question_code="TEV-99", value=4)},
    )
    entry = sheet.entry("TEV-99")
    assert (entry.answered, entry.text, sheet.completion.answered) == (True, "4 op 5", 1)

    # The API, the question overview and the export read the block.
    data = question_as_data(question)
    assert (data["type"], data["min"], data["max"], data["options"]) == ("rating", "1", "5", [])
    assert question.answer_format() == ["Score op 5 – van 1 tot 5"]
    assert question.special_choices == [("onbekend", "Onbekend")]
    assert question.export_cells(4) == [ExportCell("", "", 4)]

    from reports.pdfs.selectors import AnswerLine, question_overview

    overview = question_overview(
        questionnaire=Questionnaire(campaign=SimpleNamespace(werkjaar=2099), rubrics=[rubric])
    )
    described = overview.rubrics[0].themes[0].questions[0]
    assert described.answer_format == ["Score op 5 – van 1 tot 5"]
    assert AnswerLine(entry).text == "4 op 5"


def test_the_block_list_is_declared_once():
    stream_block = QuestionStreamBlock()
    assert list(stream_block.child_blocks) == [
        cls.type_code for cls in question_blocks.QUESTION_BLOCK_CLASSES
    ]
