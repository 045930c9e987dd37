"""Building a campaign's published questionnaire once, and keeping it while it is current.

Reading the questionnaire from its pages costs a query per page type and the parsing of
every theme's StreamField: at a thousand questions that is most of a step's time. So the
built ``Questionnaire`` is kept, keyed on the *state* of the published pages below the
campaign: their ids, paths (order and place), live flags and live revisions, and the last
change of a definition. One cheap query reads that state on every use. A publish,
unpublish, move, reorder or delete gives a new state and so a new key: a stale
questionnaire is never served, whatever path changed the pages (editor, scheduled
publishing, bulk actions, a management command).

Two levels: the page data goes into Django's cache (shared by every process: Redis in
production, local memory in dev and tests), and each process keeps the few questionnaires
it built from it, so a step reads no StreamField at all while nothing changed.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any

from django.core.cache import cache
from django.db.models import Count, Max, Subquery, Value
from wagtail.models import Page

from .models import CampaignPage, Definition, RubricPage, ThemePage
from .questionnaire import Questionnaire, Rubric, Theme, checks_of_stream, questions_of_stream

#: How long the page data stays in the shared cache (its key changes with every change).
CACHE_SECONDS = 24 * 3600
#: Changes when the shape of the cached page data changes (old entries are then ignored).
DATA_VERSION = 2
#: Questionnaires kept per process (a few campaigns, a few states each).
LOCAL_SIZE = 16

_local: OrderedDict[str, Questionnaire] = OrderedDict()
_lock = threading.Lock()


def questionnaire_state(*, campaign: CampaignPage) -> str:
    """A stamp of everything the published questionnaire is built from (one small query).

    Per page below the campaign: id, path, live flag, live revision and last publish; with
    each row, the number of definitions and their last change.
    """
    definitions = Definition.objects.order_by().annotate(all=Value(1)).values("all")
    pages = (
        Page.objects.filter(path__startswith=campaign.path, depth__gt=campaign.depth)
        .annotate(
            definitions=Subquery(definitions.annotate(n=Count("pk")).values("n")),
            definitions_changed=Subquery(
                definitions.annotate(changed=Max("updated_at")).values("changed")
            ),
        )
        .order_by("path")
        .values_list(
            "pk",
            "path",
            "live",
            "live_revision_id",
            "last_published_at",
            "definitions",
            "definitions_changed",
        )
    )
    return hashlib.blake2b(repr(list(pages)).encode(), digest_size=16).hexdigest()


@dataclass(frozen=True)
class _ThemeData:
    page_id: int
    title: str
    slug: str
    intro: str
    rubric_path: str
    body: Any  # the raw StreamField data


@dataclass(frozen=True)
class _RubricData:
    page_id: int
    code: str
    title: str
    slug: str
    intro: str
    path: str
    checks: Any  # the raw StreamField data


def _page_data(campaign: CampaignPage) -> tuple[list[_RubricData], list[_ThemeData]]:
    rubrics = [
        _RubricData(
            page.pk,
            page.code,
            page.title,
            page.slug,
            page.intro,
            page.path,
            list(page.checks.raw_data),
        )
        for page in RubricPage.objects.live().child_of(campaign).order_by("path")
    ]
    themes = [
        _ThemeData(
            page.pk,
            page.title,
            page.slug,
            page.intro,
            page.path[: -ThemePage.steplen],
            list(page.body.raw_data),
        )
        for page in ThemePage.objects.live().descendant_of(campaign).order_by("path")
    ]
    return rubrics, themes


def _build(
    campaign: CampaignPage, rubric_data: list[_RubricData], theme_data: list[_ThemeData]
) -> Questionnaire:
    stream_block = ThemePage._meta.get_field("body").stream_block
    check_block = RubricPage._meta.get_field("checks").stream_block
    rubrics: dict[str, Rubric] = {}
    for data in rubric_data:
        rubrics[data.path] = Rubric(
            page_id=data.page_id,
            code=data.code,
            title=data.title,
            slug=data.slug,
            intro=data.intro,
            themes=[],
            checks=checks_of_stream(check_block.to_python(data.checks)),
        )
    for theme_row in theme_data:
        rubric = rubrics.get(theme_row.rubric_path)
        if rubric is None:
            continue  # the theme's rubric is not published
        stream = stream_block.to_python(theme_row.body)
        rubric.themes.append(
            Theme(
                page_id=theme_row.page_id,
                title=theme_row.title,
                slug=theme_row.slug,
                intro=theme_row.intro,
                questions=questions_of_stream(stream),
                rubric=rubric,
            )
        )
    questionnaire = Questionnaire(campaign=campaign, rubrics=list(rubrics.values()))
    for rubric in questionnaire.rubrics:
        rubric.by_code  # noqa: B018  (built once here, not by concurrent readers)
    return questionnaire


def build_questionnaire(*, campaign: CampaignPage) -> Questionnaire:
    """The questionnaire read straight from the pages, without any cache."""
    return _build(campaign, *_page_data(campaign))


def cached_questionnaire(*, campaign: CampaignPage) -> Questionnaire:
    """The campaign's published questionnaire, built at most once per state of its pages."""
    state = questionnaire_state(campaign=campaign)
    key = f"vtm:questionnaire:{DATA_VERSION}:{campaign.pk}:{state}"
    with _lock:
        built = _local.get(key)
        if built is not None:
            _local.move_to_end(key)
    if built is None:
        data = cache.get(key)
        if data is None:
            data = _page_data(campaign)
            cache.set(key, data, CACHE_SECONDS)
        built = _build(campaign, *data)
        with _lock:
            _local[key] = built
            while len(_local) > LOCAL_SIZE:
                _local.popitem(last=False)
    # The rubrics are shared; the campaign is the caller's own object.
    return built if built.campaign is campaign else replace(built, campaign=campaign)


def forget_questionnaires() -> None:
    """Drop this process's built questionnaires (tests that compare a cold build)."""
    with _lock:
        _local.clear()
