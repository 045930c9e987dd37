"""The form of one registration step: the questions of a theme."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext as _

from ..blocks.fields import FastRadioSelect, FastTextarea
from ..services import KEEP_MINE, KEEP_THEIRS, AnswerInput
from ..sheets import EMPTY_FINGERPRINT


def value_field_name(code: str) -> str:
    return f"q__{code}"


def special_field_name(code: str) -> str:
    return f"s__{code}"


def keep_field_name(code: str) -> str:
    return f"keep__{code}"


def explanation_field_name(code: str) -> str:
    return f"e__{code}"


def _code_of(html_name: str) -> str:
    return html_name.partition("__")[2]


def _json_object(raw: str) -> dict[str, Any]:
    """A JSON object posted in a hidden field; anything else reads as empty."""
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


@dataclass
class QuestionRow:
    """One question as the step template shows it."""

    question: Any
    field: Any
    special: Any
    visible: bool
    keep: Any = None
    conflict: Any = None
    explanation: Any = None
    #: The question's entry in the rubric's sheet: previous answer and findings.
    entry: Any = None
    previous_werkjaar: int | None = None

    @property
    def code(self) -> str:
        return self.question.code

    @property
    def grouped(self) -> bool:
        return self.question.grouped

    @property
    def errors(self) -> list[str]:
        errors = list(self.field.errors)
        for extra in (self.keep, self.explanation):
            if extra is not None:
                errors += list(extra.errors)
        return errors

    @property
    def previous_text(self) -> str:
        return self.entry.previous_text if self.entry is not None else ""

    @property
    def html(self) -> Any:
        """The question's markup (``surveys/forms/question_html.py``)."""
        from .question_html import question_html

        return question_html(self)

    @property
    def findings(self) -> list[Any]:
        return self.entry.findings if self.entry is not None else []


class ThemeStepForm(forms.Form):
    """The questions of one theme, with the saved answers of the rubric's sheet as initial.

    Built per request from the published blocks. Every question field is optional:
    "required" decides completeness, never a save. Hidden fields carry, per answer, the
    version and the fingerprint of what the person loaded, and the questions shown as a
    conflict, so that the save service can tell a changed answer from an untouched one.
    """

    versions = forms.CharField(widget=forms.HiddenInput, required=False)
    loaded = forms.CharField(widget=forms.HiddenInput, required=False)
    conflicts = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(
        self,
        data: Any = None,
        *,
        theme: Any,
        sheet: Any | None,
        readonly: bool = False,
        conflict_codes: list[str] | None = None,
        fresh_codes: set[str] | None = None,
        visible_codes: set[str] | None = None,
        **_wizard: Any,  # formtools also passes files, prefix and initial: not used here
    ) -> None:
        entries = [sheet.entry(q.code) for q in theme.questions] if sheet is not None else []
        initial: dict[str, Any] = {
            "versions": json.dumps({e.code: e.version for e in entries if e.answer}),
            "loaded": json.dumps({e.code: e.fingerprint for e in entries if e.answer}),
        }
        for entry in entries:
            if entry.special:
                initial[special_field_name(entry.code)] = entry.special
            elif entry.answer is not None:
                initial[value_field_name(entry.code)] = entry.question.to_initial(entry.value)
            if entry.explanation:
                initial[explanation_field_name(entry.code)] = entry.explanation
        super().__init__(data, initial=initial)
        self.theme = theme
        self.sheet = sheet
        if visible_codes is None:
            visible_codes = sheet.visible_codes if sheet is not None else set()
        self.visible_codes = visible_codes
        self.readonly = readonly
        #: Questions shown with what is stored now rather than with the posted input.
        self.fresh_codes = fresh_codes or set()
        for question in theme.questions:
            field = question.form_field()
            field.disabled = readonly
            described = [f"hulp-{question.code}"] if question.help_text else []
            field.widget.attrs["aria-describedby"] = " ".join([*described, f"fout-{question.code}"])
            self.fields[value_field_name(question.code)] = field
            specials = question.special_choices
            if specials:
                self.fields[special_field_name(question.code)] = forms.ChoiceField(
                    choices=[("", _("Ik geef een antwoord"))] + specials,
                    widget=FastRadioSelect,
                    required=False,
                    disabled=readonly,
                    label=_("Of kies"),
                )
        explained = {e.code for e in entries if e.explanation or e.warnings}
        for question in theme.questions:
            # Where a warning stands (or an explanation was given), or where the form that
            # was posted carried one.
            name = explanation_field_name(question.code)
            if question.code in explained or (self.is_bound and name in self.data):
                self.fields[name] = forms.CharField(
                    label=_("Toelichting bij dit antwoord"),
                    help_text=_(
                        "Leg kort uit waarom dit antwoord klopt, of verbeter het antwoord."
                    ),
                    required=False,
                    max_length=2000,
                    disabled=readonly,
                    widget=FastTextarea(attrs={"rows": 2}),
                    error_messages={
                        "max_length": _("Een toelichting is hoogstens %(limit_value)d tekens.")
                    },
                )
        codes = conflict_codes if conflict_codes is not None else self._posted_conflicts()
        own = {question.code for question in theme.questions}
        self.conflict_codes = [code for code in codes if code in own]
        for code in self.conflict_codes:
            self.fields[keep_field_name(code)] = forms.ChoiceField(
                choices=[
                    (KEEP_MINE, _("Mijn antwoord opslaan")),
                    (KEEP_THEIRS, _("Hun antwoord behouden")),
                ],
                widget=FastRadioSelect,
                required=False,
                label=_("Welk antwoord wilt u behouden?"),
            )

    def _widget_data_value(self, widget: Any, html_name: str) -> Any:
        if _code_of(html_name) in self.fresh_codes and html_name[:3] in ("q__", "s__", "e__"):
            return self.initial.get(html_name)
        # Django's BaseForm has this method; django-stubs does not declare it.
        return super()._widget_data_value(widget, html_name)  # type: ignore[misc]

    def _posted_conflicts(self) -> list[str]:
        if not self.is_bound:
            return []
        raw = self.data.get(self.add_prefix("conflicts"), "")
        return [code for code in str(raw).split(",") if code]

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        for question in self.theme.questions:
            name = value_field_name(question.code)
            if cleaned.get(special_field_name(question.code)) and name in self.errors:
                # A special answer replaces the value: its typing errors do not matter.
                del self.errors[name]
        return cleaned

    def seen_versions(self) -> dict[str, int]:
        data = _json_object(self.data.get("versions", "") if self.is_bound else "")
        return {
            str(code): int(version)
            for code, version in data.items()
            if isinstance(version, int) and not isinstance(version, bool) and version >= 0
        }

    def loaded_fingerprints(self) -> dict[str, str] | None:
        """Fingerprints of the answers as loaded; None when the form did not carry them."""
        if not self.is_bound or "loaded" not in self.data:
            return None
        data = _json_object(self.data.get("loaded", ""))
        return {str(code): str(stamp) for code, stamp in data.items()}

    def answer_inputs(self) -> dict[str, AnswerInput]:
        """What to hand to ``answers_save``: every question whose input validated."""
        cleaned = getattr(self, "cleaned_data", {})
        loaded = self.loaded_fingerprints()
        inputs = {}
        for question in self.theme.questions:
            code = question.code
            special = cleaned.get(special_field_name(code)) or ""
            name = value_field_name(code)
            if special:
                value = None
            elif name in cleaned and name not in self.errors:
                value = question.to_storage(cleaned[name])
            else:
                continue
            explanation_name = explanation_field_name(code)
            if explanation_name in self.errors:
                continue
            inputs[code] = AnswerInput(
                value=value,
                special=special,
                loaded=None if loaded is None else loaded.get(code, EMPTY_FINGERPRINT),
                decision=cleaned.get(keep_field_name(code)) or "",
                pending=code in self.conflict_codes,
                explanation=cleaned.get(explanation_name) if explanation_name in cleaned else None,
            )
        return inputs

    def refused(self, sheet: Any, message: str, *, readonly: bool) -> ThemeStepForm:
        """The same input again (read-only: what is stored), with the refusal on top."""
        again = ThemeStepForm(
            self.data,
            theme=self.theme,
            sheet=sheet,
            readonly=readonly,
            conflict_codes=self.conflict_codes,
        )
        again.full_clean()
        again.add_error(None, message)
        return again

    def after_save(self, result: Any) -> ThemeStepForm:
        """The form to show again after a save with errors or conflicts.

        Answers saved or left untouched show what is stored now; input with an error or
        in conflict stays as typed. Versions and fingerprints follow what is shown, so a
        next save compares with it. Undecided conflicts get their message here.
        """
        sheet = result.sheet
        conflicts = {conflict.code: conflict for conflict in result.conflicts}
        errors = {
            _code_of(name)
            for name in self.errors
            if name.startswith(("q__", "s__", "keep__", "e__"))
        }
        versions = self.seen_versions()
        loaded = self.loaded_fingerprints() or {}
        fresh = set()
        for question in self.theme.questions:
            code = question.code
            entry = sheet.entry(code)
            if code in conflicts:
                versions[code] = conflicts[code].their_version
                loaded[code] = conflicts[code].their_fingerprint
            elif code not in errors:
                fresh.add(code)
                versions[code] = entry.version
                loaded[code] = entry.fingerprint
        data = self.data.copy() if isinstance(self.data, QueryDict) else QueryDict(mutable=True)
        data["versions"] = json.dumps({code: v for code, v in versions.items() if v})
        data["loaded"] = json.dumps(loaded)
        data["conflicts"] = ",".join(conflicts)
        for code in conflicts:
            if code not in self.conflict_codes:
                data.pop(keep_field_name(code), None)  # a new conflict: no choice made yet
        shown = sheet.values()
        shown.update(
            {
                code: answer.value
                for code, answer in self.answer_inputs().items()
                if code not in fresh and not answer.special
            }
        )
        rebound = ThemeStepForm(
            data,
            theme=self.theme,
            sheet=sheet,
            readonly=self.readonly,
            conflict_codes=list(conflicts),
            fresh_codes=fresh,
            visible_codes=sheet.rubric.visible_codes(shown),
        )
        rebound.full_clean()
        for code, conflict in conflicts.items():
            if conflict.undecided:
                rebound.add_error(keep_field_name(code), _("Kies welk antwoord u wilt behouden."))
        return rebound

    def rows(self, conflicts: list[Any] | None = None) -> list[QuestionRow]:
        by_code = {conflict.code: conflict for conflict in conflicts or []}
        sheet = self.sheet
        rows = []
        for question in self.theme.questions:
            special_name = special_field_name(question.code)
            keep_name = keep_field_name(question.code)
            explanation_name = explanation_field_name(question.code)
            rows.append(
                QuestionRow(
                    question=question,
                    field=self[value_field_name(question.code)],
                    special=self[special_name] if special_name in self.fields else None,
                    visible=question.code in self.visible_codes,
                    keep=self[keep_name] if keep_name in self.fields else None,
                    conflict=by_code.get(question.code),
                    explanation=self[explanation_name] if explanation_name in self.fields else None,
                    entry=sheet.entry(question.code) if sheet is not None else None,
                    previous_werkjaar=sheet.previous_werkjaar if sheet is not None else None,
                )
            )
        return rows
