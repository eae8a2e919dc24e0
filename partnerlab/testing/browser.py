"""A real browser for journeys: Debian's Chromium driven by Playwright, and the checks that
every page a journey opens loaded cleanly.

`page` is a fresh headless Chromium page (a fixture); `problems` (also a fixture) watches it
for console errors, uncaught script errors, failed requests, Content-Security-Policy
violations and 4xx/5xx answers, and `Journey` walks a signed-in person through the pages by
clicking links by their text, checking each page as it goes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import ConsoleMessage, Page, Request, Response, expect, sync_playwright

# Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run next
# to one unless told it is safe (the ORM calls are made by the tests, not from the loop).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

# A violation of the Content-Security-Policy (enforced or report-only) becomes a console error.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
});
"""

expect.set_options(timeout=15_000)


@pytest.fixture
def page() -> Iterator[Page]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/ensure-browser-deps")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
        context.add_init_script(REPORT_CSP_VIOLATIONS)
        try:
            yield context.new_page()
        finally:
            context.close()
            browser.close()


def snap(page: Page, step: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"journey-{step}.png", full_page=True)


class PageProblems:
    """Everything that went wrong in the page, as readable lines."""

    def __init__(self, page: Page) -> None:
        self.found: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.found.append(f"script error: {error}"))
        page.on("requestfailed", self._request_failed)
        page.on("response", self._response)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.found.append(f"console error: {message.text} ({message.location.get('url')})")

    def _request_failed(self, request: Request) -> None:
        # An htmx request still running when the person follows a link is cancelled by the
        # browser (ERR_ABORTED): nobody sees that. Any other failure counts.
        cancelled = request.failure == "net::ERR_ABORTED"
        if cancelled and request.resource_type in {"xhr", "fetch"}:
            return
        self.found.append(f"request failed: {request.method} {request.url}: {request.failure}")

    def _response(self, response: Response) -> None:
        if response.status >= 400:
            self.found.append(f"HTTP {response.status}: {response.request.method} {response.url}")

    def downloaded(self, url: str) -> None:
        """A link that downloads a file ends its navigation with ERR_ABORTED in Chromium;
        once the download has completed, that is not a failure."""
        aborted = f"request failed: GET {url}: net::ERR_ABORTED"
        self.found = [line for line in self.found if line != aborted]

    def assert_none(self, where: str) -> None:
        found, self.found = self.found, []
        assert not found, f"on {where}:\n" + "\n".join(found)


@pytest.fixture
def problems(page: Page) -> PageProblems:
    return PageProblems(page)


class Journey:
    """A person going from page to page by clicking what they see, each page checked."""

    def __init__(self, page: Page, problems: PageProblems, base_url: str, name: str) -> None:
        self.page = page
        self.problems = problems
        self.base_url = base_url
        self.name = name
        self.steps = 0

    def sign_in(self, email: str, password: str) -> None:
        self.page.goto(f"{self.base_url}/login/")
        self.page.get_by_label(re.compile("e-mail", re.IGNORECASE)).fill(email)
        self.page.get_by_label(re.compile("password", re.IGNORECASE)).fill(password)
        self.page.locator("main").get_by_role("button", name="Sign in").click()
        expect(self.page).to_have_url(f"{self.base_url}/")
        self.checked("home")

    def click(self, name: str | re.Pattern[str], *, within: str = "main", exact: bool = True):  # type: ignore[no-untyped-def]
        """Follow the link called `name` (in `main` unless told), then check the new page."""
        link = self.page.locator(within).get_by_role("link", name=name, exact=exact).first
        expect(link).to_be_visible()
        with self.page.expect_navigation():
            link.click()
        self.checked(str(name))
        return self.page

    def checked(self, step: str) -> None:
        """The page loaded, has its heading, and nothing went wrong on the way."""
        self.steps += 1
        where = f"{self.name}, step {self.steps} ({step}: {self.page.url})"
        try:
            self.page.wait_for_load_state("load")
            expect(self.page.locator("main h1").first).to_be_visible()
            self.problems.assert_none(where)
        except AssertionError:
            snap(self.page, f"{self.name}-failed")
            raise

    def done(self) -> None:
        snap(self.page, f"{self.name}-last")
        self.problems.assert_none(f"{self.name}, at the end ({self.page.url})")
