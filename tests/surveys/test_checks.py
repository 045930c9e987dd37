"""Checks of answers authored per rubric: every kind, its edge cases, explanations, status."""

from __future__ import annotations

from decimal import Decimal

import pytest

from surveys.models import AuditEntry, PeerRange, RubricResponse, RubricStatus
from surveys.selectors import participation_for, questionnaire_for_campaign
from surveys.services import AnswerInput, answers_save
from surveys.sheets import rubric_sheet
from tests.factories import q
from tests.surveys.pages import html, post_step, text
from tests.surveys.years import build_two_years, confirm_all, save_as_system, set_checks

pytestmark = pytest.mark.django_db

RUBRICS = [
    {
        "code": "CHK",
        "title": "Controles",
        "slug": "controles",
        "themes": [
            {
                "title": "Cijfers",
                "slug": "cijfers",
                "questions": [
                    q("integer", "C-TOT", "Totaal", min_value=0, allow_unknown=True),
                    q("integer", "C-A", "Deel A", min_value=0, allow_unknown=True),
                    q(
                        "integer",
                        "C-B",
                        "Deel B",
                        min_value=0,
                        allow_unknown=True,
                        allow_not_applicable=True,
                    ),
                    q("yes_no", "C-HEEFT", "Is er een C?"),
                    q(
                        "integer",
                        "C-COND",
                        "Deel C",
                        min_value=0,
                        condition={"question": "C-HEEFT", "operator": "equals", "value": "ja"},
                    ),
                    q(
                        "table",
                        "C-TAB",
                        "Per sector",
                        rows=[("cultuur", "Cultuur"), ("sport", "Sport")],
                        columns=[("aantal", "Aantal")],
                        cell_type="integer",
                        min_value=0,
                        max_value=None,
                    ),
                    q("short_text", "C-TXT", "Waarom?", max_length=200, required=False),
                ],
            }
        ],
    }
]


@pytest.fixture
def years(home_page, definitions, kasterlee, brecht):
    previous, current = build_two_years(home_page, definitions, rubrics=RUBRICS)
    save_as_system(previous, kasterlee, {"C-TOT": 100, "C-A": 40})
    confirm_all(previous, kasterlee)
    save_as_system(previous, brecht, {"C-TOT": 5})  # not confirmed: never counts
    return previous, current


def findings(current, kasterlee, values: dict, checks: list[tuple[str, dict]]):
    """Save ``values`` for Kasterlee under ``checks`` and return the rubric's findings."""
    set_checks(current, "CHK", checks)
    save_as_system(current, kasterlee, values)
    participation = participation_for(municipality=kasterlee, campaign=current)
    rubric = questionnaire_for_campaign(campaign=current).rubric("CHK")
    assert rubric is not None
    return rubric_sheet(participation=participation, rubric=rubric).findings


SUM = ("sum", {"code": "S1", "parts": ["C-A", "C-B", "C-COND"], "total": "C-TOT", "tolerance": 0})


def test_a_sum_that_misses_its_total_shows_both_figures(years, kasterlee):
    _previous, current = years
    [found] = findings(current, kasterlee, {"C-TOT": 120, "C-A": 60, "C-B": 58}, [SUM])
    assert found.figures == "Het totaal (120) is niet gelijk aan de som van de delen (118)."
    assert (found.check, found.target, found.codes) == (
        "S1",
        "C-TOT",
        ("C-A", "C-B", "C-COND", "C-TOT"),
    )


@pytest.mark.parametrize(
    ("values", "found"),
    [
        ({"C-TOT": 118, "C-A": 60, "C-B": 58}, False),  # adds up
        ({"C-TOT": 120, "C-A": 60, "C-B": ("", "onbekend")}, False),  # a part unknown: silent
        ({"C-TOT": 120, "C-A": 60}, False),  # a part missing: silent
        ({"C-TOT": ("", "onbekend"), "C-A": 60, "C-B": 58}, False),  # the total unknown
        ({"C-TOT": 60, "C-A": 60, "C-B": ("", "nvt")}, False),  # not applicable counts as 0
        ({"C-TOT": 70, "C-A": 60, "C-B": 10, "C-HEEFT": False, "C-COND": 99}, False),  # hidden: 0
        ({"C-TOT": 70, "C-A": 60, "C-B": 10, "C-HEEFT": True, "C-COND": 99}, True),  # shown now
    ],
)
def test_a_sum_is_silent_where_it_cannot_judge(years, kasterlee, values, found):
    _previous, current = years
    assert bool(findings(current, kasterlee, values, [SUM])) is found


def test_a_sum_within_its_tolerance_passes(years, kasterlee):
    _previous, current = years
    loose = ("sum", {**SUM[1], "tolerance": "2"})
    assert findings(current, kasterlee, {"C-TOT": 120, "C-A": 60, "C-B": 58}, [loose]) == []


def test_table_rows_and_cells_are_parts(years, kasterlee):
    _previous, current = years
    check = (
        "sum",
        {"code": "S2", "parts": ["C-TAB:cultuur", "C-TAB:sport:aantal"], "total": "C-TOT"},
    )
    values = {"C-TOT": 10, "C-TAB": {"cultuur": {"aantal": 3}, "sport": {"aantal": 4}}}
    [found] = findings(current, kasterlee, values, [check])
    assert found.figures == "Het totaal (10) is niet gelijk aan de som van de delen (7)."
    whole = ("sum", {"code": "S3", "parts": ["C-TAB"], "total": "C-TOT"})
    assert findings(current, kasterlee, {"C-TOT": 7}, [whole]) == []


def test_a_part_larger_than_its_whole(years, kasterlee):
    _previous, current = years
    compare = ("compare", {"code": "V1", "smaller": "C-A", "larger": "C-TOT"})
    [found] = findings(current, kasterlee, {"C-TOT": 10, "C-A": 12}, [compare])
    assert found.figures == "C-A (12) is groter dan C-TOT (10)."
    assert findings(current, kasterlee, {"C-A": 10}, [compare]) == []  # equal is fine
    assert findings(current, kasterlee, {"C-A": ("", "onbekend")}, [compare]) == []


def test_required_when_another_answer_says_so(years, kasterlee):
    _previous, current = years
    required = (
        "required_when",
        {
            "code": "R1",
            "severity": "fout",
            "question": "C-TXT",
            "when_question": "C-HEEFT",
            "operator": "equals",
            "value": "ja",
        },
    )
    [found] = findings(current, kasterlee, {"C-HEEFT": True}, [required])
    assert found.is_error and found.target == "C-TXT"
    assert found.figures == "C-TXT is niet beantwoord, terwijl C-HEEFT ‘Ja’ is."
    assert findings(current, kasterlee, {"C-TXT": "Omdat"}, [required]) == []
    assert findings(current, kasterlee, {"C-HEEFT": False, "C-TXT": ""}, [required]) == []


CHANGE = ("change", {"code": "W1", "question": "C-TOT", "percentage": "50", "minimum": "5"})


def test_a_change_beyond_the_percentage_and_the_minimum_is_flagged(years, kasterlee):
    _previous, current = years
    [found] = findings(current, kasterlee, {"C-TOT": 250}, [CHANGE])
    assert found.figures == "Vorige bevraging: 100; nu: 250 (+150 %)."
    assert findings(current, kasterlee, {"C-TOT": 140}, [CHANGE]) == []


def test_a_small_change_in_small_figures_is_not_flagged(years, kasterlee):
    """2 → 3 is 50 % more, but within the absolute minimum."""
    _previous, current = years
    check = ("change", {"code": "W2", "question": "C-A", "percentage": "10", "minimum": "5"})
    save_as_system(current, kasterlee, {})
    assert findings(current, kasterlee, {"C-A": 44}, [check]) == []  # 40 → 44: 4 ≤ 5
    [found] = findings(current, kasterlee, {"C-A": 46}, [check])
    assert found.figures == "Vorige bevraging: 40; nu: 46 (+15 %)."


def test_without_a_confirmed_previous_answer_a_change_is_not_judged(years, brecht):
    _previous, current = years
    assert findings(current, brecht, {"C-TOT": 5000}, [CHANGE]) == []


def peer_ranges(previous, *, municipalities: int) -> None:
    PeerRange.objects.create(
        campaign=previous,
        question_code="C-TOT",
        part="",
        p5=Decimal(10),
        p95=Decimal(900),
        municipalities=municipalities,
    )


PEER = ("peer_range", {"code": "P1", "question": "C-TOT"})


def test_a_figure_outside_most_municipalities_is_flagged(years, kasterlee):
    previous, current = years
    peer_ranges(previous, municipalities=12)
    [found] = findings(current, kasterlee, {"C-TOT": 5000}, [PEER])
    assert found.figures == (
        "Het antwoord (5.000) ligt buiten wat de meeste gemeenten vorige keer antwoordden "
        "(10 tot 900, 12 gemeenten)."
    )
    assert findings(current, kasterlee, {"C-TOT": 900}, [PEER]) == []  # on the bound


def test_a_range_of_fewer_than_ten_municipalities_stays_silent(years, kasterlee):
    previous, current = years
    peer_ranges(previous, municipalities=9)
    assert findings(current, kasterlee, {"C-TOT": 5000}, [PEER]) == []


# --- severity, explanations and the rubric's status ---------------------------------------


def response_of(current, kasterlee) -> RubricResponse:
    return RubricResponse.objects.get(
        participation__campaign=current, participation__municipality=kasterlee
    )


ALL_REQUIRED = {
    "C-TOT": 250,
    "C-A": 200,
    "C-B": 50,
    "C-HEEFT": False,
    "C-TAB": {"cultuur": {"aantal": 1}},
}


def test_an_error_keeps_the_rubric_from_being_complete_but_saving_works(years, kasterlee):
    _previous, current = years
    error = ("compare", {"code": "V1", "severity": "fout", "smaller": "C-TOT", "larger": "C-A"})
    findings(current, kasterlee, ALL_REQUIRED, [error])
    response = response_of(current, kasterlee)
    assert response.status == RubricStatus.IN_PROGRESS
    assert (response.check_errors, response.check_warnings_open) == (1, 0)
    assert response.findings[0]["check"] == "V1"


def test_a_warning_counts_until_it_is_explained(years, kasterlee, people):
    _previous, current = years
    findings(current, kasterlee, ALL_REQUIRED, [CHANGE])
    response = response_of(current, kasterlee)
    assert response.status == RubricStatus.IN_PROGRESS
    assert response.check_warnings_open == 1
    rubric = questionnaire_for_campaign(campaign=current).rubric("CHK")
    answers_save(
        municipality=kasterlee,
        campaign=current,
        rubric=rubric,
        by=people["invoerder"],
        values={"C-TOT": AnswerInput(250, explanation="Nieuw sportcentrum geopend.")},
        seen_versions={"C-TOT": 1},
    )
    response = response_of(current, kasterlee)
    assert response.status == RubricStatus.COMPLETE
    assert response.check_warnings_open == 0
    assert response.findings[0]["explanation"] == "Nieuw sportcentrum geopend."
    audit = AuditEntry.objects.filter(question_code="C-TOT", new_explanation__gt="").get()
    assert (audit.old_explanation, audit.new_explanation) == ("", "Nieuw sportcentrum geopend.")


def test_the_step_shows_the_finding_at_its_field_and_takes_the_explanation(
    years, kasterlee, client, people
):
    _previous, current = years
    set_checks(current, "CHK", [CHANGE])
    client.force_login(people["invoerder"])
    url = "/registratie/2025/13017/CHK/cijfers/"
    post_step(client, url, {"q__C-TOT": "250"})
    page = client.get(url)
    block = html(page).find(id="vraag-C-TOT")
    finding = " ".join(block.select_one(".finding").get_text().split())
    assert finding == "⚠ Waarschuwing: Controle change Vorige bevraging: 100; nu: 250 (+150 %)."
    assert block.find("textarea", attrs={"name": "e__C-TOT"}) is not None
    review = text(client.get("/registratie/2025/13017/CHK/"))
    assert "waarschuwing zonder toelichting" in review

    response = post_step(client, url, {"e__C-TOT": "Nieuw sportcentrum."}, page=page)
    assert response.status_code == 302
    page = client.get(url)
    assert html(page).find("textarea", attrs={"name": "e__C-TOT"}).get_text().strip() == (
        "Nieuw sportcentrum."
    )
    review = client.get("/registratie/2025/13017/CHK/")
    assert "Toelichting: Nieuw sportcentrum." in text(review)
    assert "waarschuwing zonder toelichting" not in text(review)


def test_an_explanation_that_is_too_long_is_refused_at_its_field_and_kept(
    years, kasterlee, client, people
):
    _previous, current = years
    set_checks(current, "CHK", [CHANGE])
    client.force_login(people["invoerder"])
    url = "/registratie/2025/13017/CHK/cijfers/"
    post_step(client, url, {"q__C-TOT": "250"})
    response = post_step(client, url, {"e__C-TOT": "x" * 2001})
    assert response.status_code == 200
    assert "Een toelichting is hoogstens 2000 tekens." in text(response)
    assert html(response).find("textarea", attrs={"name": "e__C-TOT"}).get_text().strip() == (
        "x" * 2001
    )
