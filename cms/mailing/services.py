"""Sending the project team's e-mails: previews, tests, the invitation and the reminders."""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from roles.models import Municipality, Role
from roles.permissions import Action, can
from roles.selectors import holders

from .models import Contact, EmailTemplate, SentMessage
from .placeholders import merge

logger = logging.getLogger(__name__)


class MailingError(Exception):
    """A sending rule was broken; the message is Dutch and meant for the user."""


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str
    service: str
    municipality: Municipality


def _site() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def _deadline(template: EmailTemplate, municipality: Municipality) -> datetime.date:
    from surveys.selectors import effective_deadline, participation_for

    participation = participation_for(municipality=municipality, campaign=template.campaign)
    return effective_deadline(campaign=template.campaign, participation=participation)


def _link(template: EmailTemplate, municipality: Municipality) -> str:
    campaign = template.campaign
    if template.kind == EmailTemplate.Kind.INVITATION:
        return _site() + campaign.url
    if template.kind == EmailTemplate.Kind.LAUNCH:
        return _site() + "/handleiding/"
    return f"{_site()}/registratie/{campaign.werkjaar}/{municipality.nis_code}/"


def _administrators(municipality: Municipality) -> str:
    # Named as the people to ask for a role: a beheerder whose grant still waits for a first
    # login is reachable at that address too.
    people = [
        f"{a.holder_name} ({a.holder_email})" if a.person else a.holder_email
        for a in holders(role=Role.BEHEERDER, municipality=municipality, pending=True)
    ]
    if not people:
        return _(
            "nog geen lokale beheerder aangeduid; vraag uw algemeen directeur er een aan te duiden"
        )
    return "; ".join(people)


def message_render(*, template: EmailTemplate, recipient: Recipient) -> tuple[str, str]:
    """Subject and body with every placeholder filled in for this recipient."""
    values = {
        "naam": recipient.name,
        "dienst": recipient.service or _("uw dienst"),
        "gemeente": recipient.municipality.name,
        "link": _link(template, recipient.municipality),
        "deadline": date_format(_deadline(template, recipient.municipality), "j F Y"),
        "beheerders": _administrators(recipient.municipality),
    }
    return merge(template.subject, values), merge(template.body, values)


def _contact_recipients(municipalities: Any = None) -> list[Recipient]:
    contacts = Contact.objects.select_related("municipality", "service")
    if municipalities is not None:
        contacts = contacts.filter(municipality__in=municipalities)
    return [
        Recipient(
            name=c.name,
            email=c.email,
            service=str(c.service) if c.service else "",
            municipality=c.municipality,
        )
        for c in contacts
    ]


def _role_recipients(template: EmailTemplate) -> list[Recipient]:
    """Reminders: coördinators where a rubric is complete but unconfirmed, invoerders where
    rubrics are still open; contacts of invited municipalities that have not started."""
    from surveys.models import Participation, RubricResponse, RubricStatus
    from surveys.selectors import questionnaire_for_campaign

    campaign = template.campaign
    rubric_count = len(questionnaire_for_campaign(campaign=campaign).rubrics)
    statuses: dict[int, list[str]] = {}
    for municipality_id, status in RubricResponse.objects.filter(
        participation__campaign=campaign
    ).values_list("participation__municipality_id", "status"):
        statuses.setdefault(municipality_id, []).append(status)
    participating = set(
        Participation.objects.filter(campaign=campaign).values_list("municipality_id", flat=True)
    )
    # Which municipalities each role is reminded in.
    wanted: dict[str, list[int]] = {Role.COORDINATOR: [], Role.INVOERDER: []}
    for municipality_id in sorted(participating):
        found = statuses.get(municipality_id, [])
        if RubricStatus.COMPLETE in found:
            wanted[Role.COORDINATOR].append(municipality_id)
        unconfirmed_open = [
            s for s in found if s in (RubricStatus.NOT_STARTED, RubricStatus.IN_PROGRESS)
        ]
        if unconfirmed_open or len(found) < rubric_count:
            wanted[Role.INVOERDER].append(municipality_id)
    recipients = [
        Recipient(
            name=assignment.holder_name,
            email=assignment.holder_email,
            service=str(assignment.service) if assignment.service else "",
            municipality=assignment.municipality,
        )
        for role, municipality_ids in wanted.items()
        if municipality_ids
        for assignment in holders(role=role, municipality=municipality_ids)
        if assignment.holder_email
    ]
    not_started = Municipality.objects.filter(contacts__isnull=False).exclude(pk__in=participating)
    return recipients + _contact_recipients(not_started.distinct())


def recipients_for(template: EmailTemplate) -> list[Recipient]:
    """Who gets this template: contacts (invitation, launch) or people by role (reminders)."""
    if template.kind == EmailTemplate.Kind.REMINDER:
        found = _role_recipients(template)
    else:
        found = _contact_recipients()
    unique: dict[tuple[str, int], Recipient] = {}
    for recipient in found:
        unique.setdefault((recipient.email.lower(), recipient.municipality.pk), recipient)
    return sorted(unique.values(), key=lambda r: (r.municipality.name, r.name))


def _send(
    template: EmailTemplate,
    recipients: list[Recipient],
    *,
    by: Any,
    is_test: bool,
    to: str | None = None,
) -> int:
    """Send one message per recipient; one that cannot be sent never stops the others.

    Only what was sent is logged as sent, so sending the template again reaches the rest.
    """
    sent = 0
    with get_connection() as connection:
        for recipient in recipients:
            subject, body = message_render(template=template, recipient=recipient)
            # A subject is one line: a name with a line break would make it a bad header.
            subject = " ".join(subject.split())
            address = to or recipient.email
            message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [address])
            try:
                if not connection.send_messages([message]):
                    continue
            except Exception:
                logger.warning(
                    "Mail of template %s to a contact of %s not sent",
                    template.pk,
                    recipient.municipality.nis_code,
                    exc_info=True,
                )
                continue
            SentMessage.objects.create(
                template=template,
                municipality=recipient.municipality,
                recipient=address,
                subject=subject,
                body=body,
                is_test=is_test,
                sent_by=by if getattr(by, "pk", None) else None,
            )
            sent += 1
    return sent


def _require_team(by: Any) -> None:
    if not can(by, Action.MANAGE_CAMPAIGN):
        raise MailingError(_("Enkel het projectteam kan berichten versturen."))


def template_send_test(
    *, template: EmailTemplate, by: Any, recipient: Recipient | None = None
) -> int:
    """Send one rendered example to the project team member themself."""
    _require_team(by)
    if not by.email:
        raise MailingError(_("Uw account heeft geen e-mailadres om de test naar te sturen."))
    example = recipient or next(iter(recipients_for(template)), None)
    if example is None:
        raise MailingError(_("Er is nog geen ontvanger om een voorbeeld mee op te maken."))
    return _send(template, [example], by=by, is_test=True, to=by.email)


def template_send(*, template: EmailTemplate, by: Any) -> int:
    """Send the template to all its recipients, skipping who already received it."""
    if by is not None:
        _require_team(by)
    already = set(
        SentMessage.objects.filter(template=template, is_test=False).values_list(
            "recipient", "municipality_id"
        )
    )
    todo = [r for r in recipients_for(template) if (r.email, r.municipality.pk) not in already]
    return _send(template, todo, by=by, is_test=False)


def template_send_queue(*, template: EmailTemplate, by: Any) -> None:
    """Queue the sending in Celery once this transaction commits."""
    _require_team(by)
    from .tasks import send_email_template

    template_id, by_id = template.pk, by.pk
    transaction.on_commit(lambda: send_email_template.delay(template_id, by_id))


def reminders_send_due(*, today: datetime.date | None = None) -> int:
    """Send the reminders whose day has come (deadline minus their days); once a day each."""
    today = today or timezone.localdate()
    sent = 0
    for template in EmailTemplate.objects.filter(
        kind=EmailTemplate.Kind.REMINDER, days_before_deadline__isnull=False
    ).select_related("campaign"):
        campaign = template.campaign
        if not campaign.live or template.days_before_deadline is None:
            continue
        due = campaign.confirmation_deadline - datetime.timedelta(
            days=template.days_before_deadline
        )
        if due != today:
            continue
        if SentMessage.objects.filter(template=template, is_test=False, sent_on=today).exists():
            continue
        sent += template_send(template=template, by=None)
    return sent


@transaction.atomic
def contact_add(
    *, municipality: Municipality, name: str, email: str, service: Any, by: Any
) -> Contact:
    """The lokale beheerder (or the project team) adds a contact of the municipality."""
    if not can(by, Action.MANAGE_ROLES, municipality):
        raise MailingError(_("U mag de contactpersonen van deze gemeente niet beheren."))
    if service is not None and service.municipality_id != municipality.pk:
        raise MailingError(
            _("Die dienst hoort niet bij %(gemeente)s.") % {"gemeente": municipality}
        )
    name = " ".join((name or "").split())
    if not name:
        raise MailingError(_("Geef een naam."))
    email = email.strip().lower()
    if Contact.objects.filter(municipality=municipality, email__iexact=email).exists():
        raise MailingError(
            _("%(email)s is al een contactpersoon van deze gemeente.") % {"email": email}
        )
    return Contact.objects.create(
        municipality=municipality, name=name, email=email, service=service
    )


@transaction.atomic
def contact_remove(*, contact: Contact, by: Any) -> None:
    """Remove a contact; only whoever manages the municipality's roles may."""
    if not can(by, Action.MANAGE_ROLES, contact.municipality):
        raise MailingError(_("U mag de contactpersonen van deze gemeente niet beheren."))
    contact.delete()
