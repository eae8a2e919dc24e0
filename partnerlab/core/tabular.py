"""Reading uploaded tables with every problem reported by line and column.

Imports read the whole file first and write nothing unless every row is valid, so the
reader's job is to turn a file into rows or into a complete list of what is wrong.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from partnerlab.core.errors import DomainError, FieldError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_CELL_CHARS = 20_000


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    message: str

    def as_field_error(self) -> FieldError:
        return FieldError(field=f"line {self.line}, {self.column}", message=self.message)


class InvalidFile(DomainError):
    """The file cannot be imported; `row_errors` says where and why."""

    code = "invalid_file"
    status = 422

    def __init__(self, message: str, *, row_errors: list[RowError] | None = None) -> None:
        self.row_errors = list(row_errors or [])
        super().__init__(message, errors=[e.as_field_error() for e in self.row_errors])


@dataclass
class Table:
    columns: list[str]
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)


def decode_text(data: bytes) -> str:
    if not data.strip():
        raise InvalidFile(_("The file is empty."))
    if len(data) > MAX_FILE_BYTES:
        raise InvalidFile(
            _("The file is larger than %(mb)d MB.") % {"mb": MAX_FILE_BYTES // (1024 * 1024)}
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InvalidFile(
            _(
                "The file is not UTF-8 text (first bad byte on line %(line)d). "
                "Save it as CSV UTF-8 and try again."
            )
            % {"line": line}
        ) from None


def read_csv(data: bytes, *, required: set[str], known: set[str], max_rows: int = 10_000) -> Table:
    """Parse CSV with a header row; column names are matched case-insensitively."""
    reader, columns = _open(decode_text(data), required=required, known=known)
    table = Table(columns=columns)
    errors: list[RowError] = []
    line = 1
    try:
        for values in reader:
            # A quoted cell may span lines: report the line where the record starts.
            first_line, line = line + 1, reader.line_num
            if not any(v.strip() for v in values):
                continue
            if len(table.rows) >= max_rows:
                raise InvalidFile(
                    _("The file has more than %(max)d rows; split it into smaller files.")
                    % {"max": max_rows}
                )
            row, row_errors = _row(values, columns, first_line)
            errors.extend(row_errors)
            if row is not None:
                table.rows.append((first_line, row))
    except csv.Error as error:
        raise InvalidFile(
            _("The file is not valid CSV near line %(line)d: %(reason)s")
            % {"line": reader.line_num, "reason": error}
        ) from None
    if errors:
        raise InvalidFile(_("Some rows have problems; nothing was imported."), row_errors=errors)
    if not table.rows:
        raise InvalidFile(_("The file has a header but no rows."))
    return table


def _open(text: str, *, required: set[str], known: set[str]) -> tuple[Any, list[str]]:
    """A CSV reader past its header row, and the header's column names."""
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise InvalidFile(_("The file is empty.")) from None
    columns = [name.strip().lower() for name in header]
    problems = _header_problems(columns, required=required, known=known)
    if problems:
        raise InvalidFile(_("The header row has problems."), row_errors=problems)
    return reader, columns


def _row(
    values: list[str], columns: list[str], line: int
) -> tuple[dict[str, str] | None, list[RowError]]:
    if len(values) > len(columns):
        return None, [RowError(line, _("(row)"), _("more values than columns"))]
    row = {col: (values[i].strip() if i < len(values) else "") for i, col in enumerate(columns)}
    too_long = [
        RowError(line, col, _("longer than %(max)d characters") % {"max": MAX_CELL_CHARS})
        for col, value in row.items()
        if len(value) > MAX_CELL_CHARS
    ]
    return row, too_long


def _header_problems(columns: list[str], *, required: set[str], known: set[str]) -> list[RowError]:
    problems = [
        RowError(1, name, _("this column is required but missing"))
        for name in sorted(required - set(columns))
    ]
    seen: set[str] = set()
    for name in columns:
        if name in seen:
            problems.append(RowError(1, name, _("this column appears twice")))
        seen.add(name)
        if name and name not in known:
            problems.append(
                RowError(
                    1,
                    name,
                    _("unknown column; expected some of: %(cols)s")
                    % {"cols": ", ".join(sorted(known))},
                )
            )
    return problems


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    dry_run: bool = False

    def as_dict(self) -> dict[str, object]:
        return {
            "dry_run": self.dry_run,
            "added": len(self.added),
            "skipped": len(self.skipped),
            "added_names": self.added,
            "skipped_names": self.skipped,
        }
