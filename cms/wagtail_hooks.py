"""Admin screens of the site: e-mail templates, contacts, the send log and the next campaign."""

from __future__ import annotations

from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.tables import Column
from wagtail.models import Page
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from roles.permission_policies import MunicipalityModelPermissionPolicy
from roles.permissions import Action, can
from surveys.models import CampaignPage

from .campaign_views import NextCampaignPrepareView
from .mailing.models import Contact, EmailTemplate, SentMessage
from .mailing.selectors import contacts_managed_by
from .mailing.views import template_preview

# A contact belongs to a municipality: ``roles.permissions`` decides who maintains it (the
# project team here; the lokale beheerder on /gemeente/<nis>/contacten/), not a model
# permission ticked for some other group.
register_permission_policy(Contact, MunicipalityModelPermissionPolicy(Contact))


class PreviewColumn(Column):
    def get_value(self, instance):
        return format_html(
            '<a href="{}">{}</a>',
            reverse("mailing_preview", args=[instance.pk]),
            _("Voorbeeld en verzenden"),
        )


class EmailTemplateViewSet(SnippetViewSet):
    model = EmailTemplate
    icon = "mail"
    menu_label = _("Sjablonen")
    list_display = [
        "name",
        "kind",
        "campaign",
        "days_before_deadline",
        PreviewColumn("preview", label=_("Acties")),
    ]
    list_filter = ["kind"]
    search_fields = ["name", "subject"]


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "user"
    menu_label = _("Contactpersonen")
    list_display = ["name", "email", "municipality", "service"]
    search_fields = ["name", "email"]

    def get_queryset(self, request):
        return contacts_managed_by(user=request.user)


class SentMessageViewSet(SnippetViewSet):
    model = SentMessage
    icon = "list-ul"
    menu_label = _("Verzonden berichten")
    list_display = ["subject", "recipient", "municipality", "is_test", "sent_at"]
    list_filter = ["is_test"]
    search_fields = ["recipient", "subject"]
    inspect_view_enabled = True


class MailingGroup(SnippetViewSetGroup):
    items = (EmailTemplateViewSet, ContactViewSet, SentMessageViewSet)
    menu_icon = "mail"
    menu_label = _("E-mails")
    menu_order = 220


register_snippet(MailingGroup)


@hooks.register("register_admin_urls")
def mailing_urls():
    return [path("berichten/<int:pk>/", template_preview, name="mailing_preview")]


# --- "Volgende campagne voorbereiden" on a campaign ----------------------------------------


class NextCampaignButton(PageMenuItem):
    """Shown on a campaign, to whom may manage campaigns (``roles.permissions``)."""

    label = _("Volgende campagne voorbereiden")
    icon_name = "copy"
    url_name = "campaign_prepare_next"

    def is_shown(self, user):
        return issubclass(self.page.specific_class or Page, CampaignPage) and can(
            user, Action.MANAGE_CAMPAIGN
        )


@hooks.register("register_admin_urls")
def campaign_urls():
    return [
        path(
            "campagnes/<int:page_id>/volgende/",
            NextCampaignPrepareView.as_view(),
            name="campaign_prepare_next",
        )
    ]


@hooks.register("register_page_header_buttons")
def next_campaign_header_button(page, user, view_name, next_url=None):
    yield NextCampaignButton(page=page, priority=35)


@hooks.register("register_page_listing_more_buttons")
def next_campaign_listing_button(page, user, next_url=None):
    yield NextCampaignButton(page=page, priority=25)
