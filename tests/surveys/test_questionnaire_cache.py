"""The published questionnaire is built once per state of its pages, and never served stale."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from surveys.models import Definition, RubricPage, ThemePage
from surveys.questionnaires import forget_questionnaires
from surveys.selectors import questionnaire_for_campaign

pytestmark = pytest.mark.django_db


def shape(campaign) -> list[tuple[str, list[str]]]:
    questionnaire = questionnaire_for_campaign(campaign=campaign)
    return [
        (rubric.code, [theme.slug for theme in rubric.themes]) for rubric in questionnaire.rubrics
    ]


def question_text(campaign, code: str) -> str:
    questionnaire = questionnaire_for_campaign(campaign=campaign)
    return next(q for q in questionnaire.questions() if q.code == code).text


def publish_with_text(theme: ThemePage, code: str, text: str, *, publish: bool = True) -> None:
    raw = list(theme.body.raw_data)
    for block in raw:
        if block["value"]["code"] == code:
            block["value"]["text"] = text
    theme.body = raw
    revision = theme.save_revision()
    if publish:
        revision.publish()


def test_a_second_read_only_checks_the_state_of_the_pages(campaign):
    questionnaire_for_campaign(campaign=campaign)
    with CaptureQueriesContext(connection) as queries:
        questionnaire = questionnaire_for_campaign(campaign=campaign)
    assert len(queries.captured_queries) == 1
    assert not any("surveys_themepage" in q["sql"] for q in queries.captured_queries)
    assert [rubric.code for rubric in questionnaire.rubrics] == ["AAN", "FIN"]


def test_another_process_builds_from_the_shared_cache_without_reading_the_pages(campaign):
    questionnaire_for_campaign(campaign=campaign)
    forget_questionnaires()  # as a second web process would start
    with CaptureQueriesContext(connection) as queries:
        questionnaire = questionnaire_for_campaign(campaign=campaign)
    sql = " ".join(q["sql"] for q in queries.captured_queries)
    assert "surveys_themepage" not in sql and "surveys_rubricpage" not in sql
    assert questionnaire.question_count() == 11


def test_a_publish_is_served_at_once_and_a_draft_never(campaign):
    assert question_text(campaign, "FIN-01") == "Exploitatie-uitgaven"
    uitgaven = ThemePage.objects.get(slug="uitgaven")
    publish_with_text(uitgaven, "FIN-01", "Exploitatie-uitgaven in de jaarrekening", publish=False)
    assert question_text(campaign, "FIN-01") == "Exploitatie-uitgaven"
    ThemePage.objects.get(pk=uitgaven.pk).get_latest_revision().publish()
    assert question_text(campaign, "FIN-01") == "Exploitatie-uitgaven in de jaarrekening"


def test_an_unpublished_theme_leaves_the_questionnaire_at_once(campaign):
    assert shape(campaign) == [("AAN", ["activiteiten", "doelgroepen"]), ("FIN", ["uitgaven"])]
    ThemePage.objects.get(slug="doelgroepen").unpublish()
    assert shape(campaign) == [("AAN", ["activiteiten"]), ("FIN", ["uitgaven"])]
    RubricPage.objects.get(code="FIN").unpublish()
    assert shape(campaign) == [("AAN", ["activiteiten"])]


def test_a_moved_theme_shows_in_its_new_rubric_at_once(campaign):
    shape(campaign)
    ThemePage.objects.get(slug="doelgroepen").move(RubricPage.objects.get(code="FIN"), "last-child")
    assert shape(campaign) == [("AAN", ["activiteiten"]), ("FIN", ["uitgaven", "doelgroepen"])]


def test_reordered_themes_follow_at_once(campaign):
    shape(campaign)
    doelgroepen = ThemePage.objects.get(slug="doelgroepen")
    doelgroepen.move(ThemePage.objects.get(slug="activiteiten"), "left")
    assert shape(campaign)[0] == ("AAN", ["doelgroepen", "activiteiten"])


def test_a_deleted_theme_is_gone_at_once(campaign):
    shape(campaign)
    ThemePage.objects.get(slug="uitgaven").delete()
    assert shape(campaign) == [("AAN", ["activiteiten", "doelgroepen"]), ("FIN", [])]


def test_an_edited_definition_is_shown_at_once(campaign, definitions):
    def explanation() -> str:
        fin = questionnaire_for_campaign(campaign=campaign).rubric("FIN")
        assert fin is not None
        fin_03 = fin.by_code["FIN-03"]
        return fin_03.definitions[0].explanation

    assert explanation() == "Voltijdse equivalenten."
    vte = Definition.objects.get(term="VTE")
    vte.explanation = "Voltijdse equivalenten op 31 december."
    vte.save()
    assert explanation() == "Voltijdse equivalenten op 31 december."


def test_the_step_shows_a_published_change_at_once(campaign, as_user):
    client = as_user("invoerder")
    url = "/registratie/2025/13017/FIN/uitgaven/"
    assert "Exploitatie-uitgaven" in client.get(url).content.decode()
    publish_with_text(ThemePage.objects.get(slug="uitgaven"), "FIN-01", "Uitgaven volgens BBC")
    page = client.get(url).content.decode()
    assert "Uitgaven volgens BBC" in page
