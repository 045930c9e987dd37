"""Reads of the data-quality screen: per check of the answers, the municipalities it holds for.

The findings come from ``RubricResponse.findings``, which the save service keeps up to date
(``surveys.checks``): nothing is evaluated here. Per finding the explanation is read fresh
from the answer of the finding's target question. Four queries whatever the number of
municipalities: the campaigns, the state of the questionnaire, the responses with findings
and the explanations.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from roles.models import Province
from surveys.blocks.checks import SEVERITY_ERROR
from surveys.models import Answer, CampaignPage, RubricResponse, RubricStatus
from surveys.questionnaire import Questionnaire
from surveys.selectors import campaigns_live, questionnaire_for_campaign


@dataclass(frozen=True)
class Occurrence:
    """One municipality for which a check holds."""

    nis_code: str
    name: str
    province: str
    status: str
    figures: str
    #: The question the finding is shown at, whose answer carries the explanation.
    target: str
    explanation: str

    @property
    def province_label(self) -> str:
        return str(Province(self.province).label) if self.province in Province.values else ""

    @property
    def status_label(self) -> str:
        return str(RubricStatus(self.status).label) if self.status in RubricStatus.values else ""


@dataclass
class CheckFindings:
    """One check of a rubric and the municipalities it holds for."""

    rubric_code: str
    rubric_title: str
    code: str
    severity: str
    message: str
    occurrences: list[Occurrence] = field(default_factory=list)

    @property
    def is_error(self) -> bool:
        return self.severity == SEVERITY_ERROR

    @property
    def severity_label(self) -> str:
        return _("fout") if self.is_error else _("waarschuwing")

    @property
    def without_explanation(self) -> int:
        return sum(1 for occurrence in self.occurrences if not occurrence.explanation)


@dataclass
class DataQuality:
    campaign: CampaignPage
    checks: list[CheckFindings]

    @property
    def findings(self) -> int:
        return sum(len(check.occurrences) for check in self.checks)

    @property
    def municipalities(self) -> int:
        return len({o.nis_code for check in self.checks for o in check.occurrences})


def quality_campaigns() -> list[CampaignPage]:
    return list(campaigns_live())


def check_codes(questionnaire: Questionnaire, rubric_code: str = "") -> list[str]:
    """The codes of the campaign's checks (of one rubric), for the filter."""
    return sorted(
        {
            check.code
            for rubric in questionnaire.rubrics
            if not rubric_code or rubric.code == rubric_code
            for check in rubric.checks
        }
    )


def data_quality(
    *,
    campaign: CampaignPage,
    questionnaire: Questionnaire | None = None,
    rubric_code: str = "",
    severity: str = "",
    check_code: str = "",
    province: str = "",
    without_explanation: bool = False,
) -> DataQuality:
    """Per check, in questionnaire order, the municipalities whose answers trigger it.

    Filters: one rubric, one severity, one check code, one province, and only findings
    whose target answer has no explanation yet.
    """
    questionnaire = questionnaire or questionnaire_for_campaign(campaign=campaign)
    responses = (
        RubricResponse.objects.filter(participation__campaign=campaign)
        .exclude(findings=[])
        .order_by("participation__municipality__name")
    )
    if rubric_code:
        responses = responses.filter(rubric__code=rubric_code)
    if province:
        responses = responses.filter(participation__municipality__province=province)
    rows = list(
        responses.values(
            "participation_id",
            "status",
            "findings",
            "rubric__code",
            "rubric__title",
            "participation__municipality__nis_code",
            "participation__municipality__name",
            "participation__municipality__province",
        )
    )
    wanted = [
        (row, finding)
        for row in rows
        for finding in row["findings"] or []
        if (not severity or finding.get("severity") == severity)
        and (not check_code or finding.get("check") == check_code)
    ]
    explanations = _explanations(campaign, {finding.get("target", "") for _r, finding in wanted})

    checks: dict[tuple[str, str], CheckFindings] = {}
    for rubric in questionnaire.rubrics:  # the questionnaire's order first
        for check in rubric.checks:
            checks[rubric.code, check.code] = CheckFindings(
                rubric.code, rubric.title, check.code, check.severity, check.message
            )
    for row, finding in wanted:
        key = (row["rubric__code"], finding.get("check", ""))
        found = checks.get(key)
        if found is None:  # a check removed or renamed since the answers were saved
            found = checks[key] = CheckFindings(
                key[0],
                row["rubric__title"],
                key[1],
                finding.get("severity", ""),
                finding.get("message", ""),
            )
        target = finding.get("target", "")
        explanation = explanations.get((row["participation_id"], target), "")
        if without_explanation and explanation:
            continue
        found.occurrences.append(
            Occurrence(
                nis_code=row["participation__municipality__nis_code"],
                name=row["participation__municipality__name"],
                province=row["participation__municipality__province"],
                status=row["status"],
                figures=finding.get("figures", ""),
                target=target,
                explanation=explanation,
            )
        )
    return DataQuality(
        campaign=campaign, checks=[check for check in checks.values() if check.occurrences]
    )


def _explanations(campaign: CampaignPage, targets: set[str]) -> dict[tuple[int, str], str]:
    if not targets:
        return {}
    return {
        (participation_id, code): explanation.strip()
        for participation_id, code, explanation in Answer.objects.filter(
            participation__campaign=campaign, question_code__in=sorted(targets)
        )
        .exclude(explanation="")
        .values_list("participation_id", "question_code", "explanation")
    }
