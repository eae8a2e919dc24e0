"""The dashboard as files: one CSV with a block per section, an Excel workbook with a sheet per
section, and a PDF report on A4 with the charts as vector SVG, all in the active language.

Files hold plain numbers (counts, amounts, shares in per cent to one decimal) so that they can
be computed with; the PDF shows them as the page does.
"""

from __future__ import annotations

import base64
import csv
import io
from decimal import Decimal
from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from partnerlab.core.forms import printable
from partnerlab.partnerships.models import Stage
from partnerlab.portfolio import charts
from partnerlab.portfolio.selectors import MONEY_AMOUNTS, MONEY_COLUMNS, Dashboard
from partnerlab.portfolio.tables import Table, tables

# A spreadsheet runs a cell starting with one of these as a formula: typed text (an idea's
# title) is written with a leading apostrophe instead.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        value = printable(value)
        return "'" + value if value.startswith(FORMULA_STARTS) else value
    return value


def _heading(d: Dashboard, *, full: bool) -> str:
    title = _("Portfolio dashboard") if full else _("Portfolio summary")
    return f"{title}: {d.cycle.name}"


def as_csv(d: Dashboard, *, full: bool) -> bytes:
    """One CSV file: a title line, then each section as its title, its header and its rows,
    with an empty line between sections. UTF-8 with a byte-order mark (Excel reads accents)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_heading(d, full=full), timezone.localdate().isoformat()])
    for table in tables(d, full=full):
        writer.writerow([])
        writer.writerow([table.title])
        writer.writerow(table.header)
        writer.writerows([[_cell(v) for v in row] for row in table.rows])
    return buffer.getvalue().encode("utf-8-sig")


SHEET_NAME_LIMIT = 31  # Excel's


def _sheet_name(table: Table, used: set[str]) -> str:
    base = "".join(c for c in table.title if c not in "[]:*?/\\")[:SHEET_NAME_LIMIT].strip()
    name, n = base or table.key, 2
    while name.lower() in used:
        suffix = f" {n}"
        name, n = base[: SHEET_NAME_LIMIT - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name


def as_xlsx(d: Dashboard, *, full: bool) -> bytes:
    """An Excel workbook: one sheet per section, headers in bold, columns sized to fit."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for table in tables(d, full=full):
        sheet = book.create_sheet(_sheet_name(table, used))
        sheet.append([_heading(d, full=full)])
        sheet.append([table.title])
        sheet["A1"].font = Font(bold=True, size=12)
        sheet.append(table.header)
        for cell in sheet[3]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([float(v) if isinstance(v, Decimal) else _cell(v) for v in row])
        sheet.freeze_panes = "A4"
        for index, column in enumerate(sheet.iter_cols(min_row=3), start=1):
            width = max((len(str(c.value)) for c in column if c.value is not None), default=8)
            sheet.column_dimensions[column[0].column_letter].width = min(60, max(10, width + 2))
            del index
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def as_pdf(d: Dashboard, *, full: bool) -> bytes:
    """The report for the forum's summit: every section with its chart, on A4."""
    from weasyprint import HTML  # imported when needed: it loads pango

    html = render_to_string(
        "portfolio/report.html",
        {
            "d": d,
            "full": full,
            "heading": _heading(d, full=full),
            "made_on": timezone.localdate(),
            "stages": [str(label) for _key, label in Stage.choices],
            "figures": {name: _data_uri(svg) for name, svg in charts.all_charts(d).items()},
            "money_columns": MONEY_COLUMNS,
            "money_amounts": MONEY_AMOUNTS,
        },
    )
    return HTML(string=html).write_pdf()  # type: ignore[no-any-return]


def render(d: Dashboard, fmt: str, *, full: bool) -> bytes:
    return {"csv": as_csv, "xlsx": as_xlsx, "pdf": as_pdf}[fmt](d, full=full)
