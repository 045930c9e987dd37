"""Reactions to the project team's edits: a new question overview after every publish.

Connected in ``reports.apps``. Wagtail's ``page_published`` signal covers every publish path
(editor, scheduled, workflow, bulk); the ``after_publish_page`` hook does not. Moving or
reordering pages sends ``post_page_move`` (bulk moves included).
"""

from __future__ import annotations

from typing import Any

from surveys.models import CampaignPage


def questionnaire_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    """A campaign, rubric or theme page was published or unpublished: rebuild the overview."""
    from .services import question_overview_request

    campaign = CampaignPage.objects.ancestor_of(instance, inclusive=True).first()
    if campaign is not None:
        question_overview_request(campaign=campaign)


def questionnaire_moved(
    sender: Any, instance: Any, parent_page_before: Any, parent_page_after: Any, **kwargs: Any
) -> None:
    """A live rubric or theme was moved or reordered: the overviews on both sides change."""
    from .services import question_overview_request

    if not instance.live:
        return
    campaigns = {
        campaign.pk: campaign
        for parent in (parent_page_before, parent_page_after)
        for campaign in CampaignPage.objects.ancestor_of(parent, inclusive=True)
    }
    for campaign in campaigns.values():
        question_overview_request(campaign=campaign)


def definition_changed(sender: Any, instance: Any, created: bool = False, **kwargs: Any) -> None:
    """A definition was edited or deleted: the overviews show it in their glossary.

    Definitions are snippets without a publish step, so their save is the only moment to
    react to. A new definition is not linked from any question yet.
    """
    from .services import question_overview_request

    if created:
        return
    for campaign in CampaignPage.objects.live():
        question_overview_request(campaign=campaign)
