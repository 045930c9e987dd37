"""A generated theme of N questions of mixed types, for query counts and benchmarks."""

from __future__ import annotations

from tests.factories import SECTORS, build_campaign, q

KINDS = [
    "integer",
    "decimal",
    "euro",
    "percentage",
    "yes_no",
    "single_choice",
    "multiple_choice",
    "short_text",
    "date",
    "table",
]


def generated_questions(count: int, prefix: str = "GEN") -> list[dict]:
    questions = []
    for index in range(count):
        kind = KINDS[index % len(KINDS)]
        code = f"{prefix}-{index + 1:03d}"
        extra: dict = {}
        if kind in ("integer", "decimal"):
            extra = {"unit": "", "min_value": 0, "max_value": None}
        elif kind in ("euro",):
            extra = {"min_value": 0, "max_value": None}
        elif kind in ("single_choice", "multiple_choice"):
            extra = {"options": [("a", "A"), ("b", "B"), ("c", "C")]}
        elif kind == "short_text":
            extra = {"max_length": 255}
        elif kind == "date":
            extra = {"min_date": None, "max_date": None}
        elif kind == "table":
            extra = {
                "rows": SECTORS,
                "columns": [("aantal", "Aantal")],
                "cell_type": "integer",
                "show_totals": True,
                "min_value": 0,
                "max_value": None,
            }
        questions.append(q(kind, code, **extra))
    return questions


def answer_post_data(count: int, prefix: str = "GEN") -> dict[str, str]:
    """Valid form input for every generated question."""
    data = {}
    for index in range(count):
        kind = KINDS[index % len(KINDS)]
        name = f"q__{prefix}-{index + 1:03d}"
        if kind == "table":
            for row, _label in SECTORS:
                data[f"{name}__{row}__aantal"] = str(index + 1)
        else:
            data[name] = {
                "integer": "1.234",
                "decimal": "12,5",
                "euro": "€ 2.500",
                "percentage": "12,5",
                "yes_no": "ja",
                "single_choice": "b",
                "multiple_choice": "a",
                "short_text": "Tekst",
                "date": "2025-12-31",
            }[kind]
    return data


def build_generated_campaign(home, *, werkjaar: int, count: int):
    return build_campaign(
        home,
        werkjaar=werkjaar,
        rubrics=[
            {
                "code": "GEN",
                "title": "Gegenereerd",
                "slug": "gegenereerd",
                "themes": [
                    {"title": "Alles", "slug": "alles", "questions": generated_questions(count)}
                ],
            }
        ],
    )
