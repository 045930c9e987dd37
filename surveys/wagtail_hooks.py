"""Admin screens and guards of the questionnaire.

Wagtail skips page ``clean()`` when copying and in bulk actions; these hooks run the
same editor rules there, with a Dutch message instead of a silent duplicate.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import include, path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import ConditionQuestionsView
from .models import CampaignPage, Definition, RubricPage, ThemePage
from .rules import page_has_answers, rubric_copy_problems, theme_move_problems


class DefinitionViewSet(SnippetViewSet):
    model = Definition
    icon = "help"
    menu_label = _("Definities")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["term", "explanation"]
    search_fields = ["term", "explanation"]


register_snippet(DefinitionViewSet)


@hooks.register("register_admin_urls")
def register_editor_urls() -> list:
    """Helpers of the page editor (the condition selects of a theme's questions)."""
    editor_urls = (
        [
            path(
                "voorwaarden/",
                ConditionQuestionsView.as_view(),
                name="condition_questions",
            )
        ],
        "surveys_editor",
    )
    return [path("vragenlijst/", include(editor_urls, namespace="surveys_editor"))]


CAMPAIGN_COPY_MESSAGE = gettext_lazy(
    "Een campagne kopieert u niet met 'Kopiëren': gebruik 'Volgende campagne voorbereiden'. "
    "Dat maakt een concept voor een nieuw werkjaar, met dezelfde vraagcodes, de controles "
    "en de e-mailsjablonen, en de link naar deze campagne."
)


def _destination_problems(page: Page, destination: Page | None, *, copy: bool) -> list[str]:
    """Rule violations if ``page`` were placed under ``destination``."""
    if destination is None:
        return []
    specific = page.specific
    destination = destination.specific
    if isinstance(specific, CampaignPage) and copy:
        return [str(CAMPAIGN_COPY_MESSAGE)]
    if isinstance(specific, ThemePage) and isinstance(destination, RubricPage):
        return [
            problem.message
            for problem in theme_move_problems(
                theme=specific, destination_rubric=destination, copy=copy
            )
        ]
    if isinstance(specific, RubricPage) and isinstance(destination, CampaignPage):
        return rubric_copy_problems(rubric=specific, destination_campaign=destination)
    return []


def _refuse(request, page: Page, problems: list[str]):
    for problem in problems:
        messages.error(request, problem)
    return redirect("wagtailadmin_explore", page.get_parent().pk)


@hooks.register("before_copy_page")
def guard_copy(request, page):
    if issubclass(page.specific_class or Page, CampaignPage):
        # Refused before the form: whatever destination, a campaign is not copied so.
        return _refuse(request, page, [str(CAMPAIGN_COPY_MESSAGE)])
    if request.method != "POST":
        return None
    destination_id = request.POST.get("new_parent_page")
    destination = Page.objects.filter(pk=destination_id).first() if destination_id else None
    problems = _destination_problems(page, destination, copy=True)
    if problems:
        return _refuse(request, page, problems)
    return None


@hooks.register("before_move_page")
def guard_move(request, page, destination):
    if page.get_parent().pk == destination.pk:
        return None
    specific = page.specific
    if isinstance(specific, RubricPage):
        # Moving a rubric to another campaign: its codes must be free there.
        problems = rubric_copy_problems(rubric=specific, destination_campaign=destination.specific)
    else:
        problems = _destination_problems(page, destination, copy=False)
    if problems:
        return _refuse(request, page, problems)
    return None


@hooks.register("before_bulk_action")
def guard_bulk_move(
    request: HttpRequest, action_type: str, objects: list[Page], action_class_instance: Any
) -> HttpResponse | None:
    if action_type != "move":
        return None
    form = action_class_instance.cleaned_form
    destination = form.cleaned_data.get("chooser") if form is not None else None
    if destination is None:
        return None
    problems: list[str] = []
    for page in objects:
        if page.get_parent().pk == destination.pk:
            continue
        specific = page.specific
        if isinstance(specific, RubricPage):
            problems += rubric_copy_problems(
                rubric=specific, destination_campaign=destination.specific
            )
        else:
            problems += _destination_problems(page, destination, copy=False)
    if problems:
        for problem in problems:
            messages.error(request, problem)
        return redirect("wagtailadmin_explore", destination.pk)
    return None


ANSWERED_DELETE_MESSAGE = _(
    "'%(title)s' bevat vragen waarop gemeenten al antwoordden en kan niet verwijderd worden. "
    "Zet de campagne of de vragen eventueel uit het menu, maar behoud ze."
)


@hooks.register("before_delete_page")
def guard_delete(request, page):
    if page_has_answers(page):
        messages.error(request, ANSWERED_DELETE_MESSAGE % {"title": page.title})
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


@hooks.register("before_bulk_action")
def guard_bulk_delete(request, action_type, objects, action_class_instance):
    if action_type != "delete":
        return None
    refused = [page for page in objects if page_has_answers(page)]
    if refused:
        for page in refused:
            messages.error(request, ANSWERED_DELETE_MESSAGE % {"title": page.title})
        return redirect("wagtailadmin_explore", refused[0].get_parent().pk)
    return None
