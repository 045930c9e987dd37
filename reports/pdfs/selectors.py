"""Reads for the PDFs: what a question overview and an answers report show, and their files."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from roles.models import Municipality
from surveys.blocks import OPERATOR_CONTAINS
from surveys.models import (
    Answer,
    AuditEntry,
    CampaignPage,
    Definition,
    Participation,
    RubricResponse,
)
from surveys.questionnaire import Question, Questionnaire, Rubric, Theme
from surveys.selectors import participation_for
from surveys.sheets import AnswerEntry, RubricSheet, previous_for, sheet_from_answers

from ..models import GeneratedReport
from ..storage import private_storage

#: A build asked for longer ago than this is presumed lost (worker restarted): ask again.
BUILD_PATIENCE = datetime.timedelta(minutes=10)


# --- the stored files -----------------------------------------------------------------


def question_overview_report(*, campaign: CampaignPage) -> GeneratedReport | None:
    return GeneratedReport.objects.filter(
        kind=GeneratedReport.Kind.QUESTION_OVERVIEW, campaign=campaign, municipality=None
    ).first()


def answers_report(*, campaign: CampaignPage, municipality: Municipality) -> GeneratedReport | None:
    return GeneratedReport.objects.filter(
        kind=GeneratedReport.Kind.ANSWERS, campaign=campaign, municipality=municipality
    ).first()


def report_file_available(report: GeneratedReport | None) -> bool:
    return bool(report and report.file_name and private_storage.exists(report.file_name))


def build_pending(report: GeneratedReport | None, *, now: datetime.datetime | None = None) -> bool:
    """Is a build of this report asked for recently enough that it is still coming?"""
    if report is None or report.requested_at is None:
        return False
    if report.status not in (GeneratedReport.Status.BUILDING, GeneratedReport.Status.FAILED):
        return False
    return (now or timezone.now()) - report.requested_at < BUILD_PATIENCE


def answers_data_version(*, campaign: CampaignPage, municipality: Municipality) -> str:
    """A stamp that changes with every answer or status change and every questionnaire publish.

    Every change of answers and statuses writes an audit entry, and entries are never
    removed, so their count grows with every committed change (whatever the commit order);
    the question overview's generation grows with every publish of the questionnaire.
    """
    changes = AuditEntry.objects.filter(
        participation__campaign=campaign, participation__municipality=municipality
    ).count()
    overview = question_overview_report(campaign=campaign)
    return f"{changes}.{overview.generation if overview else 0}"


def version_key(version: str) -> tuple[int, ...]:
    """Versions compare part by part as numbers ("10.2" is newer than "9.2")."""
    return tuple(int(part) for part in version.split(".") if part.isdigit())


# --- the question overview --------------------------------------------------------------


def question_anchor(code: str) -> str:
    return f"vraag-{code}"


def definition_anchor(definition: Definition) -> str:
    return f"definitie-{definition.pk}"


@dataclass(frozen=True)
class ConditionText:
    text: str
    target_anchor: str


def condition_text(question: Question, rubric: Rubric) -> ConditionText | None:
    """The question's condition in words: "Enkel als AAN-02 = Ja"."""
    condition = question.condition
    if condition is None:
        return None
    target = rubric.by_code.get(condition.question)
    answer = target.option_label(condition.value) if target else condition.value
    if condition.operator == OPERATOR_CONTAINS:
        text = _("Enkel als bij %(code)s ‘%(answer)s’ is aangeduid")
    else:
        text = _("Enkel als %(code)s = %(answer)s")
    return ConditionText(
        text=text % {"code": condition.question, "answer": answer},
        target_anchor=question_anchor(condition.question),
    )


@dataclass
class QuestionDescription:
    question: Question
    anchor: str
    answer_format: list[str]
    condition: ConditionText | None
    definitions: list[tuple[Definition, str]]
    specials: list[str]


@dataclass
class ThemeDescription:
    theme: Theme
    anchor: str
    questions: list[QuestionDescription]


@dataclass
class RubricDescription:
    rubric: Rubric
    anchor: str
    themes: list[ThemeDescription]
    question_count: int


@dataclass
class QuestionOverview:
    campaign: CampaignPage
    rubrics: list[RubricDescription]
    glossary: list[tuple[Definition, str]]
    question_count: int
    as_of: datetime.datetime


def question_overview(*, questionnaire: Questionnaire) -> QuestionOverview:
    """Everything the question overview PDF shows, in the questionnaire's order."""
    used: dict[int, Definition] = {}
    rubrics = []
    total = 0
    for rubric in questionnaire.rubrics:
        themes = []
        for theme in rubric.themes:
            described = []
            for question in theme.questions:
                definitions = question.definitions
                used.update((definition.pk, definition) for definition in definitions)
                described.append(
                    QuestionDescription(
                        question=question,
                        anchor=question_anchor(question.code),
                        answer_format=question.answer_format(),
                        condition=condition_text(question, rubric),
                        definitions=[(d, definition_anchor(d)) for d in definitions],
                        specials=[label for _code, label in question.special_choices],
                    )
                )
            total += len(described)
            themes.append(ThemeDescription(theme, f"thema-{theme.page_id}", described))
        rubrics.append(
            RubricDescription(
                rubric=rubric,
                anchor=f"rubriek-{rubric.code}",
                themes=themes,
                question_count=sum(len(theme.questions) for theme in themes),
            )
        )
    glossary = sorted(used.values(), key=lambda definition: definition.term.casefold())
    return QuestionOverview(
        campaign=questionnaire.campaign,
        rubrics=rubrics,
        glossary=[(definition, definition_anchor(definition)) for definition in glossary],
        question_count=total,
        as_of=timezone.now(),
    )


# --- answers of a municipality -------------------------------------------------------------


class AnswerState:
    VALUE = "value"
    SPECIAL = "special"
    EMPTY = "empty"
    HIDDEN = "hidden"


@dataclass
class AnswerLine:
    """One question of the answers PDF, read from the rubric's sheet."""

    entry: AnswerEntry

    @property
    def question(self) -> Question:
        return self.entry.question

    @property
    def state(self) -> str:
        return self.entry.state

    @property
    def previous_text(self) -> str:
        return self.entry.previous_text

    @property
    def explanation(self) -> str:
        return self.entry.explanation

    @property
    def text(self) -> str:
        if self.entry.state == AnswerState.HIDDEN:
            return _("niet van toepassing (voorwaarde)")
        if self.entry.state == AnswerState.EMPTY:
            return _("niet beantwoord")
        return self.entry.text


@dataclass
class ThemeAnswers:
    theme: Theme
    lines: list[AnswerLine]


@dataclass
class RubricAnswers:
    """One rubric of the answers PDF: the rubric's sheet, as the PDF words it."""

    sheet: RubricSheet

    @property
    def rubric(self) -> Rubric:
        return self.sheet.rubric

    @property
    def response(self) -> RubricResponse | None:
        return self.sheet.response

    @property
    def themes(self) -> list[ThemeAnswers]:
        return [
            ThemeAnswers(theme.theme, [AnswerLine(entry) for entry in theme.entries])
            for theme in self.sheet.themes
        ]

    @property
    def previous_werkjaar(self) -> int | None:
        """The werkjaar of the previous answers, when the rubric holds any."""
        return self.sheet.previous_werkjaar if self.sheet.has_previous else None

    @property
    def applicable(self) -> int:
        return self.sheet.completion.applicable

    @property
    def answered(self) -> int:
        return self.sheet.completion.answered

    @property
    def confirmed(self) -> bool:
        return self.sheet.is_locked

    @property
    def status_label(self) -> str:
        return self.sheet.status_label

    @property
    def confirmed_by_name(self) -> str:
        """The name kept at confirmation: it stays when the account is deleted."""
        return self.response.confirmed_by_name if self.response else ""

    @property
    def reopened_by_name(self) -> str:
        return self.response.reopened_by_name if self.response else ""


@dataclass
class AnswersDocument:
    campaign: CampaignPage
    municipality: Municipality
    participation: Participation | None
    rubrics: list[RubricAnswers]
    as_of: datetime.datetime
    whole_campaign: bool = True


def answers_document(
    *,
    questionnaire: Questionnaire,
    municipality: Municipality,
    rubric_code: str | None = None,
) -> AnswersDocument:
    """Every question of the campaign (or one rubric) with the municipality's answer.

    Each rubric is its sheet (``surveys.sheets``), built from one read of the answers and one
    of the responses. Questions hidden by their condition are listed as "niet van
    toepassing (voorwaarde)"; the answer they may still hold is kept, not shown.
    """
    campaign = questionnaire.campaign
    participation = participation_for(municipality=municipality, campaign=campaign)
    rubrics = [
        rubric
        for rubric in questionnaire.rubrics
        if rubric_code is None or rubric.code == rubric_code
    ]
    answers: dict[str, Answer] = {}
    responses: dict[int, RubricResponse] = {}
    if participation is not None:
        codes = [code for rubric in rubrics for code in rubric.by_code]
        answers = {
            answer.question_code: answer
            for answer in Answer.objects.select_related("updated_by").filter(
                participation=participation, question_code__in=codes
            )
        }
        responses = {
            response.rubric_id: response
            for response in RubricResponse.objects.select_related(
                "confirmed_by", "reopened_by"
            ).filter(participation=participation, rubric_id__in=[r.page_id for r in rubrics])
        }
    return AnswersDocument(
        campaign=campaign,
        municipality=municipality,
        participation=participation,
        rubrics=[
            RubricAnswers(
                sheet_from_answers(
                    rubric=rubric,
                    participation=participation,
                    response=responses.get(rubric.page_id),
                    answers=answers,
                    previous=previous_for(
                        municipality_id=municipality.pk, campaign=campaign, rubric=rubric
                    ),
                )
            )
            for rubric in rubrics
        ],
        as_of=timezone.now(),
        whole_campaign=rubric_code is None,
    )
