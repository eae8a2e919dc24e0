"""The dashboard as a CSV (one file, a block per section), an Excel workbook (a sheet per
section) and a PDF report on A4, each opened and read back."""

import csv
import io
import subprocess

import openpyxl
import pytest

from partnerlab.portfolio.export import as_csv
from partnerlab.portfolio.selectors import dashboard
from partnerlab.testing.workspace import make_cycle


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def _pdf_text(data: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
    return done.stdout.decode()


def _csv_sections(data: bytes) -> dict[str, list[list[str]]]:
    assert data.startswith(b"\xef\xbb\xbf")  # a byte-order mark, for Excel
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    sections, current = {}, None
    for previous, row in zip([[], *rows], rows, strict=False):
        if not previous and len(row) == 1:
            current = sections.setdefault(row[0], [])
        elif current is not None and row:
            current.append(row)
    return sections


def test_the_csv_holds_every_section_with_its_header_and_rows(cast, ws, client_for):
    response = _get(client_for(cast.facilitator), f"/cycles/{ws.cycle.slug}/portfolio.csv")
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="portfolio-lab-test.csv"' in response["Content-Disposition"]
    sections = _csv_sections(response.content)
    assert list(sections) == [
        "Funnel",
        "Ideas at each PDIA stage",
        "Portfolio targets",
        "Type of partnership",
        "GCM coverage: ideas per objective and stage",
        "Partners by UN region",
        "Partners by kind of organisation",
        "Money requested from donors, by proposal",
    ]
    funnel = sections["Funnel"]
    assert funnel[0] == ["Step", "Count", "Conversion from the step before (%)"]
    assert funnel[1] == ["Inputs from consultations", "2", ""]
    assert ["Fundable proposals", "1", "100.0"] in funnel
    typology = sections["Type of partnership"]
    assert typology[1][0] == "Hybrid" and typology[1][3] == "38.0"
    assert len(sections["GCM coverage: ideas per objective and stage"]) == 1 + 23
    money = sections["Money requested from donors, by proposal"]
    assert money[1] == ["Claims from home", "Fundable", "USD", "45000.00", "0.00", "45000.00"]
    assert ["Total, fundable proposals", "", "USD", "45000.00", "0.00", "45000.00"] in money


def test_the_summary_csv_has_no_money(cast, ws, client_for):
    response = _get(client_for(cast.observer), f"/cycles/{ws.cycle.slug}/portfolio/summary.csv")
    sections = _csv_sections(response.content)
    assert "Money requested from donors, by proposal" not in sections
    assert "Claims from home" not in response.content.decode("utf-8-sig")


def test_typed_titles_cannot_run_as_spreadsheet_formulas(cast, ws):
    from partnerlab.partnerships.models import Partnership

    Partnership.objects.filter(pk=ws.idea.pk).update(title="=HYPERLINK(1)")
    text = as_csv(dashboard(ws.cycle), full=True).decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in text


def test_the_workbook_has_one_sheet_per_section(cast, ws, client_for):
    response = _get(client_for(cast.facilitator), f"/cycles/{ws.cycle.slug}/portfolio.xlsx")
    book = openpyxl.load_workbook(io.BytesIO(response.content), read_only=True)
    assert len(book.sheetnames) == 8
    funnel = list(book.worksheets[0].values)
    assert funnel[0][0] == "Portfolio dashboard: Lab test cycle"
    assert funnel[1][0] == "Funnel"
    assert funnel[2] == ("Step", "Count", "Conversion from the step before (%)")
    assert funnel[3] == ("Inputs from consultations", 2, None)
    money = list(book.worksheets[-1].values)
    assert money[3] == ("Claims from home", "Fundable", "USD", 45000, 0, 45000)
    assert money[1][0] == "Money requested from donors, by proposal"
    coverage = list(book.worksheets[4].values)
    assert coverage[2][2:] == (
        "Problem", "Fishbone", "Sequencing", "Design space", "Authorization", "Design",
        "All stages",
    )  # fmt: skip
    assert len(coverage) == 3 + 23


def test_the_pdf_report_is_a4_with_every_section(cast, ws, client_for):
    response = _get(client_for(cast.facilitator), f"/cycles/{ws.cycle.slug}/portfolio.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = _pdf_text(response.content)
    for heading in (
        "Portfolio dashboard",
        "Targets",
        "From inputs to fundable proposals",
        "Types of partnership",
        "GCM coverage",
        "Balance of partners",
        "Money requested from donors",
        "Claims from home",
        "45,000",
    ):
        assert heading in text, heading
    info = subprocess.run(
        ["pdfinfo", "-"], input=response.content, capture_output=True, check=True
    ).stdout.decode()
    assert "595.276 x 841.89 pts (A4)" in info or "595.28 x 841.89 pts (A4)" in info


def test_the_pdf_speaks_the_interface_language(cast, ws, client_for):
    client = client_for(cast.observer)
    client.cookies["django_language"] = "fr"
    response = _get(client, f"/cycles/{ws.cycle.slug}/portfolio/summary.pdf")
    text = _pdf_text(response.content)
    assert "Claims from home" not in text
    assert "100 %" in text or "100\xa0%" in text or "100\u202f%" in text


def test_an_empty_cycle_exports_without_error(cast, client_for):
    cycle = make_cycle("empty-cycle")
    client = client_for(cast.facilitator)
    for fmt in ("csv", "xlsx", "pdf"):
        assert _get(client, f"/cycles/{cycle.slug}/portfolio.{fmt}").content


@pytest.mark.parametrize("fmt", ["docx", "json", "CSV"])
def test_other_formats_are_not_found(cast, ws, client_for, fmt):
    response = client_for(cast.facilitator).get(f"/cycles/{ws.cycle.slug}/portfolio.{fmt}")
    assert response.status_code == 404
