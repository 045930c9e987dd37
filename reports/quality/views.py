"""The project team's data-quality screen in the Wagtail admin, and its table as CSV."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from roles.permissions import Action, require
from surveys.models import CampaignPage
from surveys.selectors import questionnaire_for_campaign

from .forms import QualityFilterForm
from .selectors import DataQuality, check_codes, data_quality, quality_campaigns
from .writers import quality_csv_chunks


def _choose_campaign(campaigns: list[CampaignPage], werkjaar: str | None) -> CampaignPage | None:
    chosen = next((c for c in campaigns if str(c.werkjaar) == (werkjaar or "")), None)
    return chosen or (campaigns[0] if campaigns else None)


def _quality(request: HttpRequest) -> tuple[QualityFilterForm, DataQuality | None]:
    campaigns = quality_campaigns()
    campaign = _choose_campaign(campaigns, request.GET.get("werkjaar"))
    questionnaire = questionnaire_for_campaign(campaign=campaign) if campaign else None
    data = request.GET.copy()
    if campaign is not None:
        data["werkjaar"] = str(campaign.werkjaar)
    form = QualityFilterForm(
        data,
        campaigns=campaigns,
        rubrics=questionnaire.rubrics if questionnaire else [],
        check_codes=check_codes(questionnaire) if questionnaire else [],
    )
    if campaign is None:
        return form, None
    return form, data_quality(campaign=campaign, questionnaire=questionnaire, **form.filters())


class DataQualityView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/quality/index.html"
    page_title = gettext_lazy("Datakwaliteit")
    header_icon = "warning"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        require(request.user, Action.VIEW_ALL)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        form, quality = _quality(self.request)
        filters = {
            name: form.cleaned_data[name]
            for name in form.fields
            if getattr(form, "cleaned_data", {}).get(name)
        }
        context.update(form=form, quality=quality, csv_query=urlencode(filters))
        return context


class DataQualityCsvView(View):
    def get(self, request: HttpRequest) -> StreamingHttpResponse:
        require(request.user, Action.VIEW_ALL)
        _form, quality = _quality(request)
        if quality is None:
            raise Http404(_("Er is geen gepubliceerde bevragingsronde."))
        response = StreamingHttpResponse(
            quality_csv_chunks(quality), content_type="text/csv; charset=utf-8"
        )
        filename = f"vrijetijdsmonitor-{quality.campaign.werkjaar}-datakwaliteit.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
