"""Reads for the PDFs: what a question overview and an answers report show, and their files."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from roles.models import Municipality
from surveys.blocks import OPERATOR_CONTAINS, SPECIAL_NOT_APPLICABLE, SPECIAL_UNKNOWN
from surveys.blocks.parsing import format_belgian_number
from surveys.models import (
    Answer,
    AuditEntry,
    CampaignPage,
    Definition,
    Participation,
    RubricResponse,
    RubricStatus,
)
from surveys.questionnaire import Question, Questionnaire, Rubric, Theme
from surveys.selectors import answer_counts, completion, participation_for

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


def option_label(question: Question, code: str) -> str:
    """The label of an answer option (or Ja/Nee) of a question, by its code."""
    for option in question.describe().get("options") or []:
        if option["code"] == code:
            return str(option["label"])
    return code


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
    answer = option_label(target, condition.value) if target else condition.value
    if condition.operator == OPERATOR_CONTAINS:
        text = _("Enkel als bij %(code)s ‘%(answer)s’ is aangeduid")
    else:
        text = _("Enkel als %(code)s = %(answer)s")
    return ConditionText(
        text=text % {"code": condition.question, "answer": answer},
        target_anchor=question_anchor(condition.question),
    )


def answer_format(question: Question) -> list[str]:
    """What a valid answer looks like, in lines of plain text: the type, then its settings.

    Read from the question's own description of its settings (``describe()`` and
    ``describe_settings()``), so a new question type needs nothing here.
    """
    info = question.describe()
    kind = question.type_label
    if "rows" in info:
        return [kind, *_table_lines(info)]
    if "options" in info:
        if question.type_code == "yes_no":
            return [kind]
        options = " · ".join(f"{option['label']} ({option['code']})" for option in info["options"])
        return [kind, _("Antwoordopties: %(options)s") % {"options": options}]
    if "max_length" in info:
        return [
            _("%(kind)s – hoogstens %(count)s tekens") % {"kind": kind, "count": info["max_length"]}
        ]
    described = question.describe_settings()
    if described:
        return [f"{kind} – {described}"]
    parts = []
    if info.get("min"):
        parts.append(_("vanaf %(day)s") % {"day": _date(info["min"])})
    if info.get("max"):
        parts.append(_("tot en met %(day)s") % {"day": _date(info["max"])})
    return [f"{kind} – {' '.join(parts)}" if parts else kind]


def _table_lines(info: dict[str, Any]) -> list[str]:
    cell_type = info.get("cell_type") or "integer"
    cells = {
        "integer": _("gehele getallen"),
        "decimal": _("decimale getallen"),
        "euro": _("bedragen in euro"),
        "yes_no": _("ja of nee"),
    }.get(cell_type, cell_type)
    details = [cells]
    if cell_type != "yes_no":
        if info.get("min") is not None:
            details.append(_("minimum %(min)s") % {"min": format_belgian_number(info["min"])})
        if info.get("max") is not None:
            details.append(_("maximum %(max)s") % {"max": format_belgian_number(info["max"])})
    if info.get("show_totals"):
        details.append(_("met totalen"))
    return [
        _("Rijen: %(rows)s")
        % {"rows": "; ".join(f"{row['label']} ({row['code']})" for row in info["rows"])},
        _("Kolommen: %(columns)s")
        % {"columns": "; ".join(f"{col['label']} ({col['code']})" for col in info["columns"])},
        _("Cellen: %(cells)s") % {"cells": ", ".join(details)},
    ]


def _date(iso: str) -> str:
    return date_format(datetime.date.fromisoformat(iso), "j F Y")


@dataclass
class QuestionDescription:
    question: Question
    #: Set only where a condition links to the question: every anchor costs WeasyPrint
    #: layout time and a named destination in the PDF.
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
        targets = {q.condition.question for q in rubric.questions() if q.condition is not None}
        themes = []
        for theme in rubric.themes:
            described = []
            for question in theme.questions:
                definitions = question.definitions
                used.update((definition.pk, definition) for definition in definitions)
                described.append(
                    QuestionDescription(
                        question=question,
                        anchor=question_anchor(question.code) if question.code in targets else "",
                        answer_format=answer_format(question),
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
    question: Question
    state: str
    text: str


@dataclass
class ThemeAnswers:
    theme: Theme
    lines: list[AnswerLine]


@dataclass
class RubricAnswers:
    rubric: Rubric
    response: RubricResponse | None
    themes: list[ThemeAnswers]
    applicable: int
    answered: int

    @property
    def confirmed(self) -> bool:
        return self.response is not None and self.response.status == RubricStatus.CONFIRMED

    @property
    def status_label(self) -> str:
        status = self.response.status if self.response else RubricStatus.NOT_STARTED
        return str(RubricStatus(status).label)

    @property
    def confirmed_by_name(self) -> str:
        person = self.response.confirmed_by if self.response else None
        return (person.get_full_name() or person.username) if person else ""

    @property
    def reopened_by_name(self) -> str:
        person = self.response.reopened_by if self.response else None
        return (person.get_full_name() or person.username) if person else ""


@dataclass
class AnswersDocument:
    campaign: CampaignPage
    municipality: Municipality
    participation: Participation | None
    rubrics: list[RubricAnswers]
    as_of: datetime.datetime
    whole_campaign: bool = True


def _answer_line(question: Question, answer: Answer | None, visible: set[str]) -> AnswerLine:
    if question.code not in visible:
        return AnswerLine(question, AnswerState.HIDDEN, _("niet van toepassing (voorwaarde)"))
    if answer is not None and answer.special:
        text = {
            SPECIAL_UNKNOWN: _("onbekend"),
            SPECIAL_NOT_APPLICABLE: _("niet van toepassing"),
        }.get(answer.special, answer.special)
        return AnswerLine(question, AnswerState.SPECIAL, text)
    if not answer_counts(question, answer):
        return AnswerLine(question, AnswerState.EMPTY, _("niet beantwoord"))
    assert answer is not None
    return AnswerLine(question, AnswerState.VALUE, question.display(answer.value))


def answers_document(
    *,
    questionnaire: Questionnaire,
    municipality: Municipality,
    rubric_code: str | None = None,
) -> AnswersDocument:
    """Every question of the campaign (or one rubric) with the municipality's answer.

    Questions hidden by their condition are listed as "niet van toepassing (voorwaarde)";
    the answer they may still hold is kept for when the condition holds again, not shown.
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
            for answer in Answer.objects.filter(
                participation=participation, question_code__in=codes
            )
        }
        responses = {
            response.rubric_id: response
            for response in RubricResponse.objects.select_related(
                "confirmed_by", "reopened_by"
            ).filter(participation=participation, rubric_id__in=[r.page_id for r in rubrics])
        }
    result = []
    for rubric in rubrics:
        own = {code: answers[code] for code in rubric.by_code if code in answers}
        counted = completion(rubric=rubric, answers=own)
        result.append(
            RubricAnswers(
                rubric=rubric,
                response=responses.get(rubric.page_id),
                themes=[
                    ThemeAnswers(
                        theme=theme,
                        lines=[
                            _answer_line(question, own.get(question.code), counted.visible_codes)
                            for question in theme.questions
                        ],
                    )
                    for theme in rubric.themes
                ],
                applicable=counted.applicable,
                answered=counted.answered,
            )
        )
    return AnswersDocument(
        campaign=campaign,
        municipality=municipality,
        participation=participation,
        rubrics=result,
        as_of=timezone.now(),
        whole_campaign=rubric_code is None,
    )
