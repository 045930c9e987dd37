"""The dashboard's filters (a GET form: the filtered page has an address of its own)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from roles.models import Province
from surveys.models import CampaignPage, RubricStatus
from surveys.questionnaire import Rubric


class DashboardFilterForm(forms.Form):
    werkjaar = forms.TypedChoiceField(label=_("Werkjaar"), coerce=int, required=False)
    provincie = forms.ChoiceField(label=_("Provincie"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    rubriek = forms.ChoiceField(
        label=_("In rubriek"),
        required=False,
        help_text=_("Met een status: enkel gemeenten met die status in deze rubriek."),
    )

    def __init__(
        self, *args: Any, campaigns: list[CampaignPage], rubrics: list[Rubric], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._choices("werkjaar", [(c.werkjaar, str(c.werkjaar)) for c in campaigns])
        self._choices("provincie", [("", _("Alle provincies")), *Province.choices])
        self._choices("status", [("", _("Elke status")), *RubricStatus.choices])
        self._choices(
            "rubriek",
            [("", _("Elke rubriek"))]
            + [(rubric.code, f"{rubric.code} – {rubric.title}") for rubric in rubrics],
        )

    def _choices(self, name: str, choices: list[tuple[Any, Any]]) -> None:
        field = self.fields[name]
        assert isinstance(field, forms.ChoiceField)
        field.choices = choices

    def filters(self) -> dict[str, str]:
        """The valid filters; an invalid value (an old link) is ignored, not an error page."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            "province": data.get("provincie") or "",
            "status": data.get("status") or "",
            "rubric_code": data.get("rubriek") or "",
        }
