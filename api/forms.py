"""The project team's forms for API clients."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ApiClient
from .services import EDITABLE_FIELDS

EDITABLE = list(EDITABLE_FIELDS)


class ApiClientEditForm(forms.ModelForm):
    class Meta:
        model = ApiClient
        fields = EDITABLE

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["name"].required = True
        self.fields["name"].label = _("naam")
        self.fields["name"].help_text = _("Bijvoorbeeld: Rapporteringsplatform (productie).")


class ApiClientCreateForm(ApiClientEditForm):
    """A new client: its id and secret are shown once, to be copied before saving."""

    class Meta:
        model = ApiClient
        fields = ["name", "contact", "client_id", "client_secret", "may_read_provisional", "active"]
        widgets = {
            "client_id": forms.TextInput(attrs={"readonly": True}),
            "client_secret": forms.TextInput(attrs={"readonly": True, "autocomplete": "off"}),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["client_id"].label = _("client-id")
        self.fields["client_secret"].label = _("clientgeheim")
        self.fields["client_secret"].required = True
        self.fields["client_secret"].help_text = _(
            "Kopieer dit geheim nu en bezorg het veilig aan de beheerder van de client: na het "
            "bewaren wordt alleen een hash bewaard en kan niemand het nog lezen."
        )
