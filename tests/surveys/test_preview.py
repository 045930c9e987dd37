"""The page editor previews a theme as the step a municipality will fill in."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from surveys.models import ThemePage

pytestmark = pytest.mark.django_db


def serve_preview(theme: ThemePage, mode: str = "") -> BeautifulSoup:
    response = theme.make_preview_request(preview_mode=mode)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_the_preview_of_a_theme_is_the_step_with_its_inputs(campaign):
    page = serve_preview(ThemePage.objects.get(slug="activiteiten"))
    form = page.find("form", id="step-form")
    assert form is not None and form.has_attr("data-preview")
    # The table with its totals row, the yes/no, the follow-ups (hidden until ja), "onbekend".
    assert form.find("input", attrs={"name": "q__AAN-01__cultuur__aantal"}) is not None
    assert form.select_one("table.table-input tfoot") is not None
    assert [i["value"] for i in form.find_all("input", attrs={"name": "q__AAN-02"})] == [
        "ja",
        "nee",
    ]
    assert form.find(id="vraag-AAN-04").has_attr("hidden")
    assert form.find(id="vraag-AAN-04")["data-condition-question"] == "AAN-02"
    assert form.find("input", attrs={"name": "s__AAN-04", "value": "onbekend"}) is not None
    # The buttons are there, and inert.
    buttons = form.find_all("button")
    assert [b.get_text(strip=True) for b in buttons] == ["Opslaan", "Opslaan en verder"]
    assert all(b.has_attr("disabled") and b["type"] == "button" for b in buttons)


def test_the_preview_shows_the_draft_not_the_published_theme(campaign):
    theme = ThemePage.objects.get(slug="uitgaven")
    raw = list(theme.body.raw_data)
    raw[0]["value"]["text"] = "Nieuwe formulering van de uitgaven"
    theme.body = raw
    page = serve_preview(theme)
    assert "Nieuwe formulering van de uitgaven" in page.get_text()
    assert page.find("details", class_="definition") is not None  # FIN-03's definition


def test_the_public_list_stays_a_second_preview_mode(campaign):
    theme = ThemePage.objects.get(slug="activiteiten")
    assert [mode for mode, _label in theme.preview_modes] == ["", "lijst"]
    page = serve_preview(theme, "lijst")
    assert page.find("form", id="step-form") is None
    assert page.select_one("ol.question-list") is not None


def test_the_editor_offers_both_previews(campaign, project_team_user, client):
    client.force_login(project_team_user)
    theme = ThemePage.objects.get(slug="activiteiten")
    edit = client.get(f"/admin/pages/{theme.pk}/edit/")
    assert edit.status_code == 200
    page = edit.content.decode()
    assert "Stap zoals een gemeente ze invult" in page
    assert "Openbare lijst van de vragen" in page
