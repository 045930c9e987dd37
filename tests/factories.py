"""Test data built through the same code paths as the demo: pages published as revisions."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone

from cms.demo.seed import question_raw
from surveys.models import CampaignPage, RubricPage, ThemePage


def q(kind: str, code: str, text: str | None = None, **extra: Any) -> dict[str, Any]:
    """A question in the demo data format."""
    return {
        "type": kind,
        "code": code,
        "text": text or f"Vraag {code}",
        "help_text": "",
        "required": extra.pop("required", True),
        "allow_unknown": extra.pop("allow_unknown", False),
        "allow_not_applicable": extra.pop("allow_not_applicable", False),
        "definitions": extra.pop("definitions", []),
        "condition": extra.pop("condition", None),
        **extra,
    }


SECTORS = [
    ("cultuur", "Cultuur"),
    ("jeugd", "Jeugd"),
    ("sport", "Sport"),
    ("vrijetijdsdienst", "Geïntegreerde vrijetijdsdienst"),
]

DEFAULT_RUBRICS: list[dict[str, Any]] = [
    {
        "code": "AAN",
        "title": "Aanbod",
        "slug": "aanbod",
        "themes": [
            {
                "title": "Activiteiten",
                "slug": "activiteiten",
                "questions": [
                    q(
                        "table",
                        "AAN-01",
                        rows=SECTORS,
                        columns=[("aantal", "Aantal")],
                        cell_type="integer",
                        show_totals=True,
                        min_value=0,
                        max_value=None,
                    ),
                    q("yes_no", "AAN-02", "Is er een speelpleinwerking?"),
                    q(
                        "single_choice",
                        "AAN-03",
                        "Wie organiseert ze?",
                        options=[("gemeente", "De gemeente"), ("vzw", "Een vzw")],
                        condition={"question": "AAN-02", "operator": "equals", "value": "ja"},
                    ),
                    q(
                        "integer",
                        "AAN-04",
                        "Hoeveel speeldagen?",
                        unit="dagen",
                        min_value=0,
                        max_value=366,
                        allow_unknown=True,
                        condition={"question": "AAN-02", "operator": "equals", "value": "ja"},
                    ),
                ],
            },
            {
                "title": "Doelgroepen",
                "slug": "doelgroepen",
                "questions": [
                    q(
                        "multiple_choice",
                        "AAN-05",
                        "Voor welke doelgroepen?",
                        options=[
                            ("kleuters", "Kleuters"),
                            ("tieners", "Tieners"),
                            ("senioren", "Senioren"),
                        ],
                        allow_not_applicable=True,
                    ),
                    q(
                        "short_text",
                        "AAN-06",
                        "Welk seniorenaanbod?",
                        max_length=255,
                        condition={
                            "question": "AAN-05",
                            "operator": "contains",
                            "value": "senioren",
                        },
                    ),
                    q(
                        "date",
                        "AAN-07",
                        "Sinds wanneer?",
                        required=False,
                        min_date="2000-01-01",
                        max_date=None,
                    ),
                ],
            },
        ],
    },
    {
        "code": "FIN",
        "title": "Financiën",
        "slug": "financien",
        "themes": [
            {
                "title": "Uitgaven",
                "slug": "uitgaven",
                "questions": [
                    q("euro", "FIN-01", "Exploitatie-uitgaven", min_value=0, max_value=None),
                    q("percentage", "FIN-02", "Aandeel vrije tijd"),
                    q(
                        "decimal",
                        "FIN-03",
                        "VTE",
                        unit="VTE",
                        min_value=0,
                        max_value="500",
                        definitions=["VTE"],
                    ),
                    q("long_text", "FIN-04", "Toelichting", required=False, max_length=2000),
                ],
            },
        ],
    },
]


def build_campaign(
    home: Any,
    *,
    definitions: dict[str, Any] | None = None,
    werkjaar: int = 2025,
    rubrics: list[dict[str, Any]] | None = None,
    opening_date: datetime.date | None = None,
) -> CampaignPage:
    today = timezone.localdate()
    opening = opening_date or today - datetime.timedelta(days=10)
    campaign = CampaignPage(
        title=f"Vrijetijdsmonitor {werkjaar}",
        slug=f"vragenlijst-{werkjaar}",
        werkjaar=werkjaar,
        opening_date=opening,
        closing_date=opening + datetime.timedelta(days=40),
        confirmation_deadline=opening + datetime.timedelta(days=60),
    )
    home.add_child(instance=campaign)
    campaign.save_revision().publish()
    for rubric_spec in rubrics if rubrics is not None else DEFAULT_RUBRICS:
        rubric = RubricPage(
            title=rubric_spec["title"], slug=rubric_spec["slug"], code=rubric_spec["code"]
        )
        campaign.add_child(instance=rubric)
        rubric.save_revision().publish()
        for theme_spec in rubric_spec["themes"]:
            theme = ThemePage(
                title=theme_spec["title"],
                slug=theme_spec["slug"],
                body=[question_raw(spec, definitions or {}) for spec in theme_spec["questions"]],
            )
            rubric.add_child(instance=theme)
            theme.save_revision().publish()
    return campaign
