"""Page editor helpers in the Wagtail admin (registered in ``wagtail_hooks``).

``ConditionQuestionsView`` feeds the condition selects of a theme's questions (see
``surveys.blocks.conditions``): the questions of the rubric's earlier themes that a
condition can test, with their answers, for whoever may edit that theme.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, JsonResponse
from django.utils.translation import gettext as _
from django.views import View

from .blocks import QuestionStreamBlock
from .blocks.conditions import condition_answers, condition_types
from .models import RubricPage, ThemePage
from .rules import questions_before


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


class ConditionQuestionsView(View):
    """GET ?pagina=<theme id> (an existing theme) or ?rubriek=<rubric id> (a new theme).

    Answers JSON: ``questions`` (code, text, theme, operator, answers) in questionnaire
    order, and ``types`` (per block type: operator and fixed answers) for the questions
    of the theme being edited, which the editor's script reads from the form.
    """

    def get(self, request: HttpRequest) -> JsonResponse:
        theme_id = _int(request.GET.get("pagina"))
        rubric_id = _int(request.GET.get("rubriek"))
        if theme_id is not None:
            theme = ThemePage.objects.filter(pk=theme_id).first()
            if theme is None:
                raise Http404(_("Dit thema bestaat niet."))
            if not theme.permissions_for_user(request.user).can_edit():
                raise PermissionDenied
            rubric = theme.get_parent().specific
            earlier = questions_before(
                rubric=rubric, this_page_id=theme.pk, position_path=theme.path
            )
        elif rubric_id is not None:
            rubric = RubricPage.objects.filter(pk=rubric_id).first()
            if rubric is None:
                raise Http404(_("Deze rubriek bestaat niet."))
            if not rubric.permissions_for_user(request.user).can_add_subpage():
                raise PermissionDenied
            earlier = questions_before(rubric=rubric)  # a new theme comes last
        else:
            raise Http404(_("Geef het thema of de rubriek op."))

        questions: list[dict[str, Any]] = []
        for theme_page, question in earlier:
            found = condition_answers(question.block, question.value)
            if found is None:
                continue
            operator, answers = found
            questions.append(
                {
                    "code": question.code,
                    "text": question.text,
                    "theme": theme_page.title,
                    "operator": operator,
                    "answers": answers,
                }
            )
        response = JsonResponse(
            {"questions": questions, "types": condition_types(QuestionStreamBlock())}
        )
        response["Cache-Control"] = "private, no-store"
        return response
