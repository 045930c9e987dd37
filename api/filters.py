"""The query parameters of the answers API, checked before any query runs.

Bad input gets a 400 with a Dutch message per parameter, never a 500: every value is
bounded (lengths, characters, years) before it reaches the database.
"""

from __future__ import annotations

import base64
import binascii
import datetime
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from roles.models import Municipality
from roles.permissions import Action, can
from surveys.models import RubricStatus

from .selectors import AnswerFilters, Position

#: Parameters the API reads besides the filters (``format`` is DRF's).
OTHER_PARAMETERS = {"cursor", "page_size", "format"}


def _earliest() -> datetime.datetime:
    return datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)


def _latest() -> datetime.datetime:
    return datetime.datetime(2100, 1, 1, tzinfo=datetime.UTC)


@extend_schema_field({"type": "string", "format": "date-time"})
class MomentField(serializers.Field):
    """An ISO 8601 date or date-time; without a zone it is Brussels time."""

    default_error_messages = {
        "invalid": _(
            "Ongeldig tijdstip '{value}'. Gebruik ISO 8601, bijvoorbeeld 2025-05-01 of "
            "2025-05-01T08:30:00+02:00."
        ),
        "range": _("Het tijdstip moet tussen 2000 en 2100 liggen."),
    }

    def to_internal_value(self, data: Any) -> datetime.datetime:
        text = str(data).strip()
        try:
            moment = datetime.datetime.fromisoformat(text)
        except ValueError:
            self.fail("invalid", value=text[:40])
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment, timezone.get_default_timezone())
        try:
            if not _earliest() <= moment < _latest():
                self.fail("range")
        except OverflowError:
            self.fail("range")
        return moment

    def to_representation(self, value: datetime.datetime) -> str:
        return value.isoformat()


class StatusListField(serializers.CharField):
    """One status or several, comma-separated."""

    default_error_messages = {
        "unknown": _("Onbekende status '{value}'. Kies uit: {choices}."),
    }

    def to_internal_value(self, data: Any) -> frozenset[str]:
        text = super().to_internal_value(data)
        statuses = {part.strip() for part in text.split(",") if part.strip()}
        for status in sorted(statuses):
            if status not in RubricStatus.values:
                self.fail("unknown", value=status[:40], choices=", ".join(RubricStatus.values))
        return frozenset(statuses)


def decode_cursor(text: str) -> Position:
    """The position a cursor stands for; ValueError when it is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(text.encode("ascii") + b"=" * (-len(text) % 4))
        moment, _sep, pk = raw.decode("ascii").partition("|")
        position = Position(datetime.datetime.fromisoformat(moment), int(pk))
    except (ValueError, UnicodeError, binascii.Error) as error:
        raise ValueError(text) from error
    if timezone.is_naive(position.updated_at) or not 0 < position.id < 2**63:
        raise ValueError(text)
    if not _earliest() <= position.updated_at < _latest():
        raise ValueError(text)
    return position


def encode_cursor(position: Position) -> str:
    raw = f"{position.updated_at.isoformat()}|{position.id}".encode("ascii")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


class AnswerQuerySerializer(serializers.Serializer):
    """The filters and paging of ``GET /api/v1/antwoorden/``.

    Its context holds ``campaigns``: the published campaigns (``campaigns_for_api``).
    """

    werkjaar = serializers.IntegerField(
        required=False,
        min_value=1900,
        max_value=2999,
        help_text="Werkjaar of a published campaign (see /api/v1/campagnes/).",
    )
    nis = serializers.RegexField(
        r"^\d{5}$",
        required=False,
        error_messages={"invalid": _("Een NIS-code bestaat uit vijf cijfers.")},
        help_text="NIS code of a municipality (see /api/v1/gemeenten/).",
    )
    rubriek = serializers.RegexField(
        r"^[A-Za-z0-9_-]{1,10}$",
        required=False,
        error_messages={
            "invalid": _("Een rubriekcode bestaat uit hoogstens 10 letters of cijfers.")
        },
        help_text="Rubric code, e.g. MED.",
    )
    code = serializers.RegexField(
        r"^[A-Za-z0-9_.:-]{1,40}$",
        required=False,
        error_messages={"invalid": _("Een vraagcode bestaat uit hoogstens 40 letters of cijfers.")},
        help_text="Question code, e.g. MED-02.",
    )
    status = StatusListField(
        required=False,
        max_length=200,
        help_text=(
            "Status of the rubric, comma-separated: niet_gestart, in_uitvoering, volledig, "
            "bevestigd. Anything but bevestigd needs the scope antwoorden:voorlopig. Default: "
            "every status the token may read."
        ),
    )
    gewijzigd_sinds = MomentField(
        required=False,
        help_text=(
            "Only answers changed (or whose rubric was confirmed or reopened) at or after this "
            "moment; ISO 8601, Brussels time without a zone."
        ),
    )
    cursor = serializers.CharField(
        required=False, max_length=200, help_text="The cursor from the previous page's link."
    )
    page_size = serializers.IntegerField(
        required=False,
        min_value=1,
        help_text="Answers per page (default API_PAGE_SIZE, at most API_MAX_PAGE_SIZE).",
    )

    def validate_werkjaar(self, value: int) -> int:
        known = [campaign.werkjaar for campaign in self.context["campaigns"]]
        if value not in known:
            raise serializers.ValidationError(
                _("Onbekend werkjaar {werkjaar}. Gepubliceerde werkjaren: {known}.").format(
                    werkjaar=value, known=", ".join(str(year) for year in known) or "-"
                )
            )
        return value

    def validate_nis(self, value: str) -> str:
        if not Municipality.objects.filter(nis_code=value).exists():
            raise serializers.ValidationError(_("Onbekende NIS-code {nis}.").format(nis=value))
        return value

    def validate_cursor(self, value: str) -> Position:
        try:
            return decode_cursor(value)
        except ValueError:
            raise serializers.ValidationError(
                _("Ongeldige cursor. Gebruik de link 'volgende' van de vorige pagina.")
            ) from None

    def validate_page_size(self, value: int) -> int:
        if value > settings.API_MAX_PAGE_SIZE:
            raise serializers.ValidationError(
                _("Hoogstens {maximum} antwoorden per pagina.").format(
                    maximum=settings.API_MAX_PAGE_SIZE
                )
            )
        return value

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(self.initial_data) - set(self.fields) - OTHER_PARAMETERS)
        if unknown:
            raise serializers.ValidationError(
                {
                    "parameters": _("Onbekende parameter(s): {names}. Mogelijk: {known}.").format(
                        names=", ".join(name[:40] for name in unknown[:5]),
                        known=", ".join(sorted(set(self.fields) - {"cursor"})),
                    )
                }
            )
        return attrs

    def filters_for(self, client: Any) -> AnswerFilters:
        """The filters, with the statuses this client may read (PermissionDenied if not)."""
        from rest_framework.exceptions import PermissionDenied

        data = self.validated_data
        provisional = can(client, Action.API_READ_PROVISIONAL)
        statuses = data.get("status") or (
            frozenset(RubricStatus.values) if provisional else frozenset({RubricStatus.CONFIRMED})
        )
        if not provisional and statuses != {RubricStatus.CONFIRMED}:
            raise PermissionDenied(
                _(
                    "Voorlopige antwoorden (status {statuses}) vragen de scope "
                    "antwoorden:voorlopig. Vraag die aan bij het projectteam."
                ).format(statuses=", ".join(sorted(statuses - {RubricStatus.CONFIRMED})))
            )
        return AnswerFilters(
            statuses=statuses,
            werkjaar=data.get("werkjaar"),
            nis=data.get("nis"),
            rubric=data.get("rubriek"),
            code=data.get("code"),
            changed_since=data.get("gewijzigd_sinds"),
        )
