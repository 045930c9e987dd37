"""The forms of "Rekenblad opladen": the file, and the rows to correct in the preview."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..spreadsheets.reader import PreviewRow, cell_answer, max_upload_bytes


class SpreadsheetUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Rekenblad (.xlsx)"),
        help_text=gettext_lazy(
            "Het rekenblad dat u bij deze rubriek downloadde en invulde. Er wordt nog niets "
            "opgeslagen: u ziet eerst wat er zou veranderen."
        ),
        required=False,  # said in clean_file: a file too large to keep arrives as none
    )

    def __init__(self, *args: Any, too_large: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.too_large = too_large

    def clean_file(self) -> Any:
        file = self.cleaned_data.get("file")
        if self.too_large:
            raise ValidationError(
                _("Het bestand is te groot: een rekenblad mag hoogstens %(max)s zijn.")
                % {"max": filesizeformat(max_upload_bytes())}
            )
        if not file:
            raise ValidationError(_("Kies het rekenblad dat u wilt opladen."))
        return file


def fix_field_name(code: str) -> str:
    return f"fix__{code}"


class SpreadsheetFixForm(forms.Form):
    """One input per refused one-cell answer of the preview, read exactly like the cell.

    An input left empty leaves that question as it is; what cannot be read gets its error
    at the input and stays as typed.
    """

    def __init__(self, data: Any = None, *, rows: list[PreviewRow]) -> None:
        super().__init__(data)
        self.rows = {row.code: row for row in rows}
        for row in rows:
            self.fields[fix_field_name(row.code)] = forms.CharField(
                label=_("Rij %(row)s: %(code)s %(question)s")
                % {"row": row.row, "code": row.code, "question": row.question.text},
                help_text=_("Laat leeg om deze vraag niet te wijzigen."),
                required=False,
                initial=row.raw,
                max_length=20000,
                strip=True,
            )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        self.answers: dict[str, tuple[Any, str]] = {}
        for code, row in self.rows.items():
            name = fix_field_name(code)
            text = cleaned.get(name)
            if not text:
                continue
            try:
                self.answers[code] = cell_answer(row.question, text)
            except ValidationError as error:
                self.add_error(name, error)
        return cleaned
