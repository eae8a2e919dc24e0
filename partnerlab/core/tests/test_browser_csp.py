"""In a real browser, under the Content-Security-Policy: nothing is refused, htmx still swaps
content, and the API docs (Swagger UI) still draw every operation."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from partnerlab.demo.tests.test_browser_journey import page  # noqa: F401
from partnerlab.testing.personas import PASSWORD


@pytest.mark.browser
def test_pages_htmx_and_the_api_docs_work_under_the_policy(
    flushable_db: None,
    cast,
    live_server: LiveServer,
    page: Page,  # noqa: F811
) -> None:
    problems: list[str] = []

    def on_console(message) -> None:  # type: ignore[no-untyped-def]
        # Failed loads are checked by their responses below (the favicon is another matter).
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            problems.append(message.text)

    def on_response(response) -> None:  # type: ignore[no-untyped-def]
        if response.status >= 400 and not response.url.endswith("/favicon.ico"):
            problems.append(f"{response.status} {response.url}")

    page.on("console", on_console)
    page.on("response", on_response)
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e =>"
        " console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))"
    )
    page.goto(f"{live_server.url}/login/")
    page.fill("input[name=username]", cast.facilitator.email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main button[type=submit]").click()
    expect(page).to_have_url(f"{live_server.url}/")

    page.goto(f"{live_server.url}/organisations/")
    page.evaluate("window.notReloaded = true")
    page.wait_for_load_state()
    page.locator("input[name=q]").press_sequentially("Accra")  # htmx listens to keyup
    expect(page.locator("#organisation-results")).to_contain_text("City of Accra")
    expect(page.locator("#organisation-results")).not_to_contain_text("Fund for Fair Mobility")
    assert page.evaluate("window.notReloaded") is True  # swapped by htmx, not reloaded

    page.goto(f"{live_server.url}/api/v1/docs")
    expect(page.locator(".opblock").first).to_be_visible()
    assert page.locator(".opblock").count() > 50
    assert problems == []
