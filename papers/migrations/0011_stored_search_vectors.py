# Search reads a stored, weighted tsvector per row with a GIN index (public/search.py),
# instead of building every row's vector on each query. On PostgreSQL they are generated
# columns: the database keeps them current on every insert and update, bulk ones included,
# and Django never writes them (they are not model fields, so no query loads them unasked).
# SQLite has no full-text search: search.py matches words there, and this does nothing.

from django.db import migrations

from civcare.core.schema import on_postgresql

COLUMNS = {
    "papers_paper": "setweight(to_tsvector('dutch'::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('dutch'::regconfig, coalesce(subtitle, '')), 'B')",
    "papers_section": "setweight(to_tsvector('dutch'::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('dutch'::regconfig, coalesce(body, '')), 'B')",
    "papers_question": "setweight(to_tsvector('dutch'::regconfig, coalesce(text, '')), 'A')",
}


def statements(columns):
    forward, backward = [], []
    for table, expression in columns.items():
        forward += [
            f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS search_vector tsvector "
            f"GENERATED ALWAYS AS ({expression}) STORED",
            f"CREATE INDEX IF NOT EXISTS {table}_search_vector "
            f"ON {table} USING gin (search_vector)",
        ]
        backward += [f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector"]
    return forward, backward


FORWARD, BACKWARD = statements(COLUMNS)


class Migration(migrations.Migration):
    dependencies = [("papers", "0010_answers_and_similarity")]

    operations = [migrations.RunPython(on_postgresql(FORWARD), on_postgresql(BACKWARD))]
