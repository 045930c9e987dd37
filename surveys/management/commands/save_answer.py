"""Support tool: save one answer for a municipality through the save service."""

import json

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from roles.models import Municipality
from surveys.selectors import (
    answers_for_rubric,
    campaign_live_by_werkjaar,
    participation_for,
    questionnaire_for_campaign,
)
from surveys.services import AnswerInput, RegistrationError, answers_save


class Command(BaseCommand):
    help = "Save one answer as a given user (support). Confirmed rubrics refuse it, as everywhere."

    def add_arguments(self, parser):
        parser.add_argument("--werkjaar", type=int, required=True)
        parser.add_argument("--nis", required=True)
        parser.add_argument("--code", required=True, help="Question code, e.g. AAN-01")
        parser.add_argument(
            "--value",
            default="",
            help="The answer as a person would type it; a table as JSON "
            '({"row": {"column": "12"}}), several choices separated by commas',
        )
        parser.add_argument("--special", default="", choices=["", "onbekend", "nvt"])
        parser.add_argument("--user", required=True, help="Username acting (must have the role)")

    def handle(self, *args, werkjaar, nis, code, value, special, user, **options):
        campaign = campaign_live_by_werkjaar(werkjaar=werkjaar)
        if campaign is None:
            raise CommandError(f"Geen gepubliceerde campagne voor werkjaar {werkjaar}.")
        municipality = Municipality.objects.filter(nis_code=nis).first()
        if municipality is None:
            raise CommandError(f"Geen gemeente met NIS-code {nis}.")
        actor = get_user_model().objects.filter(username=user).first()
        if actor is None:
            raise CommandError(f"Geen gebruiker {user}.")
        questionnaire = questionnaire_for_campaign(campaign=campaign)
        rubric = next((r for r in questionnaire.rubrics if code in r.by_code), None)
        if rubric is None:
            raise CommandError(f"Geen vraag met code {code} in werkjaar {werkjaar}.")
        question = rubric.by_code[code]
        raw: object = value
        if question.type_code == "table" and not special:
            # A table is answered cell by cell: {"rij": {"kolom": "waarde"}}.
            try:
                raw = json.loads(value or "{}")
            except ValueError:
                raw = None
            if not isinstance(raw, dict) or not all(isinstance(v, dict) for v in raw.values()):
                raise CommandError(
                    f"Vraag {code} is een tabel: geef de cellen als JSON, bijvoorbeeld "
                    '--value \'{"cultuur": {"aantal": "12"}}\'.'
                )
        elif question.type_code == "multiple_choice" and not special:
            raw = [part.strip() for part in value.split(",") if part.strip()]
        try:
            cleaned = question.form_field().clean(raw) if not special else None
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        participation = participation_for(municipality=municipality, campaign=campaign)
        existing = answers_for_rubric(participation=participation, rubric=rubric).get(code)
        try:
            result = answers_save(
                municipality=municipality,
                campaign=campaign,
                rubric=rubric,
                by=actor,
                values={code: AnswerInput(value=question.to_storage(cleaned), special=special)},
                seen_versions={code: existing.version if existing else 0},
            )
        except RegistrationError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Opgeslagen: {', '.join(result.saved) or 'niets gewijzigd'}")
