"""The multi-step form of a rubric: one step per theme, every button saves first.

django-formtools' NamedUrlWizardView gives the ordered steps, their URLs and the step
list. The answers never live in its storage: they are the forms' initial data, read from
``Answer`` rows, and every POST goes through ``surveys.services.answers_save``. The
storage keeps only the current step, in memory, for one request.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, QueryDict
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from formtools.wizard.storage.base import BaseStorage
from formtools.wizard.views import NamedUrlWizardView

from roles.permissions import Action, can

from ..forms import ThemeStepForm, special_field_name, value_field_name
from ..selectors import answers_for_rubric, completion
from ..services import AnswerInput, RegistrationError, answers_save
from .context import answer_text, registration_context


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
        self.rubric = self.reg.rubric(kwargs["rubric"])
        if not self.rubric.themes:
            raise Http404("Deze rubriek heeft geen thema's.")
        self.guarded = self.reg.guarded(self.rubric)
        self.can_enter = can(request.user, Action.ENTER_DATA, self.guarded)
        self.answers = answers_for_rubric(participation=self.reg.participation, rubric=self.rubric)
        # Our steps depend on the rubric: the real form list is built here, per request.
        self.form_list = OrderedDict((theme.slug, ThemeStepForm) for theme in self.rubric.themes)
        self.themes = {theme.slug: theme for theme in self.rubric.themes}
        return super().dispatch(request, *args, **kwargs)

    def get_prefix(self, request, *args, **kwargs):
        return f"rubric_{kwargs['rubric']}"

    def get_form_prefix(self, step=None, form=None):
        return None

    def get_step_url(self, step: str) -> str:
        return reverse(
            "surveys:step",
            kwargs={
                "werkjaar": self.reg.campaign.werkjaar,
                "nis": self.reg.municipality.nis_code,
                "rubric": self.rubric.code,
                "step": step,
            },
        )

    def summary_url(self) -> str:
        return reverse(
            "surveys:rubric",
            kwargs={
                "werkjaar": self.reg.campaign.werkjaar,
                "nis": self.reg.municipality.nis_code,
                "rubric": self.rubric.code,
            },
        )

    # --- forms -----------------------------------------------------------------------------
    def stored_values(self) -> dict[str, Any]:
        return {code: a.value for code, a in self.answers.items() if not a.special}

    def get_form_initial(self, step):
        theme = self.themes[step]
        initial: dict[str, Any] = {}
        versions = {}
        for question in theme.questions:
            answer = self.answers.get(question.code)
            if answer is None:
                continue
            versions[question.code] = answer.version
            if answer.special:
                initial[special_field_name(question.code)] = answer.special
            else:
                initial[value_field_name(question.code)] = question.to_initial(answer.value)
        initial["versions"] = json.dumps(versions)
        return initial

    def get_form_kwargs(self, step=None):
        return {
            "theme": self.themes[step],
            "visible_codes": self.rubric.visible_codes(self.stored_values()),
            "readonly": not self.can_enter,
        }

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
        theme = self.themes[step]
        form = self.get_form(step=step, data=request.POST)
        form.is_valid()
        keep = form.keep_choices()
        undecided = set(form.conflict_codes) - set(keep)
        values = {
            code: AnswerInput(value=value, special=special)
            for code, (value, special) in form.submitted_answers().items()
            # After a conflict, only the answers the user chose to keep as theirs are written.
            if keep.get(code) != "theirs" and code not in undecided
        }
        try:
            result = answers_save(
                municipality=self.reg.municipality,
                campaign=self.reg.campaign,
                rubric=self.rubric,
                by=request.user,
                values=values,
                seen_versions=form.seen_versions(),
            )
        except RegistrationError as error:
            form.add_error(None, str(error))
            return self.render(form)

        self.answers = answers_for_rubric(
            participation=result.response.participation, rubric=self.rubric
        )
        self.guarded = result.response  # the status after this save
        has_errors = bool(form.errors)
        if result.conflicts:
            return self.render_conflicts(form, theme, result.conflicts)
        if undecided:
            return self.render_conflicts(form, theme, self.pending_conflicts(form, undecided))
        if has_errors:
            if result.saved:
                messages.warning(
                    request,
                    _(
                        "Uw geldige antwoorden zijn opgeslagen. "
                        "Verbeter de fouten die hieronder staan."
                    ),
                )
            return self.render(self.rebind(form, theme))
        if result.saved:
            messages.success(request, _("Uw antwoorden zijn opgeslagen."))
        else:
            messages.info(request, _("Er was niets gewijzigd."))
        return redirect(self.destination(step))

    def destination(self, step: str) -> str:
        goto = self.request.POST.get("wizard_goto_step")
        if goto and goto in self.get_form_list():
            return self.get_step_url(goto)
        if goto == "samenvatting":
            return self.summary_url()
        if self.request.POST.get("action") == "next":
            following = self.get_next_step(step)
            return self.get_step_url(following) if following else self.summary_url()
        return self.get_step_url(step)

    def rebind(self, form: ThemeStepForm, theme: Any, conflict_codes: list[str] | None = None):
        """The same input again, with visibility and versions from what is stored now."""
        data = form.data.copy() if isinstance(form.data, QueryDict) else QueryDict(mutable=True)
        versions = form.seen_versions()
        for question in theme.questions:
            answer = self.answers.get(question.code)
            if answer is not None and question.code not in (conflict_codes or []):
                versions[question.code] = answer.version
        for code in conflict_codes or []:
            versions[code] = self.answers[code].version if code in self.answers else 0
        data["versions"] = json.dumps(versions)
        data["conflicts"] = ",".join(conflict_codes or [])
        values = self.stored_values()
        values.update(
            {
                code: value
                for code, (value, special) in form.submitted_answers().items()
                if not special
            }
        )
        rebound = ThemeStepForm(
            data,
            theme=theme,
            visible_codes=self.rubric.visible_codes(values),
            readonly=not self.can_enter,
            conflict_codes=conflict_codes or [],
        )
        rebound.full_clean()
        fresh = set(conflict_codes or []) - set(form.conflict_codes)
        for name in list(rebound._errors):
            # A new conflict is shown without an error; an unanswered choice keeps its error.
            if name.startswith("keep__") and name.removeprefix("keep__") in fresh:
                del rebound._errors[name]
        return rebound

    def pending_conflicts(self, form, codes):
        """Conflicts the user has not decided yet, described with what is stored now."""
        from ..services import Conflict

        submitted = form.submitted_answers()
        pending = []
        for code in sorted(codes):
            answer = self.answers.get(code)
            value, special = submitted.get(code, (None, ""))
            pending.append(
                Conflict(
                    code=code,
                    their_value=answer.value if answer else None,
                    their_special=answer.special if answer else "",
                    their_version=answer.version if answer else 0,
                    their_author=(
                        (answer.updated_by.get_full_name() or answer.updated_by.username)
                        if answer and answer.updated_by
                        else ""
                    ),
                    mine=AnswerInput(value=value, special=special),
                )
            )
        return pending

    def render_conflicts(self, form, theme, conflicts):
        rebound = self.rebind(form, theme, [conflict.code for conflict in conflicts])
        by_code = self.rubric.by_code
        rows = [
            {
                "question": by_code[c.code],
                "theirs": answer_text(
                    by_code[c.code], c.their_value, c.their_special, empty=_("(leeg)")
                ),
                "mine": answer_text(
                    by_code[c.code], c.mine.value, c.mine.special, empty=_("(leeg)")
                ),
                "author": c.their_author,
            }
            for c in conflicts
        ]
        messages.warning(
            self.request,
            _(
                "Iemand anders heeft intussen antwoorden van dit thema gewijzigd. Kies per vraag "
                "welk antwoord u wilt behouden en sla opnieuw op."
            ),
        )
        return self.render(rebound, conflicts=rows)

    # --- context ----------------------------------------------------------------------------
    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        theme = self.themes[self.steps.current]
        steps = []
        for other in self.rubric.themes:
            result = completion(rubric=self.rubric, answers=self.answers, questions=other.questions)
            steps.append(
                {
                    "theme": other,
                    "url": self.get_step_url(other.slug),
                    "current": other.slug == theme.slug,
                    "complete": result.complete and result.applicable > 0 and result.answered > 0,
                    "open": len(result.open_required),
                    "answered": result.answered,
                    "applicable": result.applicable,
                }
            )
        rubric_completion = completion(rubric=self.rubric, answers=self.answers)
        context.update(
            {
                "reg": self.reg,
                "campaign": self.reg.campaign,
                "municipality": self.reg.municipality,
                "rubric": self.rubric,
                "theme": theme,
                "response": self.guarded,
                "steps_list": steps,
                "rubric_completion": rubric_completion,
                "can_enter": self.can_enter,
                "summary_url": self.summary_url(),
                "overview_url": reverse(
                    "surveys:overview",
                    kwargs={
                        "werkjaar": self.reg.campaign.werkjaar,
                        "nis": self.reg.municipality.nis_code,
                    },
                ),
                "prev_url": self.get_step_url(self.steps.prev) if self.steps.prev else None,
                "next_url": self.get_step_url(self.steps.next) if self.steps.next else None,
                "conflicts": kwargs.get("conflicts", []),
                "rows": form.rows(),
            }
        )
        return context

    def render(self, form=None, **kwargs):
        form = form or self.get_form()
        context = self.get_context_data(form=form, **kwargs)
        return self.render_to_response(context)
