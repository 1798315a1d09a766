"""`Story.shared_beyond_chapter`: a stored generated column (consent network or public, not
withdrawn) and the index the network stories list walks newest first.

On SQLite, adding a stored generated column remakes the table, which drops the full-text
triggers of migration 0003 with the old table: they are created again here (the FTS rows keep
their story ids, so no rebuild is needed)."""

from importlib import import_module

from django.db import migrations, models

fulltext = import_module("hec.listening.migrations.0003_story_fulltext")
SQLITE_TRIGGERS = [sql for sql in fulltext.SQLITE_FORWARD if "CREATE TRIGGER" in sql]


def _sqlite_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for sql in SQLITE_TRIGGERS:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("listening", "0005_story_recent_indexes")]

    operations = [
        migrations.AddField(
            model_name="story",
            name="shared_beyond_chapter",
            field=models.GeneratedField(
                db_persist=True,
                expression=models.ExpressionWrapper(
                    models.Q(
                        ("consent__in", ("network", "public")), ("withdrawn_at__isnull", True)
                    ),
                    output_field=models.BooleanField(),
                ),
                output_field=models.BooleanField(),
            ),
        ),
        migrations.RunPython(_sqlite_triggers, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="story",
            index=models.Index(
                fields=["shared_beyond_chapter", "-told_on", "-id", "chapter"],
                name="story_shared_recent",
            ),
        ),
    ]
