"""`partnerlab backup` and `partnerlab restore`: the whole database in one portable file.

A backup is a zip archive: `manifest.json` (format, versions, the applied migrations, and per
table its columns, row count and SHA-256) and one JSON Lines file per table under `tables/`
(one JSON array of column values per row, ordered by primary key). It is read in one
snapshot transaction and can be restored on SQLite or PostgreSQL whichever made it.
"""

from django.core.management.base import CommandParser

from partnerlab.core.backup.archive import BackupError
from partnerlab.core.backup.service import (
    BackupReport,
    RestoreReport,
    TargetNotEmpty,
    backup,
    restore,
)

__all__ = [
    "BackupError",
    "BackupReport",
    "RestoreReport",
    "TargetNotEmpty",
    "add_database_option",
    "backup",
    "restore",
]


def add_database_option(parser: CommandParser, *, verb: str) -> None:
    """`--database ALIAS` of the backup and restore commands."""
    parser.add_argument(
        "--database",
        default="default",
        help=f"the database to {verb} (an alias from settings; default: default)",
    )
