"""Lifting the database's own triggers while a restore replaces every row.

The audit trail is append-only in the database itself (core migration 0002): its triggers
refuse to delete a record. A restore replaces the whole database, audit trail included, so
inside its transaction the triggers are set aside and put back as they were; if the restore
fails, the rollback puts them back too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db.backends.base.base import BaseDatabaseWrapper

_POSTGRES_TRIGGERS = """
    SELECT c.relname, t.tgname FROM pg_trigger t
    JOIN pg_class c ON c.oid = t.tgrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE NOT t.tgisinternal AND n.nspname = current_schema()
    ORDER BY c.relname, t.tgname
"""


@contextmanager
def triggers_lifted(connection: BaseDatabaseWrapper) -> Iterator[None]:
    """Inside a transaction: no user-defined trigger fires until the block ends."""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(_POSTGRES_TRIGGERS)
            triggers = cursor.fetchall()
            for table, name in triggers:
                cursor.execute(f"ALTER TABLE {quote(table)} DISABLE TRIGGER {quote(name)}")
            yield
            # A table with pending foreign-key checks cannot be altered: check them now.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            for table, name in triggers:
                cursor.execute(f"ALTER TABLE {quote(table)} ENABLE TRIGGER {quote(name)}")
            return
        cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        definitions = cursor.fetchall()
        for name, _ in definitions:
            cursor.execute(f"DROP TRIGGER {quote(name)}")
        yield
        for _, sql in definitions:
            cursor.execute(sql)
