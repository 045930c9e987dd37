"""The read model of one rubric as one municipality filled it: the ``RubricSheet``.

One selector, ``rubric_sheet``, reads a rubric's answers once and works out everything the
screens and documents show of it: which questions are visible under their conditions,
completion per theme and per rubric, the open required questions, one display text per
answer and who changed it last. The step form, the rubric summary, the audit trail and
the answers PDF all read a sheet; ``answers_save`` returns a fresh one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from .checks import Finding, PeerBounds, rubric_findings
from .models import Answer, Participation, RubricResponse, RubricStatus
from .questionnaire import Question, Rubric, Theme
from .specials import special_label


def answer_text(question: Question | None, value: Any, special: str, *, empty: str = "") -> str:
    """An answer as people read it: the special answer spelled out, else the question's display.

    Never fails on what is stored: a value that no longer fits its question is shown as is.
    """
    if special:
        return special_label(special)
    if value is None:
        return empty
    if question is None:
        return str(value)
    try:
        return question.display(value)
    except Exception:  # a value stored under an earlier version of the question
        return str(value)


def answer_fingerprint(value: Any, special: str, explanation: str = "") -> str:
    """A short stamp of a stored answer, to tell later whether someone changed it.

    The step form carries the stamps of the answers as the person loaded them; a submitted
    answer whose stamp equals the loaded one was not touched, whatever was saved since.
    The explanation is part of the answer.
    """
    answer = [value, special or ""] + ([explanation] if explanation else [])
    data = json.dumps(answer, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.blake2b(data.encode(), digest_size=6).hexdigest()


EMPTY_FINGERPRINT = answer_fingerprint(None, "")


def person_name(person: Any) -> str:
    if person is None:
        return ""
    return person.get_full_name() or person.username


@dataclass(eq=False)
class AnswerEntry:
    """One question of the rubric with this municipality's answer."""

    question: Question
    theme: Theme
    answer: Answer | None
    visible: bool
    answered: bool
    #: The municipality's confirmed answer in the previous campaign (matched by code).
    previous: Answer | None = None
    #: The checks that hold with this question as their target.
    findings: list[Finding] = field(default_factory=list)

    @property
    def code(self) -> str:
        return self.question.code

    @property
    def value(self) -> Any:
        return None if self.answer is None or self.answer.special else self.answer.value

    @property
    def special(self) -> str:
        return self.answer.special if self.answer is not None else ""

    @property
    def version(self) -> int:
        return self.answer.version if self.answer is not None else 0

    @property
    def fingerprint(self) -> str:
        if self.answer is None:
            return EMPTY_FINGERPRINT
        return answer_fingerprint(self.answer.value, self.answer.special, self.answer.explanation)

    @property
    def open_required(self) -> bool:
        return self.visible and not self.answered and self.question.required

    @property
    def explanation(self) -> str:
        return self.answer.explanation if self.answer is not None else ""

    @cached_property
    def previous_text(self) -> str:
        """The previous campaign's confirmed answer as people read it ("" when none)."""
        if self.previous is None:
            return ""
        return answer_text(self.question, self.previous.value, self.previous.special)

    @property
    def warnings(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.is_warning]

    @property
    def errors(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.is_error]

    @property
    def can_take_over(self) -> bool:
        """Empty, applicable, and may take the previous campaign's confirmed answer."""
        return (
            self.question.may_take_over
            and self.previous is not None
            and self.visible
            and not self.answered
            and not self.special
        )

    @property
    def needs_explanation(self) -> bool:
        """A warning stands on this answer and nobody explained it yet."""
        return any(finding.open for finding in self.warnings)

    @cached_property
    def text(self) -> str:
        """The answer as people read it ("" when there is none)."""
        if self.answer is None:
            return ""
        return answer_text(self.question, self.answer.value, self.answer.special)

    @property
    def state(self) -> str:
        """hidden (its condition does not hold), special, value or empty."""
        if not self.visible:
            return "hidden"
        if self.special:
            return "special"
        return "value" if self.answered else "empty"

    @property
    def changed_by(self) -> str:
        """Who saved this answer last ("" when nobody did)."""
        if self.answer is None:
            return ""
        return person_name(self.answer.updated_by) or _("een verwijderde gebruiker")

    @property
    def changed_at(self) -> Any:
        return self.answer.updated_at if self.answer is not None else None


@dataclass
class Completion:
    """Completion of a rubric or theme: answered applicable questions / applicable ones."""

    applicable: int = 0
    answered: int = 0
    open_required: list[AnswerEntry] = field(default_factory=list)

    @property
    def percentage(self) -> int:
        return round(100 * self.answered / self.applicable) if self.applicable else 0

    @property
    def complete(self) -> bool:
        return not self.open_required

    def add(self, entry: AnswerEntry) -> None:
        if not entry.visible:
            return
        self.applicable += 1
        if entry.answered:
            self.answered += 1
        elif entry.question.required:
            self.open_required.append(entry)


@dataclass(eq=False)
class ThemeSheet:
    theme: Theme
    entries: list[AnswerEntry]
    completion: Completion

    @property
    def slug(self) -> str:
        return self.theme.slug

    @property
    def done(self) -> bool:
        """Every applicable required question answered, and at least one answer."""
        result = self.completion
        return result.complete and result.applicable > 0 and result.answered > 0


@dataclass(eq=False)
class RubricSheet:
    """A rubric as this municipality filled it (see the module docstring)."""

    rubric: Rubric
    participation: Participation | None
    response: RubricResponse | None
    answers: dict[str, Answer]
    visible_codes: set[str]
    themes: list[ThemeSheet]
    completion: Completion
    #: The werkjaar of the campaign the previous answers come from (None: no such campaign).
    previous_werkjaar: int | None = None
    findings: list[Finding] = field(default_factory=list)

    def __iter__(self) -> Iterator[AnswerEntry]:
        for theme in self.themes:
            yield from theme.entries

    @cached_property
    def entries(self) -> dict[str, AnswerEntry]:
        return {entry.code: entry for entry in self}

    def entry(self, code: str) -> AnswerEntry | None:
        return self.entries.get(code)

    def theme(self, slug: str) -> ThemeSheet | None:
        return next((theme for theme in self.themes if theme.slug == slug), None)

    @property
    def open_required(self) -> list[AnswerEntry]:
        return self.completion.open_required

    @property
    def errors(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.is_error]

    @property
    def open_warnings(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.is_warning and finding.open]

    @property
    def complete(self) -> bool:
        """Every applicable required question answered, no error, every warning explained."""
        return self.completion.complete and not self.errors and not self.open_warnings

    @property
    def has_previous(self) -> bool:
        return any(entry.previous is not None for entry in self)

    @property
    def status(self) -> str:
        return self.response.status if self.response else RubricStatus.NOT_STARTED

    @property
    def status_label(self) -> str:
        return str(RubricStatus(self.status).label)

    @property
    def is_locked(self) -> bool:
        return self.response is not None and self.response.is_locked

    def values(self) -> dict[str, Any]:
        """The stored values (special answers left out), as the conditions read them."""
        return {code: a.value for code, a in self.answers.items() if not a.special}

    def text_of(self, code: str, value: Any, special: str, *, empty: str = "") -> str:
        """Any value of one of this rubric's questions as people read it (audit, conflicts)."""
        return answer_text(self.rubric.by_code.get(code), value, special, empty=empty)


def answer_counts(question: Question, answer: Answer | None) -> bool:
    """An applicable question counts as answered with a value, onbekend or niet van toepassing."""
    if answer is None:
        return False
    return bool(answer.special) or question.is_answered(answer.value)


def sheet_from_answers(
    *,
    rubric: Rubric,
    participation: Participation | None,
    response: RubricResponse | None,
    answers: Mapping[str, Answer],
    previous: Previous | None = None,
) -> RubricSheet:
    """Work out a sheet from answers already read (the save service has them in hand)."""
    previous = previous or Previous()
    own = {code: answer for code, answer in answers.items() if code in rubric.by_code}
    visible = rubric.visible_codes(
        {code: answer.value for code, answer in own.items() if not answer.special}
    )
    total = Completion()
    themes = []
    for theme in rubric.themes:
        counted = Completion()
        entries = []
        for question in theme.questions:
            answer = own.get(question.code)
            entry = AnswerEntry(
                question=question,
                theme=theme,
                answer=answer,
                visible=question.code in visible,
                answered=answer_counts(question, answer),
                previous=previous.answers.get(question.code),
            )
            entries.append(entry)
            counted.add(entry)
            total.add(entry)
        themes.append(ThemeSheet(theme=theme, entries=entries, completion=counted))
    sheet = RubricSheet(
        rubric=rubric,
        participation=participation,
        response=response,
        answers=dict(own),
        visible_codes=visible,
        themes=themes,
        completion=total,
        previous_werkjaar=previous.werkjaar,
    )
    if rubric.checks:
        sheet.findings = rubric_findings(sheet=sheet, ranges=previous.ranges)
        for finding in sheet.findings:
            target_entry = sheet.entry(finding.target)
            if target_entry is not None:
                target_entry.findings.append(finding)
    return sheet


def rubric_answers(*, participation: Participation | None, rubric: Rubric) -> dict[str, Answer]:
    """The stored answers of a rubric's questions, with who saved them last (one query)."""
    if participation is None or participation.pk is None:
        return {}
    return {
        answer.question_code: answer
        for answer in Answer.objects.select_related("updated_by").filter(
            participation=participation, question_code__in=list(rubric.by_code)
        )
    }


@dataclass(frozen=True)
class Previous:
    """What a sheet knows of the previous campaign: its werkjaar, the municipality's
    confirmed answers (by the current question codes) and the other municipalities' ranges."""

    werkjaar: int | None = None
    answers: Mapping[str, Answer] = field(default_factory=dict)
    ranges: Mapping[tuple[str, str], PeerBounds] = field(default_factory=dict)


def previous_campaign_of(campaign: Any) -> Any:
    """The campaign before this one: the explicit link, else the highest earlier werkjaar."""
    from .models import CampaignPage

    if campaign is None:
        return None
    if campaign.previous_campaign_id:
        return campaign.previous_campaign
    if not hasattr(campaign, "_previous_campaign_found"):  # once per loaded campaign
        campaign._previous_campaign_found = (
            CampaignPage.objects.live()
            .filter(werkjaar__lt=campaign.werkjaar)
            .order_by("-werkjaar")
            .first()
        )
    return campaign._previous_campaign_found


def previous_for(*, municipality_id: int | None, campaign: Any, rubric: Rubric) -> Previous:
    """The previous campaign's confirmed answers of a municipality for a rubric (one query),
    and the ranges of the other municipalities where the rubric's checks need them."""
    from django.db.models import Exists, OuterRef

    from .models import PeerRange, RubricStatus

    previous = previous_campaign_of(campaign)
    if previous is None or municipality_id is None:
        return Previous()
    codes = {question.previous_code: question.code for question in rubric.questions()}
    confirmed = RubricResponse.objects.filter(
        participation_id=OuterRef("participation_id"),
        rubric__code=OuterRef("rubric_code"),
        status=RubricStatus.CONFIRMED,
    )
    answers = {
        codes[answer.question_code]: answer
        for answer in Answer.objects.filter(
            participation__campaign=previous,
            participation__municipality_id=municipality_id,
            question_code__in=list(codes),
        ).filter(Exists(confirmed))
    }
    ranges: dict[tuple[str, str], PeerBounds] = {}
    if any(check.kind == "peer_range" for check in rubric.checks):
        ranges = {
            (peer.question_code, peer.part): PeerBounds(peer.p5, peer.p95, peer.municipalities)
            for peer in PeerRange.objects.filter(campaign=previous, question_code__in=list(codes))
        }
    return Previous(werkjaar=previous.werkjaar, answers=answers, ranges=ranges)


def rubric_sheet(
    *,
    participation: Participation | None,
    rubric: Rubric,
    response: RubricResponse | None = None,
    municipality: Any = None,
    campaign: Any = None,
) -> RubricSheet:
    """The one read of a rubric as a municipality filled it (three or four queries).

    ``response`` saves its query where the caller has it already; ``municipality`` and
    ``campaign`` find the previous answers of a municipality that has not saved yet.
    """
    if response is None and participation is not None and participation.pk is not None:
        response = (
            RubricResponse.objects.select_related("confirmed_by", "reopened_by")
            .filter(participation=participation, rubric_id=rubric.page_id)
            .first()
        )
        if response is not None:
            response.participation = participation
    municipality_id: int | None
    if participation is not None:
        municipality_id = participation.municipality_id
        campaign = participation.campaign
    else:
        municipality_id = municipality.pk if municipality is not None else None
    return sheet_from_answers(
        rubric=rubric,
        participation=participation,
        response=response,
        answers=rubric_answers(participation=participation, rubric=rubric),
        previous=previous_for(municipality_id=municipality_id, campaign=campaign, rubric=rubric),
    )
