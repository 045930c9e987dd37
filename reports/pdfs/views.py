"""Downloading the PDFs: served from private storage, or a page that says one is being made."""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from roles.models import Municipality
from roles.permissions import Action, require
from surveys.models import CampaignPage
from surveys.selectors import (
    campaign_live_by_werkjaar,
    campaign_open_for_registration,
    questionnaire_for_campaign,
)

from ..models import GeneratedReport
from ..storage import private_storage
from . import selectors, services

#: Seconds before the "being made" page asks again.
REFRESH_SECONDS = 10


def _campaign(werkjaar: int) -> CampaignPage:
    campaign = campaign_live_by_werkjaar(werkjaar=werkjaar)
    if campaign is None:
        raise Http404(_("Er is geen bevragingsronde voor dit werkjaar."))
    return campaign


def _stored_pdf(
    report: GeneratedReport | None, filename: str, *, private: bool
) -> FileResponse | None:
    """The stored file of the report, or None when there is none (yet, or any more)."""
    if report is None or not report.file_name:
        return None
    try:
        file = private_storage.open(report.file_name, "rb")
    except FileNotFoundError:
        return None  # replaced by a newer build in the meantime
    response = FileResponse(
        file,
        content_type="application/pdf",
        as_attachment=False,
        filename=filename,
    )
    # Public files may be cached but must be checked again: a publish replaces them.
    response["Cache-Control"] = "private, no-store" if private else "no-cache"
    return response


def _pdf(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _being_made(
    request: HttpRequest, *, title: str, report: GeneratedReport | None, back_url: str, **extra
) -> HttpResponse:
    response = render(
        request,
        "reports/report_building.html",
        {
            "title": title,
            "report": report,
            "failed": report is not None and report.status == GeneratedReport.Status.FAILED,
            "refresh_seconds": REFRESH_SECONDS,
            "back_url": back_url,
            **extra,
        },
    )
    response["Cache-Control"] = "no-store"
    return response


class QuestionOverviewPDFView(View):
    """The question overview of a campaign: public, also before the registration opens."""

    def get(self, request: HttpRequest, werkjaar: int) -> HttpResponseBase:
        campaign = _campaign(werkjaar)
        report = selectors.question_overview_report(campaign=campaign)
        stored = _stored_pdf(report, f"vragenoverzicht-{werkjaar}.pdf", private=False)
        if stored is not None:
            return stored
        if not selectors.build_pending(report):
            report = services.question_overview_request(campaign=campaign)
        return _being_made(
            request,
            title=_("Het overzicht wordt gemaakt…"),
            report=report,
            back_url=campaign.url or "/",
            campaign=campaign,
        )


class CurrentQuestionOverviewView(View):
    """A stable address for the overview of the current campaign (for invitations and mails)."""

    def get(self, request: HttpRequest) -> HttpResponseBase:
        campaign = campaign_open_for_registration()
        if campaign is None:
            raise Http404(_("Er is nog geen bevragingsronde gepubliceerd."))
        return redirect("reports:question_overview", werkjaar=campaign.werkjaar)


class AnswersPDFView(View):
    """A municipality's answers: one rubric on request, the whole campaign built by Celery."""

    def get(self, request: HttpRequest, werkjaar: int, nis: str) -> HttpResponseBase:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        campaign = _campaign(werkjaar)
        municipality = get_object_or_404(Municipality, nis_code=nis)
        require(request.user, Action.VIEW_DATA, municipality)

        rubric_code = request.GET.get("rubriek", "").strip().upper()
        if rubric_code:
            rubric = questionnaire_for_campaign(campaign=campaign).rubric(rubric_code)
            if rubric is None:
                raise Http404(_("Deze rubriek bestaat niet."))
            rendered = services.rubric_answers_pdf(
                campaign=campaign, municipality=municipality, rubric=rubric, by=request.user
            )
            return _pdf(rendered.content, f"antwoorden-{werkjaar}-{nis}-{rubric.code}.pdf")

        report = selectors.answers_report(campaign=campaign, municipality=municipality)
        version = selectors.answers_data_version(campaign=campaign, municipality=municipality)
        if report is not None and report.data_version == version:
            stored = _stored_pdf(report, f"antwoorden-{werkjaar}-{nis}.pdf", private=True)
            if stored is not None:
                return stored
        if not selectors.build_pending(report):
            report = services.answers_report_request(
                campaign=campaign, municipality=municipality, by=request.user
            )
        return _being_made(
            request,
            title=_("Het PDF-bestand met uw antwoorden wordt gemaakt…"),
            report=report,
            back_url=reverse("surveys:overview", kwargs={"werkjaar": werkjaar, "nis": nis}),
            campaign=campaign,
            municipality=municipality,
        )
