"""Reading the first sheet of an uploaded Excel workbook (.xlsx), every row of it, safely.

An .xlsx file is a zip of XML parts, so a small upload can hold a great deal: the archive's
declared sizes are checked before anything is unzipped (zipfile never yields more than an
entry declares), and each sheet's shape (how many rows, how many cells in a row) is counted
by a streaming pass that builds nothing, before openpyxl opens the workbook (opening it
parses every sheet that declares no range). openpyxl's read-only mode trusts
the sheet's declared `<dimension>`, which some programs leave stale (one row declared, eleven
written): the declared range is dropped and every row written in the sheet is read.
"""

from __future__ import annotations

import io
import zipfile
from typing import IO, Any
from xml.parsers import expat

import openpyxl
from django.utils.translation import gettext as _

MAX_UNZIPPED_BYTES = 20 * 1024 * 1024
# Far more columns than any import knows; a row of more cells is a malformed or hostile file.
MAX_CELLS_PER_ROW = 1_000

Row = tuple[Any, ...]


class UnreadableWorkbook(Exception):
    """The workbook cannot be imported; `message` says why, for people."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def first_sheet_rows(data: bytes, *, max_rows: int) -> tuple[Row, list[tuple[int, Row]]]:
    """The header row of the first worksheet, and every row below it that holds a value, with
    its row number, cut to the header's width. At most `max_rows` rows below the header, empty
    rows included."""
    try:
        _check_archive(data, max_rows=max_rows)  # before openpyxl, which parses every sheet
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except UnreadableWorkbook:
        raise
    except Exception:  # zipfile, expat and openpyxl raise many kinds of error for a broken file
        raise UnreadableWorkbook(_("The file is not a readable Excel workbook (.xlsx).")) from None
    try:
        if not book.worksheets:
            raise UnreadableWorkbook(_("The workbook has no worksheet."))
        return _read(book.worksheets[0])
    except UnreadableWorkbook:
        raise
    except Exception:  # a damaged part only shows while it is read
        raise UnreadableWorkbook(
            _("The workbook is damaged: its first sheet cannot be read to the end.")
        ) from None
    finally:
        book.close()


def _check_archive(data: bytes, *, max_rows: int) -> None:
    """The declared unzipped size, then the shape of every worksheet part, streamed."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = archive.infolist()
        unzipped = sum(entry.file_size for entry in entries)
        if unzipped > MAX_UNZIPPED_BYTES:
            raise UnreadableWorkbook(
                _(
                    "The workbook holds %(size)d MB once unzipped; the limit is %(mb)d MB. "
                    "Split it into smaller files."
                )
                % {"size": unzipped // (1024 * 1024), "mb": MAX_UNZIPPED_BYTES // (1024 * 1024)}
            )
        for entry in entries:
            if entry.filename.endswith(".xml"):
                with archive.open(entry) as part:
                    _check_shape(part, max_rows=max_rows)


class _TooBig(Exception):
    pass


class _NotASheet(Exception):
    pass


def _check_shape(source: IO[bytes], *, max_rows: int) -> None:
    """In a worksheet part, count rows (and the row numbers they claim) and cells per row
    without building them; other parts are left at their first element."""
    counter = _ShapeCounter(max_rows=max_rows)
    parser = expat.ParserCreate()  # no namespace processing: names as written, maybe prefixed
    parser.StartElementHandler = counter.start
    try:
        parser.ParseFile(source)
    except _NotASheet:
        return
    except _TooBig as refusal:
        raise UnreadableWorkbook(str(refusal)) from None


class _ShapeCounter:
    """Called for every element of a part, so kept to a few comparisons per element."""

    def __init__(self, *, max_rows: int) -> None:
        self.max_rows = max_rows
        self.limit = max_rows + 1  # the header row, then the rows it may hold
        self.rows = self.cells = 0
        self.first = True

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name == "c" or name.endswith(":c"):
            self.cells += 1
            if self.cells > MAX_CELLS_PER_ROW:
                raise _TooBig(
                    _("Row %(row)d has more than %(max)d cells.")
                    % {"row": self.rows, "max": MAX_CELLS_PER_ROW}
                )
        elif name == "row" or name.endswith(":row"):
            self.rows += 1
            self.cells = 0
            number = attributes.get("r", "")
            if self.rows > self.limit or (number.isdigit() and int(number) > self.limit):
                raise _TooBig(_too_many_rows(self.max_rows))
        elif self.first and name.rpartition(":")[2] != "worksheet":
            raise _NotASheet
        self.first = False


def _too_many_rows(max_rows: int) -> str:
    return _(
        "A sheet of the workbook runs to more than %(max)d rows below its header, counting "
        "empty rows; delete the empty rows at its end or split it into smaller files."
    ) % {"max": max_rows}


def _read(sheet: Any) -> tuple[Row, list[tuple[int, Row]]]:
    sheet.reset_dimensions()  # read every row written, whatever range the file declares
    header = next(sheet.iter_rows(min_row=1, max_row=1, values_only=True), ())
    width = len(header)
    while width and header[width - 1] in (None, ""):  # spreadsheets add empty columns
        width -= 1
    if not width:
        return (), []
    rows = sheet.iter_rows(min_row=2, min_col=1, max_col=width, values_only=True)
    found = [
        (number, values)
        for number, values in enumerate(rows, start=2)
        if any(value not in (None, "") for value in values)
    ]
    return tuple(header[:width]), found
