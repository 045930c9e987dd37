"""`seed_demo` builds the whole demo, and running it again changes nothing."""

from __future__ import annotations

import io
from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page, Revision

from surveys.blocks import QUESTION_BLOCK_CLASSES
from surveys.models import CampaignPage, Definition
from surveys.questionnaire import questions_of_stream
from surveys.rules import theme_problems
from surveys.selectors import questionnaire_for_campaign

pytestmark = pytest.mark.django_db

DEMO_USERNAMES = {
    "projectteam",
    "beheerder-kasterlee",
    "invoerder-kasterlee",
    "coordinator-kasterlee",
    "raadpleger-kasterlee",
    "invoerder-brecht",
    "coordinator-brecht",
}


@pytest.fixture
def seeded(db):
    call_command("seed_demo", stdout=io.StringIO())


def test_demo_campaign_content(seeded):
    campaign = CampaignPage.objects.live().get(werkjaar=2025)
    questionnaire = questionnaire_for_campaign(campaign=campaign)
    assert [r.title for r in questionnaire.rubrics] == [
        "Aanbod",
        "Participatie",
        "Medewerkers",
        "Inspraak",
        "Samenwerking",
        "Tevredenheid",
        "Financiën",
        "Infrastructuur",
    ]
    assert all(len(rubric.themes) >= 3 for rubric in questionnaire.rubrics)
    questions = list(questionnaire.questions())
    assert len(questions) >= 150
    types = Counter(question.type_code for question in questions)
    assert set(types) == {cls.type_code for cls in QUESTION_BLOCK_CLASSES}
    assert sum(1 for question in questions if question.condition) >= 10
    assert Definition.objects.count() >= 25
    codes = [question.code for question in questions]
    assert len(codes) == len(set(codes))


def test_demo_content_obeys_the_editor_rules(seeded):
    campaign = CampaignPage.objects.get(werkjaar=2025)
    for rubric in campaign.get_children().specific():
        for theme in rubric.get_children().specific():
            problems = theme_problems(
                questions=questions_of_stream(theme.body),
                rubric=rubric,
                campaign=campaign,
                this_page_id=theme.pk,
                position_path=theme.path,
            )
            assert problems == [], (theme.title, problems)


def test_demo_pages_and_accounts(seeded, client):
    slugs = set(Page.objects.filter(depth=3).values_list("slug", flat=True))
    assert {"handleiding", "veelgestelde-vragen", "uitnodiging", "privacy"} <= slugs
    users = get_user_model().objects.filter(username__in=DEMO_USERNAMES)
    assert users.count() == len(DEMO_USERNAMES)
    for user in users:
        assert user.check_password("demo")
        assert not user.is_superuser
    home = client.get("/")
    assert home.status_code == 200
    assert "Handleiding" in home.content.decode()


def test_seed_demo_is_idempotent(seeded):
    counts = (
        Page.objects.count(),
        Revision.objects.count(),
        Definition.objects.count(),
        get_user_model().objects.count(),
    )
    call_command("seed_demo", stdout=io.StringIO())
    assert (
        Page.objects.count(),
        Revision.objects.count(),
        Definition.objects.count(),
        get_user_model().objects.count(),
    ) == counts


def test_seed_demo_refused_without_demo_accounts(db, settings):
    settings.DEMO_ACCOUNTS_ENABLED = False
    with pytest.raises(CommandError, match="Demo accounts are disabled"):
        call_command("seed_demo", stdout=io.StringIO())
    assert not get_user_model().objects.filter(username__in=DEMO_USERNAMES).exists()
