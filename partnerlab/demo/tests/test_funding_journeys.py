"""The demo donor, in a real browser, finds the proposals that match its priorities with the
reasons, asks the partners a question and pledges; the facilitator's portfolio dashboard then
shows the money. Every page is checked by `PageProblems` (no console error, failed request,
CSP violation or 4xx/5xx answer)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from partnerlab.demo.loader import DemoLogin
from partnerlab.demo.tests.test_role_journeys import CYCLE_NAME, journey
from partnerlab.testing.browser import PageProblems

CLAIMS = re.compile("Claim from home")


@pytest.mark.browser
def test_the_demo_donor_finds_its_matches_asks_and_pledges(
    demo: list[DemoLogin], live_server: LiveServer, page: Page, problems: PageProblems
) -> None:
    person = journey(page, problems, live_server, "donor@lab.example.org")
    person.click("Proposals that match your priorities")
    main = page.locator("main")
    expect(main.get_by_text(re.compile(r"Match: \d+ %")).first).to_be_visible()
    expect(main.get_by_text("It acts in a region the donor funds").first).to_be_visible()
    person.click(CLAIMS, exact=False)
    expect(
        main.get_by_role("heading", name=re.compile("How it meets the priorities of"))
    ).to_be_visible()

    main.get_by_label("Ask the partners").fill("Can the paralegals start in the first quarter?")
    with page.expect_navigation():
        main.get_by_role("button", name="Send the question").click()
    person.checked("asked")
    expect(page.get_by_text("Question sent to the partners.")).to_be_visible()

    main.get_by_label("Amount").fill("15000")
    main.get_by_label("Conditions").fill("Reports every six months.")
    with page.expect_navigation():
        main.get_by_role("button", name="Pledge", exact=True).click()
    person.checked("pledged")
    expect(page.get_by_text("Pledge recorded.")).to_be_visible()
    expect(main.get_by_text("Reports every six months.")).to_be_visible()
    person.done()


@pytest.mark.browser
def test_the_facilitator_reads_the_money_on_the_portfolio_dashboard(
    demo: list[DemoLogin], live_server: LiveServer, page: Page, problems: PageProblems
) -> None:
    person = journey(page, problems, live_server, "facilitator@lab.example.org")
    person.click("Cycles", within="header")
    person.click(CYCLE_NAME)
    person.click("Portfolio dashboard")
    main = page.locator("main")
    expect(main.get_by_role("heading", name="Money pledged, by donor")).to_be_visible()
    expect(main.get_by_text("South Asian Development Bank").first).to_be_visible()
    expect(main.get_by_text("Met").first).to_be_visible()
    person.done()
