"""Export all answers of a campaign to a CSV or XLSX file, as the admin's export does."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from reports.exports.services import CSV, FORMATS, XLSX, answers_export_write
from surveys.selectors import campaign_live_by_werkjaar


class Command(BaseCommand):
    help = (
        "Schrijft alle antwoorden van een bevragingsronde naar een CSV- of XLSX-bestand: "
        "één rij per antwoordcel, enkel vragen die van toepassing zijn."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--werkjaar", type=int, required=True, help="bv. 2025")
        parser.add_argument(
            "--format",
            choices=FORMATS,
            help="csv of xlsx (standaard: volgens de extensie van --output, anders csv)",
        )
        parser.add_argument("--output", required=True, help="het bestand om te schrijven")

    def handle(self, *args: Any, werkjaar: int, output: str, **options: Any) -> None:
        campaign = campaign_live_by_werkjaar(werkjaar=werkjaar)
        if campaign is None:
            raise CommandError(
                f"Er is geen gepubliceerde bevragingsronde voor werkjaar {werkjaar}."
            )
        path = Path(output)
        file_format = options.get("format") or (XLSX if path.suffix.lower() == ".xlsx" else CSV)
        partial = path.with_name(f".{path.name}.part")
        try:
            with partial.open("wb") as target:
                count = answers_export_write(
                    campaign=campaign, file_format=file_format, target=target
                )
            os.replace(partial, path)  # never leave a half-written file under the real name
        finally:
            partial.unlink(missing_ok=True)
        self.stdout.write(f"{count} rijen geschreven naar {path} ({file_format}).")
