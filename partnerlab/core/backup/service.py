"""Backing up a database to a file, and restoring one, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import django
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import DatabaseError, connections, models, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils import timezone

import partnerlab
from partnerlab.core.backup import schema
from partnerlab.core.backup.archive import (
    FORMAT,
    FORMAT_VERSION,
    Archive,
    ArchiveWriter,
    BackupError,
    TableEntry,
    open_archive,
)
from partnerlab.core.backup.triggers import triggers_lifted
from partnerlab.core.models import AuditEvent

INSERT_BATCH = 500


class TargetNotEmpty(BackupError):
    """The database to restore into holds data and replacing it was not asked for."""


@dataclass(frozen=True)
class BackupReport:
    path: Path
    tables: int
    rows: int
    size: int


@dataclass(frozen=True)
class RestoreReport:
    tables: int
    rows: int
    made_at: str
    made_by: str
    engine: str
    migrated_forward: list[str] = field(default_factory=list)


def _names(migrations: Iterable[tuple[str, str]]) -> list[str]:
    return [f"{app}.{name}" for app, name in sorted(migrations)]


# -- backup ------------------------------------------------------------------------------------


@contextmanager
def _read_snapshot(connection: BaseDatabaseWrapper) -> Iterator[None]:
    """Every read inside sees the database as it was at the first one, writers carrying on."""
    if connection.in_atomic_block:
        raise BackupError("A backup cannot be made inside another transaction.")
    if connection.vendor == "postgresql":
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield
        return
    # Django's SQLite transactions start with BEGIN IMMEDIATE (see settings), which would keep
    # the web server and the worker from writing until the backup ends; a deferred transaction
    # only reads, from a snapshot of the write-ahead log.
    connection.ensure_connection()
    with connection.cursor() as cursor:
        cursor.execute("BEGIN DEFERRED")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("ROLLBACK")


class _Holder:
    """What `Field.value_to_string` reads a value from."""

    def __init__(self, attname: str, value: Any) -> None:
        setattr(self, attname, value)


def _encode(field: models.Field[Any, Any], value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if field.get_internal_type() == "JSONField":
        return value
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat()
    # Dates, decimals, UUIDs as text; binary data in base64 (what `to_python` reads back).
    return field.value_to_string(_Holder(field.attname, value))


def _rows(model: type[models.Model], using: str) -> Iterator[list[Any]]:
    fields = model._meta.concrete_fields
    query = model._base_manager.using(using).order_by("pk")
    for values in query.values_list(*(f.attname for f in fields)).iterator(chunk_size=2000):
        yield [_encode(f, v) for f, v in zip(fields, values, strict=True)]


def backup(
    path: Path, *, using: str = "default", after_table: Callable[[str], None] | None = None
) -> BackupReport:
    """Write every table of the database to `path`, read in one snapshot."""
    connection = connections[using]
    graph = schema.migration_graph()
    with _read_snapshot(connection):
        applied = schema.applied_migrations(connection)
        unknown = applied - schema.known_migrations(graph)
        if unknown:
            raise BackupError(
                "The database has migrations this version of Partnership Lab does not know "
                f"({', '.join(_names(unknown))}): back it up with the version that made them."
            )
        writer = ArchiveWriter(path)
        try:
            for model in schema.models_at(graph, applied):
                writer.add_table(
                    name=model._meta.db_table,
                    model=model._meta.label,
                    columns=[f.column for f in model._meta.concrete_fields],
                    rows=_rows(model, using),
                )
                if after_table is not None:
                    after_table(model._meta.db_table)
            writer.finish(
                {
                    "format": FORMAT,
                    "format_version": FORMAT_VERSION,
                    "created_at": timezone.now().isoformat(),
                    "partnerlab_version": partnerlab.__version__,
                    "django_version": django.get_version(),
                    "engine": connection.vendor,
                    "migrations": _names(applied),
                }
            )
        except BaseException:
            writer.abort()
            raise
    return BackupReport(
        path, len(writer.tables), sum(t.rows for t in writer.tables), path.stat().st_size
    )


# -- restore -----------------------------------------------------------------------------------


def _decode(field: models.Field[Any, Any], value: Any, connection: BaseDatabaseWrapper) -> Any:
    if value is None:
        return None
    return field.get_db_prep_save(field.to_python(value), connection)


def _insert(
    connection: BaseDatabaseWrapper, model: type[models.Model], table: TableEntry, archive: Archive
) -> None:
    by_column = {f.column: f for f in model._meta.concrete_fields}
    fields = [by_column[column] for column in table.columns]
    quote = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(table.name),
        ", ".join(quote(c) for c in table.columns),
        ", ".join(["%s"] * len(fields)),
    )
    batch: list[list[Any]] = []
    with connection.cursor() as cursor:
        for row in archive.rows(table):
            batch.append([_decode(f, v, connection) for f, v in zip(fields, row, strict=True)])
            if len(batch) == INSERT_BATCH:
                cursor.executemany(sql, batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)


def _pair_tables(
    archive: Archive, models_: list[type[models.Model]]
) -> list[tuple[TableEntry, type[models.Model]]]:
    """Each table of the backup with its model in the backup's schema; they must agree."""
    by_table = {m._meta.db_table: m for m in models_}
    entries = {t.name: t for t in archive.tables}
    if set(entries) != set(by_table):
        odd = sorted(set(entries) ^ set(by_table))
        raise BackupError(
            f"{archive.path}: its tables do not match its migrations ({', '.join(odd)}). "
            "Nothing was changed."
        )
    for name, entry in entries.items():
        columns = {f.column for f in by_table[name]._meta.concrete_fields}
        if set(entry.columns) != columns:
            raise BackupError(
                f"{archive.path}: the columns of {name} do not match its migrations. "
                "Nothing was changed."
            )
    return [(entries[name], by_table[name]) for name in sorted(entries)]


def _replace_rows(
    connection: BaseDatabaseWrapper,
    archive: Archive,
    pairs: list[tuple[TableEntry, type[models.Model]]],
) -> None:
    models_ = [model for _, model in pairs]
    with triggers_lifted(connection):
        flush = connection.ops.sql_flush(no_style(), [t.name for t, _ in pairs])
        connection.ops.execute_sql_flush(flush)
        for table, model in pairs:
            _insert(connection, model, table, archive)
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), models_):
            cursor.execute(sql)


def restore(path: Path, *, using: str = "default", force: bool = False) -> RestoreReport:
    """Replace everything in the database with the backup at `path`.

    The whole file is checked before anything changes. A backup of an older schema is
    restored at its schema, then migrated forward; one of a newer schema is refused; a
    database that holds data is only replaced when `force` is given.
    """
    archive = open_archive(path)
    graph = schema.migration_graph()
    known = schema.known_migrations(graph)
    unknown = archive.migrations - known
    if unknown:
        raise BackupError(
            f"{path} was made by a newer version of Partnership Lab: its database has "
            f"migrations this version does not know ({', '.join(_names(unknown))}). Upgrade "
            "Partnership Lab, then restore. Nothing was changed."
        )
    pairs = _pair_tables(archive, schema.models_at(graph, archive.migrations))
    connection = connections[using]
    occupied = schema.table_with_data(connection)
    if occupied and not force:
        raise TargetNotEmpty(
            f"The database already holds data (for example in the table {occupied}). "
            "A restore replaces everything in it: run again with --force to do so. "
            "Nothing was changed."
        )
    reset = schema.applied_migrations(connection) != archive.migrations
    if reset:
        schema.drop_all_tables(connection)
        schema.migrate_to(connection, graph, archive.migrations)
    try:
        with transaction.atomic(using=using):
            _replace_rows(connection, archive, pairs)
    except (DatabaseError, ValidationError) as error:
        state = (
            "the database is left empty, at the backup's schema" if reset else "nothing was changed"
        )
        raise BackupError(f"{path} could not be restored ({error}); {state}.") from None
    call_command("migrate", database=using, interactive=False, verbosity=0)
    report = RestoreReport(
        tables=len(pairs),
        rows=archive.row_count,
        made_at=str(archive.manifest.get("created_at", "")),
        made_by=str(archive.manifest.get("partnerlab_version", "")),
        engine=str(archive.manifest.get("engine", "")),
        migrated_forward=_names(known - archive.migrations),
    )
    _record(using=using, path=path, report=report)
    return report


def _record(*, using: str, path: Path, report: RestoreReport) -> None:
    AuditEvent.objects.using(using).create(
        actor=None,
        action="backup.restore",
        object_type="backup",
        object_repr=path.name[:200],
        after={
            "file": path.name,
            "made_at": report.made_at,
            "made_by_version": report.made_by,
            "engine": report.engine,
            "tables": report.tables,
            "rows": report.rows,
            "migrated_forward": report.migrated_forward,
        },
    )
