"""Page editor forms: the editor rules with their messages at the right block."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError


class CampaignPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        opening = cleaned.get("opening_date")
        closing = cleaned.get("closing_date")
        deadline = cleaned.get("confirmation_deadline")
        if opening and closing and closing < opening:
            self.add_error("closing_date", _("De sluitingsdatum ligt voor de openingsdatum."))
        if closing and deadline and deadline < closing:
            self.add_error(
                "confirmation_deadline",
                _("De uiterste bevestigingsdatum ligt voor de sluitingsdatum."),
            )
        return cleaned


class RubricPageForm(WagtailAdminPageForm):
    def clean(self):
        from .rules import rubric_code_problem

        cleaned = super().clean()
        code = cleaned.get("code")
        campaign = self.parent_page if self.instance.pk is None else self.instance.get_parent()
        if code and campaign is not None:
            problem = rubric_code_problem(
                code=code, campaign=campaign, this_page_id=self.instance.pk
            )
            if problem:
                self.add_error("code", problem)
        return cleaned


class ThemePageForm(WagtailAdminPageForm):
    def clean(self):
        from .questionnaire import questions_of_stream
        from .rules import answered_question_problems, theme_problems

        cleaned = super().clean()
        body = cleaned.get("body")
        if body is None or "body" in self.errors:
            return cleaned
        if self.instance.pk is None:
            rubric = self.parent_page
            position_path = None
        else:
            rubric = self.instance.get_parent()
            position_path = self.instance.path
        questions = questions_of_stream(body)
        campaign = rubric.get_parent().specific
        problems = theme_problems(
            questions=questions,
            rubric=rubric,
            campaign=campaign,
            this_page_id=self.instance.pk,
            position_path=position_path,
        )
        locked, removed = answered_question_problems(
            page=self.instance if self.instance.pk else None,
            questions=questions,
            campaign=campaign,
        )
        problems += locked
        if removed:
            self.add_error("body", StreamBlockValidationError(non_block_errors=ErrorList(removed)))
            return cleaned
        if problems:
            by_block: dict[int, dict[str, ValidationError]] = defaultdict(dict)
            for problem in problems:
                error = ValidationError(problem.message)
                if problem.field == "condition":
                    # The condition is a struct of its own: show the message at its code.
                    error = StructBlockValidationError(block_errors={"question": error})
                by_block[problem.index][problem.field] = error
            self.add_error(
                "body",
                StreamBlockValidationError(
                    block_errors={
                        index: StructBlockValidationError(block_errors=fields)
                        for index, fields in by_block.items()
                    }
                ),
            )
        return cleaned


# --- the registration step form -------------------------------------------------------


def value_field_name(code: str) -> str:
    return f"q__{code}"


def special_field_name(code: str) -> str:
    return f"s__{code}"


def keep_field_name(code: str) -> str:
    return f"keep__{code}"


@dataclass
class QuestionRow:
    """One question as the step template shows it."""

    question: Any
    field: Any
    special: Any
    visible: bool
    keep: Any = None

    @property
    def grouped(self) -> bool:
        """Radio buttons, checkboxes and tables are a group: a fieldset with a legend."""
        return self.question.type_code in {"yes_no", "single_choice", "multiple_choice", "table"}


class ThemeStepForm(forms.Form):
    """The questions of one theme. Built per request from the published blocks.

    Every question field is optional: "required" decides completeness, never a save.
    """

    versions = forms.CharField(widget=forms.HiddenInput, required=False)
    conflicts = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(
        self,
        *args: Any,
        theme: Any,
        visible_codes: set[str],
        readonly: bool = False,
        conflict_codes: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.theme = theme
        self.visible_codes = visible_codes
        self.readonly = readonly
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
                    widget=forms.RadioSelect,
                    required=False,
                    disabled=readonly,
                    label=_("Of kies"),
                )
        codes = conflict_codes if conflict_codes is not None else self._posted_conflicts()
        self.conflict_codes = [code for code in codes if code in {q.code for q in theme.questions}]
        for code in self.conflict_codes:
            self.fields[keep_field_name(code)] = forms.ChoiceField(
                choices=[
                    ("mine", _("Mijn antwoord opslaan")),
                    ("theirs", _("Hun antwoord behouden")),
                ],
                widget=forms.RadioSelect,
                required=True,
                label=_("Welk antwoord wilt u behouden?"),
                error_messages={"required": _("Kies welk antwoord u wilt behouden.")},
            )

    def _posted_conflicts(self) -> list[str]:
        if not self.is_bound:
            return []
        raw = self.data.get(self.add_prefix("conflicts"), "")
        return [code for code in raw.split(",") if code]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        for question in self.theme.questions:
            name = value_field_name(question.code)
            if cleaned.get(special_field_name(question.code)) and name in self._errors:
                # A special answer replaces the value: its typing errors do not matter.
                del self._errors[name]
        return cleaned

    def seen_versions(self) -> dict[str, int]:
        raw = self.data.get(self.add_prefix("versions"), "") if self.is_bound else ""
        try:
            data = json.loads(raw or "{}")
        except ValueError:
            return {}
        return {str(code): int(version) for code, version in data.items() if str(version).isdigit()}

    def submitted_answers(self) -> dict[str, tuple[Any, str]]:
        """(storage value, special) per question whose input validated."""
        result = {}
        cleaned = getattr(self, "cleaned_data", {})
        for question in self.theme.questions:
            special = cleaned.get(special_field_name(question.code)) or ""
            name = value_field_name(question.code)
            if special:
                result[question.code] = (None, special)
            elif name in cleaned and name not in self._errors:
                result[question.code] = (question.to_storage(cleaned[name]), "")
        return result

    def keep_choices(self) -> dict[str, str]:
        cleaned = getattr(self, "cleaned_data", {})
        return {
            name.removeprefix("keep__"): value
            for name, value in cleaned.items()
            if name.startswith("keep__") and value
        }

    def rows(self) -> list[QuestionRow]:
        rows = []
        for question in self.theme.questions:
            special_name = special_field_name(question.code)
            keep_name = keep_field_name(question.code)
            rows.append(
                QuestionRow(
                    question=question,
                    field=self[value_field_name(question.code)],
                    special=self[special_name] if special_name in self.fields else None,
                    visible=question.code in self.visible_codes,
                    keep=self[keep_name] if keep_name in self.fields else None,
                )
            )
        return rows
