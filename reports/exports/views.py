"""The project team's export screens in the Wagtail admin: choose a campaign, download.

Wagtail's admin sends who is not logged in to the login page and who has no admin access
away; every view here then asks ``roles.permissions`` for ``Action.EXPORT``. The job page
does not refresh itself (WCAG 2.2.1): theme/js/report-status.js asks the job's status.
"""

from __future__ import annotations

import io
from typing import Any

from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    JsonResponse,
    StreamingHttpResponse,
)
from django.http.response import HttpResponseBase
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from roles.permissions import Action, require
from surveys.models import CampaignPage
from surveys.selectors import campaign_live_by_werkjaar

from ..models import ExportJob
from ..storage import private_storage
from . import selectors, services, writers


def _campaign(werkjaar: int) -> CampaignPage:
    campaign = campaign_live_by_werkjaar(werkjaar=werkjaar)
    if campaign is None:
        raise Http404(_("Er is geen gepubliceerde bevragingsronde voor dit werkjaar."))
    return campaign


def _filename(werkjaar: int, extension: str) -> str:
    return f"vrijetijdsmonitor-{werkjaar}-antwoorden.{extension}"


class ExportBaseView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "download"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        require(request.user, Action.EXPORT)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("reports_exports:index"), "label": _("Export")},
            {"url": "", "label": self.get_page_title()},
        ]


class ExportIndexView(ExportBaseView):
    """The published campaigns, each with a CSV download and an XLSX request."""

    template_name = "reports/exports/index.html"
    page_title = gettext_lazy("Export van de antwoorden")

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [*self.breadcrumbs_items, {"url": "", "label": _("Export")}]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["campaigns"] = selectors.export_campaigns()
        context["jobs"] = selectors.export_jobs_recent(user=self.request.user)
        context["delimiter"] = writers.CSV_DELIMITER
        context["codebook_formats"] = ["csv", "xlsx", "json"]
        return context


class AnswersCsvView(View):
    """The CSV, streamed: written while it is sent, never whole in memory."""

    def get(self, request: HttpRequest, werkjaar: int) -> StreamingHttpResponse:
        require(request.user, Action.EXPORT)
        campaign = _campaign(werkjaar)
        rows = selectors.answer_export_rows(campaign=campaign)
        response = StreamingHttpResponse(
            writers.csv_chunks(rows), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{_filename(werkjaar, "csv")}"'
        return response


class AnswersXlsxRequestView(View):
    """Ask for an XLSX: a Celery task builds it; the job page waits for it."""

    def post(self, request: HttpRequest, werkjaar: int) -> HttpResponse:
        job = services.export_job_request(campaign=_campaign(werkjaar), by=request.user)
        return redirect("reports_exports:job", job_id=job.pk)


def _job(request: HttpRequest, job_id: int) -> ExportJob:
    job = selectors.export_job_for_user(user=request.user, job_id=job_id)
    if job is None:
        raise Http404(_("Deze export bestaat niet."))
    return job


class ExportJobView(ExportBaseView):
    """ "Being built" (a script watches the status), then the download link; or what went wrong."""

    template_name = "reports/exports/job.html"
    page_title = gettext_lazy("XLSX-export")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["job"] = _job(self.request, kwargs["job_id"])
        return context


class ExportJobStatusView(View):
    """The state of an XLSX export (JSON) for its page's script: checked like the download."""

    def get(self, request: HttpRequest, job_id: int) -> JsonResponse:
        require(request.user, Action.EXPORT)
        job = _job(request, job_id)
        werkjaar = job.campaign.werkjaar
        link: dict[str, str] | None = None
        heading = ""
        if job.status == ExportJob.Status.DONE:
            state = "ready"
            heading = _("De export van %(werkjaar)s is klaar") % {"werkjaar": werkjaar}
            message = ngettext(
                "De export van %(werkjaar)s is klaar: %(rows)s rij.",
                "De export van %(werkjaar)s is klaar: %(rows)s rijen.",
                job.row_count,
            ) % {"werkjaar": werkjaar, "rows": job.row_count}
            link = {
                "url": reverse("reports_exports:job_download", kwargs={"job_id": job.pk}),
                "text": _("XLSX %(werkjaar)s downloaden") % {"werkjaar": werkjaar},
            }
        elif job.status == ExportJob.Status.FAILED:
            state = "failed"
            heading = _("De export van %(werkjaar)s is mislukt") % {"werkjaar": werkjaar}
            message = _("De export van %(werkjaar)s is mislukt.") % {"werkjaar": werkjaar}
            link = {
                "url": reverse("reports_exports:job", kwargs={"job_id": job.pk}),
                "text": _("Opnieuw aanvragen"),
            }
        else:
            state = "building"
            message = _("Status: %(status)s.") % {"status": job.get_status_display()}
        response = JsonResponse(
            {
                "state": state,
                "heading": heading,
                "message": message,
                "link": link,
                "done": not job.is_pending,
            }
        )
        response["Cache-Control"] = "no-store"
        return response


class ExportJobDownloadView(View):
    """The finished XLSX from private storage."""

    def get(self, request: HttpRequest, job_id: int) -> FileResponse:
        require(request.user, Action.EXPORT)
        job = selectors.export_job_for_user(user=request.user, job_id=job_id)
        if job is None or job.status != ExportJob.Status.DONE or not job.file_name:
            raise Http404(_("Deze export is (nog) niet beschikbaar."))
        if not private_storage.exists(job.file_name):
            raise Http404(_("Het bestand van deze export is er niet meer."))
        return FileResponse(
            private_storage.open(job.file_name, "rb"),
            as_attachment=True,
            filename=_filename(job.campaign.werkjaar, "xlsx"),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )


class CodebookView(View):
    """The codebook of a campaign (every question and check) as CSV, XLSX or JSON."""

    def get(self, request: HttpRequest, werkjaar: int, fmt: str) -> HttpResponse:
        require(request.user, Action.EXPORT)
        if fmt not in ("csv", "xlsx", "json"):
            raise Http404(_("Het codeboek bestaat als csv, xlsx of json."))
        from surveys.selectors import questionnaire_for_campaign

        from ..codebook import selectors as codebook
        from ..codebook import writers as codebook_writers

        questionnaire = questionnaire_for_campaign(campaign=_campaign(werkjaar))
        name = f"vrijetijdsmonitor-{werkjaar}-codeboek.{fmt}"
        if fmt == "json":
            response: HttpResponse = JsonResponse(
                codebook.codebook_data(questionnaire), json_dumps_params={"ensure_ascii": False}
            )
        elif fmt == "csv":
            response = HttpResponse(
                codebook_writers.codebook_csv(codebook.question_rows(questionnaire)),
                content_type="text/csv; charset=utf-8",
            )
        else:
            buffer = io.BytesIO()
            codebook_writers.codebook_xlsx(
                codebook.question_rows(questionnaire), codebook.check_rows(questionnaire), buffer
            )
            response = HttpResponse(
                buffer.getvalue(),
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
