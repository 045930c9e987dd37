"""E-mail templates written by the project team, the municipalities' contacts and a send log."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel

from .placeholders import PLACEHOLDERS, validate_placeholders


class EmailTemplate(models.Model):
    """An invitation, launch or reminder e-mail with placeholders such as ((naam))."""

    class Kind(models.TextChoices):
        INVITATION = "uitnodiging", _("uitnodiging (voor de lancering)")
        LAUNCH = "lancering", _("lancering (met de handleiding)")
        REMINDER = "herinnering", _("herinnering")

    class Audience(models.TextChoices):
        CONTACTS = "contacten", _("contactpersonen van de deelnemende gemeenten")
        BY_ROLE = "rollen", _("volgens rol: coördinatoren of invoerders, naargelang de status")

    name = models.CharField(_("naam"), max_length=120)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    campaign = models.ForeignKey(
        "surveys.CampaignPage",
        on_delete=models.CASCADE,
        related_name="email_templates",
        verbose_name=_("campagne"),
    )
    subject = models.CharField(_("onderwerp"), max_length=200, validators=[validate_placeholders])
    body = models.TextField(_("tekst"), validators=[validate_placeholders])
    days_before_deadline = models.PositiveSmallIntegerField(
        _("dagen voor de uiterste datum"),
        null=True,
        blank=True,
        help_text=_("Enkel voor herinneringen: bv. 14 of 3. Ze vertrekken automatisch die dag."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("campaign"),
        FieldPanel("days_before_deadline"),
        MultiFieldPanel(
            [
                HelpPanel(
                    content="<p>"
                    + str(_("Invulvelden:"))
                    + " "
                    + ", ".join(f"(({name})): {label}" for name, label in PLACEHOLDERS.items())
                    + "</p>"
                ),
                FieldPanel("subject"),
                FieldPanel("body"),
            ],
            heading=_("Bericht"),
        ),
    ]

    class Meta:
        ordering = ["campaign", "kind", "days_before_deadline"]
        verbose_name = _("e-mailsjabloon")
        verbose_name_plural = _("e-mailsjablonen")

    def __str__(self) -> str:
        return self.name


class Contact(models.Model):
    """Who receives the invitation for a municipality (and for which service)."""

    municipality = models.ForeignKey(
        "roles.Municipality",
        on_delete=models.CASCADE,
        related_name="contacts",
        verbose_name=_("gemeente"),
    )
    service = models.ForeignKey(
        "roles.Service",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="contacts",
        verbose_name=_("dienst"),
    )
    name = models.CharField(_("naam"), max_length=150)
    email = models.EmailField(_("e-mailadres"))

    panels = [
        FieldPanel("municipality"),
        FieldPanel("service"),
        FieldPanel("name"),
        FieldPanel("email"),
    ]

    class Meta:
        ordering = ["municipality__name", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "email"], name="one_contact_per_email_per_municipality"
            )
        ]
        verbose_name = _("contactpersoon")
        verbose_name_plural = _("contactpersonen")

    def __str__(self) -> str:
        return f"{self.name} ({self.municipality})"


class SentMessage(models.Model):
    """Every message sent, for the record."""

    template = models.ForeignKey(
        EmailTemplate, on_delete=models.SET_NULL, null=True, related_name="sent_messages"
    )
    municipality = models.ForeignKey(
        "roles.Municipality", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    recipient = models.EmailField()
    subject = models.CharField(max_length=255)
    body = models.TextField()
    is_test = models.BooleanField(default=False)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    sent_on = models.DateField(auto_now_add=True)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = _("verzonden bericht")
        verbose_name_plural = _("verzonden berichten")

    def __str__(self) -> str:
        return f"{self.subject} → {self.recipient}"
