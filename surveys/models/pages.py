"""The questionnaire as CMS content: campaign → rubric → theme pages, and definitions."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import QuestionStreamBlock
from ..blocks.checks import CheckStreamBlock
from ..forms.editor import CampaignPageForm, RubricPageForm, ThemePageForm


class Definition(index.Indexed, models.Model):
    """A term with its explanation, linked from questions and listed in the glossary."""

    term = models.CharField(_("term"), max_length=120, unique=True)
    explanation = models.TextField(_("uitleg"))
    example = models.TextField(
        _("zo telt u"),
        blank=True,
        help_text=_("Optioneel rekenvoorbeeld, bv. hoe u VTE berekent."),
    )
    # Part of the questionnaire's state: an edited definition rebuilds the questionnaire.
    updated_at = models.DateTimeField(auto_now=True)

    panels = [FieldPanel("term"), FieldPanel("explanation"), FieldPanel("example")]
    search_fields = [index.SearchField("term"), index.SearchField("explanation")]

    class Meta:
        ordering = ["term"]
        verbose_name = _("definitie")
        verbose_name_plural = _("definities")

    def __str__(self) -> str:
        return self.term


class CampaignPage(Page):
    """One registration round (bevragingsronde) about one werkjaar."""

    werkjaar = models.PositiveSmallIntegerField(
        _("werkjaar"),
        unique=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("Het jaar waarover de gemeenten gegevens registreren."),
    )
    intro = RichTextField(
        _("inleiding"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    opening_date = models.DateField(_("openingsdatum"))
    closing_date = models.DateField(
        _("sluitingsdatum"), help_text=_("Laatste dag waarop invoerders antwoorden kunnen ingeven.")
    )
    confirmation_deadline = models.DateField(
        _("uiterste bevestigingsdatum"),
        help_text=_("Tot deze dag kunnen coördinatoren rubrieken bevestigen."),
    )
    auto_confirm = models.BooleanField(
        _("automatisch bevestigen"),
        default=True,
        help_text=_(
            "Na de uiterste bevestigingsdatum worden onbevestigde rubrieken met antwoorden "
            "automatisch bevestigd, behalve bij gemeenten die bezwaar maakten."
        ),
    )
    coordinator_may_enter = models.BooleanField(
        _("coördinator mag ook invoeren"),
        default=True,
        help_text=_("Mag een coördinator zelf antwoorden ingeven, naast bevestigen?"),
    )
    previous_campaign = models.ForeignKey(
        "self",
        verbose_name=_("vorige campagne"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="next_campaigns",
        help_text=_(
            "Waarvan de antwoorden naast de vragen verschijnen. Leeg: de campagne met het "
            "hoogste eerdere werkjaar."
        ),
    )

    base_form_class = CampaignPageForm
    # The explorer lists the rubrics in questionnaire order, not by last change.
    admin_default_ordering = "ord"
    content_panels = [
        *Page.content_panels,
        FieldPanel("werkjaar"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("opening_date"),
                FieldPanel("closing_date"),
                FieldPanel("confirmation_deadline"),
                FieldPanel("auto_confirm"),
                FieldPanel("coordinator_may_enter"),
                FieldPanel("previous_campaign"),
            ],
            heading=_("Planning en regels"),
        ),
    ]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["surveys.RubricPage"]
    template = "pages/campaign_page.html"

    class Meta:
        verbose_name = _("campagne")
        verbose_name_plural = _("campagnes")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import questionnaire_for_campaign

        context = super().get_context(request, *args, **kwargs)
        context["questionnaire"] = questionnaire_for_campaign(campaign=self)
        return context


class RubricPage(Page):
    """One of the rubrics of a campaign (Aanbod, Participatie, …)."""

    code = models.CharField(
        _("code"),
        max_length=10,
        validators=[
            RegexValidator(r"^[A-Z][A-Z0-9]{1,9}$", _("Gebruik hoofdletters en cijfers, bv. MED."))
        ],
        help_text=_("Korte code van de rubriek, uniek binnen de campagne, bv. MED."),
    )
    intro = RichTextField(
        _("inleiding"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )

    checks = StreamField(
        CheckStreamBlock(),
        blank=True,
        verbose_name=_("controles"),
        help_text=_(
            "Controles van de antwoorden: sommen, vergelijkingen, verplichte vragen, "
            "verschillen met de vorige campagne en met de andere gemeenten."
        ),
    )

    base_form_class = RubricPageForm
    # The explorer lists the themes in questionnaire order (the steps of the form).
    admin_default_ordering = "ord"
    content_panels = [
        *Page.content_panels,
        FieldPanel("code"),
        FieldPanel("intro"),
        FieldPanel("checks"),
    ]
    parent_page_types = ["surveys.CampaignPage"]
    subpage_types = ["surveys.ThemePage"]
    template = "pages/rubric_page.html"

    class Meta:
        verbose_name = _("rubriek")
        verbose_name_plural = _("rubrieken")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import questionnaire_for_campaign

        context = super().get_context(request, *args, **kwargs)
        campaign = self.get_parent().specific
        questionnaire = questionnaire_for_campaign(campaign=campaign)
        context["rubric"] = questionnaire.rubric(self.code)
        context["campaign"] = campaign
        return context


class ThemePage(Page):
    """A theme of a rubric: one step of the registration form, holding its questions."""

    intro = RichTextField(
        _("inleiding"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    body = StreamField(
        QuestionStreamBlock(),
        blank=True,
        verbose_name=_("vragen"),
    )

    base_form_class = ThemePageForm
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["surveys.RubricPage"]
    subpage_types: list[str] = []
    template = "pages/theme_page.html"
    #: The editor previews the step as a municipality will fill it, or the public list.
    LIST_PREVIEW = "lijst"

    class Meta:
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")

    @property
    def preview_modes(self):
        return [
            ("", _("Stap zoals een gemeente ze invult")),
            (self.LIST_PREVIEW, _("Openbare lijst van de vragen")),
        ]

    def serve_preview(self, request, mode_name):
        if mode_name == self.LIST_PREVIEW:
            return super().serve_preview(request, mode_name)
        from ..views.preview import theme_step_preview

        return theme_step_preview(request, page=self)

    def get_context(self, request, *args, **kwargs):
        from ..questionnaire import questions_of_stream

        context = super().get_context(request, *args, **kwargs)
        context["questions"] = questions_of_stream(self.body)
        return context
