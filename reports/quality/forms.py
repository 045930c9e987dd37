"""The data-quality screen's filters (a GET form: a filtered view has an address of its own)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from roles.models import Province
from surveys.blocks.checks import SEVERITY_ERROR, SEVERITY_WARNING
from surveys.models import CampaignPage
from surveys.questionnaire import Rubric


class QualityFilterForm(forms.Form):
    werkjaar = forms.TypedChoiceField(label=_("Werkjaar"), coerce=int, required=False)
    rubriek = forms.ChoiceField(label=_("Rubriek"), required=False)
    ernst = forms.ChoiceField(label=_("Ernst"), required=False)
    controle = forms.ChoiceField(label=_("Controle"), required=False)
    provincie = forms.ChoiceField(label=_("Provincie"), required=False)
    zonder_toelichting = forms.BooleanField(label=_("Enkel zonder toelichting"), required=False)

    def __init__(
        self,
        *args: Any,
        campaigns: list[CampaignPage],
        rubrics: list[Rubric],
        check_codes: list[str],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._choices("werkjaar", [(c.werkjaar, str(c.werkjaar)) for c in campaigns])
        self._choices(
            "rubriek",
            [("", _("Elke rubriek"))]
            + [(rubric.code, f"{rubric.code} – {rubric.title}") for rubric in rubrics],
        )
        self._choices(
            "ernst",
            [
                ("", _("Fouten en waarschuwingen")),
                (SEVERITY_ERROR, _("Fouten")),
                (SEVERITY_WARNING, _("Waarschuwingen")),
            ],
        )
        self._choices("controle", [("", _("Elke controle"))] + [(c, c) for c in check_codes])
        self._choices("provincie", [("", _("Alle provincies")), *Province.choices])

    def _choices(self, name: str, choices: list[tuple[Any, Any]]) -> None:
        field = self.fields[name]
        assert isinstance(field, forms.ChoiceField)
        field.choices = choices

    def filters(self) -> dict[str, Any]:
        """The valid filters; an invalid value (an old link) is dropped, not an error page."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            "rubric_code": data.get("rubriek") or "",
            "severity": data.get("ernst") or "",
            "check_code": data.get("controle") or "",
            "province": data.get("provincie") or "",
            "without_explanation": bool(data.get("zonder_toelichting")),
        }
