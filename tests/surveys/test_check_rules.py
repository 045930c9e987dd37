"""Editor rules for the checks of a rubric, through the Wagtail page editor."""

from __future__ import annotations

import pytest
from wagtail.blocks.list_block import ListBlockValidationError

from surveys.models import RubricPage, ThemePage

from .admin_forms import check, question, rubric_form, theme_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, project_team_user):
    client.force_login(project_team_user)
    return client


def edit_rubric(editor, rubric_code: str, checks: list[tuple]):
    rubric = RubricPage.objects.get(code=rubric_code)
    return editor.post(
        f"/admin/pages/{rubric.pk}/edit/",
        rubric_form(rubric.title, rubric.slug, rubric.code, checks),
    )


def check_errors(response) -> dict[tuple, str]:
    """The editor's errors on the checks: (check number, field[, item]) → message."""
    assert response.status_code == 200, response.status_code
    errors = response.context["form"].errors.as_data().get("checks", [])
    found: dict[tuple, str] = {}
    for stream_error in errors:
        for index, struct_error in stream_error.block_errors.items():
            for field, error in struct_error.block_errors.items():
                if isinstance(error, ListBlockValidationError):
                    for item, item_error in error.block_errors.items():
                        found[index, field, item] = item_error.messages[0]
                else:
                    found[index, field] = error.messages[0]
    return found


def saved_checks(rubric_code: str) -> list[str]:
    rubric = RubricPage.objects.get(code=rubric_code)
    return [child.value["code"] for child in rubric.get_latest_revision_as_object().checks]


def test_checks_on_questions_of_the_rubric_are_saved(editor, campaign):
    response = edit_rubric(
        editor,
        "AAN",
        [
            check(
                "sum",
                "AAN-C1",
                parts=["AAN-01:cultuur", "AAN-01:jeugd:aantal"],
                total="AAN-01",
                tolerance="0",
            ),
            check("compare", "AAN-C2", smaller="AAN-04", larger="AAN-01"),
            check(
                "required_when",
                "AAN-C3",
                question="AAN-03",
                when_question="AAN-02",
                operator="equals",
                value="ja",
            ),
            check("change", "AAN-C4", question="AAN-01:sport", percentage="50", minimum="5"),
            check("peer_range", "AAN-C5", question="AAN-04"),
        ],
    )
    assert response.status_code == 302, check_errors(response)
    assert saved_checks("AAN") == ["AAN-C1", "AAN-C2", "AAN-C3", "AAN-C4", "AAN-C5"]


def test_an_unknown_code_is_refused_at_its_part(editor, campaign):
    response = edit_rubric(
        editor, "AAN", [check("sum", "AAN-C1", parts=["AAN-01:cultuur", "AAN-99"], total="AAN-01")]
    )
    assert check_errors(response) == {
        (0, "parts", 1): "Vraag AAN-99 bestaat niet in de thema's van deze rubriek."
    }
    assert saved_checks("AAN") == []


def test_a_question_of_another_rubric_is_refused(editor, campaign):
    response = edit_rubric(
        editor, "AAN", [check("compare", "C1", smaller="AAN-04", larger="FIN-01")]
    )
    assert check_errors(response) == {
        (0, "larger"): (
            "Vraag FIN-01 hoort bij rubriek FIN: een controle gebruikt enkel vragen van haar "
            "eigen rubriek."
        )
    }


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("AAN-02", "Vraag AAN-02 is van het type 'Ja/nee': een controle kan er niet mee rekenen."),
        (
            "AAN-07",
            "Vraag AAN-07 is van het type 'Datum': een controle kan er niet mee rekenen.",
        ),
        (
            "AAN-01:bibliotheek",
            "Tabel AAN-01 heeft geen rij 'bibliotheek'. "
            "De rijen zijn: cultuur, jeugd, sport, vrijetijdsdienst.",
        ),
        (
            "AAN-01:cultuur:bedrag",
            "Tabel AAN-01 heeft geen kolom 'bedrag'. De kolommen zijn: aantal.",
        ),
        (
            "AAN-04:cultuur",
            "Vraag AAN-04 heeft geen rijen of kolommen: verwijs naar AAN-04 zonder ':cultuur'.",
        ),
    ],
)
def test_what_a_check_reads_as_a_number_must_be_a_number(editor, campaign, reference, message):
    response = edit_rubric(editor, "AAN", [check("peer_range", "C1", question=reference)])
    assert check_errors(response) == {(0, "question"): message}


def test_required_when_needs_existing_questions_and_an_existing_answer(editor, campaign):
    response = edit_rubric(
        editor,
        "AAN",
        [
            check(
                "required_when",
                "C1",
                question="AAN-98",
                when_question="AAN-02",
                operator="equals",
                value="misschien",
            ),
            check(
                "required_when",
                "C2",
                question="AAN-03",
                when_question="AAN-04",
                operator="equals",
                value="ja",
            ),
            check(
                "required_when",
                "C3",
                question="AAN-06",
                when_question="AAN-05",
                operator="equals",
                value="senioren",
            ),
        ],
    )
    assert check_errors(response) == {
        (0, "question"): "Vraag AAN-98 bestaat niet in de thema's van deze rubriek.",
        (0, "value"): "Vraag AAN-02 heeft geen antwoord 'misschien'. Kies uit: ja, nee.",
        (1, "when_question"): (
            "Vraag AAN-04 is van het type 'Geheel getal'; een voorwaarde kan enkel steunen op "
            "een ja/nee-vraag of een keuzevraag."
        ),
        (2, "operator"): "Gebruik bij vraag AAN-05 de voorwaarde 'bevat'.",
    }


def test_check_codes_are_unique_within_the_rubric(editor, campaign):
    response = edit_rubric(
        editor,
        "AAN",
        [
            check("peer_range", "AAN-C1", question="AAN-04"),
            check("peer_range", "AAN-C1", question="AAN-01"),
        ],
    )
    assert check_errors(response) == {
        (1, "code"): "De code AAN-C1 staat al bij controle 1 van deze rubriek."
    }


def test_the_same_check_code_in_two_rubrics_is_fine(editor, campaign):
    response = edit_rubric(editor, "AAN", [check("peer_range", "C1", question="AAN-04")])
    assert response.status_code == 302
    response = edit_rubric(editor, "FIN", [check("peer_range", "C1", question="FIN-01")])
    assert response.status_code == 302


def test_questions_of_a_draft_theme_count(editor, campaign):
    """The editor may be preparing the questions: what is saved, published or not, counts."""
    rubric = RubricPage.objects.get(code="FIN")
    response = editor.post(
        f"/admin/pages/add/surveys/themepage/{rubric.pk}/",
        theme_form("Personeel", "personeel", [question("decimal", "FIN-20", "Hoeveel VTE?")]),
    )  # saved as a draft
    assert response.status_code == 302
    assert not ThemePage.objects.get(slug="personeel").live

    response = edit_rubric(
        editor, "FIN", [check("compare", "C1", smaller="FIN-20", larger="FIN-03")]
    )
    assert response.status_code == 302, check_errors(response)


def test_a_question_removed_in_a_draft_no_longer_counts(editor, campaign):
    theme = ThemePage.objects.get(slug="uitgaven")
    response = editor.post(
        f"/admin/pages/{theme.pk}/edit/",
        theme_form("Uitgaven", "uitgaven", [question("euro", "FIN-01", "Exploitatie-uitgaven")]),
    )
    assert response.status_code == 302
    response = edit_rubric(editor, "FIN", [check("peer_range", "C1", question="FIN-03")])
    assert check_errors(response) == {
        (0, "question"): "Vraag FIN-03 bestaat niet in de thema's van deze rubriek."
    }


def test_a_new_rubric_has_no_questions_yet(editor, campaign):
    response = editor.post(
        f"/admin/pages/add/surveys/rubricpage/{campaign.pk}/",
        rubric_form(
            "Medewerkers", "medewerkers", "MED", [check("peer_range", "C1", question="AAN-04")]
        ),
    )
    # the message names the rubric of the question
    assert check_errors(response)[0, "question"].startswith("Vraag AAN-04 hoort bij rubriek AAN")
    assert not RubricPage.objects.filter(code="MED").exists()


def test_the_messages_show_in_the_editor(editor, campaign):
    response = edit_rubric(editor, "AAN", [check("peer_range", "C1", question="AAN-99")])
    assert "Vraag AAN-99 bestaat niet in de thema" in response.content.decode()
