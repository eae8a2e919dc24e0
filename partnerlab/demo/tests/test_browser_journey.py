"""One journey in a real browser: sign in, switch to French, filter organisations, sign out.

Drives the system Chromium (/usr/bin/chromium, see scripts/ensure-browser-deps) headless with
Playwright's sync API against pytest-django's live server, on the demo data (the `page` and
`demo` fixtures come from partnerlab/testing/).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from partnerlab.demo.loader import DEMO_PASSWORD, DemoLogin
from partnerlab.testing.browser import snap

FACILITATOR = "facilitator@lab.example.org"


@pytest.mark.browser
def test_facilitator_journey(demo: list[DemoLogin], live_server: LiveServer, page: Page) -> None:
    assert FACILITATOR in {login.email for login in demo}

    # Sign in.
    page.goto(f"{live_server.url}/login/")
    page.fill("input[name=username]", FACILITATOR)
    page.fill("input[name=password]", DEMO_PASSWORD)
    snap(page, "1-login")
    page.locator("main button[type=submit]").click()
    expect(page).to_have_url(f"{live_server.url}/")
    expect(page.locator("main h1")).to_have_text("Welcome, Amara Okafor")
    sign_out = page.locator("header form[action='/logout/'] button")
    expect(sign_out).to_have_text("Sign out")
    snap(page, "2-home")

    # Switch to French with the header form.
    page.select_option("select#language-select", "fr")
    page.locator("form.language-switch button[type=submit]").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    snap(page, "3-home-fr")
    expect(sign_out).not_to_have_text("Sign out")  # needs the French catalogue

    # Organisations, filtered by UN region: htmx swaps the results on change.
    page.locator("nav.main-nav a[href='/organisations/']").click()
    expect(page).to_have_url(re.compile(r"/organisations/$"))
    rows = page.locator("#organisation-results tbody tr")
    count = page.locator("#organisation-count")
    expect(rows.first.locator("td")).to_have_count(5)
    page.wait_for_load_state()
    assert page.evaluate("typeof window.htmx") == "object", "htmx did not load"
    all_rows, all_count = rows.count(), count.inner_text()

    page.select_option("select[name=region]", "Oceania")
    expect(count).not_to_have_text(all_count)
    expect(page).to_have_url(re.compile(r"region=Oceania"))  # hx-push-url
    expect(page.locator("select[name=region] option:checked")).to_have_text("Océanie")
    oceania_rows, oceania_count = rows.count(), count.inner_text()
    assert 0 < oceania_rows < all_rows
    for cell in rows.locator("td:nth-child(5)").all():
        expect(cell).to_contain_text("Océanie")
    snap(page, "4-oceania")

    # A search narrows the region's results further.
    page.locator("input[name=q]").press_sequentially("Pacific")  # htmx listens to keyup
    expect(count).not_to_have_text(oceania_count)
    assert 0 < rows.count() < oceania_rows
    expect(rows.filter(has_text="Pacific Islands Climate Mobility Network")).to_have_count(1)
    snap(page, "5-search")

    # Sign out: back on the login page.
    sign_out.click()
    expect(page).to_have_url(re.compile(r"/login/$"))
    expect(page.locator("input[name=username]")).to_be_visible()
    snap(page, "6-signed-out")
