"""Machine clients of the answers API and the log of their calls."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from oauth2_provider.models import AbstractApplication


class ApiClient(AbstractApplication):
    """An OAuth2 client of the reporting platform (client credentials only).

    django-oauth-toolkit's application model, swapped in (``OAUTH2_PROVIDER_APPLICATION_MODEL``)
    so that the project team decides per client, in one form, whether it may read
    provisional answers.
    """

    # A machine client: confidential, client credentials. The admin form offers nothing else.
    client_type = models.CharField(
        _("soort client"),
        max_length=32,
        choices=AbstractApplication.CLIENT_TYPES,
        default=AbstractApplication.CLIENT_CONFIDENTIAL,
    )
    authorization_grant_type = models.CharField(
        _("grant type"),
        max_length=44,
        choices=AbstractApplication.GRANT_TYPES,
        default=AbstractApplication.GRANT_CLIENT_CREDENTIALS,
    )
    may_read_provisional = models.BooleanField(
        _("mag voorlopige antwoorden lezen"),
        default=False,
        help_text=_(
            "Met de scope 'antwoorden:voorlopig' ziet deze client ook antwoorden van rubrieken "
            "die nog niet bevestigd zijn. Zonder dit vinkje krijgt hij die scope niet."
        ),
    )
    active = models.BooleanField(
        _("actief"),
        default=True,
        help_text=_("Een niet-actieve client krijgt geen tokens meer en zijn tokens werken niet."),
    )
    contact = models.CharField(
        _("contact"),
        max_length=255,
        blank=True,
        help_text=_("Wie deze client beheert (naam, e-mailadres)."),
    )

    class Meta(AbstractApplication.Meta):
        ordering = ["name"]
        verbose_name = _("API-client")
        verbose_name_plural = _("API-clients")

    @property
    def is_machine_client(self) -> bool:
        return (
            self.active
            and self.authorization_grant_type == AbstractApplication.GRANT_CLIENT_CREDENTIALS
            and self.client_type == AbstractApplication.CLIENT_CONFIDENTIAL
        )


class ApiCall(models.Model):
    """One call of a machine client: who, what, with which filters, how many rows."""

    client = models.ForeignKey(
        ApiClient,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="calls",
        verbose_name=_("client"),
    )
    # The name at the time of the call: the log keeps it when the client is deleted.
    client_name = models.CharField(_("naam van de client"), max_length=255)
    at = models.DateTimeField(_("tijdstip"), auto_now_add=True, db_index=True)
    endpoint = models.CharField(_("endpoint"), max_length=200)
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    scopes = models.CharField(_("scopes"), max_length=200, blank=True)
    status_code = models.PositiveSmallIntegerField(_("HTTP-status"))
    row_count = models.PositiveIntegerField(_("aantal rijen"), default=0)
    duration_ms = models.PositiveIntegerField(_("duur (ms)"), default=0)

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["client", "-at"])]
        verbose_name = _("API-oproep")
        verbose_name_plural = _("API-oproepen")

    def __str__(self) -> str:
        return f"{self.client_name} {self.endpoint} ({self.at:%Y-%m-%d %H:%M})"
