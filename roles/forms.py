"""Forms of the local administrator's screens and the project team's admin views.

They parse and validate input; the rules of roles (one per person, at most three
coördinators, who may grant) live in ``roles.services``.
"""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import Municipality, Role, RoleAssignment, Service
from .selectors import services_for, users_matching

ROLE_CHOICES = [
    ("", _("Kies een rol")),
    *((value, capfirst(label)) for value, label in Role.choices),
]


def _person_from_identifier(identifier: str) -> tuple[Any, str]:
    """(user, "") for an existing user, (None, e-mail) for a grant that waits for a login."""
    identifier = identifier.strip()
    matches = users_matching(identifier=identifier)
    if len(matches) == 1:
        return matches[0], ""
    if len(matches) > 1:
        raise ValidationError(
            _(
                "Meer dan één gebruiker heeft het e-mailadres %(adres)s. "
                "Geef de gebruikersnaam van de juiste persoon."
            ),
            code="ambiguous",
            params={"adres": identifier},
        )
    try:
        validate_email(identifier)
    except ValidationError:
        raise ValidationError(
            _(
                "Er is geen gebruiker met de gebruikersnaam „%(naam)s”. Geef een e-mailadres: "
                "de rol wacht dan tot die persoon zich de eerste keer aanmeldt."
            ),
            code="unknown_user",
            params={"naam": identifier},
        ) from None
    return None, identifier.lower()


class PersonField(forms.CharField):
    """A username or e-mail address, cleaned to ``(user or None, pending e-mail)``."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 254)
        kwargs.setdefault("label", _("Gebruikersnaam of e-mailadres"))
        kwargs.setdefault(
            "help_text",
            _(
                "Kies een bestaande gebruiker met de gebruikersnaam of het e-mailadres. "
                "Een e-mailadres zonder gebruiker krijgt de rol bij de eerste aanmelding."
            ),
        )
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("autocomplete", "off")

    def clean(self, value: Any) -> tuple[Any, str]:
        return _person_from_identifier(super().clean(value))


class ServiceChoiceField(forms.ModelChoiceField):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("queryset", Service.objects.none())
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Dienst"))
        kwargs.setdefault("empty_label", _("Geen dienst"))
        kwargs.setdefault("help_text", _("De dienst waarvoor de persoon werkt. Niet verplicht."))
        super().__init__(**kwargs)

    def label_from_instance(self, obj: Service) -> str:
        if obj.name:
            return f"{obj.name} ({obj.get_kind_display()})"
        return str(obj.get_kind_display())


class ServiceFieldMixin:
    fields: dict[str, forms.Field]

    @property
    def service_field(self) -> ServiceChoiceField:
        return cast(ServiceChoiceField, self.fields["service"])


class RoleGrantForm(ServiceFieldMixin, forms.Form):
    """Give someone a role in one municipality."""

    person = PersonField()
    role = forms.ChoiceField(label=_("Rol"), choices=ROLE_CHOICES)
    service = ServiceChoiceField()

    def __init__(self, *args: Any, municipality: Municipality, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.service_field.queryset = services_for(municipality=municipality)

    def service_arguments(self) -> dict[str, Any]:
        """The keyword arguments of ``roles.services.role_grant`` that this form provides."""
        person, email = self.cleaned_data["person"]
        return {
            "person": person,
            "email": email,
            "role": self.cleaned_data["role"],
            "service": self.cleaned_data["service"],
        }


class RoleChangeForm(ServiceFieldMixin, forms.Form):
    """Change the role and the service of an assignment."""

    role = forms.ChoiceField(label=_("Rol"), choices=ROLE_CHOICES)
    service = ServiceChoiceField()

    def __init__(self, *args: Any, assignment: RoleAssignment, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"role": assignment.role, "service": assignment.service_id})
        super().__init__(*args, **kwargs)
        self.service_field.queryset = services_for(municipality=assignment.municipality)

    def service_arguments(self) -> dict[str, Any]:
        return {"role": self.cleaned_data["role"], "service": self.cleaned_data["service"]}


# --- Wagtail admin (project team) ---------------------------------------------------


def _use_role_choices(field: forms.ChoiceField) -> None:
    field.label = _("Rol")
    field.choices = ROLE_CHOICES


class AnyServiceChoiceField(ServiceChoiceField):
    def label_from_instance(self, obj: Service) -> str:
        return f"{obj.municipality.name}: {super().label_from_instance(obj)}"


class RoleAssignmentCreateForm(WagtailAdminModelForm):
    """The project team grants a role in any municipality."""

    person = PersonField()

    class Meta:
        model = RoleAssignment
        fields = ["municipality", "role", "service"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["service"] = AnyServiceChoiceField(
            queryset=Service.objects.select_related("municipality").order_by(
                "municipality__name", "kind", "name"
            )
        )
        self.fields["municipality"].label = _("Gemeente")
        _use_role_choices(self.fields["role"])
        self.order_fields(["person", "municipality", "role", "service"])

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        service, municipality = cleaned.get("service"), cleaned.get("municipality")
        if service and municipality and service.municipality_id != municipality.pk:
            self.add_error(
                "service", _("Die dienst hoort niet bij %(gemeente)s.") % {"gemeente": municipality}
            )
        return cleaned

    def _post_clean(self) -> None:
        # No model validation here: ``roles.services.role_grant`` enforces the role rules.
        pass

    def service_arguments(self) -> dict[str, Any]:
        person, email = self.cleaned_data["person"]
        return {
            "municipality": self.cleaned_data["municipality"],
            "person": person,
            "email": email,
            "role": self.cleaned_data["role"],
            "service": self.cleaned_data["service"],
        }


class RoleAssignmentEditForm(WagtailAdminModelForm):
    """The project team changes the role or the service of an assignment."""

    class Meta:
        model = RoleAssignment
        fields = ["role", "service"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["service"] = ServiceChoiceField(
            queryset=services_for(municipality=self.instance.municipality)
        )
        _use_role_choices(self.fields["role"])

    def _post_clean(self) -> None:
        # Leave the instance as stored: ``roles.services.role_change`` applies the change.
        pass

    def service_arguments(self) -> dict[str, Any]:
        return {"role": self.cleaned_data["role"], "service": self.cleaned_data["service"]}
