"""Every state change of the registration: save, confirm, reopen, auto-confirm, extend.

Each service is atomic, row-locks what two people can race for, asks
``roles.permissions``, writes audit entries and queues follow-up work after commit.
Views, admin actions, management commands and Celery tasks call these; none of them
changes answers or statuses directly.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from roles.models import Municipality
from roles.permissions import Action, can

from .models import (
    Answer,
    AuditEntry,
    CampaignPage,
    Participation,
    RubricResponse,
    RubricStatus,
    SpecialAnswer,
)
from .phases import Phase
from .questionnaire import Question, Rubric
from .selectors import campaign_phase, effective_deadline, questionnaire_for_campaign
from .sheets import (
    EMPTY_FINGERPRINT,
    RubricSheet,
    answer_fingerprint,
    answer_text,
    person_name,
    previous_for,
    rubric_answers,
    rubric_sheet,
    sheet_from_answers,
)


class RegistrationError(Exception):
    """A registration rule was broken; the message is Dutch and meant for the user."""


class RubricLocked(RegistrationError):
    pass


#: After a conflict the person chooses, per question, to save their answer or keep theirs.
KEEP_MINE = "mine"
KEEP_THEIRS = "theirs"


@dataclass(frozen=True)
class AnswerInput:
    """What a user submitted for one question.

    ``loaded`` is the fingerprint (``surveys.sheets.answer_fingerprint``) of the answer as
    the person loaded it, when known: an answer submitted as loaded was not touched and is
    never written nor reported as a conflict. ``pending`` marks a conflict shown before and
    still waiting for ``decision`` (``KEEP_MINE`` or ``KEEP_THEIRS``).
    """

    value: Any = None
    special: str = ""
    loaded: str | None = None
    decision: str = ""
    pending: bool = False
    #: The explanation of the answer; None keeps the stored one (it was not on the form).
    explanation: str | None = None


@dataclass(frozen=True)
class Conflict:
    """Someone else saved this answer since the user loaded it."""

    question: Question
    their_value: Any
    their_special: str
    their_version: int
    their_author: str
    mine: AnswerInput
    their_explanation: str = ""
    #: Shown before and still without a choice between the two answers.
    undecided: bool = False

    @property
    def code(self) -> str:
        return self.question.code

    @property
    def their_fingerprint(self) -> str:
        return answer_fingerprint(self.their_value, self.their_special, self.their_explanation)

    @property
    def theirs_text(self) -> str:
        return answer_text(self.question, self.their_value, self.their_special, empty=_("(leeg)"))

    @property
    def mine_text(self) -> str:
        return answer_text(self.question, self.mine.value, self.mine.special, empty=_("(leeg)"))


@dataclass
class SaveResult:
    saved: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    #: The rubric as it stands after the save (read model, see ``surveys.sheets``).
    sheet: RubricSheet | None = None

    @property
    def response(self) -> RubricResponse | None:
        return self.sheet.response if self.sheet is not None else None


def refusal(*, user: Any, action: Action, response: Any) -> str | None:
    """Why ``user`` may not do ``action`` on this rubric now, in Dutch; None when they may.

    The one place that words it: the services raise it, the step and the summary show it.
    """
    if can(user, action, response):
        return None
    if response.is_locked:
        return _("De rubriek %(rubriek)s is bevestigd en kan niet meer gewijzigd worden.") % {
            "rubriek": response.rubric.title
        }
    phase = response.campaign_phase
    campaign = response.participation.campaign
    if action == Action.ENTER_DATA and phase == Phase.BEFORE_OPENING:
        return _("De registratie is nog niet geopend. Ze opent op %(date)s.") % {
            "date": date_format(campaign.opening_date, "j F Y")
        }
    if action == Action.ENTER_DATA and phase in (Phase.CONFIRMATION, Phase.CLOSED):
        return _("De periode om antwoorden in te geven is afgelopen.")
    if action == Action.CONFIRM_RUBRIC and phase == Phase.CLOSED:
        return _("De periode om te bevestigen is afgelopen.")
    if action == Action.ENTER_DATA and can(user, Action.VIEW_DATA, response.municipality):
        return _("U kunt deze antwoorden bekijken, maar niet wijzigen.")
    return _("U hebt geen toelating voor deze actie.")


def _refuse(user: Any, action: Action, response: RubricResponse) -> None:
    reason = refusal(user=user, action=action, response=response)
    if reason is None:
        return
    if response.is_locked:
        raise RubricLocked(reason)
    raise RegistrationError(reason)


@transaction.atomic
def participation_ensure(*, municipality: Municipality, campaign: CampaignPage) -> Participation:
    """A municipality participates from its first saved answer or an explicit registration."""
    participation, _created = Participation.objects.get_or_create(
        municipality=municipality, campaign=campaign
    )
    return participation


@transaction.atomic
def participation_register(
    *, municipality: Municipality, campaign: CampaignPage, by: Any
) -> Participation:
    """Register a municipality for a campaign explicitly (any role of the municipality)."""
    if not can(by, Action.VIEW_DATA, municipality):
        raise RegistrationError(_("U hebt geen toelating voor deze actie."))
    participation = participation_ensure(municipality=municipality, campaign=campaign)
    if not participation.registered_explicitly:
        participation.registered_explicitly = True
        participation.save(update_fields=["registered_explicitly"])
    return participation


@transaction.atomic
def rubric_response_ensure(*, participation: Participation, rubric: Rubric) -> RubricResponse:
    response, _created = RubricResponse.objects.select_related(
        "participation__campaign", "participation__municipality", "rubric"
    ).get_or_create(participation=participation, rubric_id=rubric.page_id)
    return response


def _locked_response(*, participation: Participation, rubric: Rubric) -> RubricResponse:
    """The rubric's response, made if needed, locked until the transaction ends."""
    locking = RubricResponse.objects.select_for_update(of=("self",)).select_related(
        "participation__campaign", "participation__municipality", "rubric"
    )
    response = locking.filter(participation=participation, rubric_id=rubric.page_id).first()
    if response is None:
        RubricResponse.objects.get_or_create(participation=participation, rubric_id=rubric.page_id)
        response = locking.get(participation=participation, rubric_id=rubric.page_id)
    return response


def _lock_response(response: RubricResponse) -> RubricResponse:
    return (
        RubricResponse.objects.select_for_update(of=("self",))
        .select_related("participation__campaign", "participation__municipality", "rubric")
        .get(pk=response.pk)
    )


def _status_for(response: RubricResponse, done: bool, answered: int) -> str:
    if response.status == RubricStatus.CONFIRMED:
        return RubricStatus.CONFIRMED
    if done and answered:
        return RubricStatus.COMPLETE
    return RubricStatus.IN_PROGRESS if answered else RubricStatus.NOT_STARTED


def _recount(response: RubricResponse, sheet: RubricSheet, by: Any) -> None:
    """Update counters and status from the rubric's sheet; audit a status change."""
    result = sheet.completion
    old_status = response.status
    response.applicable_count = result.applicable
    response.answered_count = result.answered
    response.required_open_count = len(result.open_required)
    response.findings = [finding.as_data() for finding in sheet.findings]
    response.check_errors = len(sheet.errors)
    response.check_warnings_open = len(sheet.open_warnings)
    response.status = _status_for(response, sheet.complete, result.answered)
    response.save(
        update_fields=[
            "applicable_count",
            "answered_count",
            "required_open_count",
            "findings",
            "check_errors",
            "check_warnings_open",
            "status",
            "updated_at",
        ]
    )
    if response.status != old_status:
        AuditEntry.objects.create(
            participation_id=response.participation_id,
            rubric_code=sheet.rubric.code,
            kind=AuditEntry.Kind.STATUS,
            old_status=old_status,
            new_status=response.status,
            by=by,
            by_name=person_name(by),
        )


def _author(answer: Answer | None) -> str:
    if answer is None:
        return _("iemand anders")
    return person_name(answer.updated_by) or _("iemand anders")


def _conflict(question: Question, answer: Answer | None, mine: AnswerInput, **kw: Any) -> Conflict:
    return Conflict(
        question=question,
        their_value=answer.value if answer else None,
        their_special=answer.special if answer else "",
        their_version=answer.version if answer else 0,
        their_author=_author(answer),
        mine=mine,
        their_explanation=answer.explanation if answer else "",
        **kw,
    )


@transaction.atomic
def answers_save(
    *,
    municipality: Municipality,
    campaign: CampaignPage,
    rubric: Rubric,
    by: Any,
    values: Mapping[str, AnswerInput],
    seen_versions: Mapping[str, int] | None = None,
    via: str = "",
    participation: Participation | None = None,
    system: bool = False,
) -> SaveResult:
    """Save answers of one rubric; never silently overwrite what someone saved in between.

    ``seen_versions`` holds the version of each answer as the user loaded it (0: none yet).
    An answer is written only when it differs from what is stored and, where the loaded
    answer is known, from what the person loaded. A changed answer whose stored version
    moved on since is not written: it comes back as a conflict, and the person's choice
    (mine / theirs) comes back in ``values``. Confirmed rubrics refuse every write. The
    first save makes the municipality a participant (rolled back if the save is refused).
    ``via`` is noted in the audit trail (e.g. taken over from the previous campaign);
    ``participation`` saves a query where the caller has it already. ``system`` writes on
    behalf of nobody (``by`` None: demo data, an import by the project team): no role is
    asked, but a confirmed rubric still refuses. The checks of the rubric are evaluated
    and kept on its response. Returns the rubric's fresh sheet, what was saved and the
    conflicts.
    """
    if participation is None or participation.pk is None:
        participation, _created = Participation.objects.get_or_create(
            municipality=municipality, campaign=campaign
        )
    response = _locked_response(participation=participation, rubric=rubric)
    if system and by is None:
        if response.is_locked:
            _refuse(None, Action.ENTER_DATA, response)
    else:
        _refuse(by, Action.ENTER_DATA, response)

    # Every save of this rubric holds the lock on its response row: the answers read now
    # stay as they are until this transaction ends.
    stored = rubric_answers(participation=participation, rubric=rubric)
    seen_versions = seen_versions or {}
    known = rubric.by_code
    result = SaveResult()
    now = timezone.now()
    written: list[Answer] = []
    audit: list[AuditEntry] = []
    for code, submitted in values.items():
        question = known.get(code)
        if question is None:
            continue
        special = submitted.special or SpecialAnswer.NONE
        value = None if special else submitted.value
        answer = stored.get(code)
        stored_explanation = answer.explanation if answer else ""
        explanation = (
            stored_explanation if submitted.explanation is None else submitted.explanation.strip()
        )
        mine = answer_fingerprint(value, special, explanation)
        current = (
            answer_fingerprint(answer.value, answer.special, stored_explanation)
            if answer
            else EMPTY_FINGERPRINT
        )
        if submitted.decision == KEEP_THEIRS:
            continue
        if submitted.pending and not submitted.decision:
            result.conflicts.append(_conflict(question, answer, submitted, undecided=True))
            continue
        if mine == current:
            continue  # stored so already
        if submitted.loaded is not None:
            if submitted.decision != KEEP_MINE and mine == submitted.loaded:
                continue  # not touched by this person: whatever is stored now stays
        elif value is None and not special and not explanation and not seen_versions.get(code):
            continue  # left empty by someone who saw no answer: nothing to overwrite
        current_version = answer.version if answer else 0
        if seen_versions.get(code, 0) != current_version:
            result.conflicts.append(_conflict(question, answer, submitted))
            continue
        audit.append(
            AuditEntry(
                participation=participation,
                rubric_code=rubric.code,
                kind=AuditEntry.Kind.ANSWER,
                question_code=code,
                old_value=answer.value if answer else None,
                new_value=value,
                old_special=answer.special if answer else "",
                new_special=special,
                old_explanation=stored_explanation,
                new_explanation=explanation,
                by=by,
                by_name=person_name(by),
                note=via,
            )
        )
        new = Answer(
            participation=participation,
            question_code=code,
            rubric_code=rubric.code,
            block_id=question.id,
            value=value,
            special=special,
            explanation=explanation,
            version=current_version + 1,
            updated_by=by,
            updated_at=now,
        )
        written.append(new)
        stored[code] = new
        result.saved.append(code)
    if written:
        # One statement for all of them: insert new answers, update existing ones.
        Answer.objects.bulk_create(
            written,
            update_conflicts=True,
            unique_fields=["participation", "question_code"],
            update_fields=[
                "rubric_code",
                "block_id",
                "value",
                "special",
                "explanation",
                "version",
                "updated_by",
                "updated_at",
            ],
        )
        AuditEntry.objects.bulk_create(audit)
    sheet = sheet_from_answers(
        rubric=rubric,
        participation=participation,
        response=response,
        answers=stored,
        previous=previous_for(
            municipality_id=participation.municipality_id, campaign=campaign, rubric=rubric
        ),
    )
    if result.saved or response.status == RubricStatus.NOT_STARTED:
        _recount(response, sheet, by)
    result.sheet = sheet
    return result


@transaction.atomic
def rubric_confirm(
    *, response: RubricResponse, by: Any, automatic: bool = False, notify: bool = True
) -> RubricResponse:
    """Confirm a rubric: from then on it is read-only for everyone of the municipality.

    Open required questions do not block (the coördinator saw the list first). An automatic
    confirmation is done by the system (``by`` is None) and only once per rubric. The
    coördinators are told after commit, unless ``notify`` is off (history that is written
    afterwards, such as the demo's earlier campaign, is nobody's news).
    """
    response = _lock_response(response)
    if response.is_locked:
        raise RubricLocked(_("Deze rubriek is al bevestigd."))
    if not automatic:
        _refuse(by, Action.CONFIRM_RUBRIC, response)
    old_status = response.status
    response.status = RubricStatus.CONFIRMED
    response.confirmed_at = timezone.now()
    response.confirmed_by = None if automatic else by
    response.confirmed_by_name = "" if automatic else person_name(by)
    response.confirmed_automatically = automatic
    if automatic:
        response.auto_confirmed_once = True
    response.save()
    AuditEntry.objects.create(
        participation_id=response.participation_id,
        rubric_code=response.rubric.code,
        kind=AuditEntry.Kind.STATUS,
        old_status=old_status,
        new_status=RubricStatus.CONFIRMED,
        by=by,
        by_name=person_name(by),
        note=_("automatisch bevestigd") if automatic else "",
    )
    if notify:
        from . import tasks

        transaction.on_commit(lambda: tasks.send_rubric_confirmed_email.delay(response.pk))
    return response


@transaction.atomic
def rubric_ready_notify(*, response: RubricResponse, by: Any) -> RubricResponse:
    """An invoerder tells the coördinators that a rubric is ready to confirm.

    At most once a day per rubric (Brussels time), only while it can still be entered and
    is not confirmed; the e-mail leaves after commit.
    """
    response = _lock_response(response)
    _refuse(by, Action.ENTER_DATA, response)
    last = response.ready_notified_at
    if last is not None and timezone.localdate(last) == timezone.localdate():
        raise RegistrationError(
            _("De coördinatoren kregen vandaag al een bericht dat deze rubriek klaar is.")
        )
    response.ready_notified_at = timezone.now()
    response.ready_notified_by_name = person_name(by)
    response.save(update_fields=["ready_notified_at", "ready_notified_by_name", "updated_at"])
    AuditEntry.objects.create(
        participation_id=response.participation_id,
        rubric_code=response.rubric.code,
        kind=AuditEntry.Kind.NOTICE,
        by=by,
        by_name=person_name(by),
        note=_("klaar om te bevestigen: bericht aan de coördinatoren"),
    )
    from . import tasks

    transaction.on_commit(lambda: tasks.send_rubric_ready_email.delay(response.pk))
    return response


@transaction.atomic
def rubric_reopen(*, response: RubricResponse, by: Any, reason: str) -> RubricResponse:
    """Only the project team reopens a confirmed rubric, with a reason the coördinators receive."""
    response = _lock_response(response)
    if not response.is_locked:
        raise RegistrationError(_("Deze rubriek is niet bevestigd."))
    if not can(by, Action.REOPEN_RUBRIC, response):
        raise RegistrationError(_("Enkel het projectteam kan een rubriek heropenen."))
    reason = (reason or "").strip()
    if not reason:
        raise RegistrationError(_("Geef een reden op: de coördinatoren krijgen ze per e-mail."))
    questionnaire = questionnaire_for_campaign(campaign=response.participation.campaign)
    rubric = questionnaire.rubric(response.rubric.code)
    response.status = RubricStatus.IN_PROGRESS
    response.reopened_at = timezone.now()
    response.reopened_by = by
    response.reopened_by_name = person_name(by)
    response.reopen_reason = reason
    response.save()
    AuditEntry.objects.create(
        participation_id=response.participation_id,
        rubric_code=response.rubric.code,
        kind=AuditEntry.Kind.STATUS,
        old_status=RubricStatus.CONFIRMED,
        new_status=RubricStatus.IN_PROGRESS,
        by=by,
        by_name=person_name(by),
        note=reason,
    )
    if rubric is not None:
        _recount(response, rubric_sheet(participation=response.participation, rubric=rubric), by)
    from . import tasks

    transaction.on_commit(lambda: tasks.send_rubric_reopened_email.delay(response.pk))
    return response


def rubrics_auto_confirm(*, campaign: CampaignPage, today: datetime.date | None = None) -> int:
    """Confirm, once, the unconfirmed rubrics with answers after the (extended) deadline.

    Skips municipalities that objected, campaigns without automatic confirmation, rubrics
    without any answer and rubrics that were confirmed automatically before (a rubric the
    project team reopened afterwards stays open). Running it twice changes nothing.
    """
    if not campaign.auto_confirm:
        return 0
    today = today or timezone.localdate()
    confirmed = 0
    candidates = (
        RubricResponse.objects.select_related(
            "participation__campaign", "participation__municipality", "rubric"
        )
        .filter(participation__campaign=campaign, participation__objects_to_auto_confirm=False)
        .exclude(status=RubricStatus.CONFIRMED)
        .filter(auto_confirmed_once=False, answered_count__gt=0)
    )
    for response in candidates:
        deadline = effective_deadline(campaign=campaign, participation=response.participation)
        if today <= deadline:
            continue
        if response.reopened_at and timezone.localdate(response.reopened_at) > deadline:
            continue  # the project team reopened it after the deadline: leave it open
        try:
            rubric_confirm(response=response, by=None, automatic=True)
        except RubricLocked:
            continue
        confirmed += 1
    return confirmed


@transaction.atomic
def participation_extend(
    *, participation: Participation, until: datetime.date | None, by: Any
) -> Participation:
    """The project team grants one municipality its own end date (audited)."""
    if not can(by, Action.MANAGE_CAMPAIGN):
        raise RegistrationError(_("Enkel het projectteam kan een verlenging toekennen."))
    participation = Participation.objects.select_for_update().get(pk=participation.pk)
    old = participation.extension_until
    participation.extension_until = until
    participation.save(update_fields=["extension_until"])
    AuditEntry.objects.create(
        participation=participation,
        kind=AuditEntry.Kind.EXTENSION,
        old_value=old.isoformat() if old else None,
        new_value=until.isoformat() if until else None,
        by=by,
        by_name=person_name(by),
    )
    return participation


@transaction.atomic
def participation_set_objection(
    *, participation: Participation, objects: bool, by: Any
) -> Participation:
    """A coördinator objects (or withdraws the objection) to automatic confirmation."""
    if not can(by, Action.CONFIRM_RUBRIC, participation.municipality):
        raise RegistrationError(_("Enkel een coördinator kan dit wijzigen."))
    participation = Participation.objects.select_for_update().get(pk=participation.pk)
    if participation.objects_to_auto_confirm != objects:
        participation.objects_to_auto_confirm = objects
        participation.save(update_fields=["objects_to_auto_confirm"])
        AuditEntry.objects.create(
            participation=participation,
            kind=AuditEntry.Kind.OBJECTION,
            new_value=objects,
            by=by,
            by_name=person_name(by),
        )
    return participation


def responses_recount(*, campaign: CampaignPage) -> int:
    """Recompute every response's counters after the questionnaire was published."""
    questionnaire = questionnaire_for_campaign(campaign=campaign)
    count = 0
    for participation in Participation.objects.filter(campaign=campaign):
        answers = {a.question_code: a for a in Answer.objects.filter(participation=participation)}
        responses = {r.rubric_id: r for r in participation.rubric_responses.all()}
        for rubric in questionnaire.rubrics:
            response = responses.get(rubric.page_id)
            if response is None:
                continue
            with transaction.atomic():
                locked = _lock_response(response)
                sheet = sheet_from_answers(
                    rubric=rubric,
                    participation=participation,
                    response=locked,
                    answers=answers,
                    previous=previous_for(
                        municipality_id=participation.municipality_id,
                        campaign=campaign,
                        rubric=rubric,
                    ),
                )
                _recount(locked, sheet, None)
            count += 1
    return count


@transaction.atomic
def answers_take_over(
    *,
    municipality: Municipality,
    campaign: CampaignPage,
    rubric: Rubric,
    theme_slug: str,
    by: Any,
) -> SaveResult:
    """Fill the empty answers of a theme with the previous campaign's confirmed answers.

    Only questions the project team marked "mag overgenomen worden", only where nothing is
    answered yet and the question applies; through ``answers_save``, so the lock, the
    rights and the audit apply (noted as taken over, with the werkjaar).
    """
    theme = rubric.theme(theme_slug)
    if theme is None:
        raise RegistrationError(_("Onbekend thema."))
    participation = Participation.objects.filter(
        municipality=municipality, campaign=campaign
    ).first()
    sheet = rubric_sheet(
        participation=participation, rubric=rubric, municipality=municipality, campaign=campaign
    )
    values = {}
    seen_versions: dict[str, int] = {}
    theme_sheet = sheet.theme(theme_slug)
    for entry in theme_sheet.entries if theme_sheet else []:
        if not entry.can_take_over:
            continue
        assert entry.previous is not None
        values[entry.code] = AnswerInput(
            value=None if entry.previous.special else entry.previous.value,
            special=entry.previous.special,
        )
        seen_versions[entry.code] = entry.version
    if not values:
        return SaveResult(sheet=sheet)
    return answers_save(
        municipality=municipality,
        campaign=campaign,
        rubric=rubric,
        by=by,
        values=values,
        seen_versions=seen_versions,
        via=_("overgenomen uit werkjaar %(werkjaar)s") % {"werkjaar": sheet.previous_werkjaar},
        participation=participation,
    )


__all__ = [
    "KEEP_MINE",
    "KEEP_THEIRS",
    "AnswerInput",
    "Conflict",
    "RegistrationError",
    "RubricLocked",
    "SaveResult",
    "answers_save",
    "answers_take_over",
    "campaign_phase",
    "participation_ensure",
    "participation_extend",
    "participation_register",
    "participation_set_objection",
    "refusal",
    "responses_recount",
    "rubric_confirm",
    "rubric_ready_notify",
    "rubric_reopen",
    "rubrics_auto_confirm",
]
