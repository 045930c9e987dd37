from django.db import migrations


def load(apps, schema_editor):
    from roles.municipalities import load_municipalities

    load_municipalities(apps.get_model("roles", "Municipality"))


class Migration(migrations.Migration):
    dependencies = [("roles", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
