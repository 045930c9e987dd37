"""Municipalities (and, with the roles issue, their services and role assignments)."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Province(models.TextChoices):
    ANTWERPEN = "10000", "Antwerpen"
    VLAAMS_BRABANT = "20001", "Vlaams-Brabant"
    WEST_VLAANDEREN = "30000", "West-Vlaanderen"
    OOST_VLAANDEREN = "40000", "Oost-Vlaanderen"
    LIMBURG = "70000", "Limburg"


class Municipality(models.Model):
    """A Flemish city or municipality, identified by its NIS (REFNIS) code."""

    nis_code = models.CharField(
        _("NIS-code"),
        max_length=5,
        unique=True,
        validators=[RegexValidator(r"^\d{5}$", _("Een NIS-code bestaat uit vijf cijfers."))],
    )
    name = models.CharField(_("naam"), max_length=100)
    province = models.CharField(_("provincie"), max_length=5, choices=Province.choices)

    class Meta:
        ordering = ["name"]
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")

    def __str__(self) -> str:
        return self.name
