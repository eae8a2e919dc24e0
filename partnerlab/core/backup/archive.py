"""The backup file: a zip of a manifest and one JSON Lines file per table, checked on reading.

Every table's file is hashed (SHA-256) and counted when written; reading checks the zip's
CRCs, the hashes, the counts and that every line is a row of the right width, before the
restore touches the database. A damaged or truncated file is therefore refused as a whole.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT = "partnerlab-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"

Migration = tuple[str, str]


class BackupError(Exception):
    """A backup that cannot be made, read or restored; the message says why, for people."""


@dataclass(frozen=True)
class TableEntry:
    name: str
    model: str
    columns: list[str]
    rows: int
    sha256: str

    @property
    def member(self) -> str:
        return f"tables/{self.name}.jsonl"

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "model": self.model,
            "columns": self.columns,
            "rows": self.rows,
            "sha256": self.sha256,
        }


def encode_row(values: list[Any]) -> bytes:
    # Sorted keys: PostgreSQL's jsonb does not keep key order, and the same data must give
    # the same bytes whichever database it comes from.
    text = json.dumps(values, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return text.encode("utf-8") + b"\n"


class ArchiveWriter:
    """Writes a backup to a temporary file beside `path`, renamed into place when complete."""

    def __init__(self, path: Path) -> None:
        self.path = path
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        os.close(handle)
        self._temporary = Path(name)
        self._zip = zipfile.ZipFile(self._temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=6)
        self.tables: list[TableEntry] = []

    def add_table(
        self, *, name: str, model: str, columns: list[str], rows: Iterable[list[Any]]
    ) -> TableEntry:
        digest = hashlib.sha256()
        count = 0
        entry_name = f"tables/{name}.jsonl"
        with self._zip.open(entry_name, "w", force_zip64=True) as stream:
            for row in rows:
                line = encode_row(row)
                digest.update(line)
                stream.write(line)
                count += 1
        entry = TableEntry(name, model, columns, count, digest.hexdigest())
        self.tables.append(entry)
        return entry

    def finish(self, manifest: dict[str, Any]) -> None:
        manifest = {**manifest, "tables": [t.as_dict() for t in self.tables]}
        self._zip.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        self._zip.close()
        os.replace(self._temporary, self.path)

    def abort(self) -> None:
        self._zip.close()
        self._temporary.unlink(missing_ok=True)


@dataclass
class Archive:
    """A backup file whose every table has been checked; rows are read again when needed."""

    path: Path
    manifest: dict[str, Any]
    tables: list[TableEntry]

    @property
    def migrations(self) -> set[Migration]:
        return {_migration(name) for name in self.manifest["migrations"]}

    @property
    def row_count(self) -> int:
        return sum(t.rows for t in self.tables)

    def rows(self, table: TableEntry) -> Iterator[list[Any]]:
        with zipfile.ZipFile(self.path) as archive, archive.open(table.member) as stream:
            for line in stream:
                yield json.loads(line)


def _migration(name: Any) -> Migration:
    app, _, migration = str(name).partition(".")
    if not app or not migration:
        raise ValueError(f"not a migration name: {name!r}")
    return app, migration


def _damaged(path: Path, reason: str) -> BackupError:
    return BackupError(
        f"{path} is not a complete Partnership Lab backup ({reason}). Nothing was changed."
    )


def open_archive(path: Path) -> Archive:
    """Read and check the whole backup; raise BackupError if any part of it is wrong."""
    if not path.is_file():
        raise BackupError(f"No such file: {path}")
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = _read_manifest(archive)
            tables = [_table_entry(item) for item in manifest["tables"]]
            for table in tables:
                _check_table(archive, table)
    except BackupError as error:
        raise _damaged(path, str(error)) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
        raise _damaged(path, f"the zip archive is damaged or truncated: {error}") from None
    except (KeyError, TypeError, ValueError) as error:
        raise _damaged(path, f"its manifest is not valid: {error}") from None
    return Archive(path, manifest, tables)


def _read_manifest(archive: zipfile.ZipFile) -> dict[str, Any]:
    if MANIFEST not in archive.namelist():
        raise BackupError(f"it has no {MANIFEST}")
    manifest = json.loads(archive.read(MANIFEST))
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{MANIFEST} does not describe a {FORMAT}")
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise BackupError(
            f"it is in format version {version}, newer than this version of Partnership Lab "
            f"reads ({FORMAT_VERSION}); upgrade Partnership Lab to restore it"
        )
    for name in manifest["migrations"]:
        _migration(name)
    if not isinstance(manifest["tables"], list):
        raise BackupError(f"{MANIFEST} has no list of tables")
    return manifest


def _table_entry(item: dict[str, Any]) -> TableEntry:
    columns = item["columns"]
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
        raise ValueError(f"the columns of {item['name']} are not a list of names")
    return TableEntry(
        str(item["name"]), str(item["model"]), columns, int(item["rows"]), str(item["sha256"])
    )


def _check_table(archive: zipfile.ZipFile, table: TableEntry) -> None:
    if table.member not in archive.namelist():
        raise BackupError(f"{table.member} is missing")
    digest = hashlib.sha256()
    count = 0
    with archive.open(table.member) as stream:
        for line in stream:
            digest.update(line)
            count += 1
            try:
                row = json.loads(line)
            except ValueError:
                raise BackupError(f"line {count} of {table.member} is not valid JSON") from None
            if not isinstance(row, list) or len(row) != len(table.columns):
                raise BackupError(
                    f"line {count} of {table.member} does not hold {len(table.columns)} values"
                )
    if count != table.rows:
        raise BackupError(f"{table.member} holds {count} rows, the manifest says {table.rows}")
    if digest.hexdigest() != table.sha256:
        raise BackupError(f"{table.member} does not match its checksum")
