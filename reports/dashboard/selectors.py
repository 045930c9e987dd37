"""Reads of the progress dashboard: completion per municipality × rubric, from the counters.

Completion comes from the counters the registration services keep on ``RubricResponse``
(applicable, answered): one query for all participations and responses of a campaign, never
a walk over the answers. A rubric without a response counts with the questions applicable
when nothing is answered yet (``surveys.selectors.completion`` with no answers, computed once
per rubric). The number of queries does not depend on the number of municipalities.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, F, Func, Q, Subquery

from roles.models import Municipality, Province
from surveys.models import Answer, CampaignPage, Participation, RubricStatus
from surveys.questionnaire import Questionnaire, Rubric
from surveys.selectors import campaigns_live, completion, questionnaire_for_campaign

HIGH = "high"
MIDDLE = "middle"
LOW = "low"
#: Lower bounds, in percent, of the completion buckets: 80 % or more, 50 to 80 %, under 50 %.
HIGH_FROM = 80
MIDDLE_FROM = 50

STATUS_ORDER = [
    RubricStatus.CONFIRMED,
    RubricStatus.COMPLETE,
    RubricStatus.IN_PROGRESS,
    RubricStatus.NOT_STARTED,
]


def _percentage(answered: int, applicable: int) -> int:
    return round(100 * answered / applicable) if applicable else 0


@dataclass
class RubricCell:
    """One municipality's progress in one rubric."""

    rubric_code: str
    status: str
    status_label: str
    answered: int
    applicable: int

    @property
    def percentage(self) -> int:
        return _percentage(self.answered, self.applicable)


@dataclass
class MunicipalityProgress:
    participation_id: int
    nis_code: str
    name: str
    province: str
    cells: list[RubricCell]

    @property
    def province_label(self) -> str:
        return Province(self.province).label if self.province in Province.values else ""

    @property
    def answered(self) -> int:
        return sum(cell.answered for cell in self.cells)

    @property
    def applicable(self) -> int:
        return sum(cell.applicable for cell in self.cells)

    @property
    def percentage(self) -> int:
        return _percentage(self.answered, self.applicable)

    @property
    def bucket(self) -> str:
        """Compared exactly (not the rounded percentage): 79.6 % is not yet 80 %."""
        answered, applicable = self.answered, self.applicable
        if applicable and 100 * answered >= HIGH_FROM * applicable:
            return HIGH
        if applicable and 100 * answered >= MIDDLE_FROM * applicable:
            return MIDDLE
        return LOW


@dataclass
class RubricProgress:
    """A rubric over all shown municipalities: for the chart."""

    code: str
    title: str
    answered: int = 0
    applicable: int = 0
    status_counts: dict[str, int] = field(default_factory=dict)

    @property
    def percentage(self) -> int:
        return _percentage(self.answered, self.applicable)

    @property
    def total(self) -> int:
        return sum(self.status_counts.values())

    def status_parts(self) -> list[dict[str, Any]]:
        """Each status with its count and share of the municipalities (for a stacked bar)."""
        total = self.total
        return [
            {
                "status": status.value,
                "label": status.label,
                "count": self.status_counts.get(status, 0),
                "share": round(100 * self.status_counts.get(status, 0) / total, 1) if total else 0,
            }
            for status in STATUS_ORDER
        ]


@dataclass
class UnansweredQuestion:
    code: str
    text: str
    rubric_code: str
    conditional: bool
    started: int
    unanswered: int

    @property
    def percentage(self) -> int:
        return _percentage(self.unanswered, self.started)


@dataclass
class ProgressDashboard:
    campaign: CampaignPage
    rubrics: list[Rubric]
    rows: list[MunicipalityProgress]
    rubric_progress: list[RubricProgress]
    unanswered: list[UnansweredQuestion]
    participating: int  # all participations of the campaign, before the filters
    municipality_total: int

    @property
    def buckets(self) -> dict[str, int]:
        counts = Counter(row.bucket for row in self.rows)
        return {HIGH: counts[HIGH], MIDDLE: counts[MIDDLE], LOW: counts[LOW]}


def dashboard_campaigns() -> list[CampaignPage]:
    return list(campaigns_live())


def _cells(
    rubrics: list[Rubric],
    responses: dict[int, dict[str, Any]],
    applicable_without_answers: dict[int, int],
    status_labels: dict[str, str],
) -> list[RubricCell]:
    cells = []
    for rubric in rubrics:
        response = responses.get(rubric.page_id)
        if response is None or (
            response["status"] == RubricStatus.NOT_STARTED and not response["applicable_count"]
        ):
            status = response["status"] if response else RubricStatus.NOT_STARTED
            answered, applicable = 0, applicable_without_answers[rubric.page_id]
        else:
            status = response["status"]
            answered, applicable = response["answered_count"], response["applicable_count"]
        cells.append(
            RubricCell(
                rubric_code=rubric.code,
                status=status,
                status_label=status_labels.get(status, status),
                answered=answered,
                applicable=applicable,
            )
        )
    return cells


def _matches(row: MunicipalityProgress, status: str, rubric_code: str) -> bool:
    if not status:
        return True
    return any(
        cell.status == status
        for cell in row.cells
        if not rubric_code or cell.rubric_code == rubric_code
    )


def progress_dashboard(
    *,
    campaign: CampaignPage,
    province: str = "",
    status: str = "",
    rubric_code: str = "",
    unanswered_limit: int = 10,
    questionnaire: Questionnaire | None = None,
) -> ProgressDashboard:
    """Completion per participating municipality × rubric, buckets, chart and open questions.

    ``province`` narrows to one province; ``status`` to municipalities with a rubric in that
    status (``rubric_code``: in that rubric). Everything on the dashboard is about the
    municipalities that remain.
    """
    questionnaire = questionnaire or questionnaire_for_campaign(campaign=campaign)
    rubrics = questionnaire.rubrics
    applicable_without_answers = {
        rubric.page_id: completion(rubric=rubric, answers={}).applicable for rubric in rubrics
    }
    status_labels = {value: str(label) for value, label in RubricStatus.choices}

    table = _participations_with_responses(campaign)
    rows = []
    for participation in table.participations:
        if province and participation["province"] != province:
            continue
        row = MunicipalityProgress(
            participation_id=participation["pk"],
            nis_code=participation["nis_code"],
            name=participation["name"],
            province=participation["province"],
            cells=_cells(
                rubrics,
                table.responses.get(participation["pk"], {}),
                applicable_without_answers,
                status_labels,
            ),
        )
        if _matches(row, status, rubric_code):
            rows.append(row)

    return ProgressDashboard(
        campaign=campaign,
        rubrics=rubrics,
        rows=rows,
        rubric_progress=_rubric_progress(rubrics, rows),
        unanswered=_unanswered(
            campaign,
            rubrics,
            rows,
            narrowed=bool(province or status),
            limit=unanswered_limit,
        ),
        participating=len(table.participations),
        municipality_total=table.municipality_total,
    )


@dataclass
class _ParticipationTable:
    participations: list[dict[str, Any]]  # pk, nis_code, name, province; by name
    responses: dict[int, dict[int, dict[str, Any]]]  # participation → rubric page → counters
    municipality_total: int


def _participations_with_responses(campaign: CampaignPage) -> _ParticipationTable:
    """Every participation of the campaign with its municipality and rubric responses, and the
    number of municipalities: one query (a row per response), whatever their number."""
    municipality_total = Subquery(
        Municipality.objects.order_by().values(n=Func(F("pk"), function="COUNT"))
    )
    participations: dict[int, dict[str, Any]] = {}
    responses: dict[int, dict[int, dict[str, Any]]] = defaultdict(dict)
    total = None
    for row in (
        Participation.objects.filter(campaign=campaign)
        .annotate(municipality_total=municipality_total)
        .order_by("municipality__name", "pk")
        .values(
            "pk",
            "municipality__nis_code",
            "municipality__name",
            "municipality__province",
            "municipality_total",
            "rubric_responses__rubric_id",
            "rubric_responses__status",
            "rubric_responses__applicable_count",
            "rubric_responses__answered_count",
        )
    ):
        total = row["municipality_total"]
        participations.setdefault(
            row["pk"],
            {
                "pk": row["pk"],
                "nis_code": row["municipality__nis_code"],
                "name": row["municipality__name"],
                "province": row["municipality__province"],
            },
        )
        if row["rubric_responses__rubric_id"] is not None:
            responses[row["pk"]][row["rubric_responses__rubric_id"]] = {
                "status": row["rubric_responses__status"],
                "applicable_count": row["rubric_responses__applicable_count"],
                "answered_count": row["rubric_responses__answered_count"],
            }
    return _ParticipationTable(
        participations=list(participations.values()),
        responses=responses,
        municipality_total=Municipality.objects.count() if total is None else total,
    )


def _rubric_progress(
    rubrics: list[Rubric], rows: list[MunicipalityProgress]
) -> list[RubricProgress]:
    progress = [RubricProgress(code=rubric.code, title=rubric.title) for rubric in rubrics]
    for row in rows:
        for item, cell in zip(progress, row.cells, strict=True):
            item.answered += cell.answered
            item.applicable += cell.applicable
            item.status_counts[cell.status] = item.status_counts.get(cell.status, 0) + 1
    return progress


def _unanswered(
    campaign: CampaignPage,
    rubrics: list[Rubric],
    rows: list[MunicipalityProgress],
    *,
    narrowed: bool,
    limit: int,
) -> list[UnansweredQuestion]:
    """Questions most often without a stored answer among the municipalities that started
    their rubric: per question, started − answers (one aggregate query over the answers).

    A conditional question counts as open where it is hidden too (evaluating the conditions
    per municipality would mean reading every answer); the dashboard marks those.
    """
    if limit <= 0:
        return []
    started: Counter[str] = Counter()
    for row in rows:
        for cell in row.cells:
            if cell.status != RubricStatus.NOT_STARTED:
                started[cell.rubric_code] += 1
    if not started:
        return []
    answers = Answer.objects.filter(participation__campaign=campaign).filter(
        Q(value__isnull=False) | ~Q(special="")
    )
    if narrowed:
        answers = answers.filter(participation_id__in=[row.participation_id for row in rows])
    answered = dict(
        answers.values("question_code").annotate(n=Count("pk")).values_list("question_code", "n")
    )
    result = []
    for rubric in rubrics:
        if not started[rubric.code]:
            continue
        for question in rubric.questions():
            open_count = max(started[rubric.code] - answered.get(question.code, 0), 0)
            if open_count:
                result.append(
                    UnansweredQuestion(
                        code=question.code,
                        text=question.text,
                        rubric_code=rubric.code,
                        conditional=question.condition is not None,
                        started=started[rubric.code],
                        unanswered=open_count,
                    )
                )
    result.sort(key=lambda item: (-item.unanswered, item.code))
    return result[:limit]
