from collections import Counter

import pytest

from roles.models import Municipality, Province

pytestmark = pytest.mark.django_db


def test_all_285_flemish_municipalities_are_loaded():
    assert Municipality.objects.count() == 285
    per_province = Counter(Municipality.objects.values_list("province", flat=True))
    assert per_province == {
        Province.ANTWERPEN: 67,
        Province.VLAAMS_BRABANT: 63,
        Province.WEST_VLAANDEREN: 62,
        Province.OOST_VLAANDEREN: 55,
        Province.LIMBURG: 38,
    }


@pytest.mark.parametrize(
    ("nis", "name", "province"),
    [
        ("13017", "Kasterlee", Province.ANTWERPEN),
        ("11009", "Brecht", Province.ANTWERPEN),
        ("71072", "Hasselt", Province.LIMBURG),
        ("44088", "Merelbeke-Melle", Province.OOST_VLAANDEREN),
        ("23106", "Pajottegem", Province.VLAAMS_BRABANT),
    ],
)
def test_municipality_codes_after_the_2025_mergers(nis, name, province):
    municipality = Municipality.objects.get(nis_code=nis)
    assert (municipality.name, municipality.province) == (name, province)
