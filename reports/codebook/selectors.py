"""The codebook of a campaign: every question and every check, as rows and as data.

Built from the published questionnaire (``surveys.questionnaires``) and the same question
data as the questionnaire API (``surveys.api.question_as_data``), so the codebook, the API
and the pages never disagree.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from django.utils.translation import gettext_lazy as _

from surveys.api import question_as_data, questionnaire_as_data
from surveys.questionnaire import Questionnaire

#: The columns of the codebook's question sheet: (key, header).
QUESTION_COLUMNS = [
    ("code", _("Code")),
    ("rubric", _("Rubriek")),
    ("theme", _("Thema")),
    ("position", _("Positie")),
    ("type", _("Type")),
    ("text", _("Vraag")),
    ("help_text", _("Uitleg")),
    ("required", _("Verplicht")),
    ("options", _("Antwoordopties (code=label)")),
    ("unit", _("Eenheid")),
    ("min", _("Minimum")),
    ("max", _("Maximum")),
    ("condition", _("Voorwaarde")),
    ("definitions", _("Definities")),
    ("previous_code", _("Code in de vorige campagne")),
    ("may_take_over", _("Mag overgenomen worden")),
]
#: The columns of the codebook's check sheet.
CHECK_COLUMNS = [
    ("rubric", _("Rubriek")),
    ("code", _("Code")),
    ("kind", _("Soort")),
    ("severity", _("Ernst")),
    ("message", _("Boodschap")),
    ("settings", _("Instellingen")),
]


def _options(data: dict[str, Any]) -> str:
    table = data.get("table")
    if table:
        rows = "; ".join(f"{r['code']}={r['label']}" for r in table.get("rows", []))
        columns = "; ".join(f"{c['code']}={c['label']}" for c in table.get("columns", []))
        return f"rijen: {rows} | kolommen: {columns}"
    return "; ".join(f"{o['code']}={o['label']}" for o in data.get("options") or [])


def question_rows(questionnaire: Questionnaire) -> Iterator[dict[str, Any]]:
    """One row per question, in questionnaire order."""
    for rubric in questionnaire.rubrics:
        for theme in rubric.themes:
            for position, question in enumerate(theme.questions, start=1):
                data = question_as_data(question)
                condition = data["condition"]
                yield {
                    "code": data["code"],
                    "rubric": rubric.code,
                    "theme": theme.slug,
                    "position": position,
                    "type": data["type"],
                    "text": data["text"],
                    "help_text": data["help_text"],
                    "required": data["required"],
                    "options": _options(data),
                    "unit": data["unit"] or "",
                    "min": "" if data["min"] is None else data["min"],
                    "max": "" if data["max"] is None else data["max"],
                    "condition": (
                        f"{condition['question']} {condition['operator']} {condition['value']}"
                        if condition
                        else ""
                    ),
                    "definitions": "; ".join(d["term"] for d in data["definitions"]),
                    "previous_code": data["previous_code"] or "",
                    "may_take_over": data["may_take_over"],
                }


def check_rows(questionnaire: Questionnaire) -> Iterator[dict[str, Any]]:
    """One row per check of a rubric, with its settings as JSON."""
    for rubric in questionnaire.rubrics:
        for check in rubric.checks:
            settings = {
                key: value
                for key, value in dict(check.value).items()
                if key not in ("code", "message", "severity")
            }
            yield {
                "rubric": rubric.code,
                "code": check.code,
                "kind": check.kind,
                "severity": check.severity,
                "message": check.message,
                "settings": json.dumps(settings, default=str, ensure_ascii=False, sort_keys=True),
            }


def codebook_data(questionnaire: Questionnaire) -> dict[str, Any]:
    """The codebook as JSON data: the questionnaire API's data plus every rubric's checks."""
    data = questionnaire_as_data(questionnaire)
    checks: dict[str, list[dict[str, Any]]] = {}
    for row in check_rows(questionnaire):
        checks.setdefault(row["rubric"], []).append(
            {
                **{k: v for k, v in row.items() if k != "settings"},
                "settings": json.loads(row["settings"]),
            }
        )
    for rubric in data["rubrics"]:
        rubric["checks"] = checks.get(rubric["code"], [])
    return data
