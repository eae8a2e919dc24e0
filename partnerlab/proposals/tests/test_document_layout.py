"""The proposal documents as printed: A4, the same share of costs as the design page, and
charts whose labels are whole and at least 7 pt."""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess

import pytest
from docx import Document
from docx.shared import Cm

from partnerlab.partnerships import charts, editing
from partnerlab.partnerships.drawing import DOT_RADIUS, PLOT_SIZE, PLOT_X, PLOT_Y
from partnerlab.partnerships.models import Partnership

LONG_ORG = "Agency for the Protection and Promotion of Migrant Workers' Rights Abroad"
LONG_IDEA = "Claim desks in every district labour office staffed by trained welfare officers"
FONT_BOX = 1.164  # DejaVu Sans: ascent plus descent, per unit of font size


def _requested_money(cast, ws):
    """A donor request for the lead: cost shares must not count it (43 % / 43 % / 14 %)."""
    lead = ws.idea.partners.get(organisation=cast.ghana_ministry)
    editing.create_element(
        by=cast.facilitator,
        partnership=ws.idea,
        kind="budget",
        data={"partner": lead.pk, "description": "Desks", "kind": "requested", "amount": 70000},
    )


def _words(pdf: bytes) -> list[tuple[int, float, float, float, str]]:
    """(page, top, bottom, height, text) of every word of the PDF."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: run scripts/ensure-browser-deps")
    xml = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    words = []
    for number, page in enumerate(xml.split("<page ")[1:], 1):
        for top, bottom, text in re.findall(
            r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
            page,
        ):
            height = float(bottom) - float(top)
            words.append((number, float(top), float(bottom), height, html.unescape(text)))
    return words


def _figure(words, caption: str, stop: str):
    """The words of the figure under `caption`, down to the heading `stop` or the page end."""
    first = caption.split()[0]
    page, top = next(
        (w[0], w[2])
        for i, w in enumerate(words)
        if w[4] == first and " ".join(x[4] for x in words[i : i + len(caption.split())]) == caption
    )
    end = min((w[1] for w in words if w[0] == page and w[1] > top and w[4] == stop), default=1e9)
    return [w for w in words if w[0] == page and top < w[1] < end]


def test_a_partners_share_is_the_same_on_the_design_page_and_in_both_documents(
    cast, ws, client_for
):
    _requested_money(cast, ws)
    client = client_for(cast.mexico)
    page = client.get(f"/partnerships/{ws.idea.pk}/stages/design/").content.decode()
    totals = page[page.index('<table class="totals">') :]
    ghana = re.search(r"<tr><td>Ministry of Labour, Ghana</td>.*?</tr>", totals, re.S).group(0)
    assert ghana.endswith('<td class="number">43 %</td></tr>'), ghana
    pdf = client.get(f"/partnerships/{ws.idea.pk}/proposal.pdf").content
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True).stdout.decode()
    assert "43 %" in text and "71 %" not in text
    document = Document(io.BytesIO(client.get(f"/partnerships/{ws.idea.pk}/proposal.docx").content))
    rows = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    shares = [r[5] for r in rows if len(r) == 7 and r[0] == "Ministry of Labour, Ghana"]
    assert shares == ["43 %"]


def test_the_docx_is_on_a4_like_the_pdf(cast, ws, client_for):
    body = client_for(cast.mexico).get(f"/partnerships/{ws.idea.pk}/proposal.docx").content
    for section in Document(io.BytesIO(body)).sections:
        assert abs(section.page_width - Cm(21)) < Cm(0.05)
        assert abs(section.page_height - Cm(29.7)) < Cm(0.05)


def _long_names(cast, ws):
    ws.igo_org = cast.igo_org
    type(cast.igo_org).objects.filter(pk=cast.igo_org.pk).update(name=LONG_ORG)
    auxiliary = ws.idea.partners.get(organisation=cast.igo_org)
    editing.create_element(
        by=cast.facilitator,
        partnership=ws.idea,
        kind="activities",
        data={
            "title": "Run the district desks",
            "responsible": auxiliary.pk,
            "starts_on": "2027-03-01",
            "ends_on": "2028-06-30",
        },
    )
    editing.create_element(
        by=cast.ghana,
        partnership=ws.idea,
        kind="options",
        data={"title": LONG_IDEA, "source": "new", "technical": 3, "feasibility": 3},
    )


def test_gantt_and_design_space_labels_print_whole_and_at_least_7_pt(cast, ws, client_for):
    _long_names(cast, ws)
    pdf = client_for(cast.mexico).get(f"/partnerships/{ws.idea.pk}/proposal.pdf").content
    words = _words(pdf)
    for caption, stop in (
        ("Timeline of the activities", "Budget"),
        ("Ideas for the entry points", "Partners"),
    ):
        figure = _figure(words, caption, stop)
        assert len(figure) > 10, caption
        smallest = min(w[3] for w in figure) / FONT_BOX
        assert smallest >= 7, (caption, smallest)
        assert not any("…" in w[4] for w in figure), caption
        text = " ".join(w[4] for w in figure)
        name = LONG_ORG if "Timeline" in caption else LONG_IDEA
        assert name in text, (caption, text)


def test_document_charts_fit_a_printed_page(cast, ws):
    _long_names(cast, ws)
    idea = Partnership.objects.get(pk=ws.idea.pk)
    for name in ("gantt", "design-space"):
        svg = charts.for_document(idea)[name]
        width = float(re.search(r'<svg[^>]*width="([\d.]+)"', svg).group(1))
        sizes = [float(s) for s in re.findall(r'font-size="([\d.]+)"', svg)]
        assert width <= charts.PRINT_WIDTH and min(sizes) >= 10, name


def test_a_dot_on_a_quadrant_line_is_moved_off_it(cast, ws):
    _long_names(cast, ws)
    svg = charts.design_space(Partnership.objects.get(pk=ws.idea.pk))
    dot = re.search(r'<circle cx="([\d.]+)" cy="([\d.]+)"[^>]*class="idea"', svg)
    x, y = float(dot.group(1)), float(dot.group(2))
    middle_x, middle_y = PLOT_X + PLOT_SIZE / 2, PLOT_Y + PLOT_SIZE / 2
    assert x - DOT_RADIUS > middle_x and y + DOT_RADIUS < middle_y  # wholly in "promising"


def test_both_documents_write_dates_with_the_month_in_letters(cast, ws, client_for):
    client = client_for(cast.mexico)
    pdf = client.get(f"/partnerships/{ws.idea.pk}/proposal.pdf").content
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True).stdout.decode()
    docx = Document(io.BytesIO(client.get(f"/partnerships/{ws.idea.pk}/proposal.docx").content))
    cells = " ".join(c.text for t in docx.tables for row in t.rows for c in row.cells)
    for document in (text, cells):
        assert "31 Dec 2028" in document  # the indicator's target date
        assert "1 Jan 2027" in document and "31 Dec 2027" in document  # the activity
        assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", document)
