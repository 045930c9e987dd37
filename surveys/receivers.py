"""Reactions to Wagtail publishing (the page_published signal covers every publish path)."""


def recount_after_publish(sender, instance, **kwargs):
    """Counters of responses follow the published questionnaire (any publish path)."""
    from django.db import transaction

    from .models import CampaignPage
    from .tasks import responses_recount

    campaign = CampaignPage.objects.ancestor_of(instance, inclusive=True).first()
    if campaign is not None:
        campaign_id = campaign.pk
        transaction.on_commit(lambda: responses_recount.delay(campaign_id))
