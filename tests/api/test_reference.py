"""Municipalities, campaigns and the codebook; the OpenAPI schema and its documentation."""

from __future__ import annotations

import pytest
import yaml

pytestmark = pytest.mark.django_db


def test_municipalities(confirmed_reader, campaign):
    data = confirmed_reader.get("/api/v1/gemeenten/").json()
    assert len(data) == 285
    kasterlee = next(m for m in data if m["nis"] == "13017")
    assert kasterlee == {
        "nis": "13017",
        "naam": "Kasterlee",
        "provincie": "Antwerpen",
        "provincie_nis": "10000",
    }


def test_campaigns_link_their_codebook(confirmed_reader, campaign):
    data = confirmed_reader.get("/api/v1/campagnes/").json()
    assert [c["werkjaar"] for c in data] == [2025]
    assert data[0]["codeboek"] == "http://testserver/api/v1/codeboek/2025/"
    assert data[0]["opening"] == campaign.opening_date.isoformat()


def test_the_codebook_is_the_published_questionnaire(confirmed_reader, client, campaign):
    from tests.surveys.years import edit_question

    edit_question(campaign, "FIN-01", code="FIN-10", previous_code="FIN-01")
    codebook = confirmed_reader.get("/api/v1/codeboek/2025/").json()
    # The same data as the public questionnaire API (one read model, not a fork), with the
    # rubrics' checks (this campaign has none).
    assert [rubric.pop("checks") for rubric in codebook["rubrics"]] == [[], []]
    assert codebook == client.get("/api/vragenlijst/2025/").json()
    questions = {
        q["code"]: q
        for rubric in codebook["rubrics"]
        for theme in rubric["themes"]
        for q in theme["questions"]
    }
    assert questions["FIN-10"]["previous_code"] == "FIN-01"
    assert questions["AAN-04"]["unit"] == "dagen"
    assert questions["AAN-03"]["options"] == [
        {"code": "gemeente", "label": "De gemeente"},
        {"code": "vzw", "label": "Een vzw"},
    ]


def test_the_openapi_schema_describes_the_v1_endpoints_and_oauth2(client, db):
    response = client.get("/api/v1/schema/")
    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == {
        "/api/v1/antwoorden/",
        "/api/v1/gemeenten/",
        "/api/v1/campagnes/",
        "/api/v1/codeboek/{werkjaar}/",
    }
    answers = schema["paths"]["/api/v1/antwoorden/"]["get"]
    names = {parameter["name"] for parameter in answers["parameters"]}
    assert {"werkjaar", "nis", "rubriek", "code", "status", "gewijzigd_sinds"} <= names
    assert {"cursor", "page_size"} <= names
    assert {"200", "400", "401", "403", "429"} <= set(answers["responses"])
    oauth = next(
        scheme
        for scheme in schema["components"]["securitySchemes"].values()
        if scheme["type"] == "oauth2"
    )
    flow = oauth["flows"]["clientCredentials"]
    assert flow["tokenUrl"] == "/api/v1/oauth/token/"
    assert set(flow["scopes"]) == {"antwoorden:bevestigd", "antwoorden:voorlopig"}


def test_the_documentation_page_loads_nothing_from_elsewhere(client, db):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/api/v1/schema/" in html
    assert "drf_spectacular_sidecar" in html  # Redoc from the sidecar package, no CDN
    assert "cdn" not in html.lower()
