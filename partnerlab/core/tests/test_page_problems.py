"""The browser journeys' check sees each kind of problem a page can have."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, Route

from partnerlab.testing.browser import PageProblems

SITE = "http://journey.test"
BROKEN_PAGE = """<!DOCTYPE html><html><head><title>t</title></head><body><main><h1>Broken</h1>
<img src="/missing.png" alt=""><script>console.error("logged by the page")</script>
<script src="/app.js"></script></main></body></html>"""


def _serve(route: Route) -> None:
    url = route.request.url
    if url.endswith("/missing.png"):
        route.fulfill(status=404, body="not found")
    elif url.endswith("/app.js"):
        route.fulfill(body="undefinedFunction();", content_type="text/javascript")
    else:
        # Inline scripts are refused by this policy (the page has one).
        route.fulfill(
            body=BROKEN_PAGE,
            content_type="text/html",
            headers={"Content-Security-Policy": "script-src 'self'"},
        )


@pytest.mark.browser
def test_console_errors_script_errors_csp_violations_and_4xx_are_all_reported(
    page: Page, problems: PageProblems
) -> None:
    page.route(f"{SITE}/**", _serve)
    page.goto(f"{SITE}/")
    page.wait_for_load_state("load")
    found = "\n".join(problems.found)
    assert "HTTP 404: GET http://journey.test/missing.png" in found
    assert "script error: undefinedFunction is not defined" in found
    assert "CSP violation: script-src-elem blocked inline" in found
    with pytest.raises(AssertionError, match="on the broken page"):
        problems.assert_none("the broken page")
    problems.assert_none("the same page, problems already reported")
