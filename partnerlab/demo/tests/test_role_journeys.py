"""A new user of each role, in a real browser on the demo data, finds their main pages.

Each journey signs in with a demo login and goes from the home page to the role's main pages
by clicking links by their visible text, as a newcomer would. On every page: the page has its
heading, and nothing went wrong (no console error, script error, failed request, CSP
violation or 4xx/5xx answer: `PageProblems`).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from partnerlab.accounts.models import User
from partnerlab.demo.content import CYCLE
from partnerlab.demo.loader import DEMO_PASSWORD, DemoLogin
from partnerlab.partnerships.models import Partnership
from partnerlab.proposals import services as proposals
from partnerlab.testing.browser import Journey, PageProblems

CYCLE_NAME = CYCLE["name"]
JOBS_GROUP = "Jobs first: legal pathways to Europe"
HOSPITALITY = "Hired before departure"  # the delegate's published, signed proposal


def journey(page: Page, problems: PageProblems, server: LiveServer, email: str) -> Journey:
    person = Journey(page, problems, server.url, name=email.split("@")[0])
    person.sign_in(email, DEMO_PASSWORD)
    return person


def download(person: Journey, name: str, magic: bytes) -> None:
    with person.page.expect_download() as info:
        person.page.locator("main").get_by_role("link", name=name).click()
    path = info.value.path()
    assert path.read_bytes().startswith(magic), f"{name} is not a {magic!r} file"
    person.problems.downloaded(info.value.url)
    person.problems.assert_none(f"{person.name}, {name}")


@pytest.fixture
def idea_count(demo: list[DemoLogin]) -> int:
    # Database work happens before the browser starts (see partnerlab/testing/demo.py).
    return Partnership.objects.count()


@pytest.fixture
def goal_changed(demo: list[DemoLogin]) -> None:
    """A facilitator changes the goal the delegate's ministry signed: it gets a notice."""
    idea = Partnership.objects.get(title__startswith=HOSPITALITY)
    proposals.update_proposal(
        by=User.objects.get(email="facilitator@lab.example.org"),
        partnership=idea,
        data={"goal": "Two hundred hospitality workers hired before they leave Ecuador."},
        expected_version=proposals.proposal(idea).version,
    )


@pytest.mark.browser
def test_a_facilitator_finds_the_cycle_its_input_themes_groups_and_proposals(
    idea_count: int, live_server: LiveServer, page: Page, problems: PageProblems
) -> None:
    person = journey(page, problems, live_server, "facilitator@lab.example.org")
    person.click("Cycles", within="header")
    person.click(CYCLE_NAME)
    for name in ("Consultations", "Inputs", "Themes"):
        person.click(name)
        expect(page.locator("main h1")).to_contain_text(name)
        person.click(f"← {CYCLE_NAME}")
    person.click("Small groups")
    person.click(JOBS_GROUP)
    person.click(re.compile(HOSPITALITY), exact=False)
    person.click("Proposal and sign-off")
    expect(page.get_by_role("heading", name="Sign-off by each partner")).to_be_visible()
    person.click(f"← {JOBS_GROUP}")
    person.click("← Small groups")
    person.click("Groups and ideas overview")
    ideas = page.locator("main table tbody tr")
    expect(ideas).to_have_count(idea_count)
    person.click(re.compile("Where newcomers settle"), exact=False)  # an idea at stage 1
    person.click("Audit log", within="header")
    person.done()


@pytest.mark.browser
def test_a_partner_finds_its_group_idea_stages_sign_off_and_notices(
    goal_changed: None, live_server: LiveServer, page: Page, problems: PageProblems
) -> None:
    person = journey(page, problems, live_server, "delegate@lab.example.org")
    person.click("Cycles", within="header")
    person.click(CYCLE_NAME)
    person.click("Small groups")
    person.click(JOBS_GROUP)
    person.click(re.compile(HOSPITALITY), exact=False)
    person.click(re.compile("Work on the current stage"), exact=False)
    person.click("Proposal and sign-off")
    expect(page.get_by_text("Changed since signed").first).to_be_visible()

    person.click(re.compile(r"1 notice"), within="header", exact=False)
    person.click(re.compile(HOSPITALITY), exact=False)  # the notice leads to the proposal
    sign = page.locator("main table.signoff").get_by_role("button", name="Sign off")
    expect(sign).to_have_count(1)
    with page.expect_navigation():
        sign.click()
    person.checked("signed off")
    expect(sign).to_have_count(0)
    person.done()


def _own_organisation(person: Journey) -> None:
    person.click("Organisations", within="header")
    # htmx filters as one types: wait for the answer to the whole word before clicking.
    with person.page.expect_response(lambda response: "q=Nordic&" in response.url):
        person.page.get_by_role("searchbox", name="Search").press_sequentially("Nordic")
    person.click("Nordic Fund for Safe Migration")


def _gcm_objectives(person: Journey) -> None:
    person.click("GCM objectives", within="header")


READERS = {  # who, and where they go after the proposal
    "donor@lab.example.org": _own_organisation,
    "observer@lab.example.org": _gcm_objectives,
}


@pytest.mark.browser
@pytest.mark.parametrize("email", READERS, ids=["donor", "observer"])
def test_donors_and_observers_find_the_published_proposals_and_download_them(
    demo: list[DemoLogin], live_server: LiveServer, page: Page, problems: PageProblems, email: str
) -> None:
    person = journey(page, problems, live_server, email)
    published = page.locator("main").get_by_role("link", name=re.compile("Claim from home"))
    expect(published).to_be_visible()  # on the home page
    person.click(re.compile("Claim from home"), exact=False)
    person.click("Proposal and sign-off")
    expect(page.get_by_role("heading", name="Sign-off by each partner")).to_be_visible()
    expect(page.locator("main table.signoff").get_by_role("button")).to_have_count(0)
    download(person, "Download PDF", b"%PDF")
    download(person, "Download DOCX", b"PK")
    person.click("Idea overview")
    READERS[email](person)
    person.done()
