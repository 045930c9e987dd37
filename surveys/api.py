"""The published questionnaire as plain data for the JSON API."""

from __future__ import annotations

from typing import Any

from .questionnaire import Question, Questionnaire

#: The type-specific fields of a question in the API, for types that have none of them.
EMPTY_TYPE_FIELDS: dict[str, Any] = {
    "options": [],
    "unit": None,
    "min": None,
    "max": None,
    "table": None,
    "max_length": None,
}


def question_as_data(question: Question) -> dict[str, Any]:
    condition = question.condition
    return {
        "id": question.id,
        "code": question.code,
        "type": question.type_code,
        "text": question.text,
        "help_text": question.help_text,
        "required": question.required,
        "allow_unknown": bool(question.value["allow_unknown"]),
        "allow_not_applicable": bool(question.value["allow_not_applicable"]),
        # The code of this question in the previous campaign, when it changed since.
        "previous_code": question.previous_code
        if question.previous_code != question.code
        else None,
        "may_take_over": question.may_take_over,
        # The type-specific fields come from the question's block; every key is always there.
        **EMPTY_TYPE_FIELDS,
        **question.api_fields(),
        "definitions": [
            {"term": d.term, "explanation": d.explanation, "example": d.example}
            for d in question.definitions
        ],
        "condition": None
        if condition is None
        else {
            "question": condition.question,
            "operator": condition.operator,
            "value": condition.value,
        },
    }


def questionnaire_as_data(questionnaire: Questionnaire) -> dict[str, Any]:
    campaign = questionnaire.campaign
    return {
        "werkjaar": campaign.werkjaar,
        "title": campaign.title,
        "opening_date": campaign.opening_date.isoformat(),
        "closing_date": campaign.closing_date.isoformat(),
        "confirmation_deadline": campaign.confirmation_deadline.isoformat(),
        "rubrics": [
            {
                "code": rubric.code,
                "title": rubric.title,
                "themes": [
                    {
                        "slug": theme.slug,
                        "title": theme.title,
                        "questions": [question_as_data(q) for q in theme.questions],
                    }
                    for theme in rubric.themes
                ],
            }
            for rubric in questionnaire.rubrics
        ],
    }
