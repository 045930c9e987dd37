"""The markup of one question of a step, written in Python.

A step shows up to a few hundred questions, each with its label, help, errors, input,
special answers, the previous campaign's answer, the findings of the checks, an
explanation and definitions. Through a template that cost about as much as all the rest
of the page (some thirty variable look-ups per question); written here as plain strings
it is a fraction of it. The step template and the editor's preview both call
``question_html(row)`` (``{{ row.html }}``). Every text is escaped once, here.
"""

from __future__ import annotations

from html import escape
from typing import Any

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _


def _text(value: Any) -> str:
    if isinstance(value, SafeString):
        return str(value)
    return escape(str(value), quote=False)


def _attribute(value: Any) -> str:
    return escape(str(value), quote=True)


def _errors(errors: Any) -> str:
    return "".join(f'<p class="field__error">{_text(error)}</p>' for error in errors)


def question_html(row: Any) -> SafeString:
    """One question block of the step form (see ``surveys.forms.step.QuestionRow``)."""
    question = row.question
    code = _attribute(question.code)
    classes = "question question--error" if row.field.errors else "question"
    attributes = f' id="vraag-{code}" data-code="{code}"'
    condition = question.condition
    if condition is not None:
        attributes += (
            f' data-condition-question="{_attribute(condition.question)}"'
            f' data-condition-operator="{_attribute(condition.operator)}"'
            f' data-condition-value="{_attribute(condition.value)}"'
        )
    if not row.visible:
        attributes += " hidden"
    parts = [f'<div class="{classes}"{attributes}>']

    label = f'<span class="code">{code}</span> {_text(question.text)}'
    if question.required:
        label += f' <span class="badge">{_text(_("verplicht"))}</span>'
    unit = getattr(row.field.field, "unit", "")
    if unit:
        label += f' <span class="muted">({_text(unit)})</span>'
    if row.grouped:
        parts.append(
            f'<fieldset class="question__group"><legend class="question__label">{label}</legend>'
        )
    else:
        parts.append(
            f'<label class="question__label" for="{_attribute(row.field.id_for_label)}">'
            f"{label}</label>"
        )
    if question.help_text:
        parts.append(f'<p class="question__help" id="hulp-{code}">{_text(question.help_text)}</p>')
    parts.append(f'<div id="fout-{code}">{_errors(row.field.errors)}</div>')

    if row.keep is not None:
        parts.append(
            f'<div class="conflict" role="group" aria-labelledby="conflict-{code}">'
            f'<p id="conflict-{code}"><strong>'
            f"{_text(_('Dit antwoord werd intussen gewijzigd.'))}</strong></p>"
        )
        conflict = row.conflict
        if conflict is not None:
            saved_by = _("Opgeslagen door %(author)s") % {"author": conflict.their_author}
            parts.append(
                f'<dl class="conflict__values"><dt>{_text(saved_by)}</dt>'
                f"<dd>{_text(conflict.theirs_text)}</dd>"
                f"<dt>{_text(_('Uw antwoord'))}</dt><dd>{_text(conflict.mine_text)}</dd></dl>"
            )
        parts.append(f"{_errors(row.keep.errors)}{row.keep}</div>")

    parts.append(f'<div class="question__input">{row.field}</div>')
    if row.special is not None:
        parts.append(
            f'<div class="question__special"><span class="muted">{_text(_("Of kies:"))}</span> '
            f"{row.special}</div>"
        )
    previous = row.previous_text
    if previous:
        said = _("Vorige bevraging (werkjaar %(werkjaar)s):") % {"werkjaar": row.previous_werkjaar}
        parts.append(
            f'<div class="question__previous"><span class="muted">{_text(said)}</span> '
            f"{_text(previous)}</div>"
        )
    for finding in row.findings:
        icon, word = ("✖", _("Fout")) if finding.is_error else ("⚠", _("Waarschuwing"))
        parts.append(
            f'<div class="finding finding--{_attribute(finding.severity)}" '
            f'data-check="{_attribute(finding.check)}"><p><strong>'
            f'<span aria-hidden="true">{icon}</span> {_text(word)}:</strong> '
            f'{_text(finding.message)} <span class="finding__figures">'
            f"{_text(finding.figures)}</span></p></div>"
        )
    explanation = row.explanation
    if explanation is not None:
        field_id = _attribute(explanation.id_for_label)
        error_class = " field--error" if explanation.errors else ""
        parts.append(
            f'<div class="field question__explanation{error_class}">'
            f'<label for="{field_id}">{_text(explanation.label)}</label>'
            f'<p class="field__help" id="{field_id}_helptext">{_text(explanation.help_text)}</p>'
            f"{_errors(explanation.errors)}{explanation}</div>"
        )
    for definition in question.definitions:
        example = ""
        if definition.example:
            example = f"<p><em>{_text(_('Zo telt u:'))}</em> {_text(definition.example)}</p>"
        parts.append(
            f'<details class="definition"><summary>{_text(_("Definitie:"))} '
            f"{_text(definition.term)}</summary><p>{_text(definition.explanation)}</p>"
            f"{example}</details>"
        )
    if row.grouped:
        parts.append("</fieldset>")
    parts.append("</div>")
    return mark_safe("\n".join(parts))
