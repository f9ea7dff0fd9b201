# Search reads a narrow table of the published reflections (SearchEntry) instead of a
# generated column on the reflections themselves: ranking a common word reads thousands of
# vectors, and from the wide reflection rows that took 12 ms at 10,000 published (5 ms
# from this table). PostgreSQL keeps the table with a trigger, so every way a reflection
# is published, hidden, edited, redacted or deleted (one row or a bulk UPDATE) changes its
# entry in the same transaction. The generated column and its index go. Nothing on SQLite
# but the (empty) table: search there reads the reflections.

import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models

from civcare.core.schema import on_postgresql

VECTOR = "setweight(to_tsvector('dutch'::regconfig, coalesce({body}, '')), 'A')"

FORWARD = [
    "CREATE INDEX reflections_searchentry_vector "
    "ON reflections_searchentry USING gin (vector)",
    f"""
    CREATE FUNCTION reflections_searchentry_sync() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' OR NEW.status <> 'approved' THEN
            DELETE FROM reflections_searchentry WHERE reflection_id = OLD.id;
            IF TG_OP = 'DELETE' THEN
                RETURN OLD;
            END IF;
            RETURN NEW;
        END IF;
        INSERT INTO reflections_searchentry (reflection_id, version_id, parent_id, vector)
        VALUES (NEW.id, NEW.version_id, NEW.parent_id, {VECTOR.format(body="NEW.body")})
        ON CONFLICT (reflection_id) DO UPDATE
        SET version_id = EXCLUDED.version_id,
            parent_id = EXCLUDED.parent_id,
            vector = EXCLUDED.vector;
        RETURN NEW;
    END
    $$
    """,
    # A new reflection waits for moderation: only an approved one (the benchmark, an
    # import) needs an entry.
    "CREATE TRIGGER reflections_searchentry_insert AFTER INSERT ON reflections_reflection "
    "FOR EACH ROW WHEN (NEW.status = 'approved') "
    "EXECUTE FUNCTION reflections_searchentry_sync()",
    "CREATE TRIGGER reflections_searchentry_update "
    "AFTER UPDATE OF status, body, version_id, parent_id ON reflections_reflection "
    "FOR EACH ROW WHEN ((OLD.status = 'approved' OR NEW.status = 'approved') AND ("
    "OLD.status IS DISTINCT FROM NEW.status OR OLD.body IS DISTINCT FROM NEW.body "
    "OR OLD.version_id IS DISTINCT FROM NEW.version_id "
    "OR OLD.parent_id IS DISTINCT FROM NEW.parent_id)) "
    "EXECUTE FUNCTION reflections_searchentry_sync()",
    "CREATE TRIGGER reflections_searchentry_delete AFTER DELETE ON reflections_reflection "
    "FOR EACH ROW WHEN (OLD.status = 'approved') "
    "EXECUTE FUNCTION reflections_searchentry_sync()",
    "INSERT INTO reflections_searchentry (reflection_id, version_id, parent_id, vector) "
    f"SELECT id, version_id, parent_id, {VECTOR.format(body='body')} "
    "FROM reflections_reflection WHERE status = 'approved'",
    "DROP INDEX IF EXISTS reflections_reflection_search_vector",
    "ALTER TABLE reflections_reflection DROP COLUMN IF EXISTS search_vector",
]
BACKWARD = [
    "DROP TRIGGER IF EXISTS reflections_searchentry_insert ON reflections_reflection",
    "DROP TRIGGER IF EXISTS reflections_searchentry_update ON reflections_reflection",
    "DROP TRIGGER IF EXISTS reflections_searchentry_delete ON reflections_reflection",
    "DROP FUNCTION IF EXISTS reflections_searchentry_sync()",
    "ALTER TABLE reflections_reflection ADD COLUMN IF NOT EXISTS search_vector tsvector "
    f"GENERATED ALWAYS AS ({VECTOR.format(body='body')}) STORED",
    "CREATE INDEX IF NOT EXISTS reflections_reflection_search_vector "
    "ON reflections_reflection USING gin (search_vector) WHERE status = 'approved'",
]


class Migration(migrations.Migration):
    dependencies = [("reflections", "0006_stored_search_vector")]

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                (
                    "reflection",
                    models.OneToOneField(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="reflections.reflection",
                    ),
                ),
                ("version_id", models.BigIntegerField()),
                ("parent_id", models.BigIntegerField(null=True)),
                ("vector", django.contrib.postgres.search.SearchVectorField()),
            ],
            options={"verbose_name": "zoekingang"},
        ),
        migrations.RunPython(on_postgresql(FORWARD), on_postgresql(BACKWARD)),
    ]
