"""`partnerlab backup FILE`: the whole database, uploaded files included, in one file."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from partnerlab.core.backup import BackupError, add_database_option, backup


class Command(BaseCommand):
    help = (
        "Write a backup of the database (every table, uploaded files included) to FILE, a zip "
        "archive that `partnerlab restore` reads on SQLite or PostgreSQL. It is read in one "
        "snapshot, so the platform may keep running. An existing FILE is replaced once the "
        "new backup is complete."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="where to write the backup, e.g. lab-2026-12-03.zip")
        add_database_option(parser, verb="back up")

    def handle(self, *args: Any, file: str, database: str, **options: Any) -> None:
        path = Path(file)
        if not path.parent.is_dir():
            raise CommandError(f"No such directory: {path.parent}")
        started = time.monotonic()
        try:
            report = backup(path, using=database)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Backed up {report.rows} rows in {report.tables} tables to {path} "
            f"({report.size / 1_000_000:.1f} MB) in {time.monotonic() - started:.1f} s."
        )
