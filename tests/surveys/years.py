"""Two campaigns in a row: a closed werkjaar 2024 with confirmed answers, and 2025 after it."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone

from surveys.models import Answer, CampaignPage, RubricPage, RubricResponse, ThemePage
from surveys.selectors import questionnaire_for_campaign
from surveys.services import AnswerInput, answers_save, rubric_confirm
from tests.factories import build_campaign


def save_as_system(campaign: CampaignPage, municipality: Any, values: dict[str, Any]) -> None:
    """Store answers (code → value, or ("", special)) through the save service."""
    questionnaire = questionnaire_for_campaign(campaign=campaign)
    for rubric in questionnaire.rubrics:
        mine = {
            code: AnswerInput(
                value[0] if isinstance(value, tuple) else value,
                value[1] if isinstance(value, tuple) else "",
            )
            for code, value in values.items()
            if code in rubric.by_code
        }
        if mine:
            versions = dict(
                Answer.objects.filter(
                    participation__campaign=campaign,
                    participation__municipality=municipality,
                    question_code__in=list(mine),
                ).values_list("question_code", "version")
            )
            answers_save(
                municipality=municipality,
                campaign=campaign,
                rubric=rubric,
                by=None,
                values=mine,
                seen_versions=versions,
                system=True,
            )


def confirm_all(campaign: CampaignPage, municipality: Any) -> None:
    for response in RubricResponse.objects.filter(
        participation__campaign=campaign, participation__municipality=municipality
    ):
        rubric_confirm(response=response, by=None, automatic=True)


def build_two_years(home: Any, definitions: Any, rubrics: list[dict] | None = None):
    """2024 (opened 400 days ago, long closed) and 2025 (open now), linked."""
    today = timezone.localdate()
    previous = build_campaign(
        home,
        definitions=definitions,
        werkjaar=2024,
        rubrics=rubrics,
        opening_date=today - datetime.timedelta(days=400),
    )
    current = build_campaign(home, definitions=definitions, werkjaar=2025, rubrics=rubrics)
    current.previous_campaign = previous
    current.save_revision().publish()
    return previous, CampaignPage.objects.get(pk=current.pk)


def edit_question(campaign: CampaignPage, question: str, **settings: Any) -> None:
    """Change settings of one question of the campaign and publish its theme."""
    for theme in ThemePage.objects.descendant_of(campaign):
        raw = list(theme.body.raw_data)
        for block in raw:
            if block["value"]["code"] == question:
                block["value"].update(settings)
                theme.body = raw
                theme.save_revision().publish()
                return
    raise LookupError(question)


def set_checks(campaign: CampaignPage, rubric_code: str, checks: list[tuple[str, dict]]) -> None:
    """Give a rubric of the campaign its checks (kind, settings) and publish it."""
    rubric = RubricPage.objects.child_of(campaign).get(code=rubric_code)
    rubric.checks = [
        (kind, {"severity": "waarschuwing", "message": f"Controle {kind}", **value})
        for kind, value in checks
    ]
    rubric.save_revision().publish()
