"""Reading uploaded tables with every problem reported by line and column.

Imports read the whole file first and write nothing unless every row is valid, so the
reader's job is to turn a file into rows or into a complete list of what is wrong.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from partnerlab.analysis.jsonlines import TooDeep, json_value
from partnerlab.core.errors import DomainError, FieldError
from partnerlab.core.workbook import UnreadableWorkbook, first_sheet_rows

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_CELL_CHARS = 20_000
# Let the csv module read big cells, so they are reported as "too long" by line and column
# rather than failing the whole file.
csv.field_size_limit(MAX_FILE_BYTES)


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


XLSX_MAGIC = b"PK\x03\x04"


def read_table(
    data: bytes, *, filename: str, required: set[str], known: set[str], max_rows: int = 10_000
) -> Table:
    """CSV (UTF-8), XLSX or JSON Lines, chosen by the file name, and by content for XLSX."""
    name = filename.lower()
    if name.endswith((".xlsx", ".xlsm")) or data[:4] == XLSX_MAGIC:
        return read_xlsx(data, required=required, known=known, max_rows=max_rows)
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return read_jsonl(data, required=required, known=known, max_rows=max_rows)
    return read_csv(data, required=required, known=known, max_rows=max_rows)


def parse_choice(value: str, choices: Any) -> str:
    """A choice's code from its code or its English label, in any case; else `value` as given."""
    lowered = value.strip().lower()
    for code, label in choices:
        if lowered in (code, str(label).lower(), code.replace("_", " ")):
            return str(code)
    return value


def read_upload(upload: Any) -> bytes:
    """An uploaded file's content, refused by its size before it is read into memory."""
    check_size(b"", size=upload.size)
    return bytes(upload.read())


def check_size(data: bytes, *, size: int | None = None) -> None:
    if (len(data) if size is None else size) > MAX_FILE_BYTES:
        raise InvalidFile(
            _("The file is larger than %(mb)d MB.") % {"mb": MAX_FILE_BYTES // (1024 * 1024)}
        )


def decode_text(data: bytes) -> str:
    if not data.strip():
        raise InvalidFile(_("The file is empty."))
    check_size(data)
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
                raise InvalidFile(_too_many_rows(max_rows))
            row, row_errors = _row(values, columns, first_line)
            errors.extend(row_errors)
            if row is not None:
                table.rows.append((first_line, row))
    except csv.Error as error:
        raise InvalidFile(
            _("The file is not valid CSV near line %(line)d: %(reason)s")
            % {"line": reader.line_num, "reason": error}
        ) from None
    return _finish(table, errors)


def read_jsonl(
    data: bytes, *, required: set[str], known: set[str], max_rows: int = 10_000
) -> Table:
    """One JSON object per line; keys are the columns."""
    text = decode_text(data)
    table = Table(columns=[])
    errors: list[RowError] = []
    columns: set[str] = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        if len(table.rows) >= max_rows:
            raise InvalidFile(_too_many_rows(max_rows))
        try:
            item = json_value(raw)
        except json.JSONDecodeError as error:
            errors.append(
                RowError(
                    number, _("(line)"), _("not valid JSON: %(reason)s") % {"reason": error.msg}
                )
            )
            continue
        except TooDeep:
            errors.append(RowError(number, _("(line)"), _("nested too deeply to be a row")))
            continue
        if not isinstance(item, dict):
            errors.append(RowError(number, _("(line)"), _("expected a JSON object")))
            continue
        row = {str(k).strip().lower(): _cell(v) for k, v in item.items()}
        columns.update(row)
        errors.extend(_too_long(row, number))
        table.rows.append((number, row))
    _check_columns(sorted(columns), required=required, known=known)
    table.columns = sorted(columns)
    return _finish(table, errors)


def read_xlsx(data: bytes, *, required: set[str], known: set[str], max_rows: int = 10_000) -> Table:
    """The first worksheet of an Excel workbook, with a header row; every row is read."""
    check_size(data)
    try:
        header, rows = first_sheet_rows(data, max_rows=max_rows)
    except UnreadableWorkbook as error:
        raise InvalidFile(error.message) from None
    if not header:
        raise InvalidFile(_("The file is empty."))
    columns = [_cell(name).lower() for name in header]
    _check_columns(columns, required=required, known=known)
    table = Table(columns=columns)
    errors: list[RowError] = []
    for number, values in rows:  # at most max_rows: the sheet's shape was checked
        row = {col: _cell(values[i]) for i, col in enumerate(columns) if col}
        errors.extend(_too_long(row, number))
        table.rows.append((number, row))
    return _finish(table, errors)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()  # Excel stores plain dates as midnight
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return str(value).strip()


def _too_many_rows(max_rows: int) -> str:
    return _("The file has more than %(max)d rows; split it into smaller files.") % {
        "max": max_rows
    }


def _too_long(row: dict[str, str], line: int) -> list[RowError]:
    return [
        RowError(line, col, _("longer than %(max)d characters") % {"max": MAX_CELL_CHARS})
        for col, value in row.items()
        if len(value) > MAX_CELL_CHARS
    ]


def _check_columns(columns: list[str], *, required: set[str], known: set[str]) -> None:
    problems = _header_problems(columns, required=required, known=known)
    if problems:
        raise InvalidFile(_("The header row has problems."), row_errors=problems)


def _finish(table: Table, errors: list[RowError]) -> Table:
    if errors:
        raise InvalidFile(_("Some rows have problems; nothing was imported."), row_errors=errors)
    if not table.rows:
        raise InvalidFile(_("The file has a header but no rows."))
    return table


def _open(text: str, *, required: set[str], known: set[str]) -> tuple[Any, list[str]]:
    """A CSV reader past its header row, and the header's column names."""
    # The separator is the one the header line uses most; quotes are always double quotes
    # (guessing them from the data misreads apostrophes).
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=lambda d: (first_line.count(d), d == ","))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    try:
        header = next(reader)
    except StopIteration:
        raise InvalidFile(_("The file is empty.")) from None
    columns = [name.strip().lower() for name in header]
    while columns and not columns[-1]:  # spreadsheets add empty columns at the end
        columns.pop()
    _check_columns(columns, required=required, known=known)
    return reader, columns


def _row(
    values: list[str], columns: list[str], line: int
) -> tuple[dict[str, str] | None, list[RowError]]:
    if any(v.strip() for v in values[len(columns) :]):
        return None, [RowError(line, _("(row)"), _("more values than columns"))]
    row = {col: (values[i].strip() if i < len(values) else "") for i, col in enumerate(columns)}
    return row, _too_long(row, line)


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


PREVIEW_ROWS = 10


@dataclass
class Preview:
    """The first rows of a file as the import reads them (after matching), for the preview."""

    columns: list[str] = field(default_factory=list)
    rows: list[tuple[int, list[str], str]] = field(default_factory=list)  # line, cells, outcome

    def add(self, line: int, cells: list[str], outcome: str) -> None:
        if len(self.rows) < PREVIEW_ROWS:
            self.rows.append((line, cells, outcome))


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    dry_run: bool = False
    preview: Preview = field(default_factory=Preview)

    def as_dict(self) -> dict[str, object]:
        return {
            "dry_run": self.dry_run,
            "added": len(self.added),
            "skipped": len(self.skipped),
            "added_names": self.added,
            "skipped_names": self.skipped,
        }
