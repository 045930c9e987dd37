"""Reads of the questionnaire. Only published (live) content unless said otherwise."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db.models import QuerySet
from django.utils import timezone

from roles.models import Municipality
from roles.permissions import Action, filter_for

from .models import (
    Answer,
    AuditEntry,
    CampaignPage,
    Participation,
    RubricResponse,
    RubricStatus,
)
from .phases import Phase
from .questionnaire import Questionnaire, Rubric, Theme
from .sheets import (
    Completion,
    rubric_answers,
    sheet_from_answers,
)

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def campaigns_live() -> QuerySet[CampaignPage]:
    return CampaignPage.objects.live().order_by("-werkjaar")


def campaign_live_by_werkjaar(*, werkjaar: int) -> CampaignPage | None:
    return campaigns_live().select_related("previous_campaign").filter(werkjaar=werkjaar).first()


def questionnaire_for_campaign(*, campaign: CampaignPage) -> Questionnaire:
    """The published rubrics, themes and questions of a campaign, in tree order.

    Built once per state of the published pages and kept (see ``surveys.questionnaires``):
    a publish, unpublish, move or delete below the campaign, or an edited definition, gives
    a new state, so a stale questionnaire is never served.
    """
    from .questionnaires import cached_questionnaire

    return cached_questionnaire(campaign=campaign)


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


def completion(*, rubric: Rubric, answers: Mapping[str, Answer]) -> Completion:
    """The one definition of completion: answered applicable questions / applicable ones.

    "Applicable" means visible under the conditions; "answered" includes onbekend and niet
    van toepassing. It is the rubric sheet's count (``surveys.sheets``).
    """
    return sheet_from_answers(
        rubric=rubric, participation=None, response=None, answers=answers
    ).completion


def answers_for_rubric(*, participation: Participation | None, rubric: Rubric) -> dict[str, Answer]:
    """The stored answers of a rubric (one query); a whole sheet is ``rubric_sheet``."""
    return rubric_answers(participation=participation, rubric=rubric)


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
    #: Where the rubric and its steps are; the view knows the URLs and fills them in.
    url: str = ""
    theme_links: list[tuple[Theme, str]] = field(default_factory=list)

    @property
    def status(self) -> str:
        return self.response.status if self.response else RubricStatus.NOT_STARTED

    @property
    def status_label(self) -> StrOrPromise:
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
