"""The demo's generated answers: plausible, stored through the services, reproducible."""

from __future__ import annotations

import pytest

from cms.demo.answers import demo_answers_generate
from roles.models import Municipality
from surveys.models import Answer, AuditEntry, RubricResponse, RubricStatus

pytestmark = pytest.mark.django_db


def snapshot(campaign) -> dict:
    return {
        (a.participation.municipality.nis_code, a.question_code): (a.value, a.special)
        for a in Answer.objects.filter(participation__campaign=campaign).select_related(
            "participation__municipality"
        )
    }


def test_generated_answers_are_confirmed_audited_and_reproducible(campaign):
    municipalities = list(Municipality.objects.order_by("nis_code")[:5])
    saved = demo_answers_generate(
        campaign=campaign, municipalities=municipalities, seed=2024, confirm=True
    )
    assert saved > 5 * 5
    first = snapshot(campaign)
    assert {nis for nis, _code in first} == {m.nis_code for m in municipalities}
    assert (
        not RubricResponse.objects.filter(participation__campaign=campaign)
        .exclude(status=RubricStatus.CONFIRMED)
        .exists()
    )
    assert AuditEntry.objects.filter(note="demogegevens").count() == saved
    # Running it again changes nothing; the same seed gives the same figures.
    assert (
        demo_answers_generate(
            campaign=campaign, municipalities=municipalities, seed=2024, confirm=True
        )
        == 0
    )
    Answer.objects.all().delete()
    RubricResponse.objects.all().delete()
    campaign.participations.all().delete()
    demo_answers_generate(campaign=campaign, municipalities=municipalities, seed=2024, confirm=True)
    assert snapshot(campaign) == first


def test_answers_of_hidden_follow_up_questions_are_not_generated(campaign):
    municipalities = list(Municipality.objects.order_by("nis_code")[:20])
    demo_answers_generate(campaign=campaign, municipalities=municipalities, seed=1, confirm=False)
    for participation in campaign.participations.all():
        codes = dict(participation.answers.values_list("question_code", "value"))
        if codes.get("AAN-02") is False:
            assert "AAN-03" not in codes and "AAN-04" not in codes


def test_the_generated_history_emails_nobody(
    campaign, mailoutbox, django_capture_on_commit_callbacks
):
    """Coördinators of Kasterlee are not told about confirmations of an earlier campaign
    that the demo writes today."""
    from roles.models import Role
    from tests.surveys.conftest import person

    kasterlee = Municipality.objects.get(nis_code="13017")
    person("coordinator", kasterlee, Role.COORDINATOR)
    with django_capture_on_commit_callbacks(execute=True):
        demo_answers_generate(campaign=campaign, municipalities=[kasterlee], seed=1, confirm=True)
    assert RubricResponse.objects.filter(status=RubricStatus.CONFIRMED).exists()
    assert mailoutbox == []
