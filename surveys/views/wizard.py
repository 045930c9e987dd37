"""The multi-step form of a rubric: one step per theme, every button saves first.

django-formtools' NamedUrlWizardView gives the ordered steps, their URLs and the step
list. The answers never live in its storage: they come from the rubric's sheet
(``surveys.sheets``), and every POST goes through ``surveys.services.answers_save``, which
decides conflicts too. The storage keeps only the current step, in memory, for one request.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from formtools.wizard.storage.base import BaseStorage
from formtools.wizard.views import NamedUrlWizardView

from roles.permissions import Action
from roles.sessions import logged_in_just_now

from ..forms.step import ThemeStepForm
from ..services import RegistrationError, answers_save, answers_take_over, refusal
from .context import registration_context


class RequestStorage(BaseStorage):
    """Keeps only the current step, in memory, for one request; never any answers."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.init_data()

    def update_response(self, response: Any) -> None:
        return None


class RubricWizardView(NamedUrlWizardView):
    template_name = "surveys/theme_step.html"
    storage_name = "surveys.views.wizard.RequestStorage"

    # --- set-up per request -------------------------------------------------------------
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        self.reg = registration_context(
            user=request.user, werkjaar=kwargs["werkjaar"], nis=kwargs["nis"]
        )
        self.links = self.reg.links
        self.rubric = self.reg.rubric(kwargs["rubric"])
        if not self.rubric.themes:
            raise Http404("Deze rubriek heeft geen thema's.")
        # A POST reads the rubric once, in the save service, under its lock; only a GET
        # (or a save that has to show the form again) needs the sheet before that.
        self._sheet = None if request.method == "POST" else self.reg.sheet(self.rubric)
        # Our steps depend on the rubric: the real form list is built here, per request.
        self.form_list = OrderedDict((theme.slug, ThemeStepForm) for theme in self.rubric.themes)
        self.themes = {theme.slug: theme for theme in self.rubric.themes}
        return super().dispatch(request, *args, **kwargs)

    @property
    def sheet(self):
        if self._sheet is None:
            self._sheet = self.reg.sheet(self.rubric)
        return self._sheet

    @sheet.setter
    def sheet(self, sheet) -> None:
        self._sheet = sheet

    @property
    def guarded(self):
        return self.reg.guarded(self.rubric, self.sheet)

    @property
    def read_only_reason(self) -> str | None:
        return refusal(user=self.request.user, action=Action.ENTER_DATA, response=self.guarded)

    @property
    def can_enter(self) -> bool:
        return self.read_only_reason is None

    def get_prefix(self, request, *args, **kwargs):
        return f"rubric_{kwargs['rubric']}"

    def get_form_prefix(self, step=None, form=None):
        return None

    def get_step_url(self, step: str) -> str:
        return self.links.step(self.rubric.code, step)

    def get_form_initial(self, step):
        return {}  # the form takes its initial answers from the sheet

    def get_form_kwargs(self, step=None):
        if self.request.method == "POST":
            # What the person loaded comes with the POST; the service checks the rights.
            return {"theme": self.themes[step], "sheet": None}
        return {"theme": self.themes[step], "sheet": self.sheet, "readonly": not self.can_enter}

    # --- GET: show a step with the saved answers, no errors ---------------------------
    def get(self, request, *args, **kwargs):
        step = kwargs.get("step")
        if step not in self.get_form_list():
            return redirect(self.get_step_url(self.steps.first))
        self.storage.current_step = step
        return self.render(self.get_form(step=step))

    # --- POST: every button saves what validated, then moves if nothing is wrong ---------
    def post(self, request, *args, **kwargs):
        step = kwargs.get("step")
        if step not in self.get_form_list():
            raise Http404("Onbekend thema.")
        self.storage.current_step = step
        form = self.get_form(step=step, data=request.POST)
        form.is_valid()
        try:
            result = answers_save(
                municipality=self.reg.municipality,
                campaign=self.reg.campaign,
                rubric=self.rubric,
                by=request.user,
                values=form.answer_inputs(),
                seen_versions=form.seen_versions(),
                participation=self.reg.participation,
            )
        except RegistrationError as error:
            form = form.refused(self.sheet, str(error), readonly=not self.can_enter)
            return self.render(form)

        self.sheet = result.sheet  # the rubric after this save, status included
        if result.conflicts:
            messages.warning(
                request,
                _(
                    "Iemand anders heeft intussen antwoorden van dit thema gewijzigd. Kies per "
                    "vraag welk antwoord u wilt behouden en sla opnieuw op."
                ),
            )
            return self.render(form.after_save(result), conflicts=result.conflicts)
        if form.errors:
            if result.saved:
                messages.warning(
                    request,
                    _(
                        "Uw geldige antwoorden zijn opgeslagen. "
                        "Verbeter de fouten die hieronder staan."
                    ),
                )
            return self.render(form.after_save(result))
        if request.POST.get("action") == "take_over":
            return self.take_over(step, saved=bool(result.saved))
        if result.saved:
            messages.success(request, _("Uw antwoorden zijn opgeslagen."))
        else:
            messages.info(request, _("Er was niets gewijzigd."))
        return redirect(self.destination(step))

    def take_over(self, step: str, *, saved: bool):
        """Fill the theme's empty answers that may be taken over from the previous campaign."""
        try:
            result = answers_take_over(
                municipality=self.reg.municipality,
                campaign=self.reg.campaign,
                rubric=self.rubric,
                theme_slug=step,
                by=self.request.user,
            )
        except RegistrationError as error:
            messages.error(self.request, str(error))
            return redirect(self.get_step_url(step))
        filled = len(result.saved)
        if filled:
            assert result.sheet is not None  # a save always returns the fresh sheet
            messages.success(
                self.request,
                ngettext(
                    "%(n)s antwoord overgenomen uit werkjaar %(werkjaar)s. Kijk het na.",
                    "%(n)s antwoorden overgenomen uit werkjaar %(werkjaar)s. Kijk ze na.",
                    filled,
                )
                % {"n": filled, "werkjaar": result.sheet.previous_werkjaar},
            )
        else:
            messages.info(
                self.request, _("Er was niets over te nemen: de vragen zijn al ingevuld.")
            )
        if saved:
            messages.success(self.request, _("Uw antwoorden zijn opgeslagen."))
        return redirect(self.get_step_url(step))

    def destination(self, step: str) -> str:
        goto = self.request.POST.get("wizard_goto_step")
        if goto and goto in self.get_form_list():
            return self.get_step_url(goto)
        if goto == "samenvatting":
            return self.links.rubric(self.rubric.code)
        if self.request.POST.get("action") == "next":
            following = self.get_next_step(step)
            return (
                self.get_step_url(following) if following else self.links.rubric(self.rubric.code)
            )
        return self.get_step_url(step)

    # --- context ----------------------------------------------------------------------------
    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        theme = self.themes[self.steps.current]
        code = self.rubric.code
        steps = [
            {
                "theme": theme_sheet.theme,
                "url": self.get_step_url(theme_sheet.slug),
                "current": theme_sheet.slug == theme.slug,
                "done": theme_sheet.done,
                "completion": theme_sheet.completion,
            }
            for theme_sheet in self.sheet.themes
        ]
        guarded = self.guarded
        read_only_reason = self.read_only_reason
        context.update(
            {
                "reg": self.reg,
                "campaign": self.reg.campaign,
                "municipality": self.reg.municipality,
                "rubric": self.rubric,
                "theme": theme,
                "sheet": self.sheet,
                "response": guarded,
                "steps_list": steps,
                "can_enter": read_only_reason is None,
                "read_only_reason": read_only_reason,
                "fresh_login": logged_in_just_now(self.request),
                "summary_url": self.links.rubric(code),
                "spreadsheet_url": self.links.spreadsheet(code),
                "spreadsheet_upload_url": self.links.spreadsheet_upload(code),
                "overview_url": self.links.overview(),
                "prev_url": self.get_step_url(self.steps.prev) if self.steps.prev else None,
                "next_url": self.get_step_url(self.steps.next) if self.steps.next else None,
                "rows": form.rows(kwargs.get("conflicts")),
                "take_over_count": sum(
                    1 for entry in self.sheet.theme(theme.slug).entries if entry.can_take_over
                ),
            }
        )
        return context

    def render(self, form=None, **kwargs):
        form = form or self.get_form()
        context = self.get_context_data(form=form, **kwargs)
        return self.render_to_response(context)
