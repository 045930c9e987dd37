"""Admin screens of the site: e-mail templates, contacts and the send log."""

from __future__ import annotations

from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from roles.permission_policies import MunicipalityModelPermissionPolicy

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
