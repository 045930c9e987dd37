"""Mail merge: ((naam)), ((dienst)), ((gemeente)), ((link)), ((deadline)), ((beheerders))."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

PLACEHOLDERS = {
    "naam": "naam van de ontvanger",
    "dienst": "dienst van de ontvanger",
    "gemeente": "naam van de gemeente",
    "link": "link naar de registratie (of de handleiding)",
    "deadline": "uiterste datum",
    "beheerders": "de lokale beheerders van de gemeente en hoe u ze bereikt",
}
PATTERN = re.compile(r"\(\(\s*([^()]*?)\s*\)\)")


def unknown_placeholders(text: str) -> list[str]:
    return sorted({name for name in PATTERN.findall(text or "") if name not in PLACEHOLDERS})


def validate_placeholders(text: str) -> None:
    """Refuse a text with a placeholder we cannot fill, with the list of the allowed ones."""
    unknown = unknown_placeholders(text)
    if unknown:
        raise ValidationError(
            _("Onbekende invulvelden: %(unknown)s. Gebruik enkel: %(known)s.")
            % {
                "unknown": ", ".join(f"(({name}))" for name in unknown),
                "known": ", ".join(f"(({name}))" for name in PLACEHOLDERS),
            }
        )


def merge(text: str, values: dict[str, str]) -> str:
    return PATTERN.sub(lambda match: values.get(match.group(1), match.group(0)), text or "")
