from django.db import migrations

# Migration 0003 added a trigram (GIN) index on the reflection texts for pg_trgm's "%"
# operator. For texts this long it does not help (their common trigrams match nearly every
# row) and it costs every write: similar reflections are found by governance/
# similarity.py's join over pg_trgm's own trigrams (show_trgm) instead. The extension stays.
DROP = ["DROP INDEX IF EXISTS governance_reflection_body_trgm"]
CREATE = [
    "CREATE INDEX IF NOT EXISTS governance_reflection_body_trgm "
    "ON reflections_reflection USING gin (body gin_trgm_ops)"
]


def on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):

    dependencies = [
        ("governance", "0004_syntheses"),
    ]

    operations = [
        migrations.RunPython(on_postgresql(DROP), on_postgresql(CREATE)),
    ]
