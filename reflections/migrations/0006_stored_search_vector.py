# The reflections' stored tsvector for search (see papers/migrations/0011): a generated
# column on PostgreSQL with a GIN index over the published ones only (search never reads
# others; with 100,000 waiting, an index over all rows made a common word cost 45 ms in
# the index alone, against 0.7 ms); nothing on SQLite.

from django.db import migrations

from civcare.core.schema import on_postgresql

FORWARD = [
    "ALTER TABLE reflections_reflection ADD COLUMN IF NOT EXISTS search_vector tsvector "
    "GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce(body, '')), 'A')) "
    "STORED",
    "CREATE INDEX IF NOT EXISTS reflections_reflection_search_vector "
    "ON reflections_reflection USING gin (search_vector) WHERE status = 'approved'",
]
BACKWARD = ["ALTER TABLE reflections_reflection DROP COLUMN IF EXISTS search_vector"]


class Migration(migrations.Migration):
    dependencies = [("reflections", "0005_moderation_at_volume")]

    operations = [migrations.RunPython(on_postgresql(FORWARD), on_postgresql(BACKWARD))]
