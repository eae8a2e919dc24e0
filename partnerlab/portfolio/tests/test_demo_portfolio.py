"""The demo cycle's portfolio, reached from each role's home page: three fundable proposals
(the target met), each with a State, and their money requested, pledged and missing."""

import re
from decimal import Decimal

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from partnerlab.cycles.models import Cycle
from partnerlab.portfolio.selectors import dashboard

PASSWORD = "lab-demo-2026"
# Measured on the tests' one-idea cycle: statuses computed afresh (False) or kept (True).
DASHBOARD_QUERIES = {False: 28, True: 26}


def _signed_in(email: str) -> Client:
    client = Client()
    assert client.login(email=email, password=PASSWORD)
    return client


def test_the_demo_portfolio_meets_its_targets(demo):
    d = dashboard(Cycle.objects.get(slug="lab-2026"))
    counts = {s.key: s.count for s in d.funnel}
    assert counts["inputs"] == 156 and counts["areas"] == 6 and counts["groups"] == 4
    assert counts["stage_problem"] == 11 and counts["stage_design"] == 5
    assert counts["fundable"] == 3 and counts["pledged"] == 2 and counts["funded"] == 1
    assert [t.met for t in d.targets] == [True, True]
    assert sum(s.count for s in d.typology) == 3
    assert d.objectives_covered > 0
    assert sum(r.in_ideas for r in d.regions) > 0
    assert len(d.money) == 5
    assert all(r.requested > 0 for r in d.money if r.status == "fundable")
    pledged = {r.title.split(":")[0]: (r.pledged, r.missing) for r in d.money}
    assert pledged["Recruiters both sides can trust"] == (Decimal("155000"), Decimal(0))
    assert pledged["Claim from home"] == (Decimal("210000"), Decimal("215000"))
    assert pledged["Counting who comes home"] == (Decimal(0), Decimal("290000"))
    fundable = next(t for t in d.money_totals if t.fundable_only)
    assert fundable.amounts["pledged"] == Decimal("365000.00")


def test_the_demo_dashboard_reads_as_few_queries_as_a_one_idea_cycle(demo):
    """11 ideas, 5 proposals, 3 fundable with their types: the same queries as the tests'
    one-idea cycle (`test_pages`), with statuses computed afresh or kept in the cache."""
    cycle = Cycle.objects.get(slug="lab-2026")
    for kept in (False, True):
        with CaptureQueriesContext(connection) as captured:
            dashboard(cycle)
        assert len(captured) == DASHBOARD_QUERIES[kept]
    cache.clear()


def test_the_facilitator_reaches_the_dashboard_from_home_and_the_cycle(demo):
    client = _signed_in("facilitator@lab.example.org")
    home = client.get("/").content.decode()
    assert 'href="/cycles/lab-2026/portfolio/"' in home
    cycle = client.get("/cycles/lab-2026/").content.decode()
    assert 'href="/cycles/lab-2026/portfolio/"' in cycle
    page = client.get("/cycles/lab-2026/portfolio/")
    assert page.status_code == 200
    html = page.content.decode()
    assert html.count("Met</span>") == 2 and "Not met" not in html
    assert len(re.findall(r'href="/partnerships/\d+/proposal/"', html)) == 5


def test_the_observer_and_the_donor_reach_the_summary_from_home(demo):
    for email in ("observer@lab.example.org", "donor@lab.example.org"):
        client = _signed_in(email)
        home = client.get("/").content.decode()
        assert 'href="/cycles/lab-2026/portfolio/summary/"' in home
        assert 'href="/cycles/lab-2026/portfolio/"' not in home
        page = client.get("/cycles/lab-2026/portfolio/summary/")
        assert page.status_code == 200
        assert "proposal/" not in page.content.decode().split("<main", 1)[1]
