"""Reads of the questionnaire. Only published (live) content unless said otherwise."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from roles.models import Municipality
from roles.permissions import Action, filter_for

from .models import (
    Answer,
    AuditEntry,
    CampaignPage,
    Participation,
    RubricPage,
    RubricResponse,
    RubricStatus,
    ThemePage,
)
from .phases import Phase
from .questionnaire import Question, Questionnaire, Rubric, Theme, questions_of_stream


def campaigns_live() -> QuerySet[CampaignPage]:
    return CampaignPage.objects.live().order_by("-werkjaar")


def campaign_live_by_werkjaar(*, werkjaar: int) -> CampaignPage | None:
    return campaigns_live().filter(werkjaar=werkjaar).first()


def questionnaire_for_campaign(*, campaign: CampaignPage) -> Questionnaire:
    """The published rubrics, themes and questions of a campaign, in tree order."""
    rubric_pages = RubricPage.objects.live().child_of(campaign).order_by("path")
    theme_pages = ThemePage.objects.live().descendant_of(campaign).order_by("path")
    rubrics: dict[str, Rubric] = {}
    for page in rubric_pages:
        rubrics[page.path] = Rubric(
            page_id=page.pk,
            code=page.code,
            title=page.title,
            slug=page.slug,
            intro=page.intro,
            themes=[],
        )
    for page in theme_pages:
        rubric = rubrics.get(page.path[: -ThemePage.steplen])
        if rubric is None:
            continue  # the theme's rubric is not published
        theme = Theme(
            page_id=page.pk,
            title=page.title,
            slug=page.slug,
            intro=page.intro,
            questions=questions_of_stream(page.body),
            rubric=rubric,
        )
        rubric.themes.append(theme)
    return Questionnaire(campaign=campaign, rubrics=list(rubrics.values()))


# --- registration reads -----------------------------------------------------------


def effective_closing_date(
    *, campaign: CampaignPage, participation: Participation | None
) -> datetime.date:
    extension = participation.extension_until if participation else None
    return max(campaign.closing_date, extension) if extension else campaign.closing_date


def effective_deadline(
    *, campaign: CampaignPage, participation: Participation | None
) -> datetime.date:
    extension = participation.extension_until if participation else None
    deadline = campaign.confirmation_deadline
    return max(deadline, extension) if extension else deadline


def campaign_phase(
    *,
    campaign: CampaignPage,
    participation: Participation | None = None,
    today: datetime.date | None = None,
) -> Phase:
    """The one definition of the campaign phase of a participation on a day (Brussels time).

    Before the opening date: nothing can be entered. From opening to closing date (or the
    municipality's own extension): entry and confirmation. Then until the confirmation
    deadline (or the extension): confirmation only. Afterwards: closed.
    """
    today = today or timezone.localdate()
    if today < campaign.opening_date:
        return Phase.BEFORE_OPENING
    if today <= effective_closing_date(campaign=campaign, participation=participation):
        return Phase.ENTRY
    if today <= effective_deadline(campaign=campaign, participation=participation):
        return Phase.CONFIRMATION
    return Phase.CLOSED


@dataclass
class Completion:
    """Completion of a rubric (or theme) for a set of stored answers."""

    applicable: int = 0
    answered: int = 0
    open_required: list[Question] = field(default_factory=list)
    visible_codes: set[str] = field(default_factory=set)

    @property
    def percentage(self) -> int:
        return round(100 * self.answered / self.applicable) if self.applicable else 0

    @property
    def complete(self) -> bool:
        return not self.open_required


def answer_counts(question: Question, answer: Answer | None) -> bool:
    """An applicable question counts as answered with a value, onbekend or niet van toepassing."""
    if answer is None:
        return False
    return bool(answer.special) or question.is_answered(answer.value)


def completion(
    *, rubric: Rubric, answers: dict[str, Answer], questions: list[Question] | None = None
) -> Completion:
    """The one definition of completion: answered applicable questions / applicable ones.

    "Applicable" means visible under the conditions; "answered" includes onbekend and niet
    van toepassing. ``questions`` narrows the count to one theme.
    """
    values = {code: answer.value for code, answer in answers.items() if not answer.special}
    visible = rubric.visible_codes(values)
    result = Completion(visible_codes=visible)
    for question in questions if questions is not None else rubric.questions():
        if question.code not in visible:
            continue
        result.applicable += 1
        if answer_counts(question, answers.get(question.code)):
            result.answered += 1
        elif question.required:
            result.open_required.append(question)
    return result


def answers_for_rubric(*, participation: Participation | None, rubric: Rubric) -> dict[str, Answer]:
    if participation is None or participation.pk is None:
        return {}
    codes = list(rubric.by_code)
    return {
        answer.question_code: answer
        for answer in Answer.objects.filter(participation=participation, question_code__in=codes)
    }


def participation_for(
    *, municipality: Municipality, campaign: CampaignPage
) -> Participation | None:
    return (
        Participation.objects.select_related("municipality", "campaign")
        .filter(municipality=municipality, campaign=campaign)
        .first()
    )


def rubric_response_for(
    *, participation: Participation | None, rubric_page_id: int
) -> RubricResponse | None:
    if participation is None:
        return None
    return (
        RubricResponse.objects.select_related("confirmed_by", "reopened_by", "participation")
        .filter(participation=participation, rubric_id=rubric_page_id)
        .first()
    )


def campaign_open_for_registration() -> CampaignPage | None:
    """The campaign people register in now: the newest live one that has opened, else the next."""
    today = timezone.localdate()
    live = campaigns_live()
    return live.filter(opening_date__lte=today).first() or live.order_by("werkjaar").first()


def municipalities_for_user(user: Any) -> list[Municipality]:
    """Municipalities whose data the user may view (all of them for the project team)."""
    return list(filter_for(user, Action.VIEW_DATA, Municipality.objects.order_by("name")))


@dataclass
class RubricOverview:
    rubric: Rubric
    response: RubricResponse | None

    @property
    def status(self) -> str:
        return self.response.status if self.response else RubricStatus.NOT_STARTED

    @property
    def status_label(self) -> str:
        return RubricStatus(self.status).label

    @property
    def percentage(self) -> int:
        return self.response.percentage if self.response else 0


def status_overview(
    *, questionnaire: Questionnaire, participation: Participation | None
) -> list[RubricOverview]:
    """Every rubric of the campaign with its response (one query for all responses)."""
    responses: dict[int, RubricResponse] = {}
    if participation is not None:
        responses = {
            response.rubric_id: response
            for response in RubricResponse.objects.select_related("confirmed_by").filter(
                participation=participation
            )
        }
    return [
        RubricOverview(rubric=rubric, response=responses.get(rubric.page_id))
        for rubric in questionnaire.rubrics
    ]


def audit_trail(*, participation: Participation, rubric_code: str) -> QuerySet[AuditEntry]:
    return AuditEntry.objects.select_related("by").filter(
        participation=participation, rubric_code=rubric_code
    )
