"""Municipalities, their services and organisation codes, and the roles people hold."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
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
        # Object permissions (django-guardian), derived from role assignments by
        # roles.services only. Never ticked model-wide.
        permissions = [
            ("view_municipality_data", _("Gegevens van de gemeente bekijken")),
            ("enter_municipality_data", _("Gegevens van de gemeente invoeren")),
            ("confirm_municipality_data", _("Rubrieken van de gemeente bevestigen")),
            ("manage_municipality_roles", _("Rollen binnen de gemeente beheren")),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def kbo_numbers(self) -> list[str]:
        return [code.code for code in self.organisation_codes.all()]


class OrganisationCode(models.Model):
    """A code the access management uses for an organisation of this municipality.

    For a local government it is its KBO number; an AGB or intermunicipal body logs in
    with its own, so a municipality can have several.
    """

    class Kind(models.TextChoices):
        GEMEENTE = "gemeente", _("gemeentebestuur")
        AGB = "agb", _("autonoom gemeentebedrijf (AGB)")
        IGS = "igs", _("intergemeentelijk samenwerkingsverband")
        ANDERE = "andere", _("andere")

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="organisation_codes"
    )
    code = models.CharField(
        _("organisatiecode"),
        max_length=20,
        unique=True,
        help_text=_("KBO-nummer (10 cijfers) of een andere code van het toegangsbeheer."),
    )
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices, default=Kind.GEMEENTE)
    label = models.CharField(_("omschrijving"), max_length=200, blank=True)

    class Meta:
        ordering = ["municipality__name", "code"]
        verbose_name = _("organisatiecode")
        verbose_name_plural = _("organisatiecodes")

    def __str__(self) -> str:
        return f"{self.code} ({self.municipality})"


class ComparisonGroup(models.Model):
    """A group a municipality compares itself with: its province now; later Belfius, neighbours."""

    class Kind(models.TextChoices):
        PROVINCIE = "provincie", _("provincie")
        BELFIUS = "belfius", _("Belfius-cluster")
        BUREN = "buren", _("buurgemeenten")
        ANDERE = "andere", _("andere")

    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices)
    name = models.CharField(_("naam"), max_length=120)
    members = models.ManyToManyField(Municipality, related_name="comparison_groups", blank=True)

    class Meta:
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "name"], name="comparison_group_unique_name")
        ]
        verbose_name = _("vergelijkingsgroep")
        verbose_name_plural = _("vergelijkingsgroepen")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.name}"


class Service(models.Model):
    """A municipal service (dienst) that works on the registration."""

    class Kind(models.TextChoices):
        CULTUUR = "cultuur", _("cultuurdienst")
        JEUGD = "jeugd", _("jeugddienst")
        SPORT = "sport", _("sportdienst")
        BIBLIOTHEEK = "bibliotheek", _("bibliotheek")
        VRIJETIJDSDIENST = "vrijetijdsdienst", _("geïntegreerde vrijetijdsdienst")

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="services"
    )
    kind = models.CharField(_("soort dienst"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("naam"), max_length=150, blank=True)
    run_by_agb = models.BooleanField(_("uitgebaat door een AGB"), default=False)
    email = models.EmailField(_("algemeen e-mailadres"), blank=True)

    class Meta:
        ordering = ["municipality__name", "kind"]
        verbose_name = _("dienst")
        verbose_name_plural = _("diensten")

    def __str__(self) -> str:
        return self.name or self.get_kind_display()


class Role(models.TextChoices):
    INVOERDER = "invoerder", _("invoerder")
    COORDINATOR = "coordinator", _("coördinator")
    RAADPLEGER = "raadpleger", _("raadpleger")
    BEHEERDER = "beheerder", _("lokale beheerder")


class RoleSource(models.TextChoices):
    APP = "app", _("in de toepassing")
    IDP = "idp", _("toegangsbeheer (aanmelding)")


MAX_COORDINATORS = 3


class RoleAssignment(models.Model):
    """A person's one role in one municipality.

    A grant to an e-mail address waits (``person`` empty) until someone with that address
    logs in for the first time.
    """

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="role_assignments",
        verbose_name=_("persoon"),
    )
    email = models.EmailField(_("e-mailadres"), blank=True)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="role_assignments"
    )
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices)
    service = models.ForeignKey(
        Service,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="role_assignments",
        verbose_name=_("dienst"),
    )
    source = models.CharField(
        _("bron"), max_length=5, choices=RoleSource.choices, default=RoleSource.APP
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("toegekend door"),
    )
    # The name at the time of the grant: kept when the granting account is deleted.
    granted_by_name = models.CharField(_("toegekend door (naam)"), max_length=300, blank=True)
    granted_at = models.DateTimeField(_("toegekend op"), auto_now_add=True)

    class Meta:
        ordering = ["municipality__name", "role", "person__last_name"]
        verbose_name = _("roltoewijzing")
        verbose_name_plural = _("roltoewijzingen")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "municipality"],
                condition=Q(person__isnull=False),
                name="one_role_per_person_per_municipality",
            ),
            models.UniqueConstraint(
                fields=["email", "municipality"],
                condition=Q(person__isnull=True),
                name="one_pending_role_per_email_per_municipality",
            ),
            models.CheckConstraint(
                condition=Q(person__isnull=False) | ~Q(email=""),
                name="role_assignment_has_person_or_email",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.holder_name}: {self.get_role_display()} in {self.municipality}"

    @property
    def holder_name(self) -> str:
        if self.person is not None:
            return self.person.get_full_name() or self.person.username
        return self.email

    @property
    def holder_email(self) -> str:
        """Where the holder is reached: the person's address, or the address of the grant."""
        if self.person is not None:
            return self.person.email or ""
        return self.email


class RoleChange(models.Model):
    """Audit of every grant, change and revocation: who, when, what."""

    class Action(models.TextChoices):
        GRANT = "grant", _("toegekend")
        CHANGE = "change", _("gewijzigd")
        REVOKE = "revoke", _("ingetrokken")
        CLAIM = "claim", _("opgenomen bij eerste aanmelding")

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="role_changes"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    email = models.EmailField(blank=True)
    action = models.CharField(max_length=10, choices=Action.choices)
    old_role = models.CharField(max_length=20, choices=Role.choices, blank=True)
    new_role = models.CharField(max_length=20, choices=Role.choices, blank=True)
    source = models.CharField(max_length=5, choices=RoleSource.choices, default=RoleSource.APP)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Names at the time of the change: the history keeps them when an account is deleted.
    person_name = models.CharField(max_length=300, blank=True)
    by_name = models.CharField(max_length=300, blank=True)
    at = models.DateTimeField(auto_now_add=True)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("rolwijziging")
        verbose_name_plural = _("rolwijzigingen")

    def __str__(self) -> str:
        return (
            f"{self.get_action_display()}: {self.new_role or self.old_role} ({self.municipality})"
        )


class Identity(models.Model):
    """The pseudonymous identity of a person at the identity provider.

    Only the subject (vo_id or sub) is kept: never the national register number.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="identity"
    )
    subject = models.CharField(_("pseudoniem"), max_length=255, unique=True)
    last_login_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("identiteit")
        verbose_name_plural = _("identiteiten")

    def __str__(self) -> str:
        return self.subject
