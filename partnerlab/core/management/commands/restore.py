"""`partnerlab restore FILE [--force]`: replace the database with a backup."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from partnerlab.core.backup import BackupError, add_database_option, restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `partnerlab backup`: the whole file is checked first, then "
        "every table is replaced in one transaction. A backup of an older version is migrated "
        "forward; one of a newer version is refused. A database that already holds data is "
        "only replaced with --force. Stop the web server and the worker while restoring."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="the backup to restore")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace the database even if it already holds data",
        )
        add_database_option(parser, verb="restore into")

    def handle(self, *args: Any, file: str, force: bool, database: str, **options: Any) -> None:
        started = time.monotonic()
        try:
            report = restore(Path(file), using=database, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Restored {report.rows} rows in {report.tables} tables from {file} (made "
            f"{report.made_at} by Partnership Lab {report.made_by} on {report.engine}) in "
            f"{time.monotonic() - started:.1f} s."
        )
        if report.migrated_forward:
            self.stdout.write(
                "The backup came from an older version; migrated forward: "
                + ", ".join(report.migrated_forward)
            )
