"""A restore refuses damaged files and newer schemas untouched, and brings older ones forward."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from django.db import connections

from partnerlab.actors.models import Organisation
from partnerlab.core.backup import BackupError, backup, restore, schema
from partnerlab.core.backup.archive import ArchiveWriter, open_archive
from partnerlab.core.tests.backup_support import every_table
from partnerlab.testing.personas import make_cast


@pytest.fixture
def saved(flushable_db: None, tmp_path: Path) -> Path:
    make_cast()
    path = tmp_path / "good.zip"
    backup(path)
    Organisation.objects.create(name="Added after the backup", kind="other")
    return path


def _rewrite(path: Path, target: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    """A copy of the zip with each member passed through `change` (None drops it)."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as copy:
        for item in source.infolist():
            data = change(item.filename, source.read(item.filename))
            if data is not None:
                copy.writestr(item.filename, data)
    return target


def _manifest(change: Callable[[dict], None]) -> Callable[[str, bytes], bytes]:  # type: ignore[type-arg]
    def edit(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        change(manifest)
        return json.dumps(manifest).encode()

    return edit


def _truncated(path: Path, target: Path) -> Path:
    target.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return target


def _flipped_byte(path: Path, target: Path) -> Path:
    """One byte changed in the middle of the largest table's compressed data."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        member = max(archive.infolist(), key=lambda item: item.compress_size)
    # The local header: 30 bytes, then the name and the extra field, then the data.
    name_length = int.from_bytes(
        data[member.header_offset + 26 : member.header_offset + 28], "little"
    )
    extra_length = int.from_bytes(
        data[member.header_offset + 28 : member.header_offset + 30], "little"
    )
    start = member.header_offset + 30 + name_length + extra_length
    data[start + member.compress_size // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    return target


def _edited_row(path: Path, target: Path) -> Path:
    def edit(name: str, data: bytes) -> bytes:
        return (
            data.replace(b"Ghana", b"Gh\xc3\xa0na") if name.endswith("organisation.jsonl") else data
        )

    return _rewrite(path, target, edit)


def _lost_row(path: Path, target: Path) -> Path:
    def edit(name: str, data: bytes) -> bytes:
        return data.split(b"\n", 1)[1] if name.endswith("accounts_user.jsonl") else data

    return _rewrite(path, target, edit)


DAMAGE = {
    "truncated": (_truncated, "damaged or truncated"),
    "a flipped byte": (_flipped_byte, "damaged or truncated"),
    "an edited row": (_edited_row, "does not match its checksum"),
    "a lost row": (_lost_row, "holds 7 rows, the manifest says 8"),
    "no manifest": (
        lambda p, t: _rewrite(p, t, lambda n, d: None if n == "manifest.json" else d),
        "no manifest.json",
    ),
    "not a zip": (lambda p, t: t.write_text("id,name\n1,x\n") and t, "damaged or truncated"),
}


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_a_damaged_backup_is_refused_and_nothing_changes(
    saved: Path, tmp_path: Path, damage: str
) -> None:
    spoil, reason = DAMAGE[damage]
    damaged = spoil(saved, tmp_path / "damaged.zip")
    before = every_table("default")
    with pytest.raises(BackupError) as refused:
        restore(damaged, force=True)
    assert "not a complete Partnership Lab backup" in str(refused.value)
    assert reason in str(refused.value)
    assert str(refused.value).endswith("Nothing was changed.")
    assert every_table("default") == before


def test_a_backup_from_a_newer_schema_is_refused(saved: Path, tmp_path: Path) -> None:
    def add_future(manifest: dict) -> None:  # type: ignore[type-arg]
        manifest["migrations"].append("intake.9999_from_the_future")

    newer = _rewrite(saved, tmp_path / "newer.zip", _manifest(add_future))
    before = every_table("default")
    with pytest.raises(BackupError, match=r"newer version.*intake\.9999_from_the_future"):
        restore(newer, force=True)
    assert every_table("default") == before


def test_a_backup_in_a_newer_format_is_refused(saved: Path, tmp_path: Path) -> None:
    def bump(manifest: dict) -> None:  # type: ignore[type-arg]
        manifest["format_version"] = 2

    with pytest.raises(BackupError, match="format version 2, newer"):
        restore(_rewrite(saved, tmp_path / "v2.zip", _manifest(bump)), force=True)


DJANGO_APPS = {"auth", "contenttypes", "sessions", "django_tasks_database"}


def _newest_app() -> set[tuple[str, str]]:
    """The migrations of one of our apps that no other app depends on: a backup made before
    that app existed is a backup of an older schema, whatever the app's migrations do."""
    graph = schema.migration_graph()
    for app in sorted({app for app, _ in graph.nodes} - DJANGO_APPS):
        nodes = {key for key in graph.nodes if key[0] == app}
        children = {child.key for key in nodes for child in graph.node_map[key].children}
        if children <= nodes:
            return nodes
    raise AssertionError("every app has dependents: no older schema to test with")


def _as_before(path: Path, target: Path, missing: set[tuple[str, str]]) -> Path:
    """The backup as the code before the `missing` migrations would have written it."""
    archive = open_archive(path)
    older = archive.migrations - missing
    writer = ArchiveWriter(target)
    for model in schema.models_at(schema.migration_graph(), older):
        table = next(t for t in archive.tables if t.name == model._meta.db_table)
        columns = [f.column for f in model._meta.concrete_fields]
        keep = [table.columns.index(c) for c in columns]
        rows = ([row[i] for i in keep] for row in archive.rows(table))
        writer.add_table(name=table.name, model=table.model, columns=columns, rows=rows)
    writer.finish({**archive.manifest, "migrations": sorted(f"{a}.{n}" for a, n in older)})
    return target


def test_a_backup_from_an_older_schema_is_restored_then_migrated_forward(
    saved: Path, tmp_path: Path, scratch: str
) -> None:
    missing = _newest_app()
    older = _as_before(saved, tmp_path / "older.zip", missing)
    report = restore(older, using=scratch)
    assert report.migrated_forward == sorted(f"{app}.{name}" for app, name in missing)
    graph = schema.migration_graph()
    assert schema.applied_migrations(connections[scratch]) == schema.known_migrations(graph)
    # Every column of the older schema holds what it held.
    backup(tmp_path / "after.zip", using=scratch)
    before, after = open_archive(older), open_archive(tmp_path / "after.zip")
    for table in before.tables:
        now = next(t for t in after.tables if t.name == table.name)
        keep = [now.columns.index(c) for c in table.columns]
        rows = [[row[i] for i in keep] for row in after.rows(now)]
        if table.name == "core_auditevent":
            rows = [row for row in rows if "backup.restore" not in row]
        assert rows == list(before.rows(table)), table.name
