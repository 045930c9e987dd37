"""GET /api/v1/antwoorden/: what a machine client reads, by scope, filter and page."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

URL = "/api/v1/antwoorden/"


def codes(response):
    return sorted((row["nis"], row["code"]) for row in response.json()["resultaten"])


def test_default_scope_reads_confirmed_answers_only(confirmed_reader, registered):
    response = confirmed_reader.get(URL)
    assert response.status_code == 200, response.content
    assert codes(response) == [("13017", "AAN-02"), ("13017", "AAN-03"), ("13017", "AAN-04")]
    row = next(r for r in response.json()["resultaten"] if r["code"] == "AAN-04")
    assert row["werkjaar"] == 2025
    assert row["rubriek"] == "AAN"
    assert row["waarde"] == 40
    assert row["status"] == "bevestigd"
    assert row["bevestigd_op"]


def test_provisional_scope_reads_every_status_but_not_hidden_answers(
    provisional_reader, registered
):
    response = provisional_reader.get(URL)
    assert response.status_code == 200, response.content
    assert codes(response) == [
        ("11009", "AAN-02"),
        ("13017", "AAN-02"),
        ("13017", "AAN-03"),
        ("13017", "AAN-04"),
        ("13017", "FIN-01"),
    ]
