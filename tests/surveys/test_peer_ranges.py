"""What most municipalities answered: P5–P95 of confirmed answers (surveys.peer_ranges)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from roles.models import Municipality
from surveys import tasks
from surveys.campaigns import campaign_prepare_next, next_campaign_proposal
from surveys.models import CampaignPage, PeerRange, RubricPage
from surveys.peer_ranges import peer_ranges_compute, percentile
from surveys.selectors import answers_for_rubric, participation_for, questionnaire_for_campaign
from surveys.services import AnswerInput, answers_save, rubric_confirm, rubric_reopen

pytestmark = pytest.mark.django_db

D = Decimal


def municipalities(n: int, start: int = 0) -> list[Municipality]:
    return list(Municipality.objects.order_by("nis_code")[start : start + n])


def register(campaign, municipality, values: dict, *, rubric="AAN", confirm=True):
    """Save answers (as stored) for a municipality, and confirm the rubric if asked."""
    questionnaire = questionnaire_for_campaign(campaign=campaign)
    participation = participation_for(municipality=municipality, campaign=campaign)
    rubric_read = questionnaire.rubric(rubric)
    assert rubric_read is not None, f"no rubric {rubric}"
    current = answers_for_rubric(participation=participation, rubric=rubric_read)
    inputs = {
        code: AnswerInput(special=value[1]) if isinstance(value, tuple) else AnswerInput(value)
        for code, value in values.items()
    }
    result = answers_save(
        municipality=municipality,
        campaign=campaign,
        rubric=rubric_read,
        by=None,
        system=True,
        values=inputs,
        seen_versions={code: current[code].version for code in inputs if code in current},
    )
    if confirm:
        assert result.response is not None
        rubric_confirm(response=result.response, by=None, automatic=True)
    return result.response


def ranges(campaign) -> dict[tuple[str, str], tuple]:
    return {
        (peer.question_code, peer.part): (peer.p5, peer.p95, peer.municipalities)
        for peer in PeerRange.objects.filter(campaign=campaign)
    }


# --- the percentile ----------------------------------------------------------------------


def test_percentiles_interpolate_between_ranks_like_numpy():
    ten = [D(n) for n in range(1, 11)]
    # numpy.percentile(range(1, 11), [5, 95]) == [1.45, 9.55]
    assert (percentile(ten, D("0.05")), percentile(ten, D("0.95"))) == (D("1.45"), D("9.55"))
    assert (percentile([D(0), D(100)], D("0.05")), percentile([D(0), D(100)], D("0.95"))) == (
        D(5),
        D(95),
    )


def test_percentiles_at_the_boundary():
    """At 21 answers the 5th and 95th percentile fall exactly on an answer."""
    numbers = [D(n) for n in range(21)]
    assert (percentile(numbers, D("0.05")), percentile(numbers, D("0.95"))) == (D(1), D(19))
    assert (percentile([D(7)], D("0.05")), percentile([D(7)], D("0.95"))) == (D(7), D(7))
    assert percentile(numbers, D(0)) == 0 and percentile(numbers, D(1)) == 20


# --- the ranges of a campaign ----------------------------------------------------------


def test_ranges_of_the_confirmed_answers(campaign):
    for municipality, days in zip(municipalities(5), [10, 20, 30, 40, 50], strict=True):
        register(campaign, municipality, {"AAN-02": True, "AAN-04": days})

    assert peer_ranges_compute(campaign=campaign) == 1
    # rank 0.2 → 10 + 0.2 × 10; rank 3.8 → 40 + 0.8 × 10
    assert ranges(campaign) == {("AAN-04", ""): (D(12), D(48), 5)}


def test_unconfirmed_answers_never_count(campaign):
    counted, in_progress, other_rubric, reopened = municipalities(4)
    register(campaign, counted, {"AAN-02": True, "AAN-04": 10})
    register(campaign, in_progress, {"AAN-02": True, "AAN-04": 300}, confirm=False)
    # Its Financiën is confirmed, not its Aanbod.
    register(campaign, other_rubric, {"AAN-02": True, "AAN-04": 300}, confirm=False)
    register(campaign, other_rubric, {"FIN-01": "1000"}, rubric="FIN")
    response = register(campaign, reopened, {"AAN-02": True, "AAN-04": 300})
    team = _team()
    rubric_reopen(response=response, by=team, reason="Fout in de speeldagen")

    peer_ranges_compute(campaign=campaign)

    assert ranges(campaign)["AAN-04", ""] == (D(10), D(10), 1)
    assert ranges(campaign)["FIN-01", ""] == (D(1000), D(1000), 1)


def _team():
    from django.contrib.auth import get_user_model

    from roles.services import project_team_group_ensure

    user = get_user_model().objects.create_user("team-ranges")
    user.groups.add(project_team_group_ensure())
    return user


def test_special_answers_and_hidden_questions_do_not_count(campaign):
    unknown, hidden, counted = municipalities(3)
    register(campaign, unknown, {"AAN-02": True, "AAN-04": ("", "onbekend")})
    # AAN-04 follows AAN-02 = ja: the number kept from before AAN-02 became "nee" is out.
    register(campaign, hidden, {"AAN-02": False, "AAN-04": 200})
    register(campaign, counted, {"AAN-02": True, "AAN-04": 20})

    peer_ranges_compute(campaign=campaign)

    assert ranges(campaign)["AAN-04", ""] == (D(20), D(20), 1)


def test_a_table_has_a_range_for_its_sum_each_row_and_each_cell(campaign):
    first, second = municipalities(2)
    register(campaign, first, {"AAN-01": {"cultuur": {"aantal": 4}, "jeugd": {"aantal": 6}}})
    register(campaign, second, {"AAN-01": {"cultuur": {"aantal": 14}}})

    peer_ranges_compute(campaign=campaign)

    table = {key: value for key, value in ranges(campaign).items() if key[0] == "AAN-01"}
    assert table == {
        ("AAN-01", ""): (D("10.2"), D("13.8"), 2),
        ("AAN-01", "cultuur"): (D("4.5"), D("13.5"), 2),
        ("AAN-01", "cultuur:aantal"): (D("4.5"), D("13.5"), 2),
        ("AAN-01", "jeugd"): (D(6), D(6), 1),
        ("AAN-01", "jeugd:aantal"): (D(6), D(6), 1),
    }


def test_computing_again_replaces_the_ranges(campaign):
    first, second = municipalities(2)
    register(campaign, first, {"AAN-02": True, "AAN-04": 10})
    peer_ranges_compute(campaign=campaign)
    PeerRange.objects.create(
        campaign=campaign, question_code="OUD-01", part="", p5=1, p95=2, municipalities=12
    )
    register(campaign, second, {"AAN-02": True, "AAN-04": 30})

    assert peer_ranges_compute(campaign=campaign) == 1
    assert ranges(campaign) == {("AAN-04", ""): (D(11), D(29), 2)}


def test_one_read_of_the_answers_whatever_the_number_of_municipalities(campaign):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            peer_ranges_compute(campaign=campaign)
        return len(captured.captured_queries)

    for index, municipality in enumerate(municipalities(3)):
        register(campaign, municipality, {"AAN-02": True, "AAN-04": index, "AAN-01": {}})
    peer_ranges_compute(campaign=campaign)  # the questionnaire is built and kept once
    with_three = queries()
    for index, municipality in enumerate(municipalities(9, start=3)):
        register(campaign, municipality, {"AAN-02": True, "AAN-04": index})
    assert queries() == with_three


def test_the_task_and_the_command(campaign, capsys):
    register(campaign, municipalities(1)[0], {"AAN-02": True, "AAN-04": 8})

    assert tasks.peer_ranges_compute.delay(campaign.pk).get() == 1
    assert tasks.peer_ranges_compute.delay(999999).get() == 0
    PeerRange.objects.all().delete()
    call_command("compute_peer_ranges", "--werkjaar", "2025")
    assert "Vrijetijdsmonitor 2025: 1 bereik(en) berekend." in capsys.readouterr().out
    assert ranges(campaign) == {("AAN-04", ""): (D(8), D(8), 1)}
    with pytest.raises(CommandError):
        call_command("compute_peer_ranges", "--werkjaar", "1999")


# --- read by the next campaign ----------------------------------------------------------


def test_the_next_campaign_warns_outside_the_range_and_not_at_its_edge(
    campaign, project_team_user, django_capture_on_commit_callbacks
):
    """Eleven municipalities answered 0, 10, …, 100: P5 is 5 and P95 is 95."""
    for municipality, days in zip(municipalities(11), range(0, 101, 10), strict=True):
        register(campaign, municipality, {"AAN-02": True, "AAN-04": days})
    aanbod = RubricPage.objects.get(code="AAN")
    aanbod.checks = [
        {
            "type": "peer_range",
            "value": {
                "code": "AAN-C1",
                "message": "Veel meer of minder speeldagen dan elders.",
                "severity": "waarschuwing",
                "question": "AAN-04",
            },
        }
    ]
    aanbod.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):  # computes the ranges of 2025
        new = campaign_prepare_next(
            source=campaign, by=project_team_user, **next_campaign_proposal(source=campaign)
        )
    for page in Page.objects.descendant_of(new, inclusive=True).order_by("path"):
        page.get_latest_revision().publish()
    new = CampaignPage.objects.get(pk=new.pk)
    assert ranges(campaign)["AAN-04", ""] == (D(5), D(95), 11)

    kasterlee = Municipality.objects.get(nis_code="13017")
    findings = {}
    for days in (4, 5, 95, 96):
        response = register(new, kasterlee, {"AAN-02": True, "AAN-04": days}, confirm=False)
        findings[days] = [finding["check"] for finding in response.findings]
    assert findings == {4: ["AAN-C1"], 5: [], 95: [], 96: ["AAN-C1"]}


def test_every_night_the_campaigns_that_open_campaigns_compare_with(campaign):
    """A campaign made in the page editor links to 2025 implicitly: its ranges come anyway."""
    register(campaign, municipalities(1)[0], {"AAN-02": True, "AAN-04": 8})
    next_one = CampaignPage(
        title="Vrijetijdsmonitor 2028",
        slug="vragenlijst-2028",
        **next_campaign_proposal(source=campaign),
    )
    campaign.get_parent().add_child(instance=next_one)
    next_one.save_revision().publish()

    tasks.peer_ranges_refresh.delay().get()

    assert ranges(campaign) == {("AAN-04", ""): (D(8), D(8), 1)}
    assert not PeerRange.objects.filter(campaign=next_one).exists()
