"""components/field.html: a screen reader reads a field's help and errors with the field."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.described_by: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.append(attributes["id"])
        if attributes.get("aria-describedby"):
            self.described_by += attributes["aria-describedby"].split()


def missing_descriptions(html: str) -> list[str]:
    """The ids named by an aria-describedby that no element of the page carries."""
    parser = _Ids()
    parser.feed(html)
    return [name for name in parser.described_by if name not in parser.ids]


def duplicate_ids(html: str) -> list[str]:
    parser = _Ids()
    parser.feed(html)
    return sorted({name for name in parser.ids if parser.ids.count(name) > 1})


def overview_url(campaign, municipality) -> str:
    return reverse(
        "surveys:overview", kwargs={"werkjaar": campaign.werkjaar, "nis": municipality.nis_code}
    )


def test_the_help_text_of_the_extension_field_describes_the_field(
    client, campaign, kasterlee, people
):
    client.force_login(people["team"])
    response = client.get(overview_url(campaign, kasterlee))

    html = response.content.decode()
    assert "Laat leeg om de verlenging te schrappen." in html
    assert 'aria-describedby="id_extension_until_helptext"' in html
    assert missing_descriptions(html) == []


def test_help_text_and_error_both_describe_a_refused_extension(client, campaign, kasterlee, people):
    client.force_login(people["team"])
    response = client.post(
        overview_url(campaign, kasterlee), {"action": "extend", "extension_until": "morgen"}
    )

    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    assert "id_extension_until_error" in html
    assert missing_descriptions(html) == []
    assert duplicate_ids(html) == []


def test_errors_of_the_contact_form_describe_their_fields(client, kasterlee, people):
    client.force_login(people["beheerder"])
    response = client.post(
        reverse("contacts", kwargs={"nis": kasterlee.nis_code}),
        {"name": "", "email": "geen-adres"},
    )

    html = response.content.decode()
    assert "Geef een geldig e-mailadres." in html
    assert missing_descriptions(html) == []
    assert duplicate_ids(html) == []
