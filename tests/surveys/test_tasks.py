"""surveys.tasks: the e-mails after a confirmation go to who holds the role now."""

from __future__ import annotations

import pytest
from django.core import mail

from roles.models import Role
from roles.services import role_grant, role_revoke
from surveys.models import RubricResponse
from surveys.services import AnswerInput, answers_save, rubric_confirm
from tests.surveys.conftest import person

pytestmark = pytest.mark.django_db


def test_the_confirmation_mail_skips_revoked_deactivated_and_pending_roles(
    campaign, questionnaire, kasterlee, people, django_capture_on_commit_callbacks
):
    answers_save(
        municipality=kasterlee,
        campaign=campaign,
        rubric=questionnaire.rubric("AAN"),
        by=people["invoerder"],
        values={"AAN-02": AnswerInput(True)},
        seen_versions={},
    )
    role_revoke(assignment=people["invoerder2"].role_assignments.get(), by=people["team"])
    gone = person("vertrokken", kasterlee, Role.INVOERDER)
    gone.is_active = False
    gone.save()
    role_grant(municipality=kasterlee, role=Role.INVOERDER, by=None, email="nog@kasterlee.be")
    response = RubricResponse.objects.get(participation__municipality=kasterlee)

    with django_capture_on_commit_callbacks(execute=True):
        rubric_confirm(response=response, by=people["coordinator"])

    assert sorted(address for message in mail.outbox for address in message.to) == [
        "coordinator@example.be",
        "invoerder@example.be",
    ]
