"""The page editor's preview of a theme: the step exactly as a municipality will fill it."""

from __future__ import annotations

from typing import Any

from django.shortcuts import render

from ..forms.step import ThemeStepForm
from ..questionnaire import Rubric, Theme, questions_of_stream
from ..sheets import sheet_from_answers


def theme_step_preview(request: Any, *, page: Any) -> Any:
    """The draft theme as a step without answers: inputs, tables, specials, follow-ups.

    Built from the page being edited (its unsaved draft included), not from the published
    questionnaire. The buttons are shown but do nothing: a preview saves no answers.
    """
    parent = page.get_parent().specific if page.get_parent() else None
    theme = Theme(
        page_id=page.pk or 0,
        title=page.title,
        slug=page.slug,
        intro=page.intro,
        questions=questions_of_stream(page.body),
    )
    rubric = Rubric(
        page_id=parent.pk if parent else 0,
        code=getattr(parent, "code", ""),
        title=parent.title if parent else "",
        slug=parent.slug if parent else "",
        intro="",
        themes=[theme],
    )
    theme.rubric = rubric
    sheet = sheet_from_answers(rubric=rubric, participation=None, response=None, answers={})
    form = ThemeStepForm(theme=theme, sheet=sheet)
    return render(
        request,
        "surveys/theme_preview.html",
        {"page": page, "theme": theme, "rubric": rubric, "sheet": sheet, "rows": form.rows()},
    )
