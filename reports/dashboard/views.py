"""The project team's progress dashboard in the Wagtail admin, and its table as CSV."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import Http404, HttpRequest, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.http import urlencode
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from roles.permissions import Action, require
from surveys.models import CampaignPage, RubricStatus
from surveys.selectors import questionnaire_for_campaign

from .forms import DashboardFilterForm
from .selectors import (
    HIGH_FROM,
    MIDDLE_FROM,
    MunicipalityProgress,
    ProgressDashboard,
    dashboard_campaigns,
)
from .selectors import progress_dashboard as build_dashboard
from .writers import dashboard_csv_chunks


def _choose_campaign(campaigns: list[CampaignPage], werkjaar: str | None) -> CampaignPage | None:
    chosen = next((c for c in campaigns if str(c.werkjaar) == (werkjaar or "")), None)
    return chosen or (campaigns[0] if campaigns else None)


def _dashboard(
    request: HttpRequest, *, unanswered_limit: int = 10
) -> tuple[DashboardFilterForm, ProgressDashboard | None]:
    campaigns = dashboard_campaigns()
    campaign = _choose_campaign(campaigns, request.GET.get("werkjaar"))
    questionnaire = questionnaire_for_campaign(campaign=campaign) if campaign else None
    data = request.GET.copy()
    if campaign is not None:
        data["werkjaar"] = str(campaign.werkjaar)
    form = DashboardFilterForm(
        data,
        campaigns=campaigns,
        rubrics=questionnaire.rubrics if questionnaire else [],
    )
    if campaign is None:
        return form, None
    filters = form.filters()
    dashboard = build_dashboard(
        campaign=campaign,
        questionnaire=questionnaire,
        province=filters["province"],
        status=filters["status"],
        rubric_code=filters["rubric_code"],
        unanswered_limit=unanswered_limit,
    )
    return form, dashboard


#: Next to a cell's percentage; the status is spelled out for screen readers as well.
STATUS_GLYPHS: dict[str, str] = {
    RubricStatus.CONFIRMED: "◉",
    RubricStatus.COMPLETE: "✓",
    RubricStatus.IN_PROGRESS: "◐",
    RubricStatus.NOT_STARTED: "○",
}
CELL_HTML = (
    '<td class="vtm-num" title="{0}" data-status="{1}"><span aria-hidden="true">{2}</span>'
    '<span class="w-sr-only">{0}</span> {3} %</td>'
)


@dataclass(frozen=True)
class TableRow:
    row: MunicipalityProgress
    url: str
    cells: SafeString


def _table(dashboard: ProgressDashboard) -> list[TableRow]:
    """The table per municipality. Its 285 × 8 rubric cells are joined here, one
    format_html_join per row: five template lookups per cell took a third of the page's time."""
    werkjaar = dashboard.campaign.werkjaar
    return [
        TableRow(
            row=row,
            url=reverse("surveys:overview", kwargs={"werkjaar": werkjaar, "nis": row.nis_code}),
            cells=format_html_join(
                "",
                CELL_HTML,
                (
                    (cell.status_label, cell.status, STATUS_GLYPHS[cell.status], cell.percentage)
                    for cell in row.cells
                ),
            ),
        )
        for row in dashboard.rows
    ]


class ProgressDashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/dashboard/index.html"
    page_title = gettext_lazy("Voortgang")
    header_icon = "bars"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        require(request.user, Action.VIEW_ALL)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        form, dashboard = _dashboard(self.request)
        filters = {name: form.data[name] for name in form.fields if form.data.get(name)}
        context.update(
            form=form,
            dashboard=dashboard,
            table=_table(dashboard) if dashboard is not None else [],
            csv_query=urlencode(filters),
            high_from=HIGH_FROM,
            middle_from=MIDDLE_FROM,
        )
        return context


class ProgressDashboardCsvView(View):
    def get(self, request: HttpRequest) -> StreamingHttpResponse:
        require(request.user, Action.VIEW_ALL)
        _form, dashboard = _dashboard(request, unanswered_limit=0)  # the table only
        if dashboard is None:
            raise Http404(_("Er is geen gepubliceerde bevragingsronde."))
        response = StreamingHttpResponse(
            dashboard_csv_chunks(dashboard), content_type="text/csv; charset=utf-8"
        )
        filename = f"vrijetijdsmonitor-{dashboard.campaign.werkjaar}-voortgang.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
