"""Campaigns in a row: preparing the next campaign from the last one.

The copy is Wagtail's own page copy (``CopyPageAction``) of the whole campaign tree, with
three differences that keep the history of the new campaign its own:

- each page is copied from its latest revision (what the editor last saved, as Wagtail's
  copy view does), not with the old campaign's revisions: every new page starts with one
  revision by the person who prepared it;
- every page is a draft (not live): nothing changes for municipalities until the project
  team publishes;
- the campaign gets its werkjaar, title, slug, dates and the link to the source; the
  questions keep their codes (the code links the campaigns), so "code in de vorige
  campagne" is cleared.

The result then goes through the editor rules as a whole (``surveys.rules``).
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.actions.copy_page import CopyPageAction
from wagtail.coreutils import find_available_slug
from wagtail.models import Page

from roles.permissions import Action, can

from .models import CampaignPage, ThemePage
from .rules import campaign_dates_problems, campaign_problems, next_werkjaar_problem

#: The monitor runs every three years: the werkjaar proposed after the source's.
YEARS_BETWEEN = 3


class CampaignError(Exception):
    """A campaign rule was broken; the message is Dutch. ``field`` names the form field."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def shifted(day: datetime.date, years: int) -> datetime.date:
    """The same day ``years`` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def next_campaign_proposal(*, source: CampaignPage, werkjaar: int | None = None) -> dict[str, Any]:
    """The werkjaar and dates proposed for the campaign after ``source``: its dates, shifted
    by as many years as the werkjaar moves on."""
    werkjaar = werkjaar or source.werkjaar + YEARS_BETWEEN
    years = werkjaar - source.werkjaar
    return {
        "werkjaar": werkjaar,
        "opening_date": shifted(source.opening_date, years),
        "closing_date": shifted(source.closing_date, years),
        "confirmation_deadline": shifted(source.confirmation_deadline, years),
    }


def with_werkjaar(text: str, old: int, new: int, separator: str = " ") -> str:
    """``text`` with the old werkjaar replaced by the new one (or the new one added)."""
    pattern = rf"(?<!\d){old}(?!\d)"
    if re.search(pattern, text):
        return re.sub(pattern, str(new), text)
    return f"{text}{separator}{new}"


def _cleared_previous_codes(body: Any) -> Any:
    """A theme's questions with "code in de vorige campagne" emptied (raw StreamField data).

    In the new campaign the previous campaign's code is the question's own code.
    """
    raw = []
    for child in body.raw_data:
        value = dict(child["value"])
        if value.get("previous_code"):
            value["previous_code"] = ""
        raw.append({**child, "value": value})
    return raw


#: A copy is a fresh draft: no lock, schedule or expiry of the old pages comes along.
FRESH = {
    "locked": False,
    "locked_by": None,
    "locked_at": None,
    "go_live_at": None,
    "expire_at": None,
    "expired": False,
}


class _NextCampaignCopy(CopyPageAction):
    """Wagtail's copy of a page tree, each page from its latest revision (see the module)."""

    def _copy_page(
        self,
        page: Any,
        to: Any = None,
        update_attrs: dict[str, Any] | None = None,
        exclude_fields: list[str] | None = None,
        _mpnode_attrs: Any = None,
    ) -> Any:
        # Wagtail calls this for the campaign and again for every page below it, and offers
        # no public hook per page: overriding it is the one place to start each page from
        # its latest revision. tests/surveys/test_campaigns.py holds it to that on upgrades.
        latest = page.specific.get_latest_revision_as_object()
        attrs: dict[str, Any] = dict(FRESH)
        if isinstance(latest, ThemePage):
            attrs["body"] = _cleared_previous_codes(latest.body)
        attrs.update(update_attrs or {})
        return super()._copy_page(
            latest,
            to=to,
            update_attrs=attrs,
            exclude_fields=exclude_fields,
            _mpnode_attrs=_mpnode_attrs,
        )


@transaction.atomic
def campaign_prepare_next(
    *,
    source: CampaignPage,
    werkjaar: int,
    opening_date: datetime.date,
    closing_date: datetime.date,
    confirmation_deadline: datetime.date,
    by: Any,
) -> CampaignPage:
    """Prepare the campaign after ``source`` as drafts next to it (project team only).

    Same rubrics, themes, questions (codes kept), definitions and checks; its own werkjaar
    (one campaign per werkjaar, later than the source's) and dates; ``source`` as its
    previous campaign. The copy must pass the editor rules. Afterwards the peer ranges of
    ``source`` are computed (after commit), for the new campaign's plausibility checks.
    The admin calls ``cms.campaigns.campaign_next_prepare``, which copies the campaign's
    e-mail templates in the same transaction.
    """
    if not can(by, Action.MANAGE_CAMPAIGN):
        raise CampaignError(_("Enkel het projectteam kan een nieuwe campagne voorbereiden."))
    parent = source.get_parent()
    # Two people preparing at once: the second waits here, then finds the werkjaar taken.
    Page.objects.select_for_update().filter(pk=parent.pk).get()

    problem = next_werkjaar_problem(source=source, werkjaar=werkjaar)
    if problem:
        raise CampaignError(problem, field="werkjaar")
    for field, problem in campaign_dates_problems(
        opening_date=opening_date,
        closing_date=closing_date,
        confirmation_deadline=confirmation_deadline,
    ).items():
        raise CampaignError(problem, field=field)

    latest = source.get_latest_revision_as_object()
    title = with_werkjaar(latest.title, source.werkjaar, werkjaar)
    slug = find_available_slug(
        parent,
        slugify(with_werkjaar(latest.slug, source.werkjaar, werkjaar, "-"))
        or f"campagne-{werkjaar}",
    )
    campaign = _NextCampaignCopy(
        source,
        to=parent,
        recursive=True,
        copy_revisions=False,
        keep_live=False,
        user=by,
        update_attrs={
            "title": title,
            "draft_title": title,
            "slug": slug,
            "werkjaar": werkjaar,
            "opening_date": opening_date,
            "closing_date": closing_date,
            "confirmation_deadline": confirmation_deadline,
            "previous_campaign": source,
        },
    ).execute(skip_permission_checks=True)
    campaign = CampaignPage.objects.get(pk=campaign.pk)

    problems = campaign_problems(campaign=campaign)
    if problems:
        raise CampaignError(
            _("De kopie volgt de regels van de vragenlijst niet: %(problems)s")
            % {"problems": " ".join(problems)}
        )

    from . import tasks

    source_id = source.pk
    transaction.on_commit(lambda: tasks.peer_ranges_compute.delay(source_id))
    return campaign
