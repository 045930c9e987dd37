"""Status overview, rubric summary (confirm / reopen), audit trail and the entry point."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from roles.permissions import Action, can, require

from ..assignments import (
    assignment_complete,
    work_overview,
)
from ..phases import Phase
from ..selectors import (
    audit_trail,
    campaign_open_for_registration,
    effective_closing_date,
    effective_deadline,
    municipalities_for_user,
    status_overview,
)
from ..services import (
    RegistrationError,
    participation_ensure,
    participation_extend,
    participation_register,
    participation_set_objection,
    rubric_confirm,
    rubric_ready_notify,
    rubric_reopen,
)
from ..sheets import rubric_sheet
from .context import RegistrationContext, RegistrationLinks, registration_context
from .work import part_title, posted_assignment

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def overview_url(werkjaar: int, nis: str) -> str:
    return RegistrationLinks(werkjaar=werkjaar, nis=nis).overview()


def rubric_url(werkjaar: int, nis: str, code: str) -> str:
    return RegistrationLinks(werkjaar=werkjaar, nis=nis).rubric(code)


class RegistrationStartView(LoginRequiredMixin, View):
    """/registratie/: straight to the user's municipality, or a choice when there are several."""

    def get(self, request):
        campaign = campaign_open_for_registration()
        if campaign is None:
            return render(request, "surveys/no_campaign.html", status=404)
        municipalities = municipalities_for_user(request.user)
        if len(municipalities) == 1:
            return redirect(overview_url(campaign.werkjaar, municipalities[0].nis_code))
        if not municipalities:
            raise PermissionDenied(_("U hebt geen rol in een gemeente voor deze registratie."))
        return render(
            request,
            "surveys/choose_municipality.html",
            {"campaign": campaign, "municipalities": municipalities},
        )


class ExtensionForm(forms.Form):
    extension_until = forms.DateField(
        label=gettext_lazy("Eigen verlenging tot en met"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        help_text=gettext_lazy("Laat leeg om de verlenging te schrappen."),
    )


class StatusOverviewView(LoginRequiredMixin, View):
    """/registratie/<werkjaar>/<nis>/: every rubric with status, percentage, confirmation."""

    template_name = "surveys/status_overview.html"

    def get(self, request, werkjaar: int, nis: str, extension_form=None):
        reg = registration_context(user=request.user, werkjaar=werkjaar, nis=nis)
        rows = status_overview(questionnaire=reg.questionnaire, participation=reg.participation)
        links = reg.links
        for row in rows:
            row.url = links.rubric(row.rubric.code)
            row.theme_links = [
                (theme, links.step(row.rubric.code, theme.slug)) for theme in row.rubric.themes
            ]
        can_assign = can(request.user, Action.ASSIGN_WORK, reg.municipality)
        work = work_overview(
            participation=reg.participation,
            questionnaire=reg.questionnaire,
            user=request.user,
            step_url=links.step,
            rubric_url=links.rubric,
            reassign_url=links.reassign,
        )
        return render(
            request,
            self.template_name,
            {
                "reg": reg,
                "campaign": reg.campaign,
                "municipality": reg.municipality,
                "rows": rows,
                "phase": reg.phase,
                "closing": effective_closing_date(
                    campaign=reg.campaign, participation=reg.participation
                ),
                "deadline": effective_deadline(
                    campaign=reg.campaign, participation=reg.participation
                ),
                "can_confirm": can(request.user, Action.CONFIRM_RUBRIC, reg.municipality),
                "can_manage_campaign": can(request.user, Action.MANAGE_CAMPAIGN),
                "work": work,
                "my_work": [row for row in work if row.mine and not row.assignment.is_done],
                "can_assign": can_assign,
                "assign_url": links.assign(),
                "extension_form": extension_form
                or ExtensionForm(
                    initial={
                        "extension_until": reg.participation.extension_until
                        if reg.participation
                        else None
                    }
                ),
            },
        )

    def post(self, request, werkjaar: int, nis: str):
        reg = registration_context(user=request.user, werkjaar=werkjaar, nis=nis)
        action = request.POST.get("action")
        try:
            with transaction.atomic():  # a refused action leaves no participation behind
                return self.act(request, reg, action, werkjaar, nis)
        except RegistrationError as error:
            messages.error(request, str(error))
        return redirect(overview_url(werkjaar, nis))

    def act(
        self,
        request: HttpRequest,
        reg: RegistrationContext,
        action: str | None,
        werkjaar: int,
        nis: str,
    ) -> HttpResponse:
        if action == "register":
            participation_register(
                municipality=reg.municipality, campaign=reg.campaign, by=request.user
            )
            messages.success(request, _("Uw gemeente neemt deel aan deze bevraging."))
        elif action in ("object", "withdraw_objection"):
            participation = participation_ensure_for(reg, request.user)
            participation_set_objection(
                participation=participation, objects=action == "object", by=request.user
            )
            messages.success(
                request,
                _("Uw bezwaar tegen automatische bevestiging is genoteerd.")
                if action == "object"
                else _("Uw bezwaar is ingetrokken."),
            )
        elif action == "complete":
            assignment = posted_assignment(request, reg)
            assignment_complete(assignment=assignment, by=request.user)
            messages.success(
                request,
                _("Afgevinkt: %(part)s is klaar.") % {"part": part_title(reg, assignment)},
            )
        elif action == "extend":
            require(request.user, Action.MANAGE_CAMPAIGN)
            form = ExtensionForm(request.POST)
            if not form.is_valid():
                return self.get(request, werkjaar, nis, extension_form=form)
            participation = participation_ensure(
                municipality=reg.municipality, campaign=reg.campaign
            )
            until: datetime.date | None = form.cleaned_data["extension_until"]
            participation_extend(participation=participation, until=until, by=request.user)
            messages.success(request, _("De verlenging is bewaard."))
        else:
            messages.error(request, _("Onbekende actie."))
        return redirect(overview_url(werkjaar, nis))


def participation_ensure_for(reg, user):
    if reg.participation is not None:
        return reg.participation
    if not can(user, Action.VIEW_DATA, reg.municipality):
        raise PermissionDenied
    return participation_ensure(municipality=reg.municipality, campaign=reg.campaign)


class ReopenForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reden (de coördinatoren krijgen ze per e-mail)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={"required": gettext_lazy("Geef een reden op.")},
    )


class ConfirmForm(forms.Form):
    open_questions_seen = forms.BooleanField(
        required=False,
        label=gettext_lazy("Ik heb de open vragen gezien en bevestig de rubriek toch."),
    )

    def __init__(self, *args, open_count: int, open_findings: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        self.open_count = open_count
        self.open_findings = open_findings
        if open_findings:
            self.fields["open_questions_seen"].label = _(
                "Ik heb de open vragen en controles gezien en bevestig de rubriek toch."
            )

    @property
    def needs_checkbox(self) -> bool:
        return bool(self.open_count or self.open_findings)

    def clean(self):
        cleaned = super().clean()
        if self.needs_checkbox and not cleaned.get("open_questions_seen"):
            self.add_error(
                "open_questions_seen",
                _("Er zijn nog open vragen. Vink aan dat u ze gezien hebt om toch te bevestigen.")
                if not self.open_findings
                else _(
                    "Er staan nog vragen of controles open. Vink aan dat u ze gezien hebt om "
                    "toch te bevestigen."
                ),
            )
        return cleaned


def confirm_form_for(sheet, data=None) -> ConfirmForm:
    return ConfirmForm(
        data,
        open_count=len(sheet.open_required),
        open_findings=len(sheet.errors) + len(sheet.open_warnings),
    )


class RubricSummaryView(LoginRequiredMixin, View):
    """A rubric's themes, completion and open questions; "Rubriek bevestigen" / "heropenen"."""

    template_name = "surveys/rubric_summary.html"

    def get(self, request, werkjaar, nis, rubric, confirm_form=None, reopen_form=None):
        reg = registration_context(user=request.user, werkjaar=werkjaar, nis=nis)
        sheet = reg.sheet(reg.rubric(rubric))
        guarded = reg.guarded(sheet.rubric, sheet)
        links = reg.links

        def link(entry_code: str) -> str:
            entry = sheet.entry(entry_code)
            slug = entry.theme.slug if entry else sheet.rubric.themes[0].slug
            return links.step(rubric, slug, question=entry_code)

        review = [
            {
                "sheet": theme,
                "rows": [
                    {"entry": entry, "url": link(entry.code)}
                    for entry in theme.entries
                    if entry.visible
                ],
            }
            for theme in sheet.themes
        ]
        can_confirm = can(request.user, Action.CONFIRM_RUBRIC, guarded) and bool(guarded.pk)
        return render(
            request,
            self.template_name,
            {
                "reg": reg,
                "campaign": reg.campaign,
                "municipality": reg.municipality,
                "rubric": sheet.rubric,
                "sheet": sheet,
                "response": guarded,
                "status_label": guarded.get_status_display(),
                "completion": sheet.completion,
                "review": review,
                "open_questions": [
                    {"entry": entry, "url": link(entry.code)} for entry in sheet.open_required
                ],
                "open_findings": [
                    {"finding": finding, "url": link(finding.target)}
                    for finding in sheet.findings
                    if finding.open
                ],
                "can_confirm": can_confirm,
                "can_notify_ready": not can_confirm
                and bool(guarded.pk)
                and can(request.user, Action.ENTER_DATA, guarded),
                "can_reopen": can(request.user, Action.REOPEN_RUBRIC, guarded)
                and guarded.is_locked,
                "can_view_audit": can(request.user, Action.VIEW_AUDIT),
                "can_enter": can(request.user, Action.ENTER_DATA, guarded),
                "spreadsheet_url": links.spreadsheet(rubric),
                "spreadsheet_upload_url": links.spreadsheet_upload(rubric),
                "confirm_form": confirm_form or confirm_form_for(sheet),
                "reopen_form": reopen_form or ReopenForm(),
                "overview_url": links.overview(),
                "audit_url": links.audit(rubric),
                "phase": reg.phase,
                "Phase": Phase,
            },
        )

    def post(self, request, werkjaar, nis, rubric):
        reg = registration_context(user=request.user, werkjaar=werkjaar, nis=nis)
        rubric_obj = reg.rubric(rubric)
        response = reg.response(rubric_obj)
        action = request.POST.get("action")
        if response is None:
            messages.error(request, _("Deze rubriek heeft nog geen antwoorden om te bevestigen."))
            return redirect(rubric_url(werkjaar, nis, rubric))
        try:
            if action == "confirm":
                sheet = rubric_sheet(
                    participation=reg.participation, rubric=rubric_obj, response=response
                )
                form = confirm_form_for(sheet, request.POST)
                if not form.is_valid():
                    return self.get(request, werkjaar, nis, rubric, confirm_form=form)
                rubric_confirm(response=response, by=request.user)
                messages.success(
                    request,
                    _("De rubriek %(rubriek)s is bevestigd en kan niet meer gewijzigd worden.")
                    % {"rubriek": rubric_obj.title},
                )
            elif action == "ready":
                rubric_ready_notify(response=response, by=request.user)
                messages.success(
                    request,
                    _("De coördinatoren krijgen een e-mail dat deze rubriek klaar is."),
                )
            elif action == "reopen":
                form = ReopenForm(request.POST)
                if not can(request.user, Action.REOPEN_RUBRIC, response):
                    raise PermissionDenied
                if not form.is_valid():
                    return self.get(request, werkjaar, nis, rubric, reopen_form=form)
                rubric_reopen(
                    response=response, by=request.user, reason=form.cleaned_data["reason"]
                )
                messages.success(
                    request,
                    _("De rubriek is heropend. De coördinatoren krijgen een e-mail met de reden."),
                )
            else:
                messages.error(request, _("Onbekende actie."))
        except RegistrationError as error:
            messages.error(request, str(error))
        return redirect(rubric_url(werkjaar, nis, rubric))


class AuditTrailView(LoginRequiredMixin, View):
    """The project team's view of every answer and status change of one rubric."""

    def get(self, request, werkjaar, nis, rubric):
        require(request.user, Action.VIEW_AUDIT)
        reg = registration_context(user=request.user, werkjaar=werkjaar, nis=nis)
        sheet = reg.sheet(reg.rubric(rubric))
        entries = (
            audit_trail(participation=reg.participation, rubric_code=sheet.rubric.code)
            if reg.participation
            else []
        )
        rows = [
            {
                "entry": entry,
                "question": sheet.rubric.by_code.get(entry.question_code),
                "old": sheet.text_of(entry.question_code, entry.old_value, entry.old_special),
                "new": sheet.text_of(entry.question_code, entry.new_value, entry.new_special),
                "old_status": _status_label(entry.old_status),
                "new_status": _status_label(entry.new_status),
            }
            for entry in entries
        ]
        return render(
            request,
            "surveys/audit_trail.html",
            {
                "reg": reg,
                "campaign": reg.campaign,
                "municipality": reg.municipality,
                "rubric": sheet.rubric,
                "sheet": sheet,
                "rows": rows,
                "rubric_url": reg.links.rubric(rubric),
            },
        )


def _status_label(status: str) -> StrOrPromise:
    from ..models import RubricStatus

    return RubricStatus(status).label if status in RubricStatus.values else status
