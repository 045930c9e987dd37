"""The questionnaire pages in the Wagtail admin's explorer."""

from __future__ import annotations

import re

import pytest

from surveys.models import RubricPage, ThemePage

pytestmark = pytest.mark.django_db


def listed_pages(client, parent, **params) -> list[int]:
    """The ids of the child pages as the explorer lists them, top to bottom."""
    response = client.get(f"/admin/pages/{parent.pk}/", params)
    assert response.status_code == 200
    children = {page.pk for page in parent.get_children()}
    ids = [int(pk) for pk in re.findall(r'id="page_(\d+)_title"', response.content.decode())]
    return [pk for pk in ids if pk in children]


def touch(page) -> None:
    """An editor saves a draft of the page: it becomes the last changed one."""
    page.specific.save_revision()


def test_explorer_lists_the_rubrics_of_a_campaign_in_questionnaire_order(
    client, campaign, project_team_user
):
    rubrics = list(RubricPage.objects.child_of(campaign).order_by("path"))
    assert [rubric.code for rubric in rubrics] == ["AAN", "FIN"]
    touch(rubrics[0])  # a later change must not move it
    touch(rubrics[1])
    client.force_login(project_team_user)

    assert listed_pages(client, campaign) == [rubric.pk for rubric in rubrics]


def test_explorer_lists_the_themes_of_a_rubric_in_questionnaire_order(
    client, campaign, project_team_user
):
    rubric = RubricPage.objects.child_of(campaign).get(code="AAN")
    themes = list(ThemePage.objects.child_of(rubric).order_by("path"))
    assert [theme.slug for theme in themes] == ["activiteiten", "doelgroepen"]
    touch(themes[0])
    touch(themes[1])
    client.force_login(project_team_user)

    assert listed_pages(client, rubric) == [theme.pk for theme in themes]


def test_explorer_still_sorts_by_last_change_when_asked(client, campaign, project_team_user):
    rubrics = list(RubricPage.objects.child_of(campaign).order_by("path"))
    touch(rubrics[0])
    touch(rubrics[1])
    client.force_login(project_team_user)

    listed = listed_pages(client, campaign, ordering="-latest_revision_created_at")

    assert listed == [rubrics[1].pk, rubrics[0].pk]
