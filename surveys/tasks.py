"""Celery tasks of the registration: thin wrappers that take ids and call services."""

from __future__ import annotations

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mass_mail
from django.core.management import call_command
from django.template.loader import render_to_string

from roles.models import Role
from roles.selectors import holders

from .models import CampaignPage, RubricResponse

TRANSIENT = (ConnectionError, TimeoutError, OSError)


def _emails(municipality_id: int, roles: tuple[str, ...]) -> list[str]:
    """The addresses of who holds ``roles`` in the municipality (not grants still pending)."""
    assignments = holders(role=roles, municipality=municipality_id)
    return sorted({a.holder_email for a in assignments if a.holder_email})


def _answer_writers(response: RubricResponse) -> list[str]:
    """The invoerders who changed answers of this rubric and still hold the role."""
    from .models import AuditEntry

    writers = set(
        AuditEntry.objects.filter(
            participation_id=response.participation_id,
            rubric_code=response.rubric.code,
            kind=AuditEntry.Kind.ANSWER,
            by__isnull=False,
        ).values_list("by_id", flat=True)
    )
    assignments = holders(role=Role.INVOERDER, municipality=response.participation.municipality_id)
    return [a.holder_email for a in assignments if a.person_id in writers and a.holder_email]


def _send(response_id: int, template: str, roles: tuple[str, ...], *, writers: bool = False) -> int:
    response = RubricResponse.objects.select_related(
        "participation__municipality",
        "participation__campaign",
        "rubric",
        "confirmed_by",
        "reopened_by",
    ).get(pk=response_id)
    recipients = _emails(response.participation.municipality_id, roles)
    if writers:
        recipients = sorted(set(recipients) | set(_answer_writers(response)))
    if not recipients:
        return 0
    context = {"response": response, "site_url": settings.WAGTAILADMIN_BASE_URL}
    subject = render_to_string(f"surveys/email/{template}_subject.txt", context).strip()
    body = render_to_string(f"surveys/email/{template}.txt", context)
    messages = [(subject, body, settings.DEFAULT_FROM_EMAIL, [email]) for email in recipients]
    return send_mass_mail(messages, fail_silently=False)


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def send_rubric_confirmed_email(response_id: int) -> int:
    """Tell the municipality's coördinators and invoerders that a rubric was confirmed."""
    return _send(response_id, "rubric_confirmed", (Role.COORDINATOR, Role.INVOERDER))


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def send_rubric_reopened_email(response_id: int) -> int:
    """Tell the coördinators, and the invoerders who changed its answers, that the project
    team reopened a rubric, and why."""
    return _send(response_id, "rubric_reopened", (Role.COORDINATOR,), writers=True)


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def send_rubric_ready_email(response_id: int) -> int:
    """Tell the coördinators that an invoerder finds a rubric ready to confirm."""
    return _send(response_id, "rubric_ready", (Role.COORDINATOR,))


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=3)
def rubrics_auto_confirm() -> None:
    """Beat task: automatic confirmation after the deadlines (wraps the command)."""
    call_command("auto_confirm_rubrics")


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=3)
def responses_recount(campaign_id: int) -> int:
    """Recompute response counters after the questionnaire of a campaign was published."""
    from . import services

    return services.responses_recount(campaign=CampaignPage.objects.get(pk=campaign_id))


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=3)
def peer_ranges_compute(campaign_id: int) -> int:
    """P5–P95 of a campaign's confirmed answers, for the plausibility checks of the next one."""
    from . import peer_ranges

    campaign = CampaignPage.objects.filter(pk=campaign_id).first()
    if campaign is None:
        return 0  # deleted since: nothing to compute
    return peer_ranges.peer_ranges_compute(campaign=campaign)


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=3)
def peer_ranges_refresh() -> None:
    """Beat task: the ranges that open campaigns compare with, kept current (wraps the command).

    A rubric of the previous campaign confirmed late, or a campaign made in the page editor
    rather than prepared from the previous one, gets its ranges this way.
    """
    call_command("compute_peer_ranges")


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def send_assignment_email(assignment_id: int) -> int:
    """Tell a colleague which theme (or rubric) was handed to them, with a link to it."""
    from .assignments import part_of
    from .models import Assignment
    from .selectors import questionnaire_for_campaign

    assignment = (
        Assignment.objects.select_related(
            "participation__municipality", "participation__campaign", "assignee__person"
        )
        .filter(pk=assignment_id, done_at__isnull=True)
        .first()
    )
    if assignment is None or assignment.assignee is None or not assignment.assignee.holder_email:
        return 0  # done or gone since, or nobody to write to
    participation = assignment.participation
    campaign = participation.campaign
    part = part_of(
        questionnaire_for_campaign(campaign=campaign),
        assignment.rubric_code,
        assignment.theme_slug,
    )
    path = f"/registratie/{campaign.werkjaar}/{participation.municipality.nis_code}/"
    path += f"{assignment.rubric_code}/"
    if assignment.theme_slug:
        path += f"{assignment.theme_slug}/"
    context = {
        "assignment": assignment,
        "part": part.title if part else assignment.rubric_code,
        "municipality": participation.municipality,
        "campaign": campaign,
        "link": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path,
    }
    subject = render_to_string("surveys/email/assignment_subject.txt", context).strip()
    body = render_to_string("surveys/email/assignment.txt", context)
    return send_mass_mail(
        [(subject, body, settings.DEFAULT_FROM_EMAIL, [assignment.assignee.holder_email])],
        fail_silently=False,
    )
