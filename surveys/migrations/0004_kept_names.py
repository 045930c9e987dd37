"""Keep the name of who confirmed, reopened or changed something, at the time they did.

The accounts are foreign keys that become NULL when an account is deleted; the names
stay. Existing rows get the name the account has now.
"""

from django.conf import settings
from django.db import migrations, models


def _name(user) -> str:
    return f"{user.first_name} {user.last_name}".strip() or user.username


def fill_names(apps, schema_editor):
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    RubricResponse = apps.get_model("surveys", "RubricResponse")
    AuditEntry = apps.get_model("surveys", "AuditEntry")
    # One update per person, not per row: the audit trail holds a row per answer change.
    for model, field in (
        (RubricResponse, "confirmed_by"),
        (RubricResponse, "reopened_by"),
        (AuditEntry, "by"),
    ):
        ids = model.objects.filter(**{f"{field}__isnull": False}).values_list(field, flat=True)
        for user in User.objects.filter(pk__in=set(ids)):
            model.objects.filter(**{f"{field}_id": user.pk, f"{field}_name": ""}).update(
                **{f"{field}_name": _name(user)}
            )


class Migration(migrations.Migration):
    dependencies = [
        ("surveys", "0003_definition_updated_at"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="auditentry",
            name="by_name",
            field=models.CharField(blank=True, max_length=300),
        ),
        migrations.AddField(
            model_name="rubricresponse",
            name="confirmed_by_name",
            field=models.CharField(blank=True, max_length=300),
        ),
        migrations.AddField(
            model_name="rubricresponse",
            name="reopened_by_name",
            field=models.CharField(blank=True, max_length=300),
        ),
        migrations.RunPython(fill_names, migrations.RunPython.noop),
    ]
