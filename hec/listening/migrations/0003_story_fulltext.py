"""Full-text search of stories: an FTS5 table kept by triggers on SQLite, a generated
tsvector column with a GIN index on PostgreSQL. Nothing on other databases."""

from django.db import migrations

SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS listening_story_fts USING fts5(
        text, translation, content='listening_story', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER IF NOT EXISTS listening_story_fts_ai AFTER INSERT ON listening_story BEGIN
        INSERT INTO listening_story_fts(rowid, text, translation)
        VALUES (new.id, new.text, new.translation);
    END""",
    """CREATE TRIGGER IF NOT EXISTS listening_story_fts_ad AFTER DELETE ON listening_story BEGIN
        INSERT INTO listening_story_fts(listening_story_fts, rowid, text, translation)
        VALUES ('delete', old.id, old.text, old.translation);
    END""",
    """CREATE TRIGGER IF NOT EXISTS listening_story_fts_au
    AFTER UPDATE OF text, translation ON listening_story BEGIN
        INSERT INTO listening_story_fts(listening_story_fts, rowid, text, translation)
        VALUES ('delete', old.id, old.text, old.translation);
        INSERT INTO listening_story_fts(rowid, text, translation)
        VALUES (new.id, new.text, new.translation);
    END""",
    "INSERT INTO listening_story_fts(listening_story_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS listening_story_fts_au",
    "DROP TRIGGER IF EXISTS listening_story_fts_ad",
    "DROP TRIGGER IF EXISTS listening_story_fts_ai",
    "DROP TABLE IF EXISTS listening_story_fts",
]
POSTGRES_FORWARD = [
    """ALTER TABLE listening_story ADD COLUMN IF NOT EXISTS search tsvector
    GENERATED ALWAYS AS (
        to_tsvector('simple', coalesce(text, '') || ' ' || coalesce(translation, ''))
    ) STORED""",
    "CREATE INDEX IF NOT EXISTS listening_story_search_gin ON listening_story USING gin (search)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS listening_story_search_gin",
    "ALTER TABLE listening_story DROP COLUMN IF EXISTS search",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for sql in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("listening", "0002_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
