"""The status overview's share of the work: assigning themes, reassigning, completing."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View

from roles.models import RoleAssignment
from roles.permissions import Action, require

from ..assignments import (
    NOTE_MAX,
    assignable_colleagues,
    assignable_parts,
    assignment_create,
    assignment_reassign,
    part_of,
)
from ..models import Assignment
from ..services import RegistrationError
from .context import RegistrationContext, registration_context


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


class AssignView(LoginRequiredMixin, View):
    """/registratie/<werkjaar>/<nis>/toewijzen/: "Toewijzen aan…" a theme or rubric."""

    template_name = "surveys/assign.html"

    def setup_form(self, request: HttpRequest, werkjaar: int, nis: str, data: Any = None):
        reg = registration_context(user=request.user, werkjaar=werkjaar, nis=nis)
        require(request.user, Action.ASSIGN_WORK, reg.municipality)
        colleagues = list(assignable_colleagues(municipality=reg.municipality))
        form = AssignForm(
            data,
            parts=assignable_parts(reg.questionnaire),
            colleagues=colleagues,
            initial={"part": request.GET.get("deel", "")[:300]},
        )
        return reg, form

    def render_form(self, request: HttpRequest, reg: RegistrationContext, form: AssignForm):
        return render(
            request,
            self.template_name,
            {"reg": reg, "campaign": reg.campaign, "municipality": reg.municipality, "form": form},
        )

    def get(self, request: HttpRequest, werkjaar: int, nis: str) -> HttpResponse:
        reg, form = self.setup_form(request, werkjaar, nis)
        return self.render_form(request, reg, form)

    def post(self, request: HttpRequest, werkjaar: int, nis: str) -> HttpResponse:
        reg, form = self.setup_form(request, werkjaar, nis, request.POST)
        if not form.is_valid():
            return self.render_form(request, reg, form)
        rubric_code, _slash, theme_slug = form.cleaned_data["part"].partition("/")
        try:
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
        except RegistrationError as error:
            form.add_error(None, str(error))
            return self.render_form(request, reg, form)
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
        return redirect(reg.links.overview())


class ReassignView(LoginRequiredMixin, View):
    """/registratie/<werkjaar>/<nis>/toewijzen/<id>/: one click hands the work to another."""

    template_name = "surveys/reassign.html"

    def context(self, request: HttpRequest, werkjaar: int, nis: str, assignment: int):
        reg = registration_context(user=request.user, werkjaar=werkjaar, nis=nis)
        require(request.user, Action.ASSIGN_WORK, reg.municipality)
        found = (
            Assignment.objects.filter(
                pk=assignment, participation=reg.participation, done_at__isnull=True
            )
            .select_related("assignee", "participation__municipality")
            .first()
            if reg.participation
            else None
        )
        if found is None:
            raise Http404(_("Die toewijzing bestaat niet (meer) of is al klaar."))
        return reg, found

    def get(self, request: HttpRequest, werkjaar: int, nis: str, assignment: int) -> HttpResponse:
        reg, found = self.context(request, werkjaar, nis, assignment)
        colleagues = [
            colleague
            for colleague in assignable_colleagues(municipality=reg.municipality)
            if colleague.pk != found.assignee_id
        ]
        return render(
            request,
            self.template_name,
            {
                "reg": reg,
                "campaign": reg.campaign,
                "municipality": reg.municipality,
                "assignment": found,
                "part": part_title(reg, found),
                "colleagues": [(c, colleague_label(c)) for c in colleagues],
            },
        )

    def post(self, request: HttpRequest, werkjaar: int, nis: str, assignment: int) -> HttpResponse:
        reg, found = self.context(request, werkjaar, nis, assignment)
        colleague = RoleAssignment.objects.filter(
            pk=posted_id(request.POST.get("to")), municipality=reg.municipality
        ).first()
        try:
            if colleague is None:
                raise RegistrationError(_("Kies een collega."))
            assignment_reassign(assignment=found, to=colleague, by=request.user)
        except RegistrationError as error:
            messages.error(request, str(error))
            return redirect(request.path)
        messages.success(
            request,
            _("%(part)s is nu toegewezen aan %(name)s; die krijgt een e-mail.")
            % {"part": part_title(reg, found), "name": colleague.holder_name},
        )
        return redirect(reg.links.overview())


def posted_assignment(request: HttpRequest, reg: RegistrationContext) -> Assignment:
    """The assignment a form of the status overview names ("Klaar")."""
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


def part_title(reg: RegistrationContext, assignment: Assignment) -> str:
    part = part_of(reg.questionnaire, assignment.rubric_code, assignment.theme_slug)
    return part.title if part else assignment.rubric_code
