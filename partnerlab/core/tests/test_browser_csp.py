"""In a real browser, under the Content-Security-Policy: nothing is refused, htmx still swaps
content, and the API docs (Swagger UI) still draw every operation."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from partnerlab.testing.browser import Journey, PageProblems
from partnerlab.testing.personas import PASSWORD


@pytest.mark.browser
def test_pages_htmx_and_the_api_docs_work_under_the_policy(
    flushable_db: None, cast, live_server: LiveServer, page: Page, problems: PageProblems
) -> None:
    journey = Journey(page, problems, live_server.url, "csp")
    journey.sign_in(cast.facilitator.email, PASSWORD)

    page.goto(f"{live_server.url}/organisations/")
    page.evaluate("window.notReloaded = true")
    page.wait_for_load_state()
    page.locator("input[name=q]").press_sequentially("Accra")  # htmx listens to keyup
    expect(page.locator("#organisation-results")).to_contain_text("City of Accra")
    expect(page.locator("#organisation-results")).not_to_contain_text("Fund for Fair Mobility")
    assert page.evaluate("window.notReloaded") is True  # swapped by htmx, not reloaded
    problems.assert_none("the organisations page")

    page.goto(f"{live_server.url}/api/v1/docs")
    expect(page.locator(".opblock").first).to_be_visible()
    assert page.locator(".opblock").count() > 50
    problems.assert_none("the API docs")
