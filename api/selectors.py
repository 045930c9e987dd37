"""Reads of the answers API: answers page by page, municipalities, campaigns, the codebook.

Answers are read as plain rows (``values_list``), a page at a time, by a keyset on
(``updated_at``, ``id``): every page is one index range scan, however far the sync is, and
memory holds one page. What a page needs besides the rows (municipality and werkjaar of
each participation, the status of each rubric, the answers the conditions read) comes in
one query each, for the participations of that page only.

As in the exports (``reports.exports.selectors``), only answers of questions in the
published questionnaire and visible under its conditions are given out: an answer kept
for a hidden follow-up question stays out. A page may therefore hold fewer rows than
asked; the cursor still moves on.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, Func, OuterRef, Q, QuerySet, TextField
from django.db.models.functions import Cast

from roles.models import Municipality
from surveys.models import Answer, CampaignPage, RubricResponse, RubricStatus
from surveys.questionnaire import Questionnaire, Rubric
from surveys.selectors import (
    campaign_live_by_werkjaar,
    campaigns_live,
    questionnaire_for_campaign,
)

#: The columns read per answer, in this order (``answers_page`` unpacks them so). The
#: change time and the value come as JSON-ready text from the database: a sync of 285,000
#: answers would otherwise spend most of its time parsing and re-encoding them.
ANSWER_COLUMNS = (
    "id",
    "changed",
    "participation_id",
    "rubric_code",
    "question_code",
    "value_json",
    "special",
    "explanation",
    "version",
    "participation__campaign_id",
    "participation__campaign__werkjaar",
    "participation__municipality__nis_code",
)


class IsoTime(Func):
    """A timestamp as ISO 8601 text in UTC, to the microsecond, as the database keeps it."""

    output_field = TextField()
    # SQLite: Django stores UTC text "YYYY-MM-DD HH:MM:SS[.ffffff]".
    template = "REPLACE(%(expressions)s, ' ', 'T') || '+00:00'"

    def as_postgresql(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        template = (
            "to_char(%(expressions)s AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"+00:00\"')"
        )
        return self.as_sql(compiler, connection, template=template, **extra)


@dataclass(frozen=True)
class AnswerFilters:
    """What a client asked for. ``statuses`` is never empty: the scope decided the default."""

    statuses: frozenset[str]
    werkjaar: int | None = None
    nis: str | None = None
    rubric: str | None = None
    code: str | None = None
    changed_since: datetime.datetime | None = None


@dataclass(frozen=True)
class Position:
    """Where a page starts: after the answer with this (updated_at, id)."""

    updated_at: datetime.datetime
    id: int


@dataclass(frozen=True)
class AnswerPage:
    #: Each answer as a JSON object (text), ready to be written out.
    rows: list[str]
    #: The position of the last row read (shown or not), None when there is nothing after it.
    next_position: Position | None


def _status_filter(statuses: frozenset[str]) -> Q:
    """Answers whose rubric response (by the answer's rubric code) has one of ``statuses``.

    A correlated ``EXISTS``: PostgreSQL still walks the (updated_at, id) index and stops
    after a page. (Reading the matching responses first and filtering by
    ``participation IN (…)`` per rubric code looks cheaper, but the planner then
    underestimates the rows and sorts the whole table for every page: half the speed.)
    An answer without a rubric response counts as "niet gestart", as in the exports.
    """
    if statuses >= set(RubricStatus.values):
        return Q()
    responses = RubricResponse.objects.filter(
        participation_id=OuterRef("participation_id"), rubric__code=OuterRef("rubric_code")
    )
    condition = Q(Exists(responses.filter(status__in=statuses)))
    if RubricStatus.NOT_STARTED in statuses:
        condition |= ~Q(Exists(responses))
    return condition


def answers_queryset(*, filters: AnswerFilters) -> QuerySet:
    """The answers the filters select, ordered by (updated_at, id), as rows."""
    answers = Answer.objects.all()
    participation = Q()
    if filters.werkjaar is not None:
        participation &= Q(participation__campaign__werkjaar=filters.werkjaar)
    if filters.nis is not None:
        participation &= Q(participation__municipality__nis_code=filters.nis)
    # Only published campaigns: a draft campaign's answers are nobody's business yet.
    participation &= Q(participation__campaign__live=True)
    answers = answers.filter(participation)
    if filters.rubric is not None:
        answers = answers.filter(rubric_code=filters.rubric)
    if filters.code is not None:
        answers = answers.filter(question_code=filters.code)
    status_filter = _status_filter(filters.statuses)
    # Without a status restriction every answer comes anyway: nothing to add back (and an
    # empty Q() or'ed with the reopened ones would keep only those).
    if (
        status_filter
        and filters.changed_since is not None
        and RubricStatus.CONFIRMED in filters.statuses
    ):
        # A rubric reopened since the last sync: its answers were confirmed, the client may
        # hold them. They come once more, without value (``answers_page``), so it can drop them.
        reopened = RubricResponse.objects.filter(
            participation_id=OuterRef("participation_id"),
            rubric__code=OuterRef("rubric_code"),
            reopened_at__gte=filters.changed_since,
        ).exclude(status__in=filters.statuses)
        status_filter |= Q(Exists(reopened))
    answers = answers.filter(status_filter)
    if filters.changed_since is not None:
        # A confirmation or a reopening changes what a client may see without touching the
        # answer: an answer counts as changed when its rubric response changed too.
        response_changed = RubricResponse.objects.filter(
            participation_id=OuterRef("participation_id"),
            rubric__code=OuterRef("rubric_code"),
            updated_at__gte=filters.changed_since,
        )
        answers = answers.filter(
            Q(updated_at__gte=filters.changed_since) | Q(Exists(response_changed))
        )
    return (
        answers.order_by("updated_at", "id")
        .annotate(changed=IsoTime("updated_at"), value_json=Cast("value", TextField()))
        .values_list(*ANSWER_COLUMNS)
    )


def _responses(ids: Iterable[int]) -> dict[tuple[int, str], tuple[str, datetime.datetime | None]]:
    rows = RubricResponse.objects.filter(participation_id__in=set(ids)).values_list(
        "participation_id", "rubric__code", "status", "confirmed_at"
    )
    return {(pk, code): (status, confirmed_at) for pk, code, status, confirmed_at in rows}


@dataclass(frozen=True)
class _QuestionIndex:
    """What the visibility check needs of one published questionnaire, built once."""

    rubric_of: dict[str, Rubric]  # question code → its rubric
    conditional: frozenset[str]  # codes of questions with a condition
    sources: frozenset[str]  # codes of the questions those conditions read


#: Per built questionnaire (its rubrics list is shared while the pages do not change).
_indexes: dict[int, tuple[list[Rubric], _QuestionIndex]] = {}


def _question_index(questionnaire: Questionnaire) -> _QuestionIndex:
    key = id(questionnaire.rubrics)
    found = _indexes.get(key)
    if found is not None and found[0] is questionnaire.rubrics:
        return found[1]
    questions = list(questionnaire.questions())
    index = _QuestionIndex(
        rubric_of={q.code: rubric for rubric in questionnaire.rubrics for q in rubric.questions()},
        conditional=frozenset(q.code for q in questions if q.condition is not None),
        sources=frozenset(q.condition.question for q in questions if q.condition is not None),
    )
    if len(_indexes) > 32:
        _indexes.clear()
    _indexes[key] = (questionnaire.rubrics, index)
    return index


class _Visibility:
    """Which answers of a page are of published, visible questions (conditions evaluated).

    Only questions with a condition need the other answers of their rubric: those are read
    once per page, for the participations that have such a question on the page.
    """

    def __init__(self, campaigns: dict[int, CampaignPage]) -> None:
        indexes = {
            pk: _question_index(questionnaire_for_campaign(campaign=campaign))
            for pk, campaign in campaigns.items()
        }
        self.rubric_of = {pk: index.rubric_of for pk, index in indexes.items()}
        self.conditional = {pk: index.conditional for pk, index in indexes.items()}
        self.sources = {pk: index.sources for pk, index in indexes.items()}

    def visible(self, rows: Sequence[tuple]) -> list[bool]:
        needing: dict[int, set[str]] = {}
        for row in rows:
            campaign_id = row[9]
            if row[4] in self.conditional[campaign_id]:
                needing.setdefault(row[2], set()).update(self.sources[campaign_id])
        stored: dict[int, dict[str, Any]] = {}
        if needing:
            codes = set().union(*needing.values())
            for participation_id, code, value, special in Answer.objects.filter(
                participation_id__in=needing, question_code__in=codes
            ).values_list("participation_id", "question_code", "value", "special"):
                if not special:  # as the rubric sheet: conditions read stored values
                    stored.setdefault(participation_id, {})[code] = value
        shown: dict[tuple[int, str], set[str]] = {}
        result = []
        for row in rows:
            participation_id, code, campaign_id = row[2], row[4], row[9]
            rubric = self.rubric_of[campaign_id].get(code)
            if rubric is None:
                result.append(False)  # no longer in the published questionnaire
            elif code not in self.conditional[campaign_id]:
                result.append(True)
            else:
                key = (participation_id, rubric.code)
                if key not in shown:
                    shown[key] = rubric.visible_codes(stored.get(participation_id, {}))
                result.append(code in shown[key])
        return result


def _iso(moment: datetime.datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def answers_page(
    *,
    filters: AnswerFilters,
    after: Position | None,
    size: int,
    campaigns: Sequence[CampaignPage] | None = None,
) -> AnswerPage:
    """One page of answers after ``after``, as the API gives them out.

    Rows hold the werkjaar and NIS code, the rubric and question code, the stored value
    (its shape per question type is in the codebook), the special value, the status of
    the rubric and when it was confirmed. ``campaigns`` are the published campaigns when
    the caller has them already (``campaigns_for_api``).
    """
    queryset = answers_queryset(filters=filters)
    if after is not None:
        queryset = queryset.filter(updated_at__gte=after.updated_at).filter(
            Q(updated_at__gt=after.updated_at) | Q(id__gt=after.id)
        )
    rows = list(queryset[: size + 1])
    more = len(rows) > size
    rows = rows[:size]
    if not rows:
        return AnswerPage(rows=[], next_position=None)
    last = rows[-1]
    next_position = (
        Position(updated_at=datetime.datetime.fromisoformat(last[1]), id=last[0]) if more else None
    )

    responses = _responses({row[2] for row in rows})
    campaign_ids = {row[9] for row in rows}
    live = campaigns if campaigns is not None else campaigns_for_api()
    visible = _Visibility({c.pk: c for c in live if c.pk in campaign_ids}).visible(rows)

    not_started = (RubricStatus.NOT_STARTED.value, None)
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    result = []
    for row, shown in zip(rows, visible, strict=True):
        if not shown:
            continue
        (
            pk,
            changed,
            participation_id,
            rubric_code,
            code,
            value_json,
            special,
            note,
            version,
            _campaign_id,
            werkjaar,
            nis,
        ) = row
        status, confirmed_at = responses.get((participation_id, rubric_code), not_started)
        if status not in filters.statuses:
            # Withdrawn (its rubric was reopened): the client learns only that, not the value.
            value_json, special, note = None, "", ""
        described = dumps(
            {
                "id": pk,
                "werkjaar": werkjaar,
                "nis": nis,
                "rubriek": rubric_code,
                "code": code,
                "speciale_waarde": special or None,
                "toelichting": note,
                "status": status,
                "bevestigd_op": _iso(confirmed_at if status == RubricStatus.CONFIRMED else None),
                "versie": version,
                "gewijzigd_op": changed,
            }
        )
        # The stored value is JSON already (the database's text of it): spliced in as is.
        value = "null" if special or value_json is None else value_json
        result.append(f'{described[:-1]},"waarde":{value}}}')
    return AnswerPage(rows=result, next_position=next_position)


def municipalities_for_api() -> QuerySet[Municipality]:
    return Municipality.objects.order_by("nis_code")


def campaigns_for_api() -> QuerySet[CampaignPage]:
    """Published campaigns, newest first (a handful: read whole, once per call)."""
    return campaigns_live().select_related("previous_campaign")


def campaign_for_api(*, werkjaar: int) -> CampaignPage | None:
    return campaign_live_by_werkjaar(werkjaar=werkjaar)
