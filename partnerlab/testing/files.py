"""Real spreadsheet files for import tests, written by openpyxl and then altered part by part,
as other programs (or damage) leave them."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable

import openpyxl

SHEET = "xl/worksheets/sheet1.xml"


def xlsx(rows: Iterable[Iterable[object]]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def with_part(data: bytes, name: str, change: Callable[[bytes], bytes | None]) -> bytes:
    """The workbook with one part changed (or left out when `change` gives None)."""
    members = parts(data)
    changed = change(members[name])
    if changed is None:
        del members[name]
    else:
        members[name] = changed
    return zipped(members)


def sheet_xml(rows_xml: bytes | str, *, dimension: str = "") -> bytes:
    """A worksheet part whose <sheetData> holds `rows_xml`."""
    if isinstance(rows_xml, str):
        rows_xml = rows_xml.encode()
    declared = f'<dimension ref="{dimension}"/>'.encode() if dimension else b""
    return (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + declared
        + b"<sheetData>"
        + rows_xml
        + b"</sheetData></worksheet>"
    )


def inline_row(number: int, *values: str) -> str:
    cells = "".join(
        f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>'
        for i, v in enumerate(values)
    )
    return f'<row r="{number}">{cells}</row>'
