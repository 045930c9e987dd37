"""An index on the answers for the API's keyset pagination by (updated_at, id).

It belongs to ``surveys.Answer`` but is made here, by the app that reads by it, so that this
app's migrations do not touch the surveys migration history. Plain SQL, the same on
PostgreSQL and SQLite.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("api", "0001_initial"),
        ("surveys", "0006_monitor_over_the_years"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS api_answer_sync_idx ON surveys_answer (updated_at, id)",
            "DROP INDEX IF EXISTS api_answer_sync_idx",
        )
    ]
