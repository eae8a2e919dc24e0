"""In a real browser: a delegate builds the fishbone with htmx, and the chart follows."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from partnerlab.demo.loader import DEMO_PASSWORD, DemoLogin
from partnerlab.partnerships.models import Partnership
from partnerlab.testing.browser import snap

DELEGATE = "delegate@lab.example.org"


@pytest.mark.browser
def test_a_delegate_adds_and_renames_causes_without_reloading(
    demo: list[DemoLogin],
    live_server: LiveServer,
    page: Page,
) -> None:
    idea = Partnership.objects.get(
        stage="fishbone", partners__organisation__name__contains="Ecuador"
    )
    page.goto(f"{live_server.url}/login/")
    page.fill("input[name=username]", DELEGATE)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.locator("main button[type=submit]").click()
    expect(page).to_have_url(f"{live_server.url}/")
    page.goto(f"{live_server.url}/partnerships/{idea.pk}/stages/fishbone/")
    chart = page.locator("#chart-fishbone img")
    before = chart.get_attribute("src")
    page.evaluate("window.notReloaded = true")

    section = page.locator("#section-causes")
    section.locator("details.add-element > summary").click()
    section.locator("details.add-element input[name='new-causes-text']").fill(
        "Statistics law forbids sharing names"
    )
    section.locator("details.add-element button[type=submit]").click()
    new_cause = page.locator(".cause-text", has_text="Statistics law forbids sharing names")
    expect(new_cause).to_be_visible()
    expect(chart).not_to_have_attribute("src", before or "")  # the fishbone was redrawn
    snap(page, "workspace-1-cause-added")

    item = page.locator(".cause", has=new_cause)
    item.get_by_role("link", name="Edit or move").click()
    editor = page.locator("#section-causes .cause form.element-form")  # replaces the item
    editor.locator("input[name='text']").fill("Statistics law forbids sharing names with cities")
    editor.get_by_role("button", name="Save").click()
    expect(
        page.locator(".cause-text", has_text="Statistics law forbids sharing names with cities")
    ).to_be_visible()
    assert page.evaluate("window.notReloaded") is True  # all of it without a page load
    snap(page, "workspace-2-cause-renamed")
    assert idea.causes.filter(text="Statistics law forbids sharing names with cities").exists()
