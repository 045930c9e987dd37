"""Choosing a question's condition in the page editor: the earlier questions and their answers.

The editor offers selects instead of free-text codes; what is stored stays the codes.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from surveys.models import RubricPage, ThemePage
from tests.roles.factories import GroupFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/admin/vragenlijst/voorwaarden/"
YES_NO = [{"code": "ja", "label": "Ja"}, {"code": "nee", "label": "Nee"}]


@pytest.fixture
def editor(client, project_team_user):
    client.force_login(project_team_user)
    return client


def theme(slug: str) -> ThemePage:
    return ThemePage.objects.get(slug=slug)


def questions_for(client, **params) -> list[dict]:
    response = client.get(URL, params)
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/json"
    return response.json()["questions"]


def test_the_address_is_the_one_the_editor_script_asks():
    assert reverse("surveys_editor:condition_questions") == URL


def test_a_theme_is_offered_the_testable_questions_of_the_earlier_themes_in_order(editor, campaign):
    questions = questions_for(editor, pagina=theme("doelgroepen").pk)

    # AAN-01 (a table) and AAN-04 (a number) cannot carry a condition: not offered.
    assert questions == [
        {
            "code": "AAN-02",
            "text": "Is er een speelpleinwerking?",
            "theme": "Activiteiten",
            "operator": "equals",
            "answers": YES_NO,
        },
        {
            "code": "AAN-03",
            "text": "Wie organiseert ze?",
            "theme": "Activiteiten",
            "operator": "equals",
            "answers": [
                {"code": "gemeente", "label": "De gemeente"},
                {"code": "vzw", "label": "Een vzw"},
            ],
        },
    ]


def test_the_first_theme_of_a_rubric_has_no_earlier_themes(editor, campaign):
    assert questions_for(editor, pagina=theme("activiteiten").pk) == []


def test_a_theme_of_another_rubric_is_not_offered_these_questions(editor, campaign):
    assert questions_for(editor, pagina=theme("uitgaven").pk) == []


def test_a_new_theme_comes_after_every_theme_of_its_rubric(editor, campaign):
    rubric = RubricPage.objects.get(code="AAN")
    questions = questions_for(editor, rubriek=rubric.pk)

    assert [q["code"] for q in questions] == ["AAN-02", "AAN-03", "AAN-05"]
    assert questions[2] == {
        "code": "AAN-05",
        "text": "Voor welke doelgroepen?",
        "theme": "Doelgroepen",
        "operator": "contains",
        "answers": [
            {"code": "kleuters", "label": "Kleuters"},
            {"code": "tieners", "label": "Tieners"},
            {"code": "senioren", "label": "Senioren"},
        ],
    }


def test_a_draft_of_an_earlier_theme_counts_as_its_editor_left_it(editor, campaign):
    """The editor rules read the latest draft; the chooser offers the same questions."""
    activiteiten = theme("activiteiten")
    raw = list(activiteiten.body.raw_data)
    raw[1]["value"]["text"] = "Is er een speelpleinwerking in de zomer?"
    activiteiten.body = raw
    activiteiten.save_revision()  # a draft, not published

    questions = questions_for(editor, pagina=theme("doelgroepen").pk)

    assert questions[0]["text"] == "Is er een speelpleinwerking in de zomer?"


def test_the_editor_script_learns_each_type_it_reads_from_the_form(editor, campaign):
    types = editor.get(URL, {"pagina": theme("doelgroepen").pk}).json()["types"]

    assert types == {
        "yes_no": {"operator": "equals", "answers": YES_NO, "answers_from": None},
        "single_choice": {"operator": "equals", "answers": [], "answers_from": "options"},
        "multiple_choice": {"operator": "contains", "answers": [], "answers_from": "options"},
    }


def test_the_edit_page_of_a_theme_offers_the_condition_selects(editor, campaign):
    response = editor.get(f"/admin/pages/{theme('doelgroepen').pk}/edit/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "surveys.widgets.ConditionSelect" in html
    assert "theme/js/condition-chooser.js" in html
    assert "Altijd tonen (geen voorwaarde)" in html
    assert "Kies een antwoord" in html


def test_unknown_pages_are_not_found(editor, campaign):
    assert editor.get(URL, {"pagina": 999999}).status_code == 404
    assert editor.get(URL, {"rubriek": 999999}).status_code == 404
    assert editor.get(URL).status_code == 404


def test_the_permission_ladder(client, campaign):
    doelgroepen = {"pagina": theme("doelgroepen").pk}
    response = client.get(URL, doelgroepen)
    assert response.status_code == 302
    assert "login" in response["Location"]

    # An admin user who may not edit the questionnaire pages.
    group = GroupFactory(name="Redacteurs")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    other = UserFactory(username="redacteur")
    other.groups.add(group)
    client.force_login(other)
    assert client.get(URL, doelgroepen).status_code in (302, 403)
    response = client.get(URL, doelgroepen)
    assert b"AAN-02" not in response.content
