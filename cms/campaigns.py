"""Preparing the next campaign with everything that belongs to a campaign.

A campaign is its pages (``surveys``) and its e-mail templates (``cms.mailing``). ``surveys``
does not know the site's e-mails, so the one entry point that copies both, in one
transaction, lives here; the admin calls it.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction

from surveys.campaigns import campaign_prepare_next
from surveys.models import CampaignPage

from .mailing.copying import email_templates_copy


@transaction.atomic
def campaign_next_prepare(
    *,
    source: CampaignPage,
    werkjaar: int,
    opening_date: datetime.date,
    closing_date: datetime.date,
    confirmation_deadline: datetime.date,
    by: Any,
) -> CampaignPage:
    """Prepare the campaign after ``source``: its pages as drafts and its e-mail templates.

    All or nothing: a refused copy (``surveys.campaigns.CampaignError``) leaves no pages and
    no templates behind.
    """
    campaign = campaign_prepare_next(
        source=source,
        werkjaar=werkjaar,
        opening_date=opening_date,
        closing_date=closing_date,
        confirmation_deadline=confirmation_deadline,
        by=by,
    )
    email_templates_copy(source=source, target=campaign, by=by)
    return campaign
