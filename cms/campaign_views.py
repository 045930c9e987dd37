"""Admin view: "Volgende campagne voorbereiden" from a campaign in the page explorer."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from roles.permissions import Action, require
from surveys.campaigns import CampaignError, next_campaign_proposal
from surveys.forms.campaign import NextCampaignForm
from surveys.models import CampaignPage

from .campaigns import campaign_next_prepare


class NextCampaignPrepareView(WagtailAdminTemplateMixin, FormView):
    """The werkjaar and dates of the new campaign; the rest comes from the source."""

    template_name = "cms/next_campaign.html"
    form_class = NextCampaignForm
    page_title = gettext_lazy("Volgende campagne voorbereiden")
    header_icon = "copy"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        require(request.user, Action.MANAGE_CAMPAIGN)
        self.source = get_object_or_404(CampaignPage, pk=kwargs["page_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self) -> str:
        return _("Volgende campagne na %(title)s") % {"title": self.source.title}

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailadmin_explore", args=[self.source.pk]), "label": self.source},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_form_kwargs(self) -> dict[str, Any]:
        return {**super().get_form_kwargs(), "source": self.source}

    def get_initial(self) -> dict[str, Any]:
        return next_campaign_proposal(source=self.source)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            source=self.source,
            action_url=self.request.path,
            submit_button_label=_("Campagne voorbereiden"),
            submit_button_active_label=_("Bezig met voorbereiden…"),
            media=context["form"].media,
        )
        return context

    def form_valid(self, form: NextCampaignForm) -> HttpResponse:
        try:
            campaign = campaign_next_prepare(
                source=self.source, by=self.request.user, **form.cleaned_data
            )
        except CampaignError as error:
            form.add_error(error.field, error.message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _(
                "%(title)s is voorbereid als concept, met de rubrieken, thema's, vragen, "
                "controles en e-mailsjablonen van %(source)s. Kijk de data, teksten en "
                "e-mails na en publiceer de campagne als ze klaar is."
            )
            % {"title": campaign.title, "source": self.source.title},
        )
        return redirect("wagtailadmin_pages:edit", campaign.pk)
