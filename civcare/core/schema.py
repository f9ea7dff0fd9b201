"""For migrations: SQL that only PostgreSQL has (generated tsvector columns, GIN indexes).

SQLite has neither; its migrations skip these statements and the code that would read them
has a SQLite path of its own (e.g. public/search.py). The migrations before 0011
(papers) and 0006 (reflections) each carry a copy of this function: they keep their history.
"""


def on_postgresql(statements: list[str]):
    """A RunPython function that executes ``statements`` on PostgreSQL, and nothing elsewhere."""

    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run
