"""The status overview's share of the work: assigning themes, reassigning, completing."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from roles.models import RoleAssignment
from roles.permissions import Action, require

from ..assignments import (
    NOTE_MAX,
    assignable_colleagues,
    assignable_parts,
    assignment_create,
    part_of,
)
from ..models import Assignment
from ..services import RegistrationError
from .context import RegistrationContext, RegistrationLinks


class AssignForm(forms.Form):
    """ "Toewijzen aan…": a theme or rubric, colleagues, an optional due date and note."""

    part = forms.ChoiceField(label=gettext_lazy("Wat"))
    colleagues = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Aan wie"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": gettext_lazy("Kies minstens één collega."),
            "invalid_choice": gettext_lazy("Kies collega's uit de lijst."),
        },
    )
    due_date = forms.DateField(
        label=gettext_lazy("Graag klaar tegen"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        help_text=gettext_lazy("Niet verplicht."),
    )
    note = forms.CharField(
        label=gettext_lazy("Notitie"),
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy("Niet verplicht; ten hoogste 300 tekens. Komt mee in de e-mail."),
    )

    def __init__(self, *args: Any, parts: Any, colleagues: list[RoleAssignment], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.colleague_list = colleagues
        part_field = self.fields["part"]
        assert isinstance(part_field, forms.ChoiceField)
        part_field.choices = [(part.key, part.title) for part in parts]
        field = self.fields["colleagues"]
        assert isinstance(field, forms.TypedMultipleChoiceField)
        field.choices = [(c.pk, colleague_label(c)) for c in colleagues]

    def clean_colleagues(self) -> list[RoleAssignment]:
        chosen = set(self.cleaned_data["colleagues"])
        return [c for c in self.colleague_list if c.pk in chosen]

    def clean_due_date(self):
        due = self.cleaned_data["due_date"]
        if due is not None and due < timezone.localdate():
            raise forms.ValidationError(_("Kies vandaag of een latere datum."))
        return due


def colleague_label(colleague: RoleAssignment) -> str:
    label = f"{colleague.holder_name} ({colleague.get_role_display()})"
    if colleague.person_id is None:
        label += " – " + _("uitgenodigd, nog niet aangemeld")
    return label


def posted_id(value: str | None) -> int:
    """A posted id as a number; 0 (matching nothing) when it is not a valid id."""
    try:
        number = int(value or "")
    except ValueError:
        return 0
    return number if 0 < number < 2**31 else 0


class WorkMixin:
    """The status overview's share of the work: assigning, reassigning, completing."""

    def assign_form(
        self, reg: RegistrationContext, data: Any, colleagues: list[RoleAssignment] | None
    ) -> AssignForm:
        """The form over the colleagues read once (the overview shows them twice)."""
        if colleagues is None:
            colleagues = list(assignable_colleagues(municipality=reg.municipality))
        return AssignForm(data, parts=assignable_parts(reg.questionnaire), colleagues=colleagues)

    def assign(self, request, reg: RegistrationContext, werkjaar: int, nis: str) -> HttpResponse:
        require(request.user, Action.ASSIGN_WORK, reg.municipality)
        form = self.assign_form(reg, request.POST, None)
        if not form.is_valid():
            return self.get(request, werkjaar, nis, assign_form=form)  # type: ignore[attr-defined]
        rubric_code, _slash, theme_slug = form.cleaned_data["part"].partition("/")
        created = assignment_create(
            municipality=reg.municipality,
            campaign=reg.campaign,
            rubric_code=rubric_code,
            theme_slug=theme_slug,
            colleagues=form.cleaned_data["colleagues"],
            due_date=form.cleaned_data["due_date"],
            note=form.cleaned_data["note"],
            by=request.user,
        )
        if created:
            messages.success(
                request,
                ngettext(
                    "Toegewezen aan %(names)s; die krijgt een e-mail.",
                    "Toegewezen aan %(names)s; zij krijgen een e-mail.",
                    len(created),
                )
                % {"names": ", ".join(a.assignee_name for a in created)},
            )
        else:
            messages.info(request, _("Die collega's hadden dit werk al openstaan."))
        return redirect(RegistrationLinks(werkjaar=werkjaar, nis=nis).overview())

    def assignment(self, request, reg: RegistrationContext) -> Assignment:
        assignment = (
            Assignment.objects.filter(
                pk=posted_id(request.POST.get("assignment")), participation=reg.participation
            )
            .select_related("assignee", "participation__municipality")
            .first()
            if reg.participation
            else None
        )
        if assignment is None:
            raise RegistrationError(_("Die toewijzing bestaat niet (meer)."))
        return assignment

    def part_title(self, reg: RegistrationContext, assignment: Assignment) -> str:
        part = part_of(reg.questionnaire, assignment.rubric_code, assignment.theme_slug)
        return part.title if part else assignment.rubric_code
