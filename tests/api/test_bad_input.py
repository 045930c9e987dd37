"""Bad input gets a 400 with a Dutch message per parameter, never a 500."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

URL = "/api/v1/antwoorden/"


@pytest.mark.parametrize(
    ("parameters", "field", "words"),
    [
        ({"werkjaar": "1999"}, "werkjaar", "Onbekend werkjaar 1999"),
        ({"werkjaar": "twintig"}, "werkjaar", "geldig"),
        ({"gewijzigd_sinds": "gisteren"}, "gewijzigd_sinds", "Ongeldig tijdstip"),
        ({"gewijzigd_sinds": "2025-13-45"}, "gewijzigd_sinds", "ISO 8601"),
        ({"gewijzigd_sinds": "0001-01-01"}, "gewijzigd_sinds", "tussen 2000 en 2100"),
        ({"page_size": "100000"}, "page_size", "Hoogstens 5000"),
        ({"page_size": "0"}, "page_size", "groter is dan of gelijk is aan 1"),
        ({"status": "goedgekeurd"}, "status", "Onbekende status 'goedgekeurd'"),
        ({"nis": "1234"}, "nis", "vijf cijfers"),
        ({"nis": "99999"}, "nis", "Onbekende NIS-code 99999"),
        ({"cursor": "abc"}, "cursor", "Ongeldige cursor"),
        ({"code": "A" * 41}, "code", "hoogstens 40"),
        ({"gewijzigd_since": "2025-01-01"}, "parameters", "Onbekende parameter"),
    ],
)
def test_bad_parameters_get_a_400_in_dutch(provisional_reader, campaign, parameters, field, words):
    response = provisional_reader.get(URL, parameters)
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/json"
    messages = response.json()[field]
    assert any(words in message for message in messages), messages


def test_an_unknown_werkjaar_names_the_known_ones(provisional_reader, campaign):
    message = provisional_reader.get(URL, {"werkjaar": "1999"}).json()["werkjaar"][0]
    assert message == "Onbekend werkjaar 1999. Gepubliceerde werkjaren: 2025."


def test_the_codebook_of_an_unknown_werkjaar_is_a_404_in_json(provisional_reader, campaign):
    for werkjaar in ("1999", "99999999999999999999"):
        response = provisional_reader.get(f"/api/v1/codeboek/{werkjaar}/")
        assert response.status_code == 404
        assert "Geen gepubliceerde campagne" in response.json()["detail"]


PARAMETERS = [
    "werkjaar",
    "nis",
    "rubriek",
    "code",
    "status",
    "gewijzigd_sinds",
    "cursor",
    "page_size",
]

#: Values that are likely to trip a parser or a database, next to arbitrary text.
TRICKY = st.sampled_from(
    [
        "",
        "0",
        "-1",
        "2025",
        "1e9",
        "99999999999999999999999",
        "13017",
        "AAN",
        "AAN-02",
        "bevestigd",
        "bevestigd,in_uitvoering",
        ",,,",
        "2025-05-01",
        "2025-05-01T08:30:00+02:00",
        "2025-05-01T08:30:00Z",
        "9999-12-31T23:59:59-23:59",
        "0001-01-01T00:00:00+14:00",
        "MjAyNS0wMS0wMVQwMDowMDowMCswMDowMHwx",  # a cursor (2025-01-01…|1)
        "MDAwMS0wMS0wMVQwMDowMDowMHwtMQ",  # a cursor with a naive time and id -1
        "\x00",
        "é",
        "%00",
        "' OR 1=1 --",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    ]
)
VALUES = st.one_of(TRICKY, st.text(max_size=60))


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=st.dictionaries(st.sampled_from([*PARAMETERS, "onbekend"]), VALUES, max_size=5))
def test_no_filter_values_give_a_500(provisional_reader, registered, query):
    response = provisional_reader.get(URL, query)
    assert response.status_code in (200, 400), (query, response.status_code, response.content)
    body = response.json()
    if response.status_code == 200:
        assert set(body) == {"volgende", "aantal", "resultaten"}


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=st.dictionaries(st.sampled_from(PARAMETERS), VALUES, max_size=4))
def test_a_confirmed_reader_gets_no_500_either(confirmed_reader, registered, query):
    response = confirmed_reader.get(URL, query)
    assert response.status_code in (200, 400, 403), (query, response.status_code, response.content)
