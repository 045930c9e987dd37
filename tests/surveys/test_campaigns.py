"""Preparing the next campaign from the last one (surveys.campaigns), and one per werkjaar."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text

from surveys.campaigns import CampaignError, campaign_prepare_next, next_campaign_proposal
from surveys.models import CampaignPage, PeerRange, RubricPage, ThemePage
from surveys.services import AnswerInput, answers_save, rubric_confirm

from .admin_forms import question, theme_form

pytestmark = pytest.mark.django_db

AAN_CHECKS = [
    {
        "type": "sum",
        "value": {
            "code": "AAN-C1",
            "message": "De sectoren tellen niet op tot het totaal.",
            "severity": "fout",
            "parts": ["AAN-01:cultuur", "AAN-01:jeugd"],
            "total": "AAN-01",
            "tolerance": "0",
        },
    },
    {
        "type": "peer_range",
        "value": {
            "code": "AAN-C2",
            "message": "Veel meer of minder speeldagen dan elders.",
            "severity": "waarschuwing",
            "question": "AAN-04",
        },
    },
]


def publish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


@pytest.fixture
def source(campaign):
    """The 2025 campaign with checks on Aanbod and a question renamed since an older round."""
    publish(RubricPage.objects.get(code="AAN"), checks=AAN_CHECKS)
    uitgaven = ThemePage.objects.get(slug="uitgaven")
    body = uitgaven.body.raw_data
    body[0]["value"]["previous_code"] = "FIN-OUD-01"
    publish(uitgaven, body=list(body))
    return CampaignPage.objects.get(pk=campaign.pk)


def prepare(source, by, werkjaar=2028, **dates):
    proposal = next_campaign_proposal(source=source, werkjaar=werkjaar)
    return campaign_prepare_next(source=source, by=by, **{**proposal, **dates})


def as_data(child) -> dict:
    """A block's value as plain data (list items without their generated ids)."""
    return child.block.get_api_representation(child.value)


def tree(campaign) -> list:
    """Rubrics, themes and questions as the editor last saved them (codes, blocks, checks)."""
    result = []
    for rubric in RubricPage.objects.child_of(campaign).order_by("path"):
        rubric = rubric.get_latest_revision_as_object()
        themes = []
        for theme in ThemePage.objects.child_of(rubric).order_by("path"):
            theme = theme.get_latest_revision_as_object()
            questions = [
                (child.block_type, {**as_data(child), "previous_code": ""}) for child in theme.body
            ]
            themes.append((theme.title, theme.slug, questions))
        checks = [(check.block_type, as_data(check)) for check in rubric.checks]
        result.append((rubric.code, rubric.title, rubric.slug, checks, themes))
    return result


def below(campaign) -> list[Page]:
    return list(Page.objects.descendant_of(campaign, inclusive=True).specific())


# --- what the copy holds ----------------------------------------------------------------


def test_the_next_campaign_has_every_rubric_theme_question_and_check(source, project_team_user):
    new = prepare(source, project_team_user)

    assert tree(new) == tree(source)
    codes = [q[1]["code"] for r in tree(new) for t in r[4] for q in t[2]]
    assert codes == ["AAN-01", "AAN-02", "AAN-03", "AAN-04", "AAN-05", "AAN-06", "AAN-07"] + [
        "FIN-01",
        "FIN-02",
        "FIN-03",
        "FIN-04",
    ]
    aanbod = RubricPage.objects.child_of(new).get(code="AAN").get_latest_revision_as_object()
    assert [check.value["code"] for check in aanbod.checks] == ["AAN-C1", "AAN-C2"]
    assert list(aanbod.checks[0].value["parts"]) == ["AAN-01:cultuur", "AAN-01:jeugd"]


def test_questions_keep_their_definitions(source, project_team_user, definitions):
    new = prepare(source, project_team_user)
    theme = ThemePage.objects.descendant_of(new).get(slug="uitgaven")
    fte = theme.get_latest_revision_as_object().body[2].value
    assert fte["code"] == "FIN-03"
    assert list(fte["definitions"]) == [definitions["VTE"]]  # the same snippet, not a copy


def test_the_code_in_the_previous_campaign_is_cleared(source, project_team_user):
    """The copy keeps the codes: in the new campaign a question's previous code is its own."""
    new = prepare(source, project_team_user)
    theme = ThemePage.objects.descendant_of(new).get(slug="uitgaven")
    assert theme.get_latest_revision_as_object().body[0].value["previous_code"] == ""
    old = ThemePage.objects.descendant_of(source).get(slug="uitgaven")
    assert old.body[0].value["previous_code"] == "FIN-OUD-01"


def test_the_campaign_has_its_werkjaar_dates_title_and_previous_campaign(source, project_team_user):
    new = prepare(
        source,
        project_team_user,
        werkjaar=2028,
        opening_date=datetime.date(2029, 3, 1),
        closing_date=datetime.date(2029, 4, 30),
        confirmation_deadline=datetime.date(2029, 5, 31),
    )
    new = CampaignPage.objects.get(pk=new.pk)
    assert (new.werkjaar, new.title, new.slug) == (
        2028,
        "Vrijetijdsmonitor 2028",
        "vragenlijst-2028",
    )
    assert (new.opening_date, new.closing_date, new.confirmation_deadline) == (
        datetime.date(2029, 3, 1),
        datetime.date(2029, 4, 30),
        datetime.date(2029, 5, 31),
    )
    assert new.previous_campaign == source
    assert new.get_parent().pk == source.get_parent().pk  # next to the source
    assert new.auto_confirm == source.auto_confirm
    assert new.get_latest_revision_as_object().werkjaar == 2028  # the editor opens this


def test_the_form_proposes_the_dates_shifted_by_the_werkjaar(source):
    proposal = next_campaign_proposal(source=source)
    assert proposal["werkjaar"] == 2028
    assert proposal["opening_date"] == source.opening_date.replace(
        year=source.opening_date.year + 3
    )
    assert proposal["confirmation_deadline"] == source.confirmation_deadline.replace(
        year=source.confirmation_deadline.year + 3
    )
    leap = CampaignPage(
        werkjaar=2023,
        opening_date=datetime.date(2024, 2, 29),
        closing_date=datetime.date(2024, 3, 31),
        confirmation_deadline=datetime.date(2024, 4, 30),
    )
    assert next_campaign_proposal(source=leap, werkjaar=2024)["opening_date"] == datetime.date(
        2025, 2, 28
    )


def test_every_new_page_is_a_draft_with_one_revision_by_who_prepared_it(source, project_team_user):
    revisions_before = {page.pk: page.revisions.count() for page in below(source)}
    new = prepare(source, project_team_user)

    pages = below(new)
    assert len(pages) == len(revisions_before) == 1 + 2 + 3
    for page in pages:
        assert not page.live and page.has_unpublished_changes, page.title
        assert page.first_published_at is None and page.live_revision is None
        assert [revision.user for revision in page.revisions.all()] == [project_team_user]
        assert page.owner == project_team_user
    # The source and its history are untouched.
    assert all(page.live for page in below(source))
    assert {page.pk: page.revisions.count() for page in below(source)} == revisions_before
    # Nothing of the new campaign is published: the public questionnaire does not exist yet.
    assert CampaignPage.objects.live().filter(werkjaar=2028).count() == 0


def test_pages_are_copied_as_the_editor_last_saved_them(source, project_team_user):
    theme = ThemePage.objects.get(slug="uitgaven")
    body = theme.body.raw_data
    body[1]["value"]["text"] = "Aandeel vrije tijd in de begroting"
    theme.body = list(body)
    theme.save_revision()  # a draft, not published

    new = prepare(source, project_team_user)
    copy = ThemePage.objects.descendant_of(new).get(slug="uitgaven")
    assert copy.get_latest_revision_as_object().body[1].value["text"] == (
        "Aandeel vrije tijd in de begroting"
    )


def test_the_source_campaigns_peer_ranges_are_computed_afterwards(
    source, project_team_user, people, kasterlee, questionnaire, django_capture_on_commit_callbacks
):
    aanbod = questionnaire.rubric("AAN")
    result = answers_save(
        municipality=kasterlee,
        campaign=source,
        rubric=aanbod,
        by=people["invoerder"],
        values={"AAN-02": AnswerInput(True), "AAN-04": AnswerInput(40)},
    )
    rubric_confirm(response=result.response, by=people["coordinator"])

    with django_capture_on_commit_callbacks(execute=True):
        prepare(source, project_team_user)

    peer = PeerRange.objects.get(campaign=source, question_code="AAN-04", part="")
    assert (peer.p5, peer.p95, peer.municipalities) == (40, 40, 1)


# --- what is refused --------------------------------------------------------------------


def test_a_second_campaign_for_a_werkjaar_is_refused(source, project_team_user):
    prepare(source, project_team_user, werkjaar=2028)
    pages = Page.objects.count()

    with pytest.raises(CampaignError) as refused:
        prepare(source, project_team_user, werkjaar=2028)

    assert refused.value.message == "Er bestaat al een campagne voor werkjaar 2028."
    assert refused.value.field == "werkjaar"
    assert Page.objects.count() == pages


def test_the_werkjaar_comes_after_the_source(source, project_team_user):
    with pytest.raises(CampaignError) as refused:
        prepare(source, project_team_user, werkjaar=2024)
    assert refused.value.message == (
        "Kies een werkjaar na 2025, het werkjaar van Vrijetijdsmonitor 2025."
    )


def test_the_dates_follow_each_other(source, project_team_user):
    with pytest.raises(CampaignError) as refused:
        prepare(
            source,
            project_team_user,
            opening_date=datetime.date(2029, 3, 1),
            closing_date=datetime.date(2029, 2, 1),
        )
    assert refused.value.field == "closing_date"
    assert not CampaignPage.objects.filter(werkjaar=2028).exists()


def test_only_the_project_team_prepares_a_campaign(source, people):
    for who in ("invoerder", "coordinator", "beheerder", "nobody"):
        with pytest.raises(CampaignError):
            prepare(source, people[who])
    with pytest.raises(CampaignError):
        prepare(source, None)
    assert not CampaignPage.objects.filter(werkjaar=2028).exists()


def test_a_copy_that_breaks_the_editor_rules_is_refused_whole(source, project_team_user):
    """A draft of the source that the editor never validated (written by code) is checked."""
    theme = ThemePage.objects.get(slug="uitgaven")
    body = theme.body.raw_data
    body[3]["value"]["code"] = "AAN-04"  # a code of another theme
    theme.body = list(body)
    theme.save_revision()
    pages = Page.objects.count()

    with pytest.raises(CampaignError) as refused:
        prepare(source, project_team_user)

    assert "De code AAN-04 bestaat al in het thema 'Activiteiten'" in refused.value.message
    assert Page.objects.count() == pages


# --- the new campaign under the editor rules --------------------------------------------


@pytest.fixture
def editor(client, project_team_user):
    client.force_login(project_team_user)
    return client


def test_codes_are_unique_within_the_new_campaign(editor, source, project_team_user):
    new = prepare(source, project_team_user)
    financien = RubricPage.objects.child_of(new).get(code="FIN")
    response = editor.post(
        f"/admin/pages/add/surveys/themepage/{financien.pk}/",
        theme_form("Dubbel", "dubbel", [question("integer", "AAN-04", "Speeldagen")]),
    )
    assert response.status_code == 200
    assert "De code AAN-04 bestaat al in het thema" in response.content.decode()


def test_answers_of_the_old_campaign_do_not_lock_questions_of_the_new_one(
    editor, source, project_team_user, people, kasterlee, questionnaire
):
    answers_save(
        municipality=kasterlee,
        campaign=source,
        rubric=questionnaire.rubric("FIN"),
        by=people["invoerder"],
        values={"FIN-02": AnswerInput("12")},
    )
    today = timezone.localdate()
    new = prepare(
        source,
        project_team_user,
        opening_date=today - datetime.timedelta(days=1),
        closing_date=today + datetime.timedelta(days=30),
        confirmation_deadline=today + datetime.timedelta(days=60),
    )
    theme = ThemePage.objects.descendant_of(new).get(slug="uitgaven")
    # FIN-02 becomes a whole number and FIN-04 goes: fine, nobody answered them in 2028.
    response = editor.post(
        f"/admin/pages/{theme.pk}/edit/",
        theme_form(
            "Uitgaven",
            "uitgaven",
            [
                question("euro", "FIN-01", "Exploitatie-uitgaven"),
                question("integer", "FIN-02", "Aandeel vrije tijd"),
                question("decimal", "FIN-03", "VTE"),
            ],
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    # In 2025 the same change is refused: FIN-02 has an answer there.
    old = ThemePage.objects.descendant_of(source).get(slug="uitgaven")
    response = editor.post(
        f"/admin/pages/{old.pk}/edit/",
        theme_form("Uitgaven", "uitgaven", [question("integer", "FIN-02", "Aandeel")]),
    )
    assert response.status_code == 200


def campaign_form(werkjaar: int, **extra) -> dict:
    return nested_form_data(
        {
            "title": f"Vrijetijdsmonitor {werkjaar}",
            "slug": f"vragenlijst-{werkjaar}",
            "werkjaar": str(werkjaar),
            "intro": rich_text(""),
            "opening_date": "2028-03-01",
            "closing_date": "2028-04-30",
            "confirmation_deadline": "2028-05-31",
            "auto_confirm": "on",
            **extra,
        }
    )


def test_the_campaign_editor_refuses_a_second_campaign_for_a_werkjaar(editor, source, home_page):
    response = editor.post(
        f"/admin/pages/add/surveys/campaignpage/{home_page.pk}/",
        campaign_form(2025, slug="nog-eens-2025"),
    )
    assert response.status_code == 200
    assert response.context["form"].errors["werkjaar"] == [
        "Er bestaat al een campagne voor werkjaar 2025."
    ]
    assert CampaignPage.objects.filter(werkjaar=2025).count() == 1

    response = editor.post(
        f"/admin/pages/add/surveys/campaignpage/{home_page.pk}/", campaign_form(2028)
    )
    assert response.status_code == 302
    new = CampaignPage.objects.get(werkjaar=2028)
    # Editing a campaign keeps its own werkjaar, but cannot take another campaign's.
    assert editor.post(f"/admin/pages/{new.pk}/edit/", campaign_form(2028)).status_code == 302
    response = editor.post(
        f"/admin/pages/{new.pk}/edit/", campaign_form(2025, slug="vragenlijst-2028")
    )
    assert response.context["form"].errors["werkjaar"] == [
        "Er bestaat al een campagne voor werkjaar 2025."
    ]
