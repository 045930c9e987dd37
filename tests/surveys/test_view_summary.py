"""The rubric summary: open questions, confirming and reopening."""

from __future__ import annotations

import pytest
from django.core import mail

from surveys.models import RubricResponse, RubricStatus
from tests.surveys.pages import (
    ACTIVITEITEN,
    DOELGROEPEN,
    OVERVIEW,
    SAVE,
    UITGAVEN,
    buttons,
    html,
    messages_on,
    overview_rows,
    post_step,
    response_of,
    stored,
    summary_url,
    text,
)

pytestmark = pytest.mark.django_db


# --- 8. the rubric summary: confirm and reopen --------------------------------------------


def test_the_summary_lists_the_open_required_questions_with_links(half_filled):
    page = half_filled.get(summary_url("AAN"))
    assert page.status_code == 200
    links = {
        " ".join(a.get_text().split()): a["href"] for a in html(page).select(".open-questions a")
    }
    assert links == {
        "AAN-01 Vraag AAN-01": f"{ACTIVITEITEN}#vraag-AAN-01",
        "AAN-05 Voor welke doelgroepen?": f"{DOELGROEPEN}#vraag-AAN-05",
    }
    assert "2 van 4 toepasselijke vragen" in text(page)


def test_confirming_with_open_questions_needs_the_checkbox(half_filled, as_user):
    client = as_user("coordinator")
    page = client.get(summary_url("AAN"))
    assert "Rubriek bevestigen" in buttons(page)
    assert html(page).find("input", attrs={"name": "open_questions_seen"}) is not None

    response = client.post(summary_url("AAN"), {"action": "confirm"})
    assert response.status_code == 200
    assert "Er zijn nog open vragen. Vink aan dat u ze gezien hebt om toch te bevestigen." in (
        text(response)
    )
    assert response_of("AAN").status == RubricStatus.IN_PROGRESS

    response = client.post(summary_url("AAN"), {"action": "confirm", "open_questions_seen": "on"})
    assert (response.status_code, response["Location"]) == (302, summary_url("AAN"))
    confirmed = response_of("AAN")
    assert confirmed.status == RubricStatus.CONFIRMED
    assert confirmed.confirmed_by.username == "coordinator"
    row = overview_rows(client.get(OVERVIEW))["Aanbod"]
    assert row["status"] == "◉ Bevestigd"
    assert "Coordinator" in row["bevestigd"]
    assert "Bevestigd door Coordinator" in text(client.get(summary_url("AAN")))


def test_a_complete_rubric_is_confirmed_without_the_checkbox(as_user, campaign):
    post_step(
        as_user("invoerder"),
        UITGAVEN,
        {"q__FIN-01": "1000", "q__FIN-02": "50", "q__FIN-03": "2,5"},
    )
    client = as_user("coordinator")
    page = client.get(summary_url("FIN"))
    assert "Alle verplichte vragen zijn beantwoord." in text(page)
    assert html(page).find("input", attrs={"name": "open_questions_seen"}) is None
    response = client.post(summary_url("FIN"), {"action": "confirm"})
    assert response.status_code == 302
    assert response_of("FIN").status == RubricStatus.CONFIRMED


def test_a_rubric_without_answers_cannot_be_confirmed(as_user, campaign):
    client = as_user("coordinator")
    assert "Rubriek bevestigen" not in buttons(client.get(summary_url("FIN")))
    response = client.post(summary_url("FIN"), {"action": "confirm", "open_questions_seen": "on"})
    assert (response.status_code, response["Location"]) == (302, summary_url("FIN"))
    assert "Deze rubriek heeft nog geen antwoorden om te bevestigen." in messages_on(
        client.get(summary_url("FIN"))
    )
    assert not RubricResponse.objects.exists()


def test_a_confirmed_rubric_is_read_only_for_the_invoerder(confirmed, as_user):
    client = as_user("invoerder")
    page = client.get(ACTIVITEITEN)
    assert page.status_code == 200
    assert "Opslaan" not in buttons(page)
    # The step and the refused save give the same reason, decided in one place.
    assert "De rubriek Aanbod is bevestigd en kan niet meer gewijzigd worden." in text(page)
    before = {code: (a.value, a.version) for code, a in stored().items()}
    response = client.post(
        ACTIVITEITEN, {"q__AAN-02": "ja", "q__AAN-04": "5", "versions": '{"AAN-02": 1}', **SAVE}
    )
    assert {code: (a.value, a.version) for code, a in stored().items()} == before
    assert response.status_code == 200
    assert "De rubriek Aanbod is bevestigd en kan niet meer gewijzigd worden." in text(response)
    # Only this rubric is locked: Financiën can still be entered.
    assert "Opslaan" in buttons(client.get(UITGAVEN))


def test_the_invoerder_cannot_confirm(half_filled, as_user):
    client = as_user("invoerder")
    page = client.get(summary_url("AAN"))
    assert "Rubriek bevestigen" not in buttons(page)
    response = client.post(summary_url("AAN"), {"action": "confirm", "open_questions_seen": "on"})
    assert response_of("AAN").status == RubricStatus.IN_PROGRESS
    assert (response.status_code, response["Location"]) == (302, summary_url("AAN"))
    assert "U hebt geen toelating voor deze actie." in messages_on(client.get(summary_url("AAN")))


def test_only_the_project_team_sees_reopen(confirmed, as_user):
    page = as_user("coordinator").get(summary_url("AAN"))
    assert "Rubriek heropenen" not in buttons(page)
    assert "Rubriek bevestigen" not in buttons(page)
    assert "Rubriek heropenen" in buttons(as_user("team").get(summary_url("AAN")))


def test_the_coordinator_cannot_reopen(confirmed, as_user):
    response = as_user("coordinator").post(
        summary_url("AAN"), {"action": "reopen", "reason": "Oeps"}
    )
    assert response.status_code == 403
    assert response_of("AAN").status == RubricStatus.CONFIRMED


def test_reopening_needs_a_reason_and_mails_the_coordinator(
    confirmed, as_user, django_capture_on_commit_callbacks
):
    client = as_user("team")
    mail.outbox.clear()
    response = client.post(summary_url("AAN"), {"action": "reopen", "reason": "  "})
    assert response.status_code == 200
    assert "Geef een reden op." in text(response)
    assert response_of("AAN").status == RubricStatus.CONFIRMED

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            summary_url("AAN"), {"action": "reopen", "reason": "Cijfers AAN-01 ontbreken."}
        )
    assert (response.status_code, response["Location"]) == (302, summary_url("AAN"))
    reopened = response_of("AAN")
    assert reopened.status == RubricStatus.IN_PROGRESS
    assert reopened.reopen_reason == "Cijfers AAN-01 ontbreken."
    # The coördinator, and the invoerder who changed its answers (not invoerder2, who did
    # not touch this rubric).
    assert sorted(message.to[0] for message in mail.outbox) == [
        "coordinator@example.be",
        "invoerder@example.be",
    ]
    for message in mail.outbox:
        assert "heropend" in message.subject
        assert "Cijfers AAN-01 ontbreken." in message.body
    # The invoerder can enter again.
    page = as_user("invoerder").get(ACTIVITEITEN)
    assert "Opslaan" in buttons(page)
    assert "Heropend door het projectteam" in text(as_user("invoerder").get(summary_url("AAN")))


def test_after_a_reopen_no_page_says_the_rubric_is_confirmed(confirmed, as_user):
    """The history keeps the earlier confirmation; the pages show it only while locked."""
    client = as_user("team")
    client.post(summary_url("AAN"), {"action": "reopen", "reason": "Nakijken."})
    assert response_of("AAN").confirmed_at is not None  # kept for the history

    summary = text(as_user("coordinator").get(summary_url("AAN")))
    assert "Bevestigd door" not in summary
    assert "Heropend door het projectteam" in summary
    row = overview_rows(as_user("coordinator").get(OVERVIEW))["Aanbod"]
    assert row["bevestigd"] == "–"
    assert "Bevestigd" not in row["status"]


def test_the_invoerder_reviews_without_confirming_and_tells_the_coordinators(
    half_filled, as_user, django_capture_on_commit_callbacks
):
    client = as_user("invoerder")
    page = client.get(summary_url("AAN"))
    assert "Rubriek bevestigen" not in buttons(page)
    assert "Een coördinator van uw gemeente kijkt deze antwoorden na" in text(page)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(summary_url("AAN"), {"action": "ready"})
    assert response.status_code == 302
    assert "De coördinatoren krijgen een e-mail" in " ".join(
        messages_on(client.get(summary_url("AAN")))
    )
    [message] = mail.outbox
    assert message.to == ["coordinator@example.be"]
    assert "klaar om te bevestigen" in message.subject
    assert "Invoerder meldt dat de rubriek Aanbod van Kasterlee" in message.body
    # At most once a day per rubric.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(summary_url("AAN"), {"action": "ready"})
    assert len(mail.outbox) == 1
    assert "kregen vandaag al een bericht" in " ".join(messages_on(client.get(summary_url("AAN"))))


def test_the_raadpleger_can_neither_confirm_nor_send_the_ready_notice(half_filled, as_user):
    client = as_user("raadpleger")
    page = client.get(summary_url("AAN"))
    assert "Klaar om te bevestigen" not in buttons(page)
    assert "Rubriek bevestigen" not in buttons(page)
    client.post(summary_url("AAN"), {"action": "ready"})
    assert response_of("AAN").ready_notified_at is None


def test_the_review_lists_every_visible_answer_with_who_changed_it(half_filled, as_user):
    page = as_user("coordinator").get(summary_url("AAN"))
    rows = {row["id"]: row for row in html(page).select("tr.review-row")}
    # AAN-02 = nee hides AAN-03 and AAN-04; AAN-06 hidden (no "senioren").
    assert sorted(rows) == [
        "antwoord-AAN-01",
        "antwoord-AAN-02",
        "antwoord-AAN-05",
        "antwoord-AAN-07",
    ]
    cells = [" ".join(td.get_text().split()) for td in rows["antwoord-AAN-02"].find_all("td")]
    assert cells[0] == "Nee"
    assert cells[-2].startswith("Invoerder")
    assert rows["antwoord-AAN-01"].find("td").get_text(strip=True) == "niet beantwoord"
