"""The form of "Volgende campagne voorbereiden": a werkjaar and three dates."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.widgets import AdminDateInput

from ..models import CampaignPage
from ..rules import campaign_dates_problems, next_werkjaar_problem


class NextCampaignForm(forms.Form):
    """What the new campaign does not take over from the one it starts from."""

    werkjaar = forms.IntegerField(
        label=gettext_lazy("Werkjaar"),
        min_value=2000,
        max_value=2100,
        help_text=gettext_lazy("Het jaar waarover de gemeenten gegevens registreren."),
        error_messages={
            "required": gettext_lazy("Geef het werkjaar van de nieuwe campagne."),
            "invalid": gettext_lazy("Geef een jaartal, bv. 2028."),
            "min_value": gettext_lazy("Geef een jaartal vanaf 2000."),
            "max_value": gettext_lazy("Geef een jaartal tot en met 2100."),
        },
    )
    opening_date = forms.DateField(
        label=gettext_lazy("Openingsdatum"),
        widget=AdminDateInput,
        error_messages={"invalid": gettext_lazy("Geef een datum, bv. 2028-03-15.")},
    )
    closing_date = forms.DateField(
        label=gettext_lazy("Sluitingsdatum"),
        widget=AdminDateInput,
        help_text=gettext_lazy("Laatste dag waarop invoerders antwoorden kunnen ingeven."),
        error_messages={"invalid": gettext_lazy("Geef een datum, bv. 2028-04-30.")},
    )
    confirmation_deadline = forms.DateField(
        label=gettext_lazy("Uiterste bevestigingsdatum"),
        widget=AdminDateInput,
        help_text=gettext_lazy("Tot deze dag kunnen coördinatoren rubrieken bevestigen."),
        error_messages={"invalid": gettext_lazy("Geef een datum, bv. 2028-05-31.")},
    )

    def __init__(self, *args: Any, source: CampaignPage, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.source = source
        for name in ("opening_date", "closing_date", "confirmation_deadline"):
            self.fields[name].error_messages["required"] = _("Geef een datum.")

    def clean_werkjaar(self) -> int:
        werkjaar = self.cleaned_data["werkjaar"]
        problem = next_werkjaar_problem(source=self.source, werkjaar=werkjaar)
        if problem:
            raise forms.ValidationError(problem)
        return werkjaar

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        for field, problem in campaign_dates_problems(
            opening_date=cleaned.get("opening_date"),
            closing_date=cleaned.get("closing_date"),
            confirmation_deadline=cleaned.get("confirmation_deadline"),
        ).items():
            self.add_error(field, problem)
        return cleaned
