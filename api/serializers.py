"""What the API gives out, as plain data.

The answers are built as dicts by ``api.selectors.answers_page`` (a sync reads hundreds of
thousands of rows: no serializer per row); the serializers here describe them for the
OpenAPI schema and serve the small lists.
"""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from roles.models import Municipality
from surveys.models import CampaignPage, RubricStatus
from surveys.specials import SpecialAnswer


class AnswerSerializer(serializers.Serializer):
    """One answer (schema only: rows come from ``answers_page``)."""

    id = serializers.IntegerField(help_text="Stable id of the answer.")
    werkjaar = serializers.IntegerField()
    nis = serializers.CharField(help_text="NIS code of the municipality.")
    rubriek = serializers.CharField(help_text="Rubric code.")
    code = serializers.CharField(help_text="Question code (see the codebook).")
    waarde = serializers.JSONField(
        allow_null=True,
        help_text=(
            "The stored value; its shape follows the question type in the codebook (a number "
            "as text, true/false, an option code, a list of option codes, a date, or for a "
            "table an object row → column → value). Null with a special value."
        ),
    )
    speciale_waarde = serializers.ChoiceField(
        choices=[value for value in SpecialAnswer.values if value], allow_null=True
    )
    toelichting = serializers.CharField(help_text="The municipality's explanation, if any.")
    status = serializers.ChoiceField(choices=RubricStatus.values, help_text="Status of the rubric.")
    bevestigd_op = serializers.DateTimeField(allow_null=True)
    versie = serializers.IntegerField(help_text="Goes up with every change of the answer.")
    gewijzigd_op = serializers.DateTimeField(help_text="Last change of the answer.")


class AnswerPageSerializer(serializers.Serializer):
    volgende = serializers.URLField(
        allow_null=True, help_text="The next page; null on the last page of a sync."
    )
    aantal = serializers.IntegerField(help_text="Answers on this page.")
    resultaten = AnswerSerializer(many=True)


class MunicipalitySerializer(serializers.ModelSerializer):
    nis = serializers.CharField(source="nis_code")
    naam = serializers.CharField(source="name")
    provincie = serializers.CharField(source="get_province_display")
    provincie_nis = serializers.CharField(source="province")

    class Meta:
        model = Municipality
        fields = ["nis", "naam", "provincie", "provincie_nis"]


class CampaignSerializer(serializers.ModelSerializer):
    titel = serializers.CharField(source="title")
    opening = serializers.DateField(source="opening_date")
    sluiting = serializers.DateField(source="closing_date")
    bevestigingsdeadline = serializers.DateField(source="confirmation_deadline")
    vorige_werkjaar = serializers.SerializerMethodField()
    codeboek = serializers.SerializerMethodField()

    class Meta:
        model = CampaignPage
        fields = [
            "werkjaar",
            "titel",
            "opening",
            "sluiting",
            "bevestigingsdeadline",
            "vorige_werkjaar",
            "codeboek",
        ]

    def get_vorige_werkjaar(self, campaign: CampaignPage) -> int | None:
        from surveys.sheets import previous_campaign_of

        previous = previous_campaign_of(campaign)
        return previous.werkjaar if previous is not None else None

    def get_codeboek(self, campaign: CampaignPage) -> str:
        from django.urls import reverse

        request: Any = self.context.get("request")
        path = reverse("api:codebook", kwargs={"werkjaar": campaign.werkjaar})
        return request.build_absolute_uri(path) if request is not None else path


class ErrorSerializer(serializers.Serializer):
    """A refusal: ``detail``, or a list of messages per parameter."""

    detail = serializers.CharField(required=False)
