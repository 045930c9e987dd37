"""Generated report files: which file in private storage is current, and whether one is coming."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from roles.models import Municipality
from surveys.models import CampaignPage


class GeneratedReport(models.Model):
    """The current file of one report (a campaign's question overview, a municipality's answers).

    The file lives in ``reports.storage.private_storage`` and is served only through a
    permission-checked view, never as a Wagtail document. A build answers a *version*: the
    question overview's ``generation`` (bumped inside every publishing transaction), the
    answers' data stamp (see ``reports.pdfs.selectors``). ``data_version`` records which
    version the current file shows, so a task that finds it up to date does nothing.
    """

    class Kind(models.TextChoices):
        QUESTION_OVERVIEW = "vragenoverzicht", _("vragenoverzicht")
        ANSWERS = "antwoorden", _("antwoorden")

    class Status(models.TextChoices):
        BUILDING = "building", _("wordt gemaakt")
        READY = "ready", _("klaar")
        FAILED = "failed", _("mislukt")

    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    campaign = models.ForeignKey(
        CampaignPage, on_delete=models.CASCADE, related_name="generated_reports"
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="generated_reports",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.BUILDING
    )
    file_name = models.CharField(
        _("bestand"), max_length=255, blank=True, help_text=_("Pad in de private opslag.")
    )
    page_count = models.PositiveIntegerField(_("aantal pagina's"), default=0)
    generation = models.PositiveIntegerField(
        default=0, help_text=_("Verhoogd bij elke publicatie die een nieuwe versie vraagt.")
    )
    data_version = models.CharField(
        max_length=100, blank=True, help_text=_("De versie van de gegevens in het bestand.")
    )
    requested_at = models.DateTimeField(_("gevraagd op"), null=True, blank=True)
    built_at = models.DateTimeField(_("gemaakt op"), null=True, blank=True)
    error = models.TextField(_("fout"), blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "campaign"],
                condition=models.Q(municipality__isnull=True),
                name="one_campaign_report_per_kind",
            ),
            models.UniqueConstraint(
                fields=["kind", "campaign", "municipality"],
                condition=models.Q(municipality__isnull=False),
                name="one_municipality_report_per_kind",
            ),
        ]
        verbose_name = _("gegenereerd rapport")
        verbose_name_plural = _("gegenereerde rapporten")

    def __str__(self) -> str:
        subject = f" {self.municipality}" if self.municipality_id else ""
        return f"{self.get_kind_display()} {self.campaign.werkjaar}{subject}"


class ExportJob(models.Model):
    """An XLSX export of all answers of a campaign, requested by the project team.

    Built by a Celery task into private storage; downloaded through a permission-checked
    admin view, never as a Wagtail document.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("in de wachtrij")
        RUNNING = "running", _("wordt gemaakt")
        DONE = "done", _("klaar")
        FAILED = "failed", _("mislukt")

    campaign = models.ForeignKey(CampaignPage, on_delete=models.CASCADE, related_name="+")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    file_name = models.CharField(
        _("bestand"), max_length=255, blank=True, help_text=_("Pad in de private opslag.")
    )
    row_count = models.PositiveIntegerField(_("aantal rijen"), default=0)
    error = models.TextField(_("fout"), blank=True)
    created_at = models.DateTimeField(_("gevraagd op"), auto_now_add=True)
    started_at = models.DateTimeField(_("gestart op"), null=True, blank=True)
    finished_at = models.DateTimeField(_("klaar op"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("export")
        verbose_name_plural = _("exports")

    def __str__(self) -> str:
        return f"{self.campaign.werkjaar} ({self.get_status_display()})"

    @property
    def is_pending(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)
