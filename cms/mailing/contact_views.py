"""The lokale beheerder's contacts page: who receives the invitation and the reminders."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.validators import RegexValidator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from roles.models import Municipality, Service
from roles.permissions import Action, require
from roles.selectors import services_for

from .selectors import contact_for, contacts_for
from .services import MailingError, contact_add, contact_remove


class ContactForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Naam"),
        max_length=150,
        validators=[
            RegexValidator(
                r"[\x00-\x1f\x7f]",
                inverse_match=True,
                message=gettext_lazy("Een naam past op één regel, zonder tabs of regeleinden."),
            )
        ],
    )
    email = forms.EmailField(
        label=gettext_lazy("E-mailadres"),
        error_messages={"invalid": gettext_lazy("Geef een geldig e-mailadres.")},
    )
    service = forms.ModelChoiceField(
        label=gettext_lazy("Dienst"),
        queryset=Service.objects.none(),
        required=False,
        empty_label=gettext_lazy("Geen dienst"),
    )

    def __init__(self, *args, municipality: Municipality, **kwargs):
        super().__init__(*args, **kwargs)
        service = self.fields["service"]
        assert isinstance(service, forms.ModelChoiceField)
        service.queryset = services_for(municipality=municipality)


class ContactListView(LoginRequiredMixin, View):
    template_name = "cms/mailing/contacts.html"

    def municipality(self, nis: str) -> Municipality:
        municipality = get_object_or_404(Municipality, nis_code=nis)
        require(self.request.user, Action.MANAGE_ROLES, municipality)
        return municipality

    def get(self, request, nis: str, form=None):
        municipality = self.municipality(nis)
        return render(
            request,
            self.template_name,
            {
                "municipality": municipality,
                "contacts": contacts_for(user=request.user, municipality=municipality),
                "form": form or ContactForm(municipality=municipality),
            },
        )

    def post(self, request, nis: str):
        municipality = self.municipality(nis)
        if "remove" in request.POST:
            contact = contact_for(
                user=request.user, municipality=municipality, pk=request.POST["remove"]
            )
            if contact is None:
                raise Http404(_("Deze contactpersoon bestaat niet (meer)."))
            contact_remove(contact=contact, by=request.user)
            messages.success(
                request, _("%(name)s is geen contactpersoon meer.") % {"name": contact.name}
            )
            return redirect(request.path)
        form = ContactForm(request.POST, municipality=municipality)
        if not form.is_valid():
            return self.get(request, nis, form=form)
        try:
            contact_add(municipality=municipality, by=request.user, **form.cleaned_data)
        except MailingError as error:
            form.add_error(None, str(error))
            return self.get(request, nis, form=form)
        messages.success(request, _("De contactpersoon is toegevoegd."))
        return redirect(request.path)
