"""`partnerlab import-inputs FILE --cycle SLUG [--dry-run]`"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from partnerlab.core.errors import DomainError
from partnerlab.core.tabular import InvalidFile
from partnerlab.cycles.models import Cycle
from partnerlab.intake.imports import import_inputs


class Command(BaseCommand):
    help = (
        "Import consultation inputs from a CSV (UTF-8), XLSX or JSON Lines file into a cycle. "
        "Nothing is written unless every row is valid; rows already in the cycle are skipped."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="the file to import (.csv, .xlsx or .jsonl)")
        parser.add_argument("--cycle", required=True, help="the cycle's slug, e.g. lab-2026")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="check the file and report, without writing anything",
        )

    def handle(self, *args: Any, file: str, cycle: str, dry_run: bool, **options: Any) -> None:
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        target = Cycle.objects.filter(slug=cycle).first()
        if target is None:
            known = ", ".join(Cycle.objects.values_list("slug", flat=True)) or "none yet"
            raise CommandError(f"No cycle “{cycle}”. Known cycles: {known}.")
        try:
            report = import_inputs(
                by=None, cycle=target, data=path.read_bytes(), filename=path.name, dry_run=dry_run
            )
        except InvalidFile as error:
            lines = [
                error.message,
                *(f"  line {e.line}, column {e.column}: {e.message}" for e in error.row_errors),
            ]
            raise CommandError("\n".join(lines)) from None
        except DomainError as error:
            raise CommandError(error.message) from None
        summary = report.as_dict()
        verb = "would add" if dry_run else "added"
        self.stdout.write(
            f"{path.name}: {verb} {summary['added']} input(s), skipped "
            f"{summary['skipped']} already in cycle {cycle}."
        )
        for row in summary["skipped_rows"][:20]:
            self.stdout.write(f"  skipped line {row['line']}: {row['reason']}")
        if summary["unlinked_organisations"]:
            self.stdout.write(
                "  organisations not in the directory (kept as given): "
                + ", ".join(summary["unlinked_organisations"][:20])
            )
        if options.get("verbosity", 1) > 1:
            self.stdout.write(json.dumps(summary, indent=2))
