"""Keep the names in the roles' history: who granted, who changed, whose role it was.

The accounts are foreign keys that become NULL when an account is deleted; the names
stay. Existing rows get the name the account has now.
"""

from django.conf import settings
from django.db import migrations, models


def _name(user) -> str:
    return f"{user.first_name} {user.last_name}".strip() or user.username


def fill_names(apps, schema_editor):
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    RoleAssignment = apps.get_model("roles", "RoleAssignment")
    RoleChange = apps.get_model("roles", "RoleChange")
    for model, field, name_field in (
        (RoleAssignment, "granted_by", "granted_by_name"),
        (RoleChange, "by", "by_name"),
        (RoleChange, "person", "person_name"),
    ):
        ids = model.objects.filter(**{f"{field}__isnull": False}).values_list(field, flat=True)
        for user in User.objects.filter(pk__in=set(ids)):
            model.objects.filter(**{f"{field}_id": user.pk, name_field: ""}).update(
                **{name_field: _name(user)}
            )


class Migration(migrations.Migration):
    dependencies = [
        ("roles", "0004_province_comparison_groups"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="roleassignment",
            name="granted_by_name",
            field=models.CharField(
                blank=True, max_length=300, verbose_name="toegekend door (naam)"
            ),
        ),
        migrations.AddField(
            model_name="rolechange",
            name="by_name",
            field=models.CharField(blank=True, max_length=300),
        ),
        migrations.AddField(
            model_name="rolechange",
            name="person_name",
            field=models.CharField(blank=True, max_length=300),
        ),
        migrations.RunPython(fill_names, migrations.RunPython.noop),
    ]
