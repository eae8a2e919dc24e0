"""In a real browser on the demo: the facilitator goes from home to the portfolio dashboard and
downloads its files; an observer reaches the public summary. Nothing goes wrong on the way
(console, CSP, failed requests: `PageProblems`)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from partnerlab.demo.content import CYCLE
from partnerlab.demo.loader import DEMO_PASSWORD, DemoLogin
from partnerlab.testing.browser import Journey, PageProblems, snap

LINK = f"Portfolio of {CYCLE['name']}"


def _download(person: Journey, name: str, magic: bytes) -> None:
    with person.page.expect_download() as info:
        person.page.locator("main").get_by_role("link", name=name).click()
    assert info.value.path().read_bytes().startswith(magic), name
    person.problems.downloaded(info.value.url)
    person.problems.assert_none(f"{person.name}, {name}")


@pytest.mark.browser
def test_the_facilitator_reads_the_dashboard_and_downloads_it(
    demo: list[DemoLogin], live_server: LiveServer, page: Page, problems: PageProblems
) -> None:
    person = Journey(page, problems, live_server.url, name="portfolio-facilitator")
    person.sign_in("facilitator@lab.example.org", DEMO_PASSWORD)
    person.click(LINK)
    expect(page.locator("main h1")).to_have_text("Portfolio dashboard")
    expect(page.locator("main figure svg")).to_have_count(6)  # the money chart: one currency
    expect(page.locator("main .badge", has_text="Not met")).to_have_count(0)
    snap(page, "portfolio-dashboard")
    _download(person, "Download PDF report", b"%PDF")
    _download(person, "Download Excel workbook", b"PK")
    _download(person, "Download CSV", b"\xef\xbb\xbf")
    person.click("Public summary")
    expect(page.locator("main h1")).to_have_text("Portfolio summary")
    person.done()


@pytest.mark.browser
def test_an_observer_reaches_the_public_summary_from_home(
    demo: list[DemoLogin], live_server: LiveServer, page: Page, problems: PageProblems
) -> None:
    person = Journey(page, problems, live_server.url, name="portfolio-observer")
    person.sign_in("observer@lab.example.org", DEMO_PASSWORD)
    person.click(LINK)
    expect(page.locator("main h1")).to_have_text("Portfolio summary")
    expect(page.get_by_role("heading", name="Money requested, pledged and missing")).to_have_count(
        0
    )
    expect(page.get_by_role("heading", name="Money in the donors' pipeline")).to_have_count(1)
    person.done()
