"""Content page types of the site: the home page and plain content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import ContentStreamBlock


class HomePage(Page):
    intro = RichTextField(_("inleiding"), blank=True)
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("inhoud"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    api_fields = [APIField("intro"), APIField("body")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms.ContentPage", "surveys.CampaignPage"]
    max_count = 1
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("startpagina")

    def get_context(self, request, *args, **kwargs):
        from surveys.selectors import campaigns_live

        context = super().get_context(request, *args, **kwargs)
        context["campaigns"] = campaigns_live()
        return context


class ContentPage(Page):
    """Manual, FAQ, invitation, privacy: text pages the project team writes."""

    intro = models.TextField(_("inleiding"), blank=True)
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("inhoud"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]
    parent_page_types = ["cms.HomePage", "cms.ContentPage"]
    subpage_types = ["cms.ContentPage"]
    template = "pages/content_page.html"

    class Meta:
        verbose_name = _("inhoudspagina")
        verbose_name_plural = _("inhoudspagina's")


from .mailing.models import Contact, EmailTemplate, SentMessage  # noqa: E402, F401
