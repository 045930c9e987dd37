"""Choosing a condition in the page editor: selects of the earlier questions and their answers.

A condition is stored as plain codes (question code, operator, answer code), as before.
Only the editor changes: instead of typing codes, the editor picks a question from the
earlier questions of the rubric and then one of its answers. The choices come from
``condition_chooser.js``, which asks ``surveys.admin_views.ConditionQuestionsView`` for
the questions of the earlier themes and reads the earlier questions of the theme being
edited from the form itself (they may not be saved yet). ``surveys.rules`` remains the
authority: it checks every condition again when the page is saved.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.urls import reverse
from django.utils.functional import Promise, cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.telepath import register
from wagtail.admin.telepath.widgets import WidgetAdapter

QUESTION = "question"
ANSWER = "answer"


class ConditionSelect(forms.Select):
    """A select whose options the page editor's script fills (question or answer codes).

    Rendered with only the empty choice: the script adds the stored code and the options
    it finds, so a stored code never gets lost, even one that no longer fits.
    """

    def __init__(self, role: str, empty_label: str | Promise, attrs: dict[str, Any] | None = None):
        super().__init__(attrs=attrs, choices=[("", empty_label)])
        self.role = role


class ConditionSelectAdapter(WidgetAdapter):
    js_constructor = "surveys.widgets.ConditionSelect"

    def js_args(self, widget: ConditionSelect) -> list[Any]:
        return [
            widget.render("__NAME__", None, attrs={"id": "__ID__"}),
            {
                "role": widget.role,
                "questionsUrl": reverse("surveys_editor:condition_questions"),
                "strings": {
                    "thisTheme": str(_("Eerder in dit thema")),
                    "theme": str(_("Thema: %(title)s")),
                    "notFound": str(_("%(code)s (niet bij de eerdere vragen)")),
                    "chooseQuestionFirst": str(_("Kies eerst een vraag")),
                },
            },
        ]

    @cached_property
    def media(self) -> forms.Media:
        return super().media + forms.Media(js=["theme/js/condition-chooser.js"])


register(ConditionSelectAdapter(), ConditionSelect)


class ConditionCodeBlock(blocks.CharBlock):
    """A code of a condition (question or answer), chosen from a select in the editor.

    Stored as the code string, like a CharBlock; migrations see a CharBlock, because the
    select is only how the editor offers the codes.
    """

    def __init__(self, role: str, empty_label: str | Promise, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.field.widget = ConditionSelect(role=role, empty_label=empty_label)
        self.role = role
        self.empty_label = empty_label

    def deconstruct(self) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
        _path, args, kwargs = super().deconstruct()
        kwargs.pop("role", None)
        kwargs.pop("empty_label", None)
        return "wagtail.blocks.CharBlock", args, kwargs


def condition_answers(block: Any, value: Any) -> tuple[str, list[dict[str, str]]] | None:
    """The operator and the answers (code, label) a condition on this question may test.

    None when a condition cannot test this question's type. The question block says both
    (``condition_targets`` and ``describe``): nothing here asks which type it is.
    """
    targets = block.condition_targets(value)
    if not targets:
        return None
    operator, codes = next(iter(targets.items()))
    codes = {code for code in codes if code}
    answers = []
    for option in block.describe(value).get("options") or []:
        if option["code"] in codes:
            answers.append({"code": option["code"], "label": str(option["label"])})
            codes.discard(option["code"])
    answers += [{"code": code, "label": code} for code in sorted(codes)]
    return operator, answers


def condition_types(stream_block: Any) -> dict[str, dict[str, Any]]:
    """Per block type a condition can test: its operator, and its fixed answers (ja/nee).

    Types whose answers are their own options (single and multiple choice) say so with
    ``answers_from``, so that the editor's script reads the options of a question that
    is not saved yet from the form.
    """
    types: dict[str, dict[str, Any]] = {}
    for name, block in stream_block.child_blocks.items():
        found = condition_answers(block, block.get_default())
        if found is None:
            continue
        operator, answers = found
        types[name] = {
            "operator": operator,
            "answers": answers,
            "answers_from": "options" if "options" in block.child_blocks else None,
        }
    return types
