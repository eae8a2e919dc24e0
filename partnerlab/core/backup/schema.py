"""Which schema a database or a backup is at (its applied migrations), and moving between them.

A backup records the migrations applied to the database it came from. The models of that
schema are rebuilt from the migrations themselves (Django's historical models), so a backup
is read and written column by column as it was, even when the code has moved on since.
"""

from __future__ import annotations

from django.db import models
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.graph import MigrationGraph
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from partnerlab.core.backup.archive import Migration

# Tables that are in the database but not in a backup, and why.
NOT_BACKED_UP = {
    "django_migrations": "the applied migrations are listed in the manifest",
    "partnerlab_cache": "a cache (sign-in rate limits), rebuilt as people use the platform",
}
# Tables that `migrate` fills by itself: rows there do not make a database "not empty".
FILLED_BY_MIGRATE = frozenset({"django_content_type", "auth_permission", "reference_gcmobjective"})


def migration_graph() -> MigrationGraph:
    return MigrationLoader(None, ignore_no_migrations=True).graph


def known_migrations(graph: MigrationGraph) -> set[Migration]:
    return set(graph.nodes)


def applied_migrations(connection: BaseDatabaseWrapper) -> set[Migration]:
    recorder = MigrationRecorder(connection)
    if not recorder.has_table():
        return set()
    return set(recorder.applied_migrations())


def _leaves(graph: MigrationGraph, migrations: set[Migration]) -> list[Migration]:
    return sorted(
        node
        for node in migrations
        if not any(child.key in migrations for child in graph.node_map[node].children)
    )


def models_at(graph: MigrationGraph, migrations: set[Migration]) -> list[type[models.Model]]:
    """The tables of the schema these migrations make, as (historical) models, by table name."""
    if not migrations:
        return []
    state = graph.make_state(nodes=_leaves(graph, migrations), at_end=True)
    by_table: dict[str, type[models.Model]] = {}
    for model in state.apps.get_models(include_auto_created=True):
        if model._meta.managed and not model._meta.proxy:
            by_table.setdefault(model._meta.db_table, model)
    return [by_table[name] for name in sorted(by_table)]


def table_with_data(connection: BaseDatabaseWrapper) -> str | None:
    """The first table holding something people made, or None for an empty database."""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            if table in NOT_BACKED_UP or table in FILLED_BY_MIGRATE:
                continue
            cursor.execute(f"SELECT 1 FROM {quote(table)} LIMIT 1")
            if cursor.fetchone() is not None:
                return table
    return None


def drop_all_tables(connection: BaseDatabaseWrapper) -> None:
    """Empty the database of every table (the caller made sure that may be done)."""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
    if not tables:
        return
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {', '.join(map(quote, tables))} CASCADE")
        return
    # SQLite checks foreign keys as each table goes unless they are off (outside a transaction).
    with connection.constraint_checks_disabled(), connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"DROP TABLE IF EXISTS {quote(table)}")


def migrate_to(
    connection: BaseDatabaseWrapper, graph: MigrationGraph, migrations: set[Migration]
) -> None:
    """Apply exactly these migrations to a database that has none (the backup's schema)."""
    executor = MigrationExecutor(connection)
    targets = _leaves(graph, migrations)
    missing_apps = {app for app, _ in graph.nodes} - {app for app, _ in migrations}
    targets += [(app, None) for app in sorted(missing_apps)]  # type: ignore[misc]
    executor.migrate(targets, plan=executor.migration_plan(targets))
