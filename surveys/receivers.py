"""Reactions to Wagtail publishing (the page_published signal covers every publish path)."""

from __future__ import annotations

from typing import Any


def recount_after_publish(sender: Any, instance: Any, **kwargs: Any) -> None:
    """Counters of responses follow the published questionnaire (any publish path).

    One recount per campaign and transaction: publishing a whole campaign (its copy, the
    demo) publishes dozens of pages in one transaction, and each recount reads every
    participation of the campaign.
    """
    from django.db import transaction

    from .models import CampaignPage
    from .tasks import responses_recount

    campaign = CampaignPage.objects.ancestor_of(instance, inclusive=True).first()
    if campaign is None:
        return
    campaign_id = campaign.pk
    connection = transaction.get_connection()
    # Every publish registers its callback (a rolled back savepoint drops its own), but the
    # callbacks of one campaign share a token: the first to run at commit recounts, after
    # every page of the transaction is published; the others find the work done.
    token = next(
        (
            getattr(callback, "recount_token", None)
            for _savepoints, callback, *_robust in connection.run_on_commit
            if getattr(callback, "recounts_campaign", None) == campaign_id
        ),
        None,
    ) or {"done": False}

    def recount() -> None:
        if not token["done"]:
            token["done"] = True
            responses_recount.delay(campaign_id)

    recount.recounts_campaign = campaign_id  # type: ignore[attr-defined]
    recount.recount_token = token  # type: ignore[attr-defined]
    transaction.on_commit(recount)
