"""Editor rules in the Wagtail page editor, and the paths that skip clean()."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import rich_text

from surveys.models import CampaignPage, RubricPage, ThemePage
from tests.factories import build_campaign, q

from .admin_forms import question, theme_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, project_team_user):
    client.force_login(project_team_user)
    return client


def add_theme(editor, rubric, questions, slug="nieuw"):
    return editor.post(
        f"/admin/pages/add/surveys/themepage/{rubric.pk}/",
        theme_form("Nieuw thema", slug, questions, **{"action-publish": "publish"}),
    )


def test_project_team_sees_the_campaign_tree(editor, campaign):
    response = editor.get(f"/admin/pages/{campaign.pk}/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Aanbod" in content and "Financiën" in content


def test_project_team_is_not_superuser_but_can_publish_a_theme(editor, campaign):
    rubric = RubricPage.objects.get(code="FIN")
    response = add_theme(
        editor,
        rubric,
        [
            question("integer", "FIN-10", "Hoeveel loketten?", min_value=0),
            question("yes_no", "FIN-11", "Is er een uitleendienst?"),
            question(
                "integer",
                "FIN-12",
                "Hoeveel uitleningen?",
                condition={"question": "FIN-11", "operator": "equals", "value": "ja"},
            ),
        ],
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    theme = ThemePage.objects.get(slug="nieuw")
    assert theme.live
    assert [child.value["code"] for child in theme.body] == ["FIN-10", "FIN-11", "FIN-12"]
    assert not get_user_model().objects.get(username="projectteam").is_superuser


def test_code_used_elsewhere_in_the_campaign_is_refused(editor, campaign):
    rubric = RubricPage.objects.get(code="FIN")
    response = add_theme(editor, rubric, [question("integer", "AAN-04", "Dubbel")])
    assert response.status_code == 200
    assert "De code AAN-04 bestaat al in het thema" in response.content.decode()
    assert not ThemePage.objects.filter(slug="nieuw").exists()


def test_code_twice_in_one_theme_is_refused(editor, campaign):
    rubric = RubricPage.objects.get(code="FIN")
    response = add_theme(
        editor, rubric, [question("integer", "FIN-20"), question("yes_no", "FIN-20")]
    )
    assert response.status_code == 200
    assert "De code FIN-20 staat al bij vraag 1 van dit thema" in response.content.decode()


def test_same_code_in_another_campaign_is_fine(editor, campaign, home_page):
    other = build_campaign(
        home_page,
        werkjaar=2028,
        rubrics=[{"code": "AAN", "title": "Aanbod", "slug": "aanbod", "themes": []}],
    )
    rubric = RubricPage.objects.child_of(other).get()
    response = add_theme(editor, rubric, [question("integer", "AAN-01")])
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        (
            {"question": "AAN-02", "operator": "equals", "value": "ja"},
            "verwijst naar vraag AAN-02, maar die staat niet eerder in dezelfde rubriek",
        ),
        (
            {"question": "FIN-01", "operator": "equals", "value": "ja"},
            "een voorwaarde kan enkel steunen op een ja/nee-vraag of een keuzevraag",
        ),
        (
            {"question": "FIN-30", "operator": "equals", "value": "misschien"},
            "Vraag FIN-30 heeft geen antwoord",
        ),
        (
            {"question": "FIN-31", "operator": "equals", "value": "a"},
            "Gebruik bij vraag FIN-31 de voorwaarde",
        ),
        (
            {"question": "FIN-99", "operator": "equals", "value": "ja"},
            "verwijst naar vraag FIN-99",
        ),
    ],
)
def test_condition_rules(editor, campaign, condition, message):
    rubric = RubricPage.objects.get(code="FIN")
    response = add_theme(
        editor,
        rubric,
        [
            question("yes_no", "FIN-30"),
            question("multiple_choice", "FIN-31", options=[("a", "A"), ("b", "B")]),
            question("integer", "FIN-32", condition=condition),
        ],
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ThemePage.objects.filter(slug="nieuw").exists()


def test_condition_on_a_later_question_is_refused(editor, campaign):
    rubric = RubricPage.objects.get(code="FIN")
    response = add_theme(
        editor,
        rubric,
        [
            question(
                "integer",
                "FIN-40",
                condition={"question": "FIN-41", "operator": "equals", "value": "ja"},
            ),
            question("yes_no", "FIN-41"),
        ],
    )
    assert response.status_code == 200
    assert "verwijst naar vraag FIN-41, maar die staat niet eerder" in response.content.decode()


def test_condition_on_an_earlier_theme_of_the_rubric_is_fine(editor, campaign):
    rubric = RubricPage.objects.get(code="AAN")
    response = add_theme(
        editor,
        rubric,
        [
            question(
                "integer",
                "AAN-50",
                condition={"question": "AAN-05", "operator": "contains", "value": "tieners"},
            )
        ],
    )
    assert response.status_code == 302


def test_block_errors_min_above_max_and_duplicate_options(editor, campaign):
    rubric = RubricPage.objects.get(code="FIN")
    response = add_theme(
        editor,
        rubric,
        [
            question("integer", "FIN-60", min_value=10, max_value=5),
            question("single_choice", "FIN-61", options=[("x", "X"), ("x", "Y")]),
        ],
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "Het maximum moet groter zijn dan het minimum." in content
    assert "De code x komt twee keer voor bij de antwoordopties." in content


def test_rubric_code_unique_within_campaign(editor, campaign):
    response = editor.post(
        f"/admin/pages/add/surveys/rubricpage/{campaign.pk}/",
        {
            "title": "Nog eens Aanbod",
            "slug": "aanbod-2",
            "code": "AAN",
            "intro": rich_text(""),
            "checks-count": "0",
            "action-publish": "publish",
        },
    )
    assert response.status_code == 200
    assert "De code AAN wordt al gebruikt door een andere rubriek" in response.content.decode()


def test_page_types_are_enforced(editor, campaign, home_page):
    theme = ThemePage.objects.get(slug="activiteiten")
    rubric = RubricPage.objects.get(code="AAN")
    # No theme directly under a campaign, no campaign under a rubric, nothing under a theme:
    # the editor is sent away instead of getting a form.
    for url in (
        f"/admin/pages/add/surveys/themepage/{campaign.pk}/",
        f"/admin/pages/add/surveys/campaignpage/{rubric.pk}/",
        f"/admin/pages/add/surveys/rubricpage/{theme.pk}/",
    ):
        response = editor.get(url)
        assert response.status_code in (302, 403), url
    assert editor.get(f"/admin/pages/add/surveys/themepage/{rubric.pk}/").status_code == 200
    assert ThemePage.can_create_at(rubric) and not ThemePage.can_create_at(campaign)
    assert CampaignPage.can_create_at(home_page) and not RubricPage.can_create_at(home_page)


def test_copying_a_theme_into_the_same_campaign_is_refused(editor, campaign):
    theme = ThemePage.objects.get(slug="activiteiten")
    rubric = RubricPage.objects.get(code="FIN")
    response = editor.post(
        f"/admin/pages/{theme.pk}/copy/",
        {
            "new_title": "Kopie",
            "new_slug": "kopie",
            "new_parent_page": str(rubric.pk),
            "publish_copies": "on",
        },
        follow=True,
    )
    assert "De code AAN-01 bestaat al in het thema" in response.content.decode()
    assert not ThemePage.objects.filter(slug="kopie").exists()


def test_copying_a_theme_into_another_campaign_is_fine(editor, campaign, home_page):
    other = build_campaign(
        home_page,
        werkjaar=2028,
        rubrics=[
            {
                "code": "AAN",
                "title": "Aanbod",
                "slug": "aanbod",
                "themes": [
                    {
                        "title": "Basis",
                        "slug": "basis",
                        "questions": [q("yes_no", "AAN-02", "Is er een speelpleinwerking?")],
                    }
                ],
            }
        ],
    )
    theme = ThemePage.objects.descendant_of(campaign).get(slug="doelgroepen")
    destination = RubricPage.objects.child_of(other).get()
    response = editor.post(
        f"/admin/pages/{theme.pk}/copy/",
        {
            "new_title": "Doelgroepen",
            "new_slug": "doelgroepen",
            "new_parent_page": str(destination.pk),
        },
    )
    assert response.status_code == 302
    assert ThemePage.objects.child_of(destination).filter(slug="doelgroepen").exists()


def test_copying_a_rubric_into_its_own_campaign_is_refused(editor, campaign):
    rubric = RubricPage.objects.get(code="AAN")
    response = editor.post(
        f"/admin/pages/{rubric.pk}/copy/",
        {
            "new_title": "Aanbod 2",
            "new_slug": "aanbod-2",
            "new_parent_page": str(campaign.pk),
            "copy_subpages": "on",
        },
        follow=True,
    )
    assert "De code AAN wordt al gebruikt door een andere rubriek" in response.content.decode()
    assert RubricPage.objects.filter(code="AAN").count() == 1


def test_moving_a_theme_away_from_its_condition_target_is_refused(editor, campaign):
    aanbod = RubricPage.objects.get(code="AAN")
    financien = RubricPage.objects.get(code="FIN")
    response = add_theme(
        editor,
        aanbod,
        [
            question(
                "integer",
                "AAN-70",
                condition={"question": "AAN-02", "operator": "equals", "value": "ja"},
            )
        ],
        slug="afhankelijk",
    )
    assert response.status_code == 302
    dependent = ThemePage.objects.get(slug="afhankelijk")

    # Its condition points at AAN-02 in an earlier theme of Aanbod: it cannot leave Aanbod.
    response = editor.post(f"/admin/pages/{dependent.pk}/move/{financien.pk}/confirm/", follow=True)
    assert "verwijst naar vraag AAN-02" in response.content.decode()
    assert ThemePage.objects.get(pk=dependent.pk).get_parent().pk == aanbod.pk

    # A theme whose conditions stay within itself moves freely.
    self_contained = ThemePage.objects.get(slug="doelgroepen")
    editor.post(f"/admin/pages/{self_contained.pk}/move/{financien.pk}/confirm/")
    assert ThemePage.objects.get(pk=self_contained.pk).get_parent().pk == financien.pk


def test_bulk_move_cannot_bring_duplicate_codes_into_a_campaign(editor, campaign, home_page):
    other = build_campaign(
        home_page,
        werkjaar=2028,
        rubrics=[
            {
                "code": "AAN",
                "title": "Aanbod",
                "slug": "aanbod",
                "themes": [
                    {"title": "Basis", "slug": "basis", "questions": [q("integer", "AAN-01")]}
                ],
            }
        ],
    )
    destination = RubricPage.objects.child_of(other).get()
    theme = ThemePage.objects.descendant_of(campaign).get(slug="activiteiten")
    response = editor.post(
        f"/admin/bulk/wagtailcore/page/move/?id={theme.pk}",
        {"chooser": str(destination.pk)},
        follow=True,
    )
    assert "De code AAN-01 bestaat al in het thema" in response.content.decode()
    assert ThemePage.objects.get(pk=theme.pk).get_parent().specific.get_parent().pk == campaign.pk


def test_preview_shows_a_draft_before_it_is_published(editor, campaign):
    rubric = RubricPage.objects.get(code="FIN")
    data = theme_form("Voorbeeld", "voorbeeld", [question("integer", "FIN-90", "Hoeveel zalen?")])
    preview_url = f"/admin/pages/add/surveys/themepage/{rubric.pk}/preview/"
    assert editor.post(preview_url, data).json() == {"is_valid": True, "is_available": True}
    response = editor.get(preview_url + "?mode=")
    assert response.status_code == 200
    assert "Hoeveel zalen?" in response.content.decode()
    assert not ThemePage.objects.filter(slug="voorbeeld").exists()


def test_saving_a_draft_keeps_the_live_questionnaire(editor, campaign, client):
    rubric = RubricPage.objects.get(code="FIN")
    response = add_theme(editor, rubric, [question("integer", "FIN-91", "Nieuwe vraag")])
    assert response.status_code == 302
    theme = ThemePage.objects.get(slug="nieuw")
    data = theme_form("Nieuw thema", "nieuw", [question("integer", "FIN-91", "Herschreven vraag")])
    response = editor.post(f"/admin/pages/{theme.pk}/edit/", data)  # "Concept opslaan"
    assert response.status_code == 302
    theme.refresh_from_db()
    assert theme.has_unpublished_changes
    live_text = editor.get("/api/vragenlijst/2025/").json()["rubrics"][1]["themes"][1]
    assert live_text["questions"][0]["text"] == "Nieuwe vraag"


def test_a_theme_never_moves_out_of_or_into_a_confirmed_rubric(editor, campaign):
    """Security review 6.6: moving a theme out of a confirmed rubric opened its answers."""
    from roles.models import Municipality
    from surveys.models import RubricResponse
    from surveys.selectors import questionnaire_for_campaign
    from surveys.services import AnswerInput, answers_save, rubric_confirm

    kasterlee = Municipality.objects.get(nis_code="13017")
    aanbod = RubricPage.objects.get(code="AAN")
    financien = RubricPage.objects.get(code="FIN")
    answers_save(
        municipality=kasterlee,
        campaign=campaign,
        rubric=questionnaire_for_campaign(campaign=campaign).rubric("AAN"),
        by=None,
        values={"AAN-02": AnswerInput(value=True)},
        system=True,
    )
    rubric_confirm(response=RubricResponse.objects.get(rubric=aanbod), by=None, automatic=True)
    doelgroepen = ThemePage.objects.get(slug="doelgroepen")
    response = editor.post(
        f"/admin/pages/{doelgroepen.pk}/move/{financien.pk}/confirm/", follow=True
    )
    assert "Rubriek Aanbod is al door gemeenten bevestigd" in response.content.decode()
    assert ThemePage.objects.get(pk=doelgroepen.pk).get_parent().pk == aanbod.pk
    uitgaven = ThemePage.objects.get(slug="uitgaven")
    response = editor.post(f"/admin/pages/{uitgaven.pk}/move/{aanbod.pk}/confirm/", follow=True)
    assert "Rubriek Aanbod is al door gemeenten bevestigd" in response.content.decode()
    assert ThemePage.objects.get(pk=uitgaven.pk).get_parent().pk == financien.pk
