"""Page editor forms: the editor rules with their messages at the right block."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError


class CampaignPageForm(WagtailAdminPageForm):
    def clean(self):
        from ..rules import campaign_dates_problems, werkjaar_problem

        cleaned = super().clean()
        for field, problem in campaign_dates_problems(
            opening_date=cleaned.get("opening_date"),
            closing_date=cleaned.get("closing_date"),
            confirmation_deadline=cleaned.get("confirmation_deadline"),
        ).items():
            self.add_error(field, problem)
        werkjaar = cleaned.get("werkjaar")
        if werkjaar:
            # Before the model's unique check, which would say it in general terms.
            problem = werkjaar_problem(werkjaar=werkjaar, this_page_id=self.instance.pk)
            if problem:
                self.add_error("werkjaar", problem)
        return cleaned


def _check_errors(problems: list) -> StreamBlockValidationError:
    """The problems of a rubric's checks as errors at the check's field (and list item)."""
    by_check: dict[int, dict[str, ValidationError]] = defaultdict(dict)
    items: dict[tuple[int, str], dict[int, ValidationError]] = defaultdict(dict)
    for problem in problems:
        error = ValidationError(problem.message)
        if problem.item is not None:
            items[problem.index, problem.field].setdefault(problem.item, error)
        else:
            by_check[problem.index].setdefault(problem.field, error)
    for (index, field), errors in items.items():
        by_check[index].setdefault(field, ListBlockValidationError(block_errors=errors))
    return StreamBlockValidationError(
        block_errors={
            index: StructBlockValidationError(block_errors=fields)
            for index, fields in by_check.items()
        }
    )


class RubricPageForm(WagtailAdminPageForm):
    def clean(self):
        from ..questionnaire import checks_of_stream
        from ..rules import check_problems, rubric_code_problem

        cleaned = super().clean()
        code = cleaned.get("code")
        campaign = self.parent_page if self.instance.pk is None else self.instance.get_parent()
        if code and campaign is not None:
            problem = rubric_code_problem(
                code=code, campaign=campaign, this_page_id=self.instance.pk
            )
            if problem:
                self.add_error("code", problem)
        checks = cleaned.get("checks")
        if checks is not None and "checks" not in self.errors:
            problems = check_problems(
                checks=checks_of_stream(checks),
                rubric=self.instance if self.instance.pk else None,
                campaign=campaign,
            )
            if problems:
                self.add_error("checks", _check_errors(problems))
        return cleaned


class ThemePageForm(WagtailAdminPageForm):
    def clean(self) -> dict[str, Any]:
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
