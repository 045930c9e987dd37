"""The published questionnaire as plain data for the JSON API."""

from __future__ import annotations

from typing import Any

from .questionnaire import Question, Questionnaire


def question_as_data(question: Question) -> dict[str, Any]:
    condition = question.condition
    settings = question.describe()
    return {
        "id": question.id,
        "code": question.code,
        "type": question.type_code,
        "text": question.text,
        "help_text": question.help_text,
        "required": question.required,
        "allow_unknown": bool(question.value["allow_unknown"]),
        "allow_not_applicable": bool(question.value["allow_not_applicable"]),
        "options": settings.get("options", []),
        "unit": settings.get("unit"),
        "min": settings.get("min"),
        "max": settings.get("max"),
        "table": {key: settings[key] for key in ("rows", "columns", "cell_type", "show_totals")}
        if question.type_code == "table"
        else None,
        "max_length": settings.get("max_length"),
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
