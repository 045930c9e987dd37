"""Copying a campaign's e-mail templates to the next campaign."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from roles.permissions import Action, can
from surveys.campaigns import CampaignError, with_werkjaar

from .models import EmailTemplate


@transaction.atomic
def email_templates_copy(*, source: Any, target: Any, by: Any) -> list[EmailTemplate]:
    """Give ``target`` a copy of every e-mail template of campaign ``source`` (project team).

    Subject and text are copied as written, for the project team to review; the name
    follows the new werkjaar so both campaigns' templates can be told apart.
    """
    if not can(by, Action.MANAGE_CAMPAIGN):
        raise CampaignError(_("Enkel het projectteam kan e-mailsjablonen kopiëren."))
    copies = [
        EmailTemplate(
            name=with_werkjaar(template.name, source.werkjaar, target.werkjaar),
            kind=template.kind,
            campaign=target,
            subject=template.subject,
            body=template.body,
            days_before_deadline=template.days_before_deadline,
        )
        for template in EmailTemplate.objects.filter(campaign=source).order_by("pk")
    ]
    return EmailTemplate.objects.bulk_create(copies)
