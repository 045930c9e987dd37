"""Reads of the questionnaire. Only published (live) content unless said otherwise."""

from __future__ import annotations

from django.db.models import QuerySet

from .models import CampaignPage, RubricPage, ThemePage
from .questionnaire import Questionnaire, Rubric, Theme, questions_of_stream


def campaigns_live() -> QuerySet[CampaignPage]:
    return CampaignPage.objects.live().order_by("-werkjaar")


def campaign_live_by_werkjaar(*, werkjaar: int) -> CampaignPage | None:
    return campaigns_live().filter(werkjaar=werkjaar).first()


def questionnaire_for_campaign(*, campaign: CampaignPage) -> Questionnaire:
    """The published rubrics, themes and questions of a campaign, in tree order."""
    rubric_pages = RubricPage.objects.live().child_of(campaign).order_by("path")
    theme_pages = ThemePage.objects.live().descendant_of(campaign).order_by("path")
    rubrics: dict[str, Rubric] = {}
    for page in rubric_pages:
        rubrics[page.path] = Rubric(
            page_id=page.pk,
            code=page.code,
            title=page.title,
            slug=page.slug,
            intro=page.intro,
            themes=[],
        )
    for page in theme_pages:
        rubric = rubrics.get(page.path[: -ThemePage.steplen])
        if rubric is None:
            continue  # the theme's rubric is not published
        theme = Theme(
            page_id=page.pk,
            title=page.title,
            slug=page.slug,
            intro=page.intro,
            questions=questions_of_stream(page.body),
            rubric=rubric,
        )
        rubric.themes.append(theme)
    return Questionnaire(campaign=campaign, rubrics=list(rubrics.values()))
