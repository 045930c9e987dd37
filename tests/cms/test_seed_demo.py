"""`seed_demo` builds the whole demo, and running it again changes nothing."""

from __future__ import annotations

import io
from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.models import Page, Revision

from cms.demo.seed import KASTERLEE_EXPLANATION, PREVIOUS_OTHERS, previous_municipalities
from surveys.blocks import QUESTION_BLOCK_CLASSES
from surveys.models import CampaignPage, Definition, RubricPage, RubricResponse, RubricStatus
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


#: Enough municipalities in the earlier campaign for its peer ranges (at least 10).
OTHERS = "--andere-gemeenten=16"


@pytest.fixture
def seeded(db):
    call_command("seed_demo", OTHERS, stdout=io.StringIO())


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
    call_command("seed_demo", OTHERS, stdout=io.StringIO())
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


def test_the_demo_has_an_earlier_closed_and_confirmed_campaign(seeded):
    previous = CampaignPage.objects.live().get(werkjaar=2024)
    current = CampaignPage.objects.live().get(werkjaar=2025)
    assert current.previous_campaign == previous
    assert previous.closing_date < timezone.localdate() <= current.closing_date
    participants = set(previous.participations.values_list("municipality__nis_code", flat=True))
    assert {"13017", "11009"} <= participants
    assert len(participants) == 18
    responses = RubricResponse.objects.filter(participation__campaign=previous)
    assert responses.count() == 18 * 8
    assert set(responses.values_list("status", flat=True)) == {RubricStatus.CONFIRMED}
    # The current campaign was made by the copy service: same codes, its own checks.
    codes = {q.code for q in questionnaire_for_campaign(campaign=current).questions()}
    assert codes == {q.code for q in questionnaire_for_campaign(campaign=previous).questions()}
    assert all(not rubric.checks for rubric in RubricPage.objects.child_of(previous).specific())
    assert RubricPage.objects.child_of(current).get(code="AAN").checks


def test_the_default_demo_draws_kasterlee_brecht_and_sixty_others(db):
    drawn = previous_municipalities()
    assert PREVIOUS_OTHERS >= 60
    assert len({m.nis_code for m in drawn}) == len(drawn) == PREVIOUS_OTHERS + 2
    assert [m.nis_code for m in drawn[:2]] == ["13017", "11009"]
    assert drawn == previous_municipalities()  # a fixed seed: the same every time


def test_kasterlee_sees_earlier_answers_and_warnings_in_the_demo(seeded, client):
    client.force_login(get_user_model().objects.get(username="invoerder-kasterlee"))
    page = client.get("/registratie/2025/13017/AAN/eigen-activiteiten/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Vorige bevraging (werkjaar 2024)" in html
    assert "Het aantal sportkampdagen verschilt sterk van de vorige bevraging." in html
    assert KASTERLEE_EXPLANATION in html
    verenigingen = client.get("/registratie/2025/13017/AAN/verenigingsleven/").content.decode()
    assert "Zo veel jeugdwerkinitiatieven gaven weinig gemeenten op." in verenigingen
    assert "Antwoorden van de vorige bevraging overnemen" in verenigingen
    response = RubricResponse.objects.get(
        participation__campaign__werkjaar=2025,
        participation__municipality__nis_code="13017",
        rubric__code="AAN",
    )
    assert response.check_warnings_open == 1  # the peer range; the change is explained
