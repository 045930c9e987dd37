"""Page editor forms: the editor rules with their messages at the right block."""

from __future__ import annotations

from collections import defaultdict

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
        from ..rules import rubric_code_problem

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
        from ..questionnaire import questions_of_stream
        from ..rules import answered_question_problems, theme_problems

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
