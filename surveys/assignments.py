"""Handing themes to colleagues: assign, reassign, complete, and what the overview shows.

Assignments organise the work inside a municipality; they never decide who may enter data
(``roles.permissions`` does, by role). Each change is in the audit trail of the rubric and
the colleague who gets the work receives an e-mail after commit.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from roles.models import Municipality, Role, RoleAssignment
from roles.permissions import Action, can
from roles.selectors import holders, person_name

from .models import Assignment, AuditEntry, CampaignPage, Participation
from .questionnaire import Questionnaire
from .selectors import questionnaire_for_campaign
from .services import RegistrationError, participation_ensure

#: The longest note with an assignment.
NOTE_MAX = 300


@dataclass(frozen=True)
class Part:
    """What can be assigned: a theme of a rubric, or the whole rubric (``theme_slug`` "")."""

    rubric_code: str
    theme_slug: str
    title: str

    @property
    def key(self) -> str:
        return f"{self.rubric_code}/{self.theme_slug}"


def assignable_parts(questionnaire: Questionnaire) -> list[Part]:
    """Every rubric as a whole and each of its themes, in questionnaire order."""
    parts = []
    for rubric in questionnaire.rubrics:
        parts.append(
            Part(rubric.code, "", _("%(rubric)s (hele rubriek)") % {"rubric": rubric.title})
        )
        parts.extend(
            Part(rubric.code, theme.slug, f"{rubric.title} › {theme.title}")
            for theme in rubric.themes
        )
    return parts


def part_of(questionnaire: Questionnaire, rubric_code: str, theme_slug: str) -> Part | None:
    return next(
        (
            part
            for part in assignable_parts(questionnaire)
            if (part.rubric_code, part.theme_slug) == (rubric_code, theme_slug)
        ),
        None,
    )


def assignable_colleagues(*, municipality: Municipality) -> QuerySet[RoleAssignment]:
    """Everyone with a role in the municipality, grants still waiting for a first login too."""
    return holders(role=list(Role.values), municipality=municipality, pending=True).order_by(
        "person__first_name", "person__last_name", "email", "pk"
    )


def assignments_of(*, participation: Participation | None) -> list[Assignment]:
    """The municipality's assignments in a campaign, open and done, with their colleague."""
    if participation is None:
        return []
    assignments = list(
        Assignment.objects.filter(participation=participation).select_related("assignee__person")
    )
    for assignment in assignments:
        assignment.participation = participation  # loaded already, with its municipality
    return assignments


def _audit(assignment: Assignment, by: Any, note: str) -> None:
    AuditEntry.objects.create(
        participation_id=assignment.participation_id,
        rubric_code=assignment.rubric_code,
        kind=AuditEntry.Kind.ASSIGNMENT,
        by=by,
        by_name=person_name(by),
        note=note,
    )


def _describe(part: Part | None, assignment: Assignment) -> str:
    return part.title if part else f"{assignment.rubric_code} {assignment.theme_slug}".strip()


def _mail_after_commit(assignment: Assignment) -> None:
    from . import tasks

    assignment_id = assignment.pk
    transaction.on_commit(lambda: tasks.send_assignment_email.delay(assignment_id))


def _check_colleague(colleague: RoleAssignment, municipality: Municipality) -> None:
    if colleague.municipality_id != municipality.pk:
        raise RegistrationError(_("U kunt enkel toewijzen aan collega's van uw eigen gemeente."))


@transaction.atomic
def assignment_create(
    *,
    municipality: Municipality,
    campaign: CampaignPage,
    rubric_code: str,
    theme_slug: str,
    colleagues: Sequence[RoleAssignment],
    due_date: datetime.date | None,
    note: str,
    by: Any,
) -> list[Assignment]:
    """Invoerders and coördinators hand a theme or rubric to colleagues of their municipality.

    One assignment per colleague; a colleague who has the part open already keeps that one.
    The due date is today or later. Each colleague gets an e-mail after commit.
    """
    if not can(by, Action.ASSIGN_WORK, municipality):
        raise RegistrationError(_("Enkel invoerders en coördinatoren verdelen het werk."))
    questionnaire = questionnaire_for_campaign(campaign=campaign)
    part = part_of(questionnaire, rubric_code, theme_slug)
    if part is None:
        raise RegistrationError(_("Dit thema bestaat niet in deze bevraging."))
    if not colleagues:
        raise RegistrationError(_("Kies minstens één collega."))
    if due_date is not None and due_date < timezone.localdate():
        raise RegistrationError(_("De datum ligt in het verleden."))
    note = (note or "").strip()
    if len(note) > NOTE_MAX:
        raise RegistrationError(_("De notitie is te lang (ten hoogste 300 tekens)."))
    for colleague in colleagues:
        _check_colleague(colleague, municipality)

    participation = participation_ensure(municipality=municipality, campaign=campaign)
    already = set(
        Assignment.objects.filter(
            participation=participation,
            rubric_code=rubric_code,
            theme_slug=theme_slug,
            done_at__isnull=True,
        ).values_list("assignee_id", flat=True)
    )
    created = []
    for colleague in colleagues:
        if colleague.pk in already:
            continue
        assignment = Assignment.objects.create(
            participation=participation,
            rubric_code=rubric_code,
            theme_slug=theme_slug,
            assignee=colleague,
            assignee_name=colleague.holder_name,
            due_date=due_date,
            note=note,
            assigned_by=by,
            assigned_by_name=person_name(by),
        )
        when = _(", tegen %(date)s") % {"date": date_format(due_date, "j F Y")} if due_date else ""
        _audit(
            assignment,
            by,
            _("%(part)s toegewezen aan %(name)s%(when)s")
            % {"part": part.title, "name": colleague.holder_name, "when": when},
        )
        _mail_after_commit(assignment)
        created.append(assignment)
    return created


def _locked_assignment(assignment: Assignment) -> Assignment:
    return (
        Assignment.objects.select_for_update()
        .select_related("participation__municipality", "participation__campaign")
        .get(pk=assignment.pk)
    )


@transaction.atomic
def assignment_reassign(*, assignment: Assignment, to: RoleAssignment, by: Any) -> Assignment:
    """Hand an open assignment to another colleague of the municipality (who is told)."""
    assignment = _locked_assignment(assignment)
    municipality = assignment.participation.municipality
    if not can(by, Action.ASSIGN_WORK, municipality):
        raise RegistrationError(_("Enkel invoerders en coördinatoren verdelen het werk."))
    if assignment.is_done:
        raise RegistrationError(_("Dit werk is al klaar."))
    _check_colleague(to, municipality)
    if to.pk == assignment.assignee_id:
        raise RegistrationError(
            _("Dit werk is al toegewezen aan %(name)s.") % {"name": to.holder_name}
        )
    if Assignment.objects.filter(
        participation_id=assignment.participation_id,
        rubric_code=assignment.rubric_code,
        theme_slug=assignment.theme_slug,
        assignee=to,
        done_at__isnull=True,
    ).exists():
        raise RegistrationError(
            _("%(name)s heeft dit werk al openstaan.") % {"name": to.holder_name}
        )
    before = assignment.assignee_name
    assignment.assignee = to
    assignment.assignee_name = to.holder_name
    assignment.assigned_by = by
    assignment.assigned_by_name = person_name(by)
    assignment.save(update_fields=["assignee", "assignee_name", "assigned_by", "assigned_by_name"])
    part = part_of(
        questionnaire_for_campaign(campaign=assignment.participation.campaign),
        assignment.rubric_code,
        assignment.theme_slug,
    )
    _audit(
        assignment,
        by,
        _("%(part)s opnieuw toegewezen: van %(before)s aan %(name)s")
        % {"part": _describe(part, assignment), "before": before, "name": to.holder_name},
    )
    _mail_after_commit(assignment)
    return assignment


@transaction.atomic
def assignment_complete(*, assignment: Assignment, by: Any) -> Assignment:
    """Mark an assignment done ("Klaar"): by its colleague or by an invoerder or coördinator."""
    assignment = _locked_assignment(assignment)
    if not can(by, Action.COMPLETE_ASSIGNMENT, assignment):
        raise RegistrationError(_("U kunt dit werk niet afvinken."))
    if assignment.is_done:
        raise RegistrationError(_("Dit werk is al klaar."))
    assignment.done_at = timezone.now()
    assignment.done_by_name = person_name(by)
    assignment.save(update_fields=["done_at", "done_by_name"])
    part = part_of(
        questionnaire_for_campaign(campaign=assignment.participation.campaign),
        assignment.rubric_code,
        assignment.theme_slug,
    )
    _audit(
        assignment,
        by,
        _("%(part)s klaar (toegewezen aan %(name)s)")
        % {"part": _describe(part, assignment), "name": assignment.assignee_name},
    )
    return assignment


@dataclass
class WorkRow:
    """One assignment as the status overview shows it."""

    assignment: Assignment
    part_title: str
    url: str
    reassign_url: str
    overdue: bool
    mine: bool
    can_complete: bool


def work_overview(
    *,
    participation: Participation | None,
    questionnaire: Questionnaire,
    user: Any,
    step_url: Any,
    rubric_url: Any,
    reassign_url: Any,
) -> list[WorkRow]:
    """The assignments in questionnaire order: open ones first, the overdue marked.

    ``step_url(code, slug)`` and ``rubric_url(code)`` link each row to its work,
    ``reassign_url(id)`` to handing it to someone else.
    """
    parts = {
        (p.rubric_code, p.theme_slug): (i, p) for i, p in enumerate(assignable_parts(questionnaire))
    }
    today = timezone.localdate()
    rows = []
    for assignment in assignments_of(participation=participation):
        position, part = parts.get(
            (assignment.rubric_code, assignment.theme_slug), (len(parts), None)
        )
        assignee = assignment.assignee
        rows.append(
            (
                (assignment.is_done, position, assignment.pk),
                WorkRow(
                    assignment=assignment,
                    part_title=_describe(part, assignment),
                    url=step_url(assignment.rubric_code, assignment.theme_slug)
                    if assignment.theme_slug
                    else rubric_url(assignment.rubric_code),
                    reassign_url=reassign_url(assignment.pk),
                    overdue=assignment.is_overdue(today),
                    mine=assignee is not None
                    and assignee.person_id is not None
                    and assignee.person_id == getattr(user, "pk", None),
                    can_complete=not assignment.is_done
                    and can(user, Action.COMPLETE_ASSIGNMENT, assignment),
                ),
            )
        )
    return [row for _key, row in sorted(rows, key=lambda item: item[0])]
