"""Driving the registration pages as a browser would: fetch a step, fill the rendered form,
press a button; and reading back what is stored. Shared by the tests of every view.
"""

from __future__ import annotations

import datetime
from typing import Any

from bs4 import BeautifulSoup, Tag
from django.utils import timezone

from surveys.models import Answer, RubricResponse

OVERVIEW = "/registratie/2025/13017/"
BRECHT_OVERVIEW = "/registratie/2025/11009/"
START = "/registratie/"

SAVE = {"action": "save"}
NEXT = {"action": "next"}


def goto(slug: str) -> dict[str, str]:
    """The "Vorige" and step-list buttons: wizard_goto_step=<slug>."""
    return {"wizard_goto_step": slug}


def step_url(rubric: str, slug: str) -> str:
    return f"{OVERVIEW}{rubric}/{slug}/"


def summary_url(rubric: str) -> str:
    return f"{OVERVIEW}{rubric}/"


def audit_url(rubric: str) -> str:
    return f"{OVERVIEW}{rubric}/historiek/"


ACTIVITEITEN = step_url("AAN", "activiteiten")
DOELGROEPEN = step_url("AAN", "doelgroepen")
UITGAVEN = step_url("FIN", "uitgaven")


# --- reading pages ------------------------------------------------------------------------


def html(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def attribute(element: Tag, name: str, default: str | None = None) -> str:
    """A single-valued attribute as text (bs4 also allows a list, as for ``class``)."""
    value = element.get(name, default)
    assert isinstance(value, str), f"no single {name} attribute on {element.name}"
    return value


def text(response) -> str:
    """The visible text of the page, whitespace (and &nbsp;) collapsed."""
    return " ".join(html(response).get_text(" ").split())


def messages_on(response) -> list[str]:
    return [" ".join(p.get_text().split()) for p in html(response).select(".messages .message")]


def errors_at(response, code: str) -> list[str]:
    """The error messages shown next to one question."""
    block = html(response).find(id=f"fout-{code}")
    assert block is not None, f"question {code} is not on the page"
    return [" ".join(p.get_text().split()) for p in block.select(".field__error")]


def messages_or_errors(response) -> str:
    """The messages and the form-wide errors of a page (not the explanatory texts)."""
    page = html(response)
    found = page.select(".messages .message") + page.select(".message--error")
    return " ".join(" ".join(element.get_text().split()) for element in found)


def all_field_errors(response) -> list[str]:
    return [p.get_text(strip=True) for p in html(response).select(".field__error")]


def question_block(response, code: str):
    block = html(response).find(id=f"vraag-{code}")
    assert block is not None, f"question {code} is not on the page"
    return block


def input_value(response, name: str) -> str | None:
    element = html(response).find("input", attrs={"name": name, "type": lambda t: t != "radio"})
    assert element is not None, f"no input {name}"
    return attribute(element, "value") if element.has_attr("value") else None


def checked_value(response, name: str) -> list[str]:
    return [
        attribute(element, "value", "")
        for element in html(response).find_all("input", attrs={"name": name})
        if element.has_attr("checked")
    ]


def buttons(response) -> list[str]:
    return [" ".join(b.get_text().split()) for b in html(response).find_all("button")]


def form_data(response, form_id: str = "step-form") -> dict[str, list[str]]:
    """What a browser submits for the rendered form, without the pressed button."""
    form = html(response).find("form", id=form_id)
    assert form is not None, f"no form #{form_id} on the page"
    data: dict[str, list[str]] = {}
    for element in form.find_all(["input", "select", "textarea"]):
        name = attribute(element, "name", "")
        if not name or element.has_attr("disabled"):
            continue
        kind = attribute(element, "type", "text") if element.name == "input" else element.name
        if kind in ("submit", "button", "image", "reset"):
            continue
        if kind in ("radio", "checkbox"):
            if element.has_attr("checked"):
                data.setdefault(name, []).append(attribute(element, "value", "on"))
            continue
        if kind == "select":
            chosen = element.find_all("option", selected=True) or element.find_all("option")[:1]
            data.setdefault(name, []).extend(attribute(option, "value", "") for option in chosen)
            continue
        if kind == "textarea":
            # A browser drops the newline right after <textarea>.
            data.setdefault(name, []).append(element.get_text().removeprefix("\n"))
            continue
        data.setdefault(name, []).append(attribute(element, "value", ""))
    return data


def answer_inputs(response) -> list[Any]:
    """Every input, select and textarea that holds an answer (q__… and s__…)."""
    form = html(response).find("form", id="step-form")
    assert form is not None, "no form #step-form on the page"
    return [
        element
        for element in form.find_all(["input", "select", "textarea"])
        if attribute(element, "name", "").startswith(("q__", "s__"))
    ]


def fill(fields: dict[str, list[str]], data: dict[str, Any] | None) -> dict[str, list[str]]:
    """Type ``data`` over the fields (None unchecks / removes a field)."""
    fields = {name: list(values) for name, values in fields.items()}
    for name, value in (data or {}).items():
        if value is None:
            fields.pop(name, None)
        else:
            fields[name] = list(value) if isinstance(value, list | tuple) else [str(value)]
    return fields


def post_step(client, url: str, data: dict[str, Any] | None = None, button=SAVE, *, page=None):
    """Open the step (or reuse a rendered ``page``), type ``data`` and press ``button``."""
    page = page if page is not None else client.get(url)
    assert page.status_code == 200, page.status_code
    return client.post(url, {**fill(form_data(page), data), **button})


# --- reading the database -----------------------------------------------------------------


def stored() -> dict[str, Answer]:
    return {
        answer.question_code: answer
        for answer in Answer.objects.filter(participation__municipality__nis_code="13017")
    }


def response_of(rubric: str) -> RubricResponse:
    return RubricResponse.objects.select_related("confirmed_by").get(
        participation__municipality__nis_code="13017", rubric__code=rubric
    )


def days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


def move_campaign(campaign, *, opening: int, closing: int, deadline: int) -> None:
    """Set the campaign's dates (days from today) on the live page row."""
    campaign.opening_date = days(opening)
    campaign.closing_date = days(closing)
    campaign.confirmation_deadline = days(deadline)
    campaign.save()


def overview_rows(response) -> dict[str, Any]:
    rows = {}
    for row in html(response).select("table.status-table tbody tr"):
        cells = row.find_all(["th", "td"])
        link = cells[0].find("a")
        assert link is not None, "the rubric's name is not a link"
        rows[" ".join(cells[0].get_text().split())] = {
            "status": " ".join(cells[1].get_text().split()),
            "beantwoord": " ".join(cells[2].get_text().split()),
            "bevestigd": " ".join(cells[3].get_text().split()),
            "themes": [a["href"] for a in cells[4].find_all("a")],
            "link": attribute(link, "href"),
        }
    return rows
