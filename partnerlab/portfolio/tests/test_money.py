"""The dashboard's money once donors pledge through the funding app: per proposal requested,
pledged and missing with its funding status; per donor; the pipeline's totals (the only money
of the public summary); the funnel on to funded proposals; in pages, files and the API."""

import csv
import io
import subprocess
from decimal import Decimal
from fractions import Fraction

import openpyxl
import pytest

from partnerlab.actors.models import Membership, Organisation, OrganisationKind
from partnerlab.funding import dealings, services
from partnerlab.funding.models import FundingStatus
from partnerlab.portfolio.selectors import dashboard

BANK = "Nordic Development Bank"


@pytest.fixture
def bank(db) -> Organisation:
    return Organisation.objects.create(
        name=BANK, kind=OrganisationKind.DONOR, membership=Membership.NON_MEMBER, country="FI"
    )


@pytest.fixture
def pledged(cast, ws, bank):  # type: ignore[no-untyped-def]
    """The 45,000 USD proposal published; the fund pledges 20,000 (and withdraws another
    5,000), the bank 10,000 in kind through a facilitator: 30,000 pledged, 15,000 missing."""
    services.publish_to_pipeline(by=cast.ghana, partnership=ws.idea)
    dealings.pledge(by=cast.donor, partnership=ws.idea, amount="20000", kind="cash")
    dropped = dealings.pledge(by=cast.donor, partnership=ws.idea, amount="5000", kind="cash")
    dealings.withdraw_pledge(by=cast.donor, pledge=dropped, reason="Board said no")
    dealings.pledge(
        by=cast.facilitator, partnership=ws.idea, amount="10000", kind="in_kind", donor=bank.pk
    )
    return ws


def _steps(d):
    return {s.key: s for s in d.funnel}


def test_before_publication_nothing_is_pledged_or_in_the_pipeline(cast, ws):
    d = dashboard(ws.cycle)
    (row,) = d.money
    assert (row.requested, row.pledged, row.missing) == (Decimal(45000), 0, Decimal(45000))
    assert (row.funding_status, row.funding_status_label) == ("", "Not in the pipeline")
    assert d.by_donor == [] and d.pipeline_totals == []
    steps = _steps(d)
    assert [steps[k].count for k in ("published", "pledged", "fully_pledged", "funded")] == [0] * 4
    assert steps["published"].conversion == Fraction(0)  # 0 of the 1 fundable proposal


def test_active_pledges_count_and_the_gap_is_what_is_missing(cast, pledged, bank):
    d = dashboard(pledged.cycle)
    (row,) = d.money
    assert row.requested == Decimal("45000.00")
    assert row.pledged == Decimal("30000.00")  # the withdrawn 5,000 left out
    assert row.missing == Decimal("15000.00")
    assert (row.funding_status, row.funding_status_label) == ("partly_pledged", "Partly pledged")
    totals = {(t.currency, t.fundable_only): t.amounts for t in d.money_totals}
    assert (
        totals[("USD", True)]
        == totals[("USD", False)]
        == {
            "requested": Decimal("45000.00"),
            "pledged": Decimal("30000.00"),
            "missing": Decimal("15000.00"),
        }
    )
    (pipeline,) = d.pipeline_totals
    assert (pipeline.currency, pipeline.proposals) == ("USD", 1)
    assert pipeline.amounts["pledged"] == Decimal(30000)


def test_each_donor_shows_its_active_pledges_per_currency_and_proposals(cast, pledged, bank):
    d = dashboard(pledged.cycle)
    donors = {x.name: x for x in d.by_donor}
    assert list(donors) == ["Fund for Fair Mobility", BANK]  # by name
    fund = donors["Fund for Fair Mobility"]
    assert fund.organisation_id == cast.fund.pk and fund.proposals == 1
    assert [(a.currency, a.pledged, a.proposals) for a in fund.amounts] == [
        ("USD", Decimal("20000.00"), 1)
    ]
    assert [(a.currency, a.pledged) for a in donors[BANK].amounts] == [("USD", Decimal(10000))]
    # Everything pledged is somebody's: the donors add up to the proposals.
    assert sum(a.pledged for x in d.by_donor for a in x.amounts) == d.money[0].pledged


def test_the_funnel_goes_on_to_pledged_fully_pledged_and_funded(cast, pledged):
    steps = _steps(dashboard(pledged.cycle))
    keys = [s.key for s in dashboard(pledged.cycle).funnel]
    assert keys[-5:] == ["fundable", "published", "pledged", "fully_pledged", "funded"]
    assert (steps["published"].count, steps["published"].conversion) == (1, Fraction(1))
    assert (steps["pledged"].count, steps["pledged"].conversion) == (1, Fraction(1))
    assert (steps["fully_pledged"].count, steps["fully_pledged"].conversion) == (0, Fraction(0))
    assert (steps["funded"].count, steps["funded"].conversion) == (0, None)  # nothing to divide

    dealings.pledge(by=cast.donor, partnership=pledged.idea, amount="15000", kind="cash")
    steps = _steps(dashboard(pledged.cycle))
    assert (steps["fully_pledged"].count, steps["funded"].count) == (1, 0)
    services.change_status(
        by=cast.facilitator,
        partnership=pledged.idea,
        to=FundingStatus.AGREEMENT_SIGNED,
        reason="Signed in Accra",
    )
    d = dashboard(pledged.cycle)
    steps = _steps(d)
    assert (steps["fully_pledged"].count, steps["funded"].count) == (1, 1)
    assert steps["funded"].conversion == Fraction(1)
    assert d.money[0].missing == 0 and d.money[0].funding_status == "agreement_signed"


def test_a_pledge_beyond_the_gap_leaves_nothing_missing_not_less(cast, pledged):
    dealings.pledge(
        by=cast.donor, partnership=pledged.idea, amount="25000", kind="cash", confirm_over_gap=True
    )
    (row,) = dashboard(pledged.cycle).money
    assert (row.pledged, row.missing) == (Decimal(55000), Decimal(0))
    assert row.funding_status == "fully_pledged"


def test_a_withdrawn_proposal_leaves_the_pipeline_but_keeps_its_row(cast, pledged):
    services.change_status(
        by=cast.ghana, partnership=pledged.idea, to=FundingStatus.WITHDRAWN, reason="Merged"
    )
    d = dashboard(pledged.cycle)
    assert d.money[0].funding_status_label == "Withdrawn"
    assert d.pipeline_totals == [] and _steps(d)["published"].count == 0


def test_the_dashboard_page_shows_the_money_chart_the_table_and_the_donors(
    cast, pledged, client_for
):
    html = client_for(cast.facilitator).get(f"/cycles/{pledged.cycle.slug}/portfolio/").content
    html = html.decode()
    money = html.split('id="money"', 1)[1]
    assert "Requested from donors and pledged, per proposal (USD)" in money  # the chart's title
    assert "Pledged (active pledges)" in money and "30,000 USD" in money
    assert "Partly pledged" in money and "15,000" in money
    donors = money.split('id="donors"', 1)[1].split('id="pipeline-money"', 1)[0]
    assert "Fund for Fair Mobility" in donors and BANK in donors and "20,000" in donors
    assert "Published to the donors&#x27; pipeline" in html or (
        "Published to the donors' pipeline" in html
    )


def test_the_public_summary_shows_pipeline_totals_and_names_no_donor(cast, pledged, client_for):
    for person in (cast.observer, cast.donor, cast.ghana):
        html = client_for(person).get(f"/cycles/{pledged.cycle.slug}/portfolio/summary/")
        html = html.content.decode()
        assert "Money in the donors" in html
        section = html.split('id="pipeline-money"', 1)[1]
        assert "45,000" in section and "30,000" in section and "15,000" in section
        assert "Fund for Fair Mobility" not in html and BANK not in html
        assert "Claims from home" not in html and "Money pledged, by donor" not in html


def _csv_sections(data: bytes) -> dict[str, list[list[str]]]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    sections, current = {}, None
    for previous, row in zip([[], *rows], rows, strict=False):
        if not previous and len(row) == 1:
            current = sections.setdefault(row[0], [])
        elif current is not None and row:
            current.append(row)
    return sections


def test_the_csv_and_workbook_carry_pledges_by_proposal_and_donor(cast, pledged, client_for):
    client = client_for(cast.facilitator)
    sections = _csv_sections(client.get(f"/cycles/{pledged.cycle.slug}/portfolio.csv").content)
    money = sections["Money requested, pledged and missing, by proposal"]
    assert money[1] == [
        "Claims from home", "Fundable", "Partly pledged", "USD", "45000.00", "30000.00",
        "15000.00",
    ]  # fmt: skip
    assert sections["Money pledged, by donor"][1:] == [
        ["Fund for Fair Mobility", "USD", "20000.00", "1"],
        [BANK, "USD", "10000.00", "1"],
    ]
    assert sections["Money of the proposals in the donors' pipeline"][1:] == [
        ["USD", "1", "45000.00", "30000.00", "15000.00"]
    ]
    funnel = {row[0]: row[1:] for row in sections["Funnel"][1:]}
    assert funnel["Published to the donors' pipeline"] == ["1", "100.0"]
    assert funnel["With at least one pledge"] == ["1", "100.0"]
    assert funnel["Fully pledged or beyond"] == ["0", "0.0"]
    assert funnel["Funded (agreement signed or beyond)"] == ["0", ""]

    book = openpyxl.load_workbook(
        io.BytesIO(client.get(f"/cycles/{pledged.cycle.slug}/portfolio.xlsx").content),
        read_only=True,
    )
    sheets = {ws.title: list(ws.values) for ws in book.worksheets}
    assert sheets["Money pledged, by donor"][3:] == [
        ("Fund for Fair Mobility", "USD", 20000, 1),
        (BANK, "USD", 10000, 1),
    ]
    (by_proposal,) = [rows for name, rows in sheets.items() if name.startswith("Money requested")]
    assert by_proposal[3] == (
        "Claims from home", "Fundable", "Partly pledged", "USD", 45000, 30000, 15000,
    )  # fmt: skip


def test_the_summary_files_hold_totals_and_no_donor(cast, pledged, client_for):
    client = client_for(cast.observer)
    data = client.get(f"/cycles/{pledged.cycle.slug}/portfolio/summary.csv").content
    sections = _csv_sections(data)
    assert sections["Money of the proposals in the donors' pipeline"][1:] == [
        ["USD", "1", "45000.00", "30000.00", "15000.00"]
    ]
    text = data.decode("utf-8-sig")
    assert "Fund for Fair Mobility" not in text and BANK not in text
    book = openpyxl.load_workbook(
        io.BytesIO(client.get(f"/cycles/{pledged.cycle.slug}/portfolio/summary.xlsx").content)
    )
    assert not any("donor" in name.lower() and "pipeline" not in name for name in book.sheetnames)
    assert "Fund for Fair Mobility" not in str([list(s.values) for s in book.worksheets])


def _pdf_text(data: bytes) -> str:
    """The PDF's text with its lines joined (table cells wrap their words)."""
    done = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
    return " ".join(done.stdout.decode().split())


def test_the_pdf_reports_money_by_proposal_and_by_donor(cast, pledged, client_for):
    full = _pdf_text(
        client_for(cast.facilitator).get(f"/cycles/{pledged.cycle.slug}/portfolio.pdf").content
    )
    for text in (
        "Money requested, pledged and missing",
        "Partly pledged",
        "30,000",
        "15,000",
        "Money pledged, by donor",
        "Fund for Fair Mobility",
        BANK,
        "Funded (agreement signed or beyond)",
    ):
        assert text in full, text
    summary = _pdf_text(
        client_for(cast.observer).get(f"/cycles/{pledged.cycle.slug}/portfolio/summary.pdf").content
    )
    assert "30,000" in summary and "Fund for Fair Mobility" not in summary


def test_the_api_gives_money_by_proposal_and_donor_to_facilitators(cast, pledged, bank, client_for):
    body = client_for(cast.facilitator).get(f"/api/v1/cycles/{pledged.cycle.slug}/portfolio")
    body = body.json()
    (row,) = body["money"]["rows"]
    assert row == {
        "partnership": pledged.idea.pk,
        "title": "Claims from home",
        "status": "fundable",
        "funding_status": "partly_pledged",
        "currency": "USD",
        "requested": row["requested"],
        "pledged": row["pledged"],
        "missing": row["missing"],
    }
    assert [float(row[k]) for k in ("requested", "pledged", "missing")] == [45000, 30000, 15000]
    assert {float(t["pledged"]) for t in body["money"]["totals"]} == {30000}
    fund, other = body["money"]["by_donor"]
    assert fund["organisation"] == cast.fund.pk and fund["name"] == "Fund for Fair Mobility"
    assert fund["proposals"] == 1
    assert [(a["currency"], float(a["pledged"]), a["proposals"]) for a in fund["pledged"]] == [
        ("USD", 20000, 1)
    ]
    assert other["organisation"] == bank.pk
    (pipeline,) = body["pipeline_money"]
    assert pipeline["currency"] == "USD" and pipeline["proposals"] == 1
    assert float(pipeline["missing"]) == 15000
    funnel = {s["key"]: s for s in body["funnel"]}
    assert funnel["pledged"]["count"] == 1 and funnel["funded"]["conversion_percent"] is None


def test_the_api_summary_gives_pipeline_totals_only(cast, pledged, client_for):
    for person in (cast.observer, cast.donor, cast.ngo):
        body = client_for(person).get(f"/api/v1/cycles/{pledged.cycle.slug}/portfolio").json()
        assert body["view"] == "summary" and body["money"] is None
        (pipeline,) = body["pipeline_money"]
        assert set(pipeline) == {"currency", "proposals", "requested", "pledged", "missing"}
        assert float(pipeline["pledged"]) == 30000
        assert "Fund for Fair Mobility" not in str(body) and BANK not in str(body)


def test_the_openapi_schema_describes_the_money(cast, client_for):
    schema = client_for(cast.observer).get("/api/v1/openapi.json").json()
    parts = schema["components"]["schemas"]
    assert set(parts["MoneyRowOut"]["properties"]) >= {"pledged", "missing", "funding_status"}
    assert set(parts["MoneyOut"]["properties"]) == {"rows", "totals", "by_donor"}
    assert "pipeline_money" in parts["PortfolioOut"]["required"]
