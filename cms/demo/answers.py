"""Plausible answers of many municipalities, for the demo's earlier campaign.

Generated with a fixed seed, so every ``make demo`` gives the same figures; stored through
the save service (``answers_save``, as the system) and confirmed by the confirm service, so
they are answers like any other: audited, counted, checked.
"""

from __future__ import annotations

from random import Random
from typing import Any

from django.db import transaction

from roles.models import Municipality
from surveys.models import CampaignPage, RubricResponse, RubricStatus
from surveys.selectors import questionnaire_for_campaign
from surveys.services import AnswerInput, answers_save, rubric_confirm
from surveys.specials import SpecialAnswer

#: Share of the applicable questions a municipality answers, and of those "onbekend".
FILLED = (0.8, 0.97)
UNKNOWN = 0.03


def municipality_scale(municipality: Municipality, rng: Random) -> float:
    """A rough size of the municipality for its figures (bigger towns count more)."""
    return round(rng.lognormvariate(0, 0.5), 2)


def sample_rubric_answers(rubric: Any, rng: Random, *, scale: float) -> dict[str, AnswerInput]:
    """Answers to the rubric's questions that apply under the conditions of the answers."""
    values: dict[str, Any] = {}
    filled = rng.uniform(*FILLED)
    for question in rubric.questions():
        values[question.code] = question.block.sample_answer(question.value, rng, scale=scale)
    visible = rubric.visible_codes({code: v for code, v in values.items() if v is not None})
    answers = {}
    for question in rubric.questions():
        code = question.code
        if code not in visible or values.get(code) is None or rng.random() > filled:
            continue
        if question.special_choices and rng.random() < UNKNOWN:
            answers[code] = AnswerInput(special=SpecialAnswer.UNKNOWN)
        else:
            answers[code] = AnswerInput(value=values[code])
    return answers


def demo_answers_generate(
    *, campaign: CampaignPage, municipalities: list[Municipality], seed: int, confirm: bool
) -> int:
    """Save (and confirm) plausible answers of every rubric for these municipalities.

    Returns the number of answers saved. Each municipality is one transaction (the database
    is not held for the whole run); municipalities that already took part are left as they
    are, so running it again completes an interrupted run and otherwise changes nothing.
    The confirmations are history: nobody is e-mailed about them.
    """
    questionnaire = questionnaire_for_campaign(campaign=campaign)
    saved = 0
    for municipality in municipalities:
        with transaction.atomic():
            saved += _generate_one(questionnaire, campaign, municipality, seed, confirm)
    return saved


def _generate_one(
    questionnaire: Any, campaign: CampaignPage, municipality: Municipality, seed: int, confirm: bool
) -> int:
    if municipality.participations.filter(campaign=campaign).exists():
        return 0
    saved = 0
    rng = Random(f"{seed}-{municipality.nis_code}")
    scale = municipality_scale(municipality, rng)
    for rubric in questionnaire.rubrics:
        values = sample_rubric_answers(rubric, rng, scale=scale)
        if not values:
            continue
        result = answers_save(
            municipality=municipality,
            campaign=campaign,
            rubric=rubric,
            by=None,
            values=values,
            via="demogegevens",
            system=True,
        )
        saved += len(result.saved)
    if confirm:
        for response in RubricResponse.objects.filter(
            participation__campaign=campaign, participation__municipality=municipality
        ).exclude(status=RubricStatus.CONFIRMED):
            rubric_confirm(response=response, by=None, automatic=True, notify=False)
    return saved
