"""The one vocabulary of special answers: "onbekend" and "niet van toepassing".

Stored in ``Answer.special``, offered next to a question, shown in every read-only view,
PDF and export. Everything that names a special answer imports it from here.
"""

from __future__ import annotations

from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _


class SpecialAnswer(models.TextChoices):
    NONE = "", _("—")
    UNKNOWN = "onbekend", _("onbekend")
    NOT_APPLICABLE = "nvt", _("niet van toepassing")


def special_label(special: str, *, capitalised: bool = False) -> str:
    """The Dutch words for a stored special answer ("" for none)."""
    if not special:
        return ""
    try:
        label = str(SpecialAnswer(special).label)
    except ValueError:
        label = special
    return str(capfirst(label)) if capitalised else label
