"""Downloading the PDFs: served from private storage, or a page that says one is being made.

The "being made" page does not refresh itself (WCAG 2.2.1): a small script
(theme/js/report-status.js) asks the report's status address, checked exactly like the
download, and offers the link once the file is there; a plain link works without it.
"""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
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


def _failed(report: GeneratedReport | None) -> bool:
    return report is not None and report.status == GeneratedReport.Status.FAILED


def _being_made(
    request: HttpRequest,
    *,
    title: str,
    report: GeneratedReport | None,
    back_url: str,
    status_url: str,
    **extra,
) -> HttpResponse:
    response = render(
        request,
        "reports/report_building.html",
        {
            "title": title,
            "report": report,
            "failed": _failed(report),
            "status_url": status_url,
            "back_url": back_url,
            **extra,
        },
    )
    response["Cache-Control"] = "no-store"
    return response


def _status(
    report: GeneratedReport | None, *, ready: bool, url: str, link_text: str, heading: str
) -> JsonResponse:
    """What the "being made" page's script reads: building, failed (tried again) or ready."""
    link: dict[str, str] | None = None
    if ready:
        state, message = "ready", _("Het PDF-bestand is klaar.")
        link = {"url": url, "text": link_text}
    elif _failed(report):
        state = "failed"
        message = _(
            "Het maken van het PDF-bestand is de vorige keer mislukt. We proberen het opnieuw."
        )
    else:
        state = "building"
        message = _("Het PDF-bestand wordt nu gemaakt. Dat duurt meestal minder dan een minuut.")
    response = JsonResponse(
        {
            "state": state,
            "heading": heading if ready else "",
            "message": message,
            "link": link,
        }
    )
    response["Cache-Control"] = "no-store"
    return response


def _overview_report_asked(
    report: GeneratedReport | None, campaign: CampaignPage
) -> GeneratedReport | None:
    """The overview's report; a build is asked for unless one is on its way."""
    if not selectors.build_pending(report):
        report = services.question_overview_request(campaign=campaign)
    return report


class QuestionOverviewPDFView(View):
    """The question overview of a campaign: public, also before the registration opens."""

    def get(self, request: HttpRequest, werkjaar: int) -> HttpResponseBase:
        campaign = _campaign(werkjaar)
        report = selectors.question_overview_report(campaign=campaign)
        stored = _stored_pdf(report, f"vragenoverzicht-{werkjaar}.pdf", private=False)
        if stored is not None:
            return stored
        return _being_made(
            request,
            title=_("Het overzicht wordt gemaakt…"),
            report=_overview_report_asked(report, campaign),
            back_url=campaign.url or "/",
            status_url=reverse("reports:question_overview_status", kwargs={"werkjaar": werkjaar}),
            campaign=campaign,
        )


class QuestionOverviewStatusView(View):
    """The status of the question overview's file, for the page that waits for it (JSON)."""

    def get(self, request: HttpRequest, werkjaar: int) -> JsonResponse:
        campaign = _campaign(werkjaar)
        report = selectors.question_overview_report(campaign=campaign)
        ready = selectors.report_file_available(report)
        if not ready:
            report = _overview_report_asked(report, campaign)
        return _status(
            report,
            ready=ready,
            url=reverse("reports:question_overview", kwargs={"werkjaar": werkjaar}),
            link_text=_("Het vragenoverzicht openen (PDF)"),
            heading=_("Het overzicht is klaar"),
        )


class CurrentQuestionOverviewView(View):
    """A stable address for the overview of the current campaign (for invitations and mails)."""

    def get(self, request: HttpRequest) -> HttpResponseBase:
        campaign = campaign_open_for_registration()
        if campaign is None:
            raise Http404(_("Er is nog geen bevragingsronde gepubliceerd."))
        return redirect("reports:question_overview", werkjaar=campaign.werkjaar)


def _answers_access(
    request: HttpRequest, werkjaar: int, nis: str
) -> tuple[CampaignPage, Municipality]:
    """The campaign and municipality of an answers PDF, for who may view its data."""
    campaign = _campaign(werkjaar)
    municipality = get_object_or_404(Municipality, nis_code=nis)
    require(request.user, Action.VIEW_DATA, municipality)
    return campaign, municipality


def _answers_report_current(
    campaign: CampaignPage, municipality: Municipality
) -> tuple[GeneratedReport | None, bool]:
    """The answers report and whether its stored file shows the current answers."""
    report = selectors.answers_report(campaign=campaign, municipality=municipality)
    version = selectors.answers_data_version(campaign=campaign, municipality=municipality)
    return report, report is not None and report.data_version == version


def _answers_report_asked(
    report: GeneratedReport | None, campaign: CampaignPage, municipality: Municipality, by
) -> GeneratedReport | None:
    """The answers report; a build is asked for unless one is on its way."""
    if not selectors.build_pending(report):
        report = services.answers_report_request(
            campaign=campaign, municipality=municipality, by=by
        )
    return report


class AnswersPDFView(View):
    """A municipality's answers: one rubric on request, the whole campaign built by Celery."""

    def get(self, request: HttpRequest, werkjaar: int, nis: str) -> HttpResponseBase:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        campaign, municipality = _answers_access(request, werkjaar, nis)

        rubric_code = request.GET.get("rubriek", "").strip().upper()
        if rubric_code:
            rubric = questionnaire_for_campaign(campaign=campaign).rubric(rubric_code)
            if rubric is None:
                raise Http404(_("Deze rubriek bestaat niet."))
            rendered = services.rubric_answers_pdf(
                campaign=campaign, municipality=municipality, rubric=rubric, by=request.user
            )
            return _pdf(rendered.content, f"antwoorden-{werkjaar}-{nis}-{rubric.code}.pdf")

        report, current = _answers_report_current(campaign, municipality)
        if current:
            stored = _stored_pdf(report, f"antwoorden-{werkjaar}-{nis}.pdf", private=True)
            if stored is not None:
                return stored
        kwargs = {"werkjaar": werkjaar, "nis": nis}
        return _being_made(
            request,
            title=_("Het PDF-bestand met uw antwoorden wordt gemaakt…"),
            report=_answers_report_asked(report, campaign, municipality, request.user),
            back_url=reverse("surveys:overview", kwargs=kwargs),
            status_url=reverse("reports:answers_status", kwargs=kwargs),
            campaign=campaign,
            municipality=municipality,
        )


class AnswersStatusView(View):
    """The status of a municipality's answers PDF (JSON): checked exactly like the download."""

    def get(self, request: HttpRequest, werkjaar: int, nis: str) -> HttpResponseBase:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        campaign, municipality = _answers_access(request, werkjaar, nis)
        report, current = _answers_report_current(campaign, municipality)
        ready = current and selectors.report_file_available(report)
        if not ready:
            report = _answers_report_asked(report, campaign, municipality, request.user)
        return _status(
            report,
            ready=ready,
            url=reverse("reports:answers", kwargs={"werkjaar": werkjaar, "nis": nis}),
            link_text=_("Het PDF-bestand openen"),
            heading=_("Het PDF-bestand met uw antwoorden is klaar"),
        )
