"""What the backup tests share: a second database, and every table's rows read back."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.utils import load_backend

from partnerlab import conf

SCRATCH = "scratch"


def connect_scratch(path: Path) -> None:
    """Open, in this thread, the second database: a SQLite file set up as the platform sets
    one up. A connection made here rather than in settings is one Django's test cases allow
    (settings are read once, before the tests start)."""
    config = conf.env_database("UNUSED", default_path=path, env={})
    settings = connections.configure_settings({DEFAULT_DB_ALIAS: {}, SCRATCH: config})[SCRATCH]
    connections[SCRATCH] = load_backend(settings["ENGINE"]).DatabaseWrapper(settings, SCRATCH)


def _close_scratch() -> None:
    connections[SCRATCH].close()
    del connections[SCRATCH]


@pytest.fixture
def scratch(tmp_path: Path) -> Iterator[str]:
    """A second database, without even a table (`connect_scratch`); its alias."""
    connect_scratch(tmp_path / "scratch.sqlite3")
    yield SCRATCH
    _close_scratch()


@pytest.fixture(scope="session")
def migrated_scratch_file(tmp_path_factory: pytest.TempPathFactory, django_db_blocker: Any) -> Path:
    """A second database freshly migrated, made once (migrating takes seconds)."""
    path = tmp_path_factory.mktemp("scratch") / "migrated.sqlite3"
    with django_db_blocker.unblock():
        connect_scratch(path)
        call_command("migrate", database=SCRATCH, verbosity=0)
        with connections[SCRATCH].cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # all of it in the one file
        _close_scratch()
    return path


@pytest.fixture
def migrated_scratch(migrated_scratch_file: Path, tmp_path: Path) -> Iterator[str]:
    """A second database, migrated and empty; its alias."""
    path = tmp_path / "migrated.sqlite3"
    shutil.copyfile(migrated_scratch_file, path)
    connect_scratch(path)
    yield SCRATCH
    _close_scratch()


def _plain(value: Any) -> Any:
    return bytes(value) if isinstance(value, memoryview) else value


def every_table(using: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every model table's rows, in primary-key order, as Django reads them."""
    tables = {}
    for model in apps.get_models(include_auto_created=True):
        if not model._meta.managed or model._meta.proxy:
            continue
        names = [f.attname for f in model._meta.concrete_fields]
        rows = model._base_manager.using(using).order_by("pk").values_list(*names)
        tables[model._meta.db_table] = [tuple(_plain(v) for v in row) for row in rows]
    return tables


def without_restore_records(tables: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[Any]]:
    """The tables less the audit records that restores add (each restore is audited)."""
    from partnerlab.core.models import AuditEvent

    action = [f.attname for f in AuditEvent._meta.concrete_fields].index("action")
    audit = AuditEvent._meta.db_table
    return {
        **tables,
        audit: [row for row in tables[audit] if row[action] != "backup.restore"],
    }
