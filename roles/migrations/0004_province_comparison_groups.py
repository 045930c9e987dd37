from django.db import migrations

PROVINCES = {
    "10000": "Antwerpen",
    "20001": "Vlaams-Brabant",
    "30000": "West-Vlaanderen",
    "40000": "Oost-Vlaanderen",
    "70000": "Limburg",
}


def create_groups(apps, schema_editor):
    ComparisonGroup = apps.get_model("roles", "ComparisonGroup")
    Municipality = apps.get_model("roles", "Municipality")
    for code, name in PROVINCES.items():
        group, _created = ComparisonGroup.objects.get_or_create(kind="provincie", name=name)
        group.members.set(Municipality.objects.filter(province=code))


class Migration(migrations.Migration):
    dependencies = [("roles", "0003_roles_services_identity")]
    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
