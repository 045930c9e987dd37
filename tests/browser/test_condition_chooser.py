"""The project team chooses a question's condition from selects in the page editor.

What is stored stays the codes (question, operator, answer); the editor no longer types
them but picks an earlier question of the rubric and then one of its answers.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import AXE, inject_axe, login, screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def options_of(select) -> list[str]:
    return select.locator("option").evaluate_all("options => options.map(o => o.textContent)")


def condition_of(block: int):
    """The three selects of the condition of the question at ``block`` in the editor."""
    prefix = f"body-{block}-value-condition"
    return tuple(f'select[name="{prefix}-{part}"]' for part in ("question", "operator", "value"))


def test_the_editor_picks_an_earlier_question_then_one_of_its_answers(page, site, settings):
    from surveys.models import ThemePage

    # The editor pings Wagtail's editing sessions every 10 s; the tests' in-memory SQLite
    # database takes one writer at a time, so a ping during "Publiceren" could refuse it.
    settings.WAGTAIL_EDITING_SESSION_PING_INTERVAL = 10 * 60 * 1000

    doelgroepen = ThemePage.objects.get(slug="doelgroepen")
    login(page, site, "projectteam")
    page.goto(site["url"] + f"/admin/pages/{doelgroepen.pk}/edit/")

    # The stored condition of AAN-06 (AAN-05 contains senioren) shows in the selects.
    question, operator, answer = (page.locator(s) for s in condition_of(1))
    expect(question).to_have_value("AAN-05")
    expect(answer).to_have_value("senioren")

    # An option renamed in this editing session, not saved yet, is offered as it reads now.
    page.locator('[name="body-0-value-options-1-value-label"]').fill("Jongeren")

    # AAN-07 ("Sinds wanneer?") is the third question; its condition is empty.
    question, operator, answer = (page.locator(s) for s in condition_of(2))
    page.locator("#block_group-body-2-value-condition-section [data-panel-toggle]").click()
    expect(question).to_be_visible()
    expect(question).to_have_value("")
    question.focus()
    expect(question.locator("option")).to_have_count(4)
    assert options_of(question) == [
        "– Altijd tonen (geen voorwaarde) –",
        "AAN-02 – Is er een speelpleinwerking?",  # the earlier theme Activiteiten
        "AAN-03 – Wie organiseert ze?",
        "AAN-05 – Voor welke doelgroepen?",  # earlier in this theme; AAN-06 is a text
    ]
    expect(question.locator("optgroup")).to_have_count(2)
    assert question.locator("optgroup").evaluate_all("gs => gs.map(g => g.label)") == [
        "Thema: Activiteiten",
        "Eerder in dit thema",
    ]
    assert options_of(answer) == ["Kies eerst een vraag"]

    question.select_option("AAN-02")
    expect(operator).to_have_value("equals")
    expect(answer.locator("option")).to_have_count(3)
    assert options_of(answer) == ["– Kies een antwoord –", "Ja (ja)", "Nee (nee)"]

    question.select_option(label="AAN-05 – Voor welke doelgroepen?")
    expect(operator).to_have_value("contains")
    expect(answer.locator("option")).to_have_count(4)
    assert options_of(answer) == [
        "– Kies een antwoord –",
        "Kleuters (kleuters)",
        "Jongeren (tieners)",
        "Senioren (senioren)",
    ]
    answer.select_option(label="Jongeren (tieners)")
    screenshot(page, "voorwaarde-gekozen")
    if AXE.exists():  # the condition's own fields (Wagtail's editor around them is Wagtail's)
        inject_axe(page)
        levels = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']"
        result = page.evaluate(
            "async () => await axe.run('#block_group-body-2-value-condition-content',"
            f" {{runOnly: {levels}}})"
        )
        assert [violation["id"] for violation in result["violations"]] == []

    page.get_by_role("button", name=re.compile("Meer acties")).click()
    page.get_by_role("button", name="Publiceren").click()
    expect(page.get_by_text(re.compile("is gepubliceerd"))).to_be_visible()

    doelgroepen.refresh_from_db()
    stored = [block.value["condition"] for block in doelgroepen.body]
    assert dict(stored[2]) == {"question": "AAN-05", "operator": "contains", "value": "tieners"}
    assert dict(stored[1]) == {"question": "AAN-05", "operator": "contains", "value": "senioren"}
