"""Resolving werkjaar / NIS / rubric from the URL into what the registration pages need."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import Http404
from django.urls import reverse

from roles.models import Municipality
from roles.permissions import Action, require

from ..models import CampaignPage, Participation, RubricResponse
from ..phases import Phase
from ..questionnaire import Questionnaire, Rubric
from ..selectors import (
    campaign_live_by_werkjaar,
    campaign_phase,
    questionnaire_for_campaign,
    rubric_response_for,
)
from ..sheets import RubricSheet, rubric_sheet


@dataclass(frozen=True)
class RegistrationLinks:
    """The addresses of one municipality's registration in one campaign."""

    werkjaar: int
    nis: str

    def overview(self) -> str:
        return reverse("surveys:overview", kwargs={"werkjaar": self.werkjaar, "nis": self.nis})

    def rubric(self, code: str) -> str:
        return reverse(
            "surveys:rubric", kwargs={"werkjaar": self.werkjaar, "nis": self.nis, "rubric": code}
        )

    def step(self, code: str, slug: str, *, question: str = "") -> str:
        url = reverse(
            "surveys:step",
            kwargs={"werkjaar": self.werkjaar, "nis": self.nis, "rubric": code, "step": slug},
        )
        return f"{url}#vraag-{question}" if question else url

    def assign(self, part: str = "") -> str:
        url = reverse("surveys:assign", kwargs={"werkjaar": self.werkjaar, "nis": self.nis})
        return f"{url}?deel={part}" if part else url

    def reassign(self, assignment_id: int) -> str:
        return reverse(
            "surveys:reassign",
            kwargs={"werkjaar": self.werkjaar, "nis": self.nis, "assignment": assignment_id},
        )

    def audit(self, code: str) -> str:
        return reverse(
            "surveys:audit_trail",
            kwargs={"werkjaar": self.werkjaar, "nis": self.nis, "rubric": code},
        )

    def spreadsheet(self, code: str) -> str:
        return reverse(
            "surveys:spreadsheet",
            kwargs={"werkjaar": self.werkjaar, "nis": self.nis, "rubric": code},
        )

    def spreadsheet_upload(self, code: str) -> str:
        return reverse(
            "surveys:spreadsheet_upload",
            kwargs={"werkjaar": self.werkjaar, "nis": self.nis, "rubric": code},
        )


@dataclass
class RegistrationContext:
    campaign: CampaignPage
    municipality: Municipality
    questionnaire: Questionnaire
    participation: Participation | None
    phase: Phase

    @property
    def links(self) -> RegistrationLinks:
        return RegistrationLinks(werkjaar=self.campaign.werkjaar, nis=self.municipality.nis_code)

    def rubric(self, code: str) -> Rubric:
        rubric = self.questionnaire.rubric(code)
        if rubric is None:
            raise Http404("Onbekende rubriek.")
        return rubric

    def response(self, rubric: Rubric) -> RubricResponse | None:
        return rubric_response_for(participation=self.participation, rubric_page_id=rubric.page_id)

    def sheet(self, rubric: Rubric) -> RubricSheet:
        """The rubric as this municipality filled it (the read model, ``surveys.sheets``)."""
        return rubric_sheet(
            participation=self.participation,
            rubric=rubric,
            municipality=self.municipality,
            campaign=self.campaign,
        )

    def guarded(self, rubric: Rubric, sheet: RubricSheet | None = None) -> Any:
        """The response, or an unsaved stand-in, to ask roles.permissions about a rubric."""
        response = sheet.response if sheet is not None else self.response(rubric)
        if response is not None:
            if self.participation is not None:
                response.participation = self.participation  # reuse the loaded campaign
            return response
        stand_in = RubricResponse(rubric_id=rubric.page_id)
        stand_in.participation = self.participation or Participation(
            municipality=self.municipality, campaign=self.campaign
        )
        return stand_in


def registration_context(*, user: Any, werkjaar: int, nis: str) -> RegistrationContext:
    """Look up the campaign and municipality; 404 when unknown, 403 without a view role."""
    campaign = campaign_live_by_werkjaar(werkjaar=werkjaar)
    if campaign is None:
        raise Http404("Onbekende campagne of gemeente.")
    # A participating municipality comes with its participation (one query).
    participation = (
        Participation.objects.select_related("municipality")
        .filter(campaign=campaign, municipality__nis_code=nis)
        .first()
    )
    if participation is not None:
        participation.campaign = campaign
        municipality = participation.municipality
    else:
        found = Municipality.objects.filter(nis_code=nis).first()
        if found is None:
            raise Http404("Onbekende campagne of gemeente.")
        municipality = found
    require(user, Action.VIEW_DATA, municipality)
    return RegistrationContext(
        campaign=campaign,
        municipality=municipality,
        questionnaire=questionnaire_for_campaign(campaign=campaign),
        participation=participation,
        phase=campaign_phase(campaign=campaign, participation=participation),
    )
