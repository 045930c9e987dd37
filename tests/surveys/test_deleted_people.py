"""Deleting an account never breaks a page: the history keeps the name at the time."""

from __future__ import annotations

from importlib import import_module

import pytest
from bs4 import BeautifulSoup
from django.apps import apps as django_apps

from roles.models import Role
from roles.services import project_team_group_ensure
from surveys.models import AuditEntry, RubricResponse
from surveys.services import AnswerInput, answers_save, rubric_confirm, rubric_reopen
from tests.surveys.conftest import person

pytestmark = pytest.mark.django_db

OVERVIEW = "/registratie/2025/13017/"


def text(response) -> str:
    html = BeautifulSoup(response.content.decode(), "html.parser")
    return " ".join(html.get_text(" ").split())


@pytest.fixture
def confirmed_by_someone_who_left(campaign, questionnaire, kasterlee, people):
    """AAN entered by Inge and confirmed by Cora, whose accounts were deleted since."""
    inge = person("inge", kasterlee, Role.INVOERDER)
    inge.first_name, inge.last_name = "Inge", "Invoerder"
    inge.save()
    cora = person("cora", kasterlee, Role.COORDINATOR)
    cora.first_name, cora.last_name = "Cora", "Coördinator"
    cora.save()
    answers_save(
        municipality=kasterlee,
        campaign=campaign,
        rubric=questionnaire.rubric("AAN"),
        by=inge,
        values={"AAN-02": AnswerInput(False)},
        seen_versions={},
    )
    rubric_confirm(response=RubricResponse.objects.get(rubric__code="AAN"), by=cora)
    inge.delete()
    cora.delete()
    return RubricResponse.objects.get(rubric__code="AAN")


def test_the_status_overview_names_who_confirmed_after_the_account_is_gone(
    client, people, confirmed_by_someone_who_left
):
    assert confirmed_by_someone_who_left.confirmed_by is None
    client.force_login(people["raadpleger"])

    response = client.get(OVERVIEW)

    assert response.status_code == 200
    assert "Cora Coördinator" in text(response)


def test_the_rubric_summary_names_who_confirmed_after_the_account_is_gone(
    client, people, confirmed_by_someone_who_left
):
    client.force_login(people["coordinator"])

    response = client.get(f"{OVERVIEW}AAN/")

    assert response.status_code == 200
    assert "Bevestigd door Cora Coördinator op" in text(response)


def test_the_audit_trail_names_who_did_it_not_the_system(
    client, people, confirmed_by_someone_who_left
):
    pat = people["team"]
    pat.first_name, pat.last_name = "Pat", "Projectteam"
    pat.save()
    rubric_reopen(response=confirmed_by_someone_who_left, by=pat, reason="Nazicht")
    pat.delete()
    reader = person("teamlid")
    reader.groups.add(project_team_group_ensure())
    client.force_login(reader)

    response = client.get(f"{OVERVIEW}AAN/historiek/")

    assert response.status_code == 200
    page = text(response)
    assert "Inge Invoerder" in page  # the answer, and the status change it brought
    assert "Cora Coördinator" in page  # the confirmation
    assert "Pat Projectteam" in page  # the reopening
    assert "systeem" not in page


def test_the_migration_gives_existing_rows_the_names_of_their_accounts(
    confirmed_by_someone_who_left, people
):
    response = confirmed_by_someone_who_left
    rubric_reopen(response=response, by=people["team"], reason="Nazicht")
    # Rows as they were before the names were kept.
    RubricResponse.objects.update(confirmed_by_name="", reopened_by_name="")
    AuditEntry.objects.update(by_name="")

    import_module("surveys.migrations.0004_kept_names").fill_names(django_apps, None)

    response.refresh_from_db()
    assert response.reopened_by_name == "projectteam"  # the account has no full name
    assert response.confirmed_by_name == ""  # Cora's account was deleted before
    assert set(AuditEntry.objects.values_list("by_name", flat=True)) == {"", "projectteam"}
