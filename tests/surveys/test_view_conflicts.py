"""Two people on one step: nobody silently overwrites a colleague."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from tests.surveys.pages import (
    ACTIVITEITEN,
    html,
    input_value,
    messages_on,
    post_step,
    question_block,
    stored,
)

pytestmark = pytest.mark.django_db


# --- 6. two invoerders on one theme -------------------------------------------------------


@pytest.fixture
def two_invoerders(client, people, campaign):
    """Two logged-in browsers of Kasterlee, with AAN-02 = ja saved so AAN-04 applies."""
    first, second = client, Client()
    first.force_login(people["invoerder"])
    second.force_login(people["invoerder2"])
    post_step(first, ACTIVITEITEN, {"q__AAN-02": "ja"})
    return first, second


def conflict_page(two_invoerders):
    """Both open the step; the first saves AAN-04 = 10, the second then saves 20."""
    first, second = two_invoerders
    first_page, second_page = first.get(ACTIVITEITEN), second.get(ACTIVITEITEN)
    assert json.loads(input_value(second_page, "versions")) == {"AAN-02": 1}
    assert post_step(first, ACTIVITEITEN, {"q__AAN-04": "10"}, page=first_page).status_code == 302
    return post_step(second, ACTIVITEITEN, {"q__AAN-04": "20"}, page=second_page)


def test_a_later_save_does_not_overwrite_what_someone_else_saved(two_invoerders):
    response = conflict_page(two_invoerders)
    assert response.status_code == 200
    block = question_block(response, "AAN-04")
    assert "Dit antwoord werd intussen gewijzigd." in block.get_text()
    values = [" ".join(dd.get_text().split()) for dd in block.select(".conflict__values dd")]
    assert values == ["10 dagen", "20 dagen"]
    assert "Opgeslagen door Invoerder" in block.get_text()
    answer = stored()["AAN-04"]
    assert (answer.value, answer.version) == (10, 1)
    assert input_value(response, "q__AAN-04") == "20"
    assert [i["value"] for i in block.find_all("input", attrs={"name": "keep__AAN-04"})] == [
        "mine",
        "theirs",
    ]
    assert any("Iemand anders heeft intussen" in message for message in messages_on(response))


def test_after_a_conflict_keeping_mine_saves_my_answer(two_invoerders):
    _first, second = two_invoerders
    page = conflict_page(two_invoerders)
    response = post_step(second, ACTIVITEITEN, {"keep__AAN-04": "mine"}, page=page)
    assert response.status_code == 302
    answer = stored()["AAN-04"]
    assert (answer.value, answer.version, answer.updated_by.username) == (20, 2, "invoerder2")


def test_after_a_conflict_keeping_theirs_keeps_their_answer(two_invoerders):
    _first, second = two_invoerders
    page = conflict_page(two_invoerders)
    response = post_step(second, ACTIVITEITEN, {"keep__AAN-04": "theirs"}, page=page)
    assert response.status_code == 302
    answer = stored()["AAN-04"]
    assert (answer.value, answer.version, answer.updated_by.username) == (10, 1, "invoerder")
    assert input_value(second.get(ACTIVITEITEN), "q__AAN-04") == "10"


def test_after_a_conflict_saving_again_without_a_choice_overwrites_nothing(two_invoerders):
    """The keep__ radio is required ("Kies welk antwoord u wilt behouden.")."""
    _first, second = two_invoerders
    page = conflict_page(two_invoerders)
    response = post_step(second, ACTIVITEITEN, page=page)
    assert stored()["AAN-04"].value == 10
    assert response.status_code == 200
    assert "Kies welk antwoord u wilt behouden." in question_block(response, "AAN-04").get_text()


def test_two_invoerders_filling_in_different_questions_of_a_theme_do_not_conflict(
    two_invoerders,
):
    first, second = two_invoerders
    first_page, second_page = first.get(ACTIVITEITEN), second.get(ACTIVITEITEN)
    post_step(first, ACTIVITEITEN, {"q__AAN-04": "10"}, page=first_page)
    # The second never touched AAN-04 (it was empty when they opened the step).
    response = post_step(second, ACTIVITEITEN, {"q__AAN-03": "vzw"}, page=second_page)
    assert response.status_code == 302, [
        " ".join(b.get_text().split()) for b in html(response).select(".conflict")
    ]
    answers = stored()
    assert (answers["AAN-03"].value, answers["AAN-04"].value) == ("vzw", 10)


def test_saving_a_stale_page_twice_never_erases_a_colleagues_answer(two_invoerders):
    """The second clicks "Opslaan" again on the conflict page they did not cause."""
    first, second = two_invoerders
    first_page, second_page = first.get(ACTIVITEITEN), second.get(ACTIVITEITEN)
    post_step(first, ACTIVITEITEN, {"q__AAN-04": "10"}, page=first_page)
    response = post_step(second, ACTIVITEITEN, {"q__AAN-03": "vzw"}, page=second_page)
    # No conflict: the second person left AAN-04 empty and never saw an answer there.
    assert response.status_code == 302
    post_step(second, ACTIVITEITEN)  # and saving the fresh page again changes nothing
    answers = stored()
    assert (answers["AAN-03"].value, answers["AAN-04"].value) == ("vzw", 10)
