"""`partnerlab backup` and `partnerlab restore`: every table comes back as it was.

The suite runs on whichever database DATABASE_URL names; the second database of these tests
is always a SQLite file, so on PostgreSQL the round trip also crosses engines both ways.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, connections, models

from partnerlab.actors.models import Organisation
from partnerlab.core import staging
from partnerlab.core.backup import TargetNotEmpty, backup, restore, schema
from partnerlab.core.models import AuditEvent, StagedFile
from partnerlab.core.tests.backup_support import (
    connect_scratch,
    every_table,
    without_restore_records,
)
from partnerlab.demo.loader import DemoLogin
from partnerlab.testing.personas import Cast, make_cast

UPLOAD = b"text,answers\r\nWages are withheld,problem\r\n\x00\xff binary tail"


def _restores(tables: dict) -> int:  # type: ignore[type-arg]
    return len(tables[AuditEvent._meta.db_table]) - len(
        without_restore_records(tables)[AuditEvent._meta.db_table]
    )


def test_a_restored_backup_has_every_table_as_it_was_both_ways(
    demo: list[DemoLogin], scratch: str, tmp_path: Path
) -> None:
    facilitator = apps.get_model("accounts", "User").objects.get(email=demo[0].email)
    staging.keep(owner=facilitator, purpose="import-inputs", name="inputs.csv", data=UPLOAD)
    before = every_table("default")
    assert all(before[t] for t in ("core_stagedfile", "proposals_signoff", "core_auditevent"))

    report = backup(tmp_path / "a.zip")
    assert report.tables == len(before)
    restored = restore(tmp_path / "a.zip", using=scratch)  # a database with no tables at all
    assert restored.rows == sum(len(rows) for rows in before.values())
    there = every_table(scratch)
    assert without_restore_records(there) == without_restore_records(before)
    assert _restores(there) == _restores(before) + 1
    assert StagedFile.objects.using(scratch).get().data == UPLOAD

    # And back again, over the data that is there.
    backup(tmp_path / "b.zip", using=scratch)
    restore(tmp_path / "b.zip", force=True)
    back = every_table("default")
    assert without_restore_records(back) == without_restore_records(before)
    assert _restores(back) == _restores(before) + 2

    # New rows get new ids after a restore (PostgreSQL's sequences follow the data).
    newest = Organisation.objects.order_by("-pk").values_list("pk", flat=True).first()
    assert Organisation.objects.create(name="After the restore", kind="other").pk > newest


def test_every_table_is_backed_up_or_left_out_for_a_stated_reason(
    flushable_db: None, tmp_path: Path
) -> None:
    backup(tmp_path / "empty.zip")
    with connection.cursor() as cursor:
        tables = set(connection.introspection.table_names(cursor))
    backed_up = {m._meta.db_table for m in apps.get_models(include_auto_created=True)}
    assert tables - backed_up == set(schema.NOT_BACKED_UP)


def test_uploaded_files_live_in_the_database_so_the_backup_holds_them() -> None:
    # A model with a FileField would keep its files outside the database, and outside the
    # backup: teach `partnerlab backup` about them before adding one.
    file_fields = [
        f"{m._meta.label}.{f.name}"
        for m in apps.get_models()
        for f in m._meta.get_fields()
        if isinstance(f, models.FileField)
    ]
    assert file_fields == []


def test_a_freshly_migrated_database_counts_as_empty(db: None, migrated_scratch: str) -> None:
    scratch = migrated_scratch
    assert schema.table_with_data(connections[scratch]) is None
    Organisation.objects.using(scratch).create(name="Someone's work", kind="other")
    assert schema.table_with_data(connections[scratch]) == "actors_organisation"


@pytest.fixture
def cast_backup(flushable_db: None, tmp_path: Path) -> tuple[Cast, Path]:
    cast = make_cast()
    path = tmp_path / "cast.zip"
    backup(path)
    return cast, path


def test_a_database_that_holds_data_is_only_replaced_when_asked(
    cast_backup: tuple[Cast, Path],
) -> None:
    cast, path = cast_backup
    Organisation.objects.create(name="Added after the backup", kind="other")
    before = every_table("default")
    with pytest.raises(TargetNotEmpty, match=r"already holds data.*--force"):
        restore(path)
    assert every_table("default") == before
    with pytest.raises(CommandError, match="--force"):
        call_command("restore", str(path))

    restore(path, force=True)
    assert not Organisation.objects.filter(name="Added after the backup").exists()
    assert Organisation.objects.filter(name=cast.ghana_ministry.name).exists()
    record = AuditEvent.objects.get(action="backup.restore")
    assert record.object_repr == path.name and record.after["rows"] > 0


def test_the_commands_say_what_they_did(
    cast_backup: tuple[Cast, Path], migrated_scratch: str
) -> None:
    _, path = cast_backup
    scratch = migrated_scratch
    call_command("restore", str(path), database=scratch, stdout=(out := _Out()))
    assert out.text.startswith("Restored ") and "on " + connection.vendor in out.text
    call_command("backup", str(path.with_name("again.zip")), database=scratch, stdout=out)
    assert "Backed up " in out.text and path.with_name("again.zip").is_file()
    with pytest.raises(CommandError, match="No such file"):
        call_command("restore", str(path.with_name("missing.zip")))


class _Out:
    text = ""

    def write(self, text: str) -> None:
        self.text += text

    def flush(self) -> None:
        pass


def test_a_backup_reads_one_snapshot_while_others_write(
    flushable_db: None, migrated_scratch: str, tmp_path: Path
) -> None:
    scratch = migrated_scratch
    # On SQLite the test database lives in memory, where there is no snapshot to read; the
    # SQLite file is what a real server has. On PostgreSQL, the test database too.
    aliases = [scratch] + (["default"] if connection.vendor == "postgresql" else [])
    scratch_file = Path(connections[scratch].settings_dict["NAME"])
    for alias in aliases:
        count = Organisation.objects.using(alias).count()

        def write_meanwhile(table: str, alias: str = alias) -> None:
            if table != "accounts_apitoken":  # the first table; organisations come later
                return

            def write() -> None:  # in a thread of its own, with connections of its own
                if alias == scratch:
                    connect_scratch(scratch_file)
                Organisation.objects.using(alias).create(name="Written meanwhile", kind="other")
                connections[alias].close()

            writer = threading.Thread(target=write)
            writer.start()
            writer.join()

        path = tmp_path / f"{alias}.zip"
        backup(path, using=alias, after_table=write_meanwhile)
        assert Organisation.objects.using(alias).count() == count + 1  # the write happened
        from partnerlab.core.backup.archive import open_archive

        tables = {t.name: t.rows for t in open_archive(path).tables}
        assert tables["actors_organisation"] == count  # and is not in the backup
