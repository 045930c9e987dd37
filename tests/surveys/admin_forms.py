"""POST data for the Wagtail page editor, in the shape its StreamField widgets send."""

from __future__ import annotations

from typing import Any

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield


def _list(items: list[Any]) -> dict[str, Any]:
    data: dict[str, Any] = {"count": str(len(items))}
    for index, item in enumerate(items):
        data[str(index)] = {"value": item, "deleted": "", "order": str(index), "id": ""}
    return data


def question(kind: str, code: str, text: str = "Vraag", **settings: Any) -> tuple[str, dict]:
    """One question block as editor form data."""
    value: dict[str, Any] = {
        "code": code,
        "text": text,
        "help_text": "",
        "definitions": _list([str(pk) for pk in settings.pop("definitions", [])]),
        "condition": settings.pop("condition", {"question": "", "operator": "equals", "value": ""}),
    }
    for flag in ("required", "allow_unknown", "allow_not_applicable", "show_totals"):
        if settings.pop(flag, False):
            value[flag] = "on"
    for name in ("options", "rows", "columns"):
        if name in settings:
            value[name] = _list([{"code": c, "label": label} for c, label in settings.pop(name)])
    for key, setting in settings.items():
        value[key] = "" if setting is None else str(setting)
    return kind, value


def theme_form(title: str, slug: str, questions: list[tuple[str, dict]], **extra: Any) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "intro": rich_text(""),
            "body": streamfield(questions),
            **extra,
        }
    )


def check(kind: str, code: str, message: str = "Controleer dit.", **fields: Any) -> tuple:
    """One check block of a rubric as editor form data (``parts``: a list of references)."""
    value: dict[str, Any] = {"code": code, "message": message, "severity": "waarschuwing"}
    for name, setting in fields.items():
        value[name] = _list(setting) if isinstance(setting, list) else str(setting)
    return kind, value


def rubric_form(title: str, slug: str, code: str, checks: list[tuple], **extra: Any) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "code": code,
            "intro": rich_text(""),
            "checks": streamfield(checks),
            **extra,
        }
    )
