"""Reading uploaded files: every row read, every damaged or oversized file refused clearly."""

from __future__ import annotations

import json
import re
import tracemalloc

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from partnerlab.analysis.cli import InputError, read_records
from partnerlab.core.tabular import MAX_FILE_BYTES, InvalidFile, read_table, read_upload
from partnerlab.core.workbook import MAX_CELLS_PER_ROW
from partnerlab.testing.files import SHEET, inline_row, parts, sheet_xml, with_part, xlsx

ELEVEN = [["text"], *([f"Answer number {i} about skills abroad"] for i in range(11))]


def _read(data: bytes, *, name: str = "a.xlsx", max_rows: int = 100_000):  # type: ignore[no-untyped-def]
    return read_table(data, filename=name, required={"text"}, known={"text"}, max_rows=max_rows)


def _refusal(data: bytes, **kwargs: object) -> str:
    with pytest.raises(InvalidFile) as caught:
        _read(data, **kwargs)  # type: ignore[arg-type]
    error = caught.value
    return error.message + " " + " ".join(f"{e.line}:{e.message}" for e in error.row_errors)


def _declare(dimension: str):  # type: ignore[no-untyped-def]
    def change(xml: bytes) -> bytes:
        changed = re.sub(
            rb'<dimension ref="[^"]*"/>', f'<dimension ref="{dimension}"/>'.encode(), xml
        )
        assert changed != xml  # the file did declare a range, now a wrong one
        return changed

    return change


def test_every_row_of_a_workbook_is_read_whatever_range_it_declares() -> None:
    stale = with_part(xlsx(ELEVEN), SHEET, _declare("A1:A2"))
    table = _read(stale)
    assert [line for line, _row in table.rows] == list(range(2, 13))
    assert table.rows[-1][1]["text"] == "Answer number 10 about skills abroad"


def test_a_declared_range_far_larger_than_the_rows_adds_nothing() -> None:
    huge = with_part(xlsx(ELEVEN), SHEET, _declare("A1:XFD1048576"))
    assert len(_read(huge).rows) == 11


def test_a_workbook_without_a_sheet_is_refused() -> None:
    book = xlsx(ELEVEN)
    without_part = with_part(book, SHEET, lambda xml: None)
    without_entry = with_part(
        book, "xl/workbook.xml", lambda xml: re.sub(rb"<sheet [^>]*/>", b"", xml)
    )
    for data in (without_part, without_entry):
        assert "no worksheet" in _refusal(data)


@pytest.mark.parametrize(
    "damage",
    [
        lambda book: book[: len(book) // 2],  # cut off: no central directory
        lambda book: book[:-10],
        lambda book: with_part(book, SHEET, lambda xml: xml[: len(xml) // 2]),  # sheet cut off
        lambda book: with_part(book, SHEET, lambda xml: xml.replace(b"<row", b"<row <", 1)),
    ],
    ids=["half", "tail", "sheet-cut", "sheet-garbled"],
)
def test_a_truncated_or_damaged_workbook_is_refused_clearly(damage) -> None:  # type: ignore[no-untyped-def]
    message = _refusal(damage(xlsx(ELEVEN)))
    assert "workbook" in message


def test_a_damaged_compressed_sheet_is_refused_clearly() -> None:
    book = bytearray(xlsx([["text"], *([f"row {i} " * 50] for i in range(200))]))
    start = bytes(book).index(SHEET.encode()) + len(SHEET) + 200  # inside the sheet's data
    book[start : start + 40] = bytes(40)
    assert "workbook" in _refusal(bytes(book))


def test_a_zip_bomb_is_refused_before_it_is_unzipped() -> None:
    padding = b" " * (MAX_FILE_BYTES + 1)  # a few KB zipped, 20 MB unzipped
    bomb = with_part(xlsx(ELEVEN), SHEET, lambda xml: xml.replace(b"<sheetData>", padding, 1))
    assert len(bomb) < 1_000_000
    tracemalloc.start()
    try:
        message = _refusal(bomb)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "once unzipped" in message
    assert peak < 5_000_000  # the 20 MB part was never unzipped


def test_a_workbook_larger_than_the_limit_is_refused() -> None:
    data = b"PK\x03\x04" + bytes(MAX_FILE_BYTES)
    assert "larger than 20 MB" in _refusal(data)


def test_a_sheet_of_a_million_empty_rows_is_refused_without_reading_them() -> None:
    header = inline_row(1, "text") + inline_row(2, "A real answer")
    empty = "".join(f'<row r="{n}"/>' for n in range(3, 1_000_003))
    book = with_part(xlsx(ELEVEN), SHEET, lambda xml: sheet_xml(header + empty))
    tracemalloc.start()
    try:
        message = _refusal(book, max_rows=100_000)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "more than 100000 rows below its header, counting empty rows" in message
    assert peak < 50_000_000


def test_one_value_at_the_last_row_of_a_sheet_is_refused_too() -> None:
    rows = inline_row(1, "text") + inline_row(1_048_576, "far away")
    book = with_part(xlsx(ELEVEN), SHEET, lambda xml: sheet_xml(rows, dimension="A1"))
    assert "more than 5000 rows" in _refusal(book, max_rows=5_000)


def test_a_row_of_too_many_cells_is_refused() -> None:
    cells = "".join(f"<c><v>{i}</v></c>" for i in range(MAX_CELLS_PER_ROW + 1))
    rows = inline_row(1, "text") + f'<row r="2">{cells}</row>'
    book = with_part(xlsx(ELEVEN), SHEET, lambda xml: sheet_xml(rows))
    assert f"Row 2 has more than {MAX_CELLS_PER_ROW} cells" in _refusal(book)


def test_only_the_header_width_of_each_row_is_read() -> None:
    rows = inline_row(1, "text", "") + inline_row(2, "kept", "", "stray", "values")
    book = with_part(xlsx(ELEVEN), SHEET, lambda xml: sheet_xml(rows))
    assert _read(book).rows == [(2, {"text": "kept"})]


def test_json_lines_nested_100000_deep_are_reported_by_line() -> None:
    deep_list = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    deep_object = '{"a": ' * 100_000 + "1" + "}" * 100_000
    lines = "\n".join([json.dumps({"text": "fine"}), deep_list, deep_object]).encode()
    message = _refusal(lines, name="a.jsonl")
    assert "2:nested too deeply" in message and "3:nested too deeply" in message


def test_the_analysis_command_line_reports_deep_json_lines(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "deep.jsonl"
    path.write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
    with pytest.raises(InputError, match="line 1 is nested too deeply"):
        read_records(str(path), text_column="text", id_column="id")


def test_an_upload_larger_than_the_limit_is_refused_before_it_is_read() -> None:
    class Unreadable(SimpleUploadedFile):
        def read(self, *args: object) -> bytes:
            raise AssertionError("read before its size was checked")

    upload = Unreadable("big.csv", b"text\nx\n")
    upload.size = MAX_FILE_BYTES + 1
    with pytest.raises(InvalidFile, match="larger than 20 MB"):
        read_upload(upload)


def test_the_workbook_parts_used_here_are_the_ones_openpyxl_writes() -> None:
    assert SHEET in parts(xlsx(ELEVEN))  # else the tests above alter nothing
