"""The read model of a rubric (surveys/sheets.py) and the save service that returns it."""

from __future__ import annotations

import pytest

from surveys.models import RubricStatus
from surveys.selectors import participation_for
from surveys.services import KEEP_MINE, KEEP_THEIRS, AnswerInput, answers_save
from surveys.sheets import EMPTY_FINGERPRINT, answer_fingerprint, rubric_sheet

pytestmark = pytest.mark.django_db


def save(campaign, kasterlee, rubric, user, values, seen=None):
    return answers_save(
        municipality=kasterlee,
        campaign=campaign,
        rubric=rubric,
        by=user,
        values=values,
        seen_versions=seen or {},
    )


def test_a_sheet_shows_the_rubric_as_the_municipality_filled_it(
    campaign, questionnaire, kasterlee, people, django_assert_num_queries
):
    aanbod = questionnaire.rubric("AAN")
    save(
        campaign,
        kasterlee,
        aanbod,
        people["invoerder"],
        {
            "AAN-02": AnswerInput(True),
            "AAN-04": AnswerInput(8),
            "AAN-05": AnswerInput(special="nvt"),
        },
    )
    participation = participation_for(municipality=kasterlee, campaign=campaign)
    # The response, the answers, and the look-up of a previous campaign (there is none).
    with django_assert_num_queries(3):
        sheet = rubric_sheet(participation=participation, rubric=aanbod)
        texts = {entry.code: entry.text for entry in sheet}

    assert [entry.code for entry in sheet] == [f"AAN-0{n}" for n in range(1, 8)]
    # AAN-03 follows AAN-02 = ja; AAN-06 follows a choice of "senioren" that was not made.
    assert sheet.entry("AAN-03").visible and sheet.entry("AAN-03").state == "empty"
    assert not sheet.entry("AAN-06").visible and sheet.entry("AAN-06").state == "hidden"
    assert texts["AAN-04"] == "8 dagen"
    assert texts["AAN-05"] == "niet van toepassing"
    assert texts["AAN-02"] == "Ja"
    assert sheet.entry("AAN-04").changed_by == "Invoerder"
    assert sheet.entry("AAN-04").changed_at is not None
    # Completion per theme and for the rubric: onbekend / nvt count as answered.
    activiteiten, doelgroepen = sheet.themes
    assert (activiteiten.completion.applicable, activiteiten.completion.answered) == (4, 2)
    assert (doelgroepen.completion.applicable, doelgroepen.completion.answered) == (2, 1)
    assert (sheet.completion.applicable, sheet.completion.answered) == (6, 3)
    assert [entry.code for entry in sheet.open_required] == ["AAN-01", "AAN-03"]
    assert sheet.status == RubricStatus.IN_PROGRESS


def test_the_save_service_returns_the_fresh_sheet(campaign, questionnaire, kasterlee, people):
    aanbod = questionnaire.rubric("AAN")
    result = save(campaign, kasterlee, aanbod, people["invoerder"], {"AAN-02": AnswerInput(False)})
    assert result.saved == ["AAN-02"]
    sheet = result.sheet
    assert sheet.entry("AAN-02").version == 1
    assert sheet.entry("AAN-02").text == "Nee"
    assert not sheet.entry("AAN-04").visible  # its condition no longer holds
    assert result.response.status == RubricStatus.IN_PROGRESS
    assert result.response.answered_count == sheet.completion.answered == 1


def test_a_sheet_of_a_municipality_that_never_saved_is_empty(questionnaire):
    sheet = rubric_sheet(participation=None, rubric=questionnaire.rubric("FIN"))
    assert sheet.status == RubricStatus.NOT_STARTED
    assert all(entry.answer is None and entry.text == "" for entry in sheet)
    assert sheet.completion.answered == 0


def test_a_stored_value_that_no_longer_fits_its_question_is_still_shown(
    campaign, questionnaire, kasterlee, people
):
    """An answer stored under an earlier version of a question never breaks a page."""
    from surveys.models import Answer

    save(campaign, kasterlee, questionnaire.rubric("FIN"), people["invoerder"], {})
    participation = participation_for(municipality=kasterlee, campaign=campaign)
    Answer.objects.create(participation=participation, question_code="FIN-03", value="abc")
    sheet = rubric_sheet(participation=participation, rubric=questionnaire.rubric("FIN"))
    assert sheet.entry("FIN-03").text == "abc"


# --- what the person loaded decides what is a conflict -------------------------------------


def loaded_as(sheet, code, value, special="", **kw):
    """What a person submits for ``code`` after loading ``sheet``."""
    entry = sheet.entry(code)
    return AnswerInput(value, special, loaded=entry.fingerprint, **kw)


def test_an_answer_the_person_did_not_touch_is_never_a_conflict_nor_written(
    campaign, questionnaire, kasterlee, people
):
    """Both load the step; A changes AAN-04; B changes only AAN-03 and submits AAN-04 as
    loaded. B's save keeps A's AAN-04 and reports no conflict about it."""
    aanbod = questionnaire.rubric("AAN")
    first = save(
        campaign, kasterlee, aanbod, people["invoerder"], {"AAN-02": AnswerInput(True)}
    ).sheet
    loaded = first  # what both people see
    versions = {"AAN-02": 1}
    save(
        campaign,
        kasterlee,
        aanbod,
        people["invoerder"],
        {"AAN-04": loaded_as(loaded, "AAN-04", 10)},
        seen=versions,
    )
    result = save(
        campaign,
        kasterlee,
        aanbod,
        people["invoerder2"],
        {
            "AAN-02": loaded_as(loaded, "AAN-02", True),
            "AAN-03": loaded_as(loaded, "AAN-03", "vzw"),
            "AAN-04": loaded_as(loaded, "AAN-04", None),  # as loaded: empty
        },
        seen=versions,
    )
    assert result.conflicts == []
    assert result.saved == ["AAN-03"]
    assert result.sheet.entry("AAN-04").value == 10


def test_a_stale_untouched_value_never_reverts_a_colleagues_newer_one(
    campaign, questionnaire, kasterlee, people
):
    aanbod = questionnaire.rubric("AAN")
    loaded = save(
        campaign,
        kasterlee,
        aanbod,
        people["invoerder"],
        {"AAN-02": AnswerInput(True), "AAN-04": AnswerInput(5)},
    ).sheet
    seen = {"AAN-02": 1, "AAN-04": 1}
    save(
        campaign,
        kasterlee,
        aanbod,
        people["invoerder"],
        {"AAN-04": loaded_as(loaded, "AAN-04", 6)},
        seen=seen,
    )
    # The colleague still shows 5 (as loaded) and saves another question.
    result = save(
        campaign,
        kasterlee,
        aanbod,
        people["invoerder2"],
        {"AAN-04": loaded_as(loaded, "AAN-04", 5), "AAN-03": loaded_as(loaded, "AAN-03", "vzw")},
        seen=seen,
    )
    assert result.conflicts == []
    assert result.sheet.entry("AAN-04").value == 6


def test_a_changed_answer_whose_version_moved_on_is_a_conflict_with_both_values(
    campaign, questionnaire, kasterlee, people
):
    aanbod = questionnaire.rubric("AAN")
    loaded = save(
        campaign, kasterlee, aanbod, people["invoerder"], {"AAN-02": AnswerInput(True)}
    ).sheet
    save(
        campaign,
        kasterlee,
        aanbod,
        people["invoerder"],
        {"AAN-04": loaded_as(loaded, "AAN-04", 10)},
        seen={"AAN-02": 1},
    )
    result = save(
        campaign,
        kasterlee,
        aanbod,
        people["invoerder2"],
        {"AAN-04": loaded_as(loaded, "AAN-04", 20)},
        seen={"AAN-02": 1},
    )
    assert result.saved == []
    [conflict] = result.conflicts
    assert (conflict.code, conflict.theirs_text, conflict.mine_text) == (
        "AAN-04",
        "10 dagen",
        "20 dagen",
    )
    assert conflict.their_author == "Invoerder"
    assert conflict.their_version == 1
    assert conflict.their_fingerprint == answer_fingerprint(10, "")
    assert not conflict.undecided


def test_after_a_conflict_the_choice_is_decided_in_the_service(
    campaign, questionnaire, kasterlee, people
):
    aanbod = questionnaire.rubric("AAN")
    save(campaign, kasterlee, aanbod, people["invoerder"], {"AAN-04": AnswerInput(10)})
    theirs = answer_fingerprint(10, "")
    # Shown as a conflict, no choice made yet: nothing is written, it is asked again.
    undecided = save(
        campaign,
        kasterlee,
        aanbod,
        people["invoerder2"],
        {"AAN-04": AnswerInput(20, loaded=theirs, pending=True)},
        seen={"AAN-04": 1},
    )
    assert undecided.saved == [] and undecided.conflicts[0].undecided
    # "Hun antwoord behouden": nothing written.
    kept = save(
        campaign,
        kasterlee,
        aanbod,
        people["invoerder2"],
        {"AAN-04": AnswerInput(20, loaded=theirs, pending=True, decision=KEEP_THEIRS)},
        seen={"AAN-04": 1},
    )
    assert kept.saved == [] and kept.conflicts == []
    assert kept.sheet.entry("AAN-04").value == 10
    # "Mijn antwoord opslaan" against the version that was shown: written.
    mine = save(
        campaign,
        kasterlee,
        aanbod,
        people["invoerder2"],
        {"AAN-04": AnswerInput(20, loaded=theirs, pending=True, decision=KEEP_MINE)},
        seen={"AAN-04": 1},
    )
    assert mine.saved == ["AAN-04"]
    assert mine.sheet.entry("AAN-04").value == 20


def test_choosing_mine_after_a_third_person_saved_again_is_a_new_conflict(
    campaign, questionnaire, kasterlee, people
):
    aanbod = questionnaire.rubric("AAN")
    save(campaign, kasterlee, aanbod, people["invoerder"], {"AAN-04": AnswerInput(10)})
    save(
        campaign,
        kasterlee,
        aanbod,
        people["coordinator"],
        {"AAN-04": AnswerInput(30)},
        seen={"AAN-04": 1},
    )
    result = save(
        campaign,
        kasterlee,
        aanbod,
        people["invoerder2"],
        {
            "AAN-04": AnswerInput(
                20, loaded=answer_fingerprint(10, ""), pending=True, decision=KEEP_MINE
            )
        },
        seen={"AAN-04": 1},  # the version shown with the first conflict
    )
    assert result.saved == []
    assert result.conflicts[0].theirs_text == "30 dagen"
    assert result.sheet.entry("AAN-04").value == 30


def test_empty_fingerprint_is_what_an_unanswered_question_loads_as(questionnaire):
    sheet = rubric_sheet(participation=None, rubric=questionnaire.rubric("AAN"))
    assert sheet.entry("AAN-01").fingerprint == EMPTY_FINGERPRINT == answer_fingerprint(None, "")
