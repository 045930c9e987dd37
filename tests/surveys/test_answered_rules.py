"""Once a campaign has opened, answered questions keep their identity (editor, delete, bulk)."""

from __future__ import annotations

import copy

import pytest

from surveys.models import RubricPage, ThemePage
from surveys.services import AnswerInput, answers_save

from .admin_forms import question, theme_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(campaign, questionnaire, kasterlee, people):
    """Kasterlee answered AAN-02 (yes/no) and AAN-05 (multiple choice)."""
    rubric = questionnaire.rubric("AAN")
    answers_save(
        municipality=kasterlee,
        campaign=campaign,
        rubric=rubric,
        by=people["invoerder"],
        values={
            "AAN-02": AnswerInput(True),
            "AAN-03": AnswerInput("vzw"),
            "AAN-05": AnswerInput(["kleuters"]),
        },
        seen_versions={},
    )
    return rubric


@pytest.fixture
def editor(client, people):
    client.force_login(people["team"])
    return client


def edit_form(theme, mutate):
    """The theme's current questions as editor form data, after ``mutate`` on raw blocks."""
    raw = copy.deepcopy(list(theme.body.raw_data))
    mutate(raw)
    blocks = []
    for block in raw:
        value = block["value"]
        settings = {
            k: v
            for k, v in value.items()
            if k
            not in {
                "code",
                "text",
                "help_text",
                "definitions",
                "condition",
                "options",
                "rows",
                "columns",
            }
        }
        for name in ("options", "rows", "columns"):
            if name in value:
                settings[name] = [
                    (item["value"]["code"], item["value"]["label"]) for item in value[name]
                ]
        for flag in ("required", "allow_unknown", "allow_not_applicable", "show_totals"):
            if not settings.get(flag):
                settings.pop(flag, None)
        blocks.append(
            question(
                block["type"],
                value["code"],
                value["text"],
                condition=value["condition"],
                **settings,
            )
        )
    data = theme_form(theme.title, theme.slug, blocks)
    for index, block in enumerate(raw):
        data[f"body-{index}-id"] = block["id"]  # the editor sends each block's id back
    data["action-publish"] = "publish"
    return data


def test_wording_of_an_answered_question_may_change(editor, answered):
    theme = ThemePage.objects.get(slug="activiteiten")

    def reword(raw):
        raw[1]["value"]["text"] = "Was er een speelpleinwerking in het werkjaar?"

    response = editor.post(f"/admin/pages/{theme.pk}/edit/", edit_form(theme, reword))
    assert response.status_code == 302
    theme.refresh_from_db()
    assert theme.body[1].value["text"] == "Was er een speelpleinwerking in het werkjaar?"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda raw: raw[1]["value"].update(code="AAN-92"), "de code blijft AAN-02"),
        (
            lambda raw: raw.__setitem__(
                1, {**raw[1], "type": "short_text", "value": {**raw[1]["value"], "max_length": 255}}
            ),
            "het type kan niet meer veranderen",
        ),
        (
            lambda raw: raw[2]["value"]["options"][1]["value"].update(code="stichting"),
            "deze antwoordcodes moeten blijven bestaan: vzw",
        ),
        (
            lambda raw: raw.pop(1),
            "Vraag AAN-02 heeft al antwoorden en kan niet meer verwijderd worden",
        ),
    ],
    ids=["code", "type", "option-code", "removed"],
)
def test_answered_question_keeps_code_type_and_options(editor, answered, mutate, message):
    theme = ThemePage.objects.get(slug="activiteiten")
    before = list(theme.body.raw_data)
    response = editor.post(f"/admin/pages/{theme.pk}/edit/", edit_form(theme, mutate))
    assert response.status_code == 200
    assert message in response.content.decode()
    theme.refresh_from_db()
    assert list(theme.body.raw_data) == before


def test_unanswered_questions_may_still_change(editor, answered):
    theme = ThemePage.objects.get(slug="activiteiten")

    def drop_unanswered(raw):
        raw.pop(3)  # AAN-04 has no answers

    response = editor.post(f"/admin/pages/{theme.pk}/edit/", edit_form(theme, drop_unanswered))
    assert response.status_code == 302


def test_a_theme_with_answers_cannot_be_deleted(editor, answered):
    theme = ThemePage.objects.get(slug="activiteiten")
    response = editor.post(f"/admin/pages/{theme.pk}/delete/", follow=True)
    assert "kan niet verwijderd worden" in response.content.decode()
    assert ThemePage.objects.filter(pk=theme.pk).exists()
    unanswered = ThemePage.objects.get(slug="uitgaven")
    editor.post(f"/admin/pages/{unanswered.pk}/delete/")
    assert not ThemePage.objects.filter(pk=unanswered.pk).exists()


def test_bulk_delete_hook_refuses_answered_rubrics(rf, answered, people):
    from django.contrib.messages.storage.fallback import FallbackStorage

    from surveys.wagtail_hooks import guard_bulk_delete

    request = rf.post("/admin/bulk/wagtailcore/page/delete/")
    request.user = people["team"]
    request.session = {}
    request._messages = FallbackStorage(request)
    answered_rubric = RubricPage.objects.get(code="AAN")
    response = guard_bulk_delete(request, "delete", [answered_rubric], None)
    assert response is not None and response.status_code == 302
    assert "kan niet verwijderd worden" in str(list(request._messages)[0])
    assert guard_bulk_delete(request, "delete", [RubricPage.objects.get(code="FIN")], None) is None


def test_publishing_recounts_the_responses(
    answered, campaign, kasterlee, django_capture_on_commit_callbacks
):
    from surveys.models import RubricResponse

    response = RubricResponse.objects.get(rubric__code="AAN")
    # AAN-01, 02, 03 and 04 (AAN-02 = ja), 05 and 07 apply; AAN-06 is hidden (no seniors).
    assert response.applicable_count == 6
    theme = ThemePage.objects.get(slug="doelgroepen")
    raw = copy.deepcopy(list(theme.body.raw_data))
    raw.pop(2)  # remove AAN-07 (no answers)
    theme.body = raw
    with django_capture_on_commit_callbacks(execute=True):
        theme.save_revision().publish()
    response.refresh_from_db()
    assert response.applicable_count == 5


def test_publishing_a_whole_campaign_recounts_it_once(
    answered, campaign, kasterlee, django_capture_on_commit_callbacks
):
    """Publishing every page of a campaign in one transaction (its copy, the demo) recounts
    its responses once, after the last publish, not once per page."""
    from celery.signals import task_prerun
    from django.db import transaction

    from surveys.models import RubricResponse

    recounts = []

    def count(sender=None, task=None, args=None, **kwargs):
        if task.name == "surveys.tasks.responses_recount":
            recounts.append(tuple(args))

    task_prerun.connect(count, weak=False)
    pages = [campaign, *campaign.get_descendants().specific()]
    theme = ThemePage.objects.get(slug="doelgroepen")
    raw = copy.deepcopy(list(theme.body.raw_data))
    raw.pop(2)  # AAN-07 goes: one question less applies
    try:
        with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
            for page in pages:
                if page.pk == theme.pk:
                    page.body = raw
                page.save_revision().publish()
    finally:
        task_prerun.disconnect(count)
    assert len(pages) > 3
    assert recounts == [(campaign.pk,)]
    assert RubricResponse.objects.get(rubric__code="AAN").applicable_count == 5
