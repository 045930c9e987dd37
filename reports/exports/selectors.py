"""Reads of the answers export: one row per answer cell of an applicable question.

Only answers of questions that are in the published questionnaire and visible under the
conditions are exported (``surveys.selectors.completion`` decides, per participation and
rubric): an answer kept for a hidden follow-up question stays out. Answers are read with
one iterator ordered by municipality, so memory holds one municipality at a time.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from decimal import Decimal
from itertools import groupby
from operator import itemgetter
from typing import Any, NamedTuple

from django.db.models import Count, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from roles.permissions import Action, filter_for
from surveys.models import (
    Answer,
    CampaignPage,
    Participation,
    RubricResponse,
    RubricStatus,
    SpecialAnswer,
)
from surveys.questionnaire import Questionnaire
from surveys.selectors import campaigns_live, questionnaire_for_campaign

from ..models import ExportJob

#: Rows fetched from the database at a time (PostgreSQL: a server-side cursor).
CHUNK_SIZE = 2000

#: The columns of every export, in order: (attribute of ExportRow, Dutch header).
COLUMNS: list[tuple[str, Any]] = [
    ("nis_code", _("NIS-code")),
    ("municipality", _("Gemeente")),
    ("rubric_code", _("Rubriekcode")),
    ("rubric", _("Rubriek")),
    ("theme", _("Thema")),
    ("question_code", _("Vraagcode")),
    ("row", _("Rij")),
    ("column", _("Kolom")),
    ("question", _("Vraag")),
    ("value", _("Waarde")),
    ("special", _("Speciale waarde")),
    ("previous", _("Vorige campagne")),
    ("explanation", _("Toelichting")),
    ("status", _("Status rubriek")),
    ("confirmed_at", _("Bevestigd op")),
]


class ExportRow(NamedTuple):
    """One exported answer cell, its fields in the order of ``COLUMNS``.

    ``value`` is a Decimal for numbers, else text; ``confirmed_at`` is local time.
    """

    nis_code: str
    municipality: str
    rubric_code: str
    rubric: str
    theme: str
    question_code: str
    row: str
    column: str
    question: str
    value: Decimal | str | None
    special: str
    previous: Decimal | str | None
    explanation: str
    status: str
    confirmed_at: datetime.datetime | None


assert [attribute for attribute, _label in COLUMNS] == list(ExportRow._fields)


class _StoredAnswer(NamedTuple):
    """What the export reads of an answer (lighter than a model instance)."""

    question_code: str
    value: Any
    special: str
    explanation: str = ""


def _previous_by_municipality(campaign: CampaignPage) -> Iterator[tuple[str, dict[str, Any]]]:
    """The previous campaign's confirmed answers, one municipality at a time, by NIS code.

    Yields (NIS code, {question code then: (value, special)}); read with one iterator in
    the export's order, so both can be walked side by side.
    """
    from django.db.models import Exists, OuterRef

    from surveys.sheets import previous_campaign_of

    previous = previous_campaign_of(campaign)
    if previous is None:
        return
    confirmed = RubricResponse.objects.filter(
        participation_id=OuterRef("participation_id"),
        rubric__code=OuterRef("rubric_code"),
        status=RubricStatus.CONFIRMED,
    )
    rows = (
        Answer.objects.filter(participation__campaign=previous)
        .filter(Exists(confirmed))
        .order_by("participation__municipality__nis_code", "participation_id")
        .values_list("participation__municipality__nis_code", "question_code", "value", "special")
        .iterator(chunk_size=CHUNK_SIZE)
    )
    for nis_code, group in groupby(rows, key=itemgetter(0)):
        yield nis_code, {code: (value, special) for _nis, code, value, special in group}


def export_campaigns() -> QuerySet[CampaignPage]:
    """Published campaigns, newest first, with their number of participating municipalities."""
    return campaigns_live().annotate(participation_count=Count("participations"))


def export_jobs_recent(*, user: Any, limit: int = 10) -> QuerySet[ExportJob]:
    """The latest XLSX exports (of the whole team: anyone of it may download them)."""
    jobs = ExportJob.objects.select_related("campaign", "requested_by").order_by("-created_at")
    return filter_for(user, Action.EXPORT, jobs)[:limit]


def export_job_for_user(*, user: Any, job_id: int) -> ExportJob | None:
    jobs = ExportJob.objects.select_related("campaign", "requested_by")
    return filter_for(user, Action.EXPORT, jobs).filter(pk=job_id).first()


def _rubric_of_code(questionnaire: Questionnaire) -> dict[str, int]:
    return {
        question.code: rubric.page_id
        for rubric in questionnaire.rubrics
        for question in rubric.questions()
    }


def _previous_cells(
    question: Any, earlier: dict[str, Any], special_labels: dict[str, str]
) -> dict[tuple[str, str], Any]:
    """The previous campaign's confirmed answer of a question, per exported cell."""
    found = earlier.get(question.previous_code)
    if found is None:
        return {}
    value, special = found
    if special:
        return {("", ""): special_labels.get(special, special)}
    try:
        return {(cell.row, cell.column): cell.value for cell in question.export_cells(value)}
    except Exception:  # a value stored under another version of the question
        return {("", ""): str(value)}


def answer_export_rows(*, campaign: CampaignPage) -> Iterator[ExportRow]:
    """Every answer cell of an applicable question of the campaign, by municipality (NIS).

    Within a municipality, rows follow the questionnaire (rubric, theme, question, then a
    table's rows and columns). A special answer (onbekend, niet van toepassing) gives one row
    with an empty value and the special in its own column. Empty answers give no row.
    """
    questionnaire = questionnaire_for_campaign(campaign=campaign)
    rubric_of_code = _rubric_of_code(questionnaire)
    questions_of_rubric = {
        rubric.page_id: [
            (question, question.code, theme.title, question.text)
            for theme in rubric.themes
            for question in theme.questions
        ]
        for rubric in questionnaire.rubrics
    }
    participations = {
        participation.pk: participation
        for participation in Participation.objects.filter(campaign=campaign).select_related(
            "municipality"
        )
    }
    responses = {
        (response.participation_id, response.rubric_id): response
        for response in RubricResponse.objects.filter(participation__campaign=campaign).only(
            "participation_id", "rubric_id", "status", "confirmed_at"
        )
    }
    status_labels = {value: str(label) for value, label in RubricStatus.choices}
    special_labels = {value: str(label) for value, label in SpecialAnswer.choices if value}
    rows = (
        Answer.objects.filter(participation__campaign=campaign)
        .order_by("participation__municipality__nis_code", "participation_id")
        .values_list("participation_id", "question_code", "value", "special", "explanation")
        .iterator(chunk_size=CHUNK_SIZE)
    )
    previous_rows = _previous_by_municipality(campaign)
    previous_nis, previous_answers = next(previous_rows, ("", {}))
    for participation_id, group in groupby(rows, key=itemgetter(0)):
        municipality = participations[participation_id].municipality
        # Walk the previous campaign's answers alongside, both ordered by NIS code.
        while previous_nis and previous_nis < municipality.nis_code:
            previous_nis, previous_answers = next(previous_rows, ("", {}))
        earlier = previous_answers if previous_nis == municipality.nis_code else {}
        by_rubric: dict[int, dict[str, _StoredAnswer]] = {}
        for _participation_id, code, value, special, explanation in group:
            rubric_id = rubric_of_code.get(code)
            if rubric_id is None:
                continue  # no longer in the published questionnaire
            by_rubric.setdefault(rubric_id, {})[code] = _StoredAnswer(
                code, value, special, explanation
            )
        for rubric in questionnaire.rubrics:
            answers = by_rubric.get(rubric.page_id)
            if not answers:
                continue
            # The same rule as the rubric sheet: conditions read the stored values.
            visible = rubric.visible_codes(
                {code: answer.value for code, answer in answers.items() if not answer.special}
            )
            response = responses.get((participation_id, rubric.page_id))
            status = response.status if response else RubricStatus.NOT_STARTED
            confirmed_at = (
                timezone.localtime(response.confirmed_at)
                if response and status == RubricStatus.CONFIRMED and response.confirmed_at
                else None
            )
            status_label = status_labels.get(status, status)
            for question, code, theme_title, text in questions_of_rubric[rubric.page_id]:
                answer = answers.get(code)
                if answer is None or code not in visible:
                    continue
                previous = _previous_cells(question, earlier, special_labels)
                if answer.special:
                    yield ExportRow(
                        municipality.nis_code,
                        municipality.name,
                        rubric.code,
                        rubric.title,
                        theme_title,
                        code,
                        "",
                        "",
                        text,
                        None,
                        special_labels.get(answer.special, answer.special),
                        previous.get(("", "")),
                        answer.explanation,
                        status_label,
                        confirmed_at,
                    )
                    continue
                for cell in question.export_cells(answer.value):
                    if cell.value is None or cell.value == "":
                        continue
                    yield ExportRow(
                        municipality.nis_code,
                        municipality.name,
                        rubric.code,
                        rubric.title,
                        theme_title,
                        code,
                        cell.row,
                        cell.column,
                        text,
                        cell.value,
                        "",
                        previous.get((cell.row, cell.column)),
                        answer.explanation,
                        status_label,
                        confirmed_at,
                    )
