"""Two people on one step: nobody silently overwrites a colleague."""

from __future__ import annotations

import json
import threading

import pytest
from django.db import connection
from django.test import Client

from surveys.models import Answer
from tests.surveys.pages import (
    ACTIVITEITEN,
    attribute,
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


def test_a_colleagues_change_to_a_question_i_did_not_touch_is_no_conflict(two_invoerders):
    """Both load AAN-04 = 5; the first saves 6; the second changes only AAN-03.

    The second page still shows 5 for AAN-04: that is not a change of theirs, so it is
    neither a conflict nor written back over the colleague's 6.
    """
    first, second = two_invoerders
    post_step(first, ACTIVITEITEN, {"q__AAN-04": "5"})
    first_page, second_page = first.get(ACTIVITEITEN), second.get(ACTIVITEITEN)
    assert post_step(first, ACTIVITEITEN, {"q__AAN-04": "6"}, page=first_page).status_code == 302
    response = post_step(second, ACTIVITEITEN, {"q__AAN-03": "vzw"}, page=second_page)
    assert response.status_code == 302, [
        " ".join(block.get_text().split()) for block in html(response).select(".conflict")
    ]
    answers = stored()
    assert (answers["AAN-03"].value, answers["AAN-04"].value) == ("vzw", 6)


def test_after_an_error_the_page_shows_a_colleagues_newer_answer_not_the_stale_one(
    two_invoerders,
):
    """The second person's save fails on AAN-01; AAN-04, untouched, shows what is stored
    now, so that correcting the error and saving again does not revert the colleague."""
    first, second = two_invoerders
    post_step(first, ACTIVITEITEN, {"q__AAN-04": "5"})
    first_page, second_page = first.get(ACTIVITEITEN), second.get(ACTIVITEITEN)
    post_step(first, ACTIVITEITEN, {"q__AAN-04": "6"}, page=first_page)
    with_error = post_step(
        second, ACTIVITEITEN, {"q__AAN-01__cultuur__aantal": "veel"}, page=second_page
    )
    assert with_error.status_code == 200
    assert input_value(with_error, "q__AAN-04") == "6"
    again = post_step(second, ACTIVITEITEN, {"q__AAN-01__cultuur__aantal": "3"}, page=with_error)
    assert again.status_code == 302
    assert stored()["AAN-04"].value == 6
    assert stored()["AAN-01"].value == {"cultuur": {"aantal": 3}}


WRITERS = 10


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL only: SQLite serialises all writes, so it cannot show a race",
)
def test_postgresql_ten_writers_on_one_step_never_see_a_conflict_they_did_not_cause() -> None:
    """POSTGRESQL CONCURRENCY TEST: ten invoerders of one municipality each change their own
    question of one step at the same moment, three rounds, from pages that are stale for
    everybody else's question. No conflict screen may name a question its reader did not
    change, and every question ends with the value of its own writer."""
    from cms.models import HomePage
    from roles.models import Municipality, Role
    from tests.base_data import ensure_base_data
    from tests.surveys.conftest import person
    from tests.surveys.generated import build_campaign, q

    ensure_base_data()
    codes = [f"TEAM-{n:02d}" for n in range(WRITERS)]
    build_campaign(
        HomePage.objects.get(),
        werkjaar=2039,
        rubrics=[
            {
                "code": "TEAM",
                "title": "Team",
                "slug": "team",
                "themes": [
                    {
                        "title": "Samen",
                        "slug": "samen",
                        "questions": [q("integer", code, min_value=0) for code in codes],
                    }
                ],
            }
        ],
    )
    kasterlee = Municipality.objects.get(nis_code="13017")
    url = "/registratie/2039/13017/TEAM/samen/"
    clients = []
    for n in range(WRITERS):
        client = Client()
        client.force_login(person(f"schrijver{n}", kasterlee, Role.INVOERDER))
        clients.append(client)
    false_conflicts: list[tuple[str, str]] = []
    failures: list[str] = []

    def write(n: int, round_: int, page, start: threading.Barrier) -> None:
        try:
            start.wait(timeout=30)
            response = post_step(
                clients[n], url, {f"q__{codes[n]}": str(100 * round_ + n)}, page=page
            )
            if response.status_code == 200:
                for block in html(response).select(".conflict"):
                    question = block.find_parent(class_="question")
                    assert question is not None, "a conflict outside a question"
                    code = attribute(question, "data-code")
                    if code != codes[n]:
                        false_conflicts.append((codes[n], code))
            elif response.status_code != 302:
                failures.append(f"{codes[n]}: {response.status_code}")
        except Exception as error:  # noqa: BLE001 - reported below, the thread must not die
            failures.append(f"{codes[n]}: {error!r}")
        finally:
            connection.close()

    for round_ in range(1, 4):
        pages = [client.get(url) for client in clients]  # everybody opens the step first
        start = threading.Barrier(WRITERS)
        threads = [
            threading.Thread(target=write, args=(n, round_, pages[n], start))
            for n in range(WRITERS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert failures == []
        assert false_conflicts == []
        values = {
            answer.question_code: answer.value
            for answer in Answer.objects.filter(participation__campaign__werkjaar=2039)
        }
        assert values == {codes[n]: 100 * round_ + n for n in range(WRITERS)}
