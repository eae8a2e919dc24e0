"""The dashboard page for facilitators and the public summary for everyone signed in: charts
drawn on the server, figures in the reader's language, a fixed number of queries."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from partnerlab.actors.models import Membership, Organisation, OrganisationKind
from partnerlab.funding import dealings, services
from partnerlab.partnerships import editing
from partnerlab.partnerships import services as ideas
from partnerlab.testing.workspace import make_cycle


def _queries(client, url):
    """Queries of the page with proposal statuses kept in the cache, then with none kept."""
    client.get(url)  # lists kept for every request (the directory) are made once, first
    counts = []
    for cold in (False, True):
        if cold:
            cache.clear()
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, url
        counts.append(len(captured))
    return counts


def test_the_facilitator_sees_every_section_with_its_chart(cast, ws, client_for):
    page = client_for(cast.facilitator).get(f"/cycles/{ws.cycle.slug}/portfolio/")
    html = page.content.decode()
    for heading in (
        "Targets",
        "From inputs to funded proposals",
        "Types of partnership",
        "GCM coverage",
        "Balance of partners",
        "Money requested, pledged and missing",
        "Money pledged, by donor",
        "Money in the donors' pipeline",
    ):
        assert heading in html
    assert html.count("<svg") == 6 and html.count("<title>") >= 6
    assert "Claims from home" in html and "45,000" in html
    assert "Not met" in html and "Met</span>" in html  # 1 fundable of 3 to 5; 1 of 1 with a State
    assert "<script" not in html.split("<main", 1)[-1].split("</main>")[0]


def test_only_facilitators_see_the_dashboard(cast, ws, client_for):
    for person in (cast.ghana, cast.donor, cast.observer):
        assert client_for(person).get(f"/cycles/{ws.cycle.slug}/portfolio/").status_code == 403
        assert client_for(person).get(f"/cycles/{ws.cycle.slug}/portfolio.csv").status_code == 403


def test_the_public_summary_names_no_proposal_and_no_money(cast, ws, client_for):
    for person in (cast.observer, cast.donor, cast.ghana):
        page = client_for(person).get(f"/cycles/{ws.cycle.slug}/portfolio/summary/")
        html = page.content.decode()
        assert page.status_code == 200
        assert "Portfolio summary" in html and "GCM coverage" in html
        assert "Claims from home" not in html and "45,000" not in html
        assert "Money requested" not in html and "Money pledged, by donor" not in html
        assert "No proposal is in the pipeline yet." in html


def test_signed_out_visitors_are_sent_to_sign_in(ws, client):
    response = client.get(f"/cycles/{ws.cycle.slug}/portfolio/summary/")
    assert response.status_code == 302 and "/login" in response["Location"]


def test_an_empty_cycle_renders(cast, client_for):
    cycle = make_cycle("nothing-yet")
    html = client_for(cast.facilitator).get(f"/cycles/{cycle.slug}/portfolio/").content.decode()
    assert "No idea has reached the design stage yet." in html
    assert "—" in html  # conversions without anything to divide by
    assert (
        client_for(cast.observer).get(f"/cycles/{cycle.slug}/portfolio/summary/").status_code == 200
    )


def test_an_unknown_cycle_is_not_found(cast, client_for):
    assert client_for(cast.facilitator).get("/cycles/nope/portfolio/").status_code == 404


def test_numbers_and_shares_follow_the_language(cast, ws, client_for):
    client = client_for(cast.facilitator)
    client.cookies["django_language"] = "fr"
    html = client.get(f"/cycles/{ws.cycle.slug}/portfolio/").content.decode()
    assert "45\u202f000" in html or "45\xa0000" in html
    assert "100\xa0%" in html or "100\u202f%" in html


def test_pages_run_a_fixed_number_of_queries_however_many_ideas_and_pledges(cast, ws, client_for):
    facilitator, observer = client_for(cast.facilitator), client_for(cast.observer)
    urls = [
        (facilitator, f"/cycles/{ws.cycle.slug}/portfolio/"),
        (observer, f"/cycles/{ws.cycle.slug}/portfolio/summary/"),
        (facilitator, f"/api/v1/cycles/{ws.cycle.slug}/portfolio"),
    ]
    before = [_queries(client, url) for client, url in urls]
    for n in range(6):
        idea = ideas.create_partnership(
            by=cast.facilitator, group=ws.group, title=f"Idea {n}", lead=cast.mexico_ministry
        )
        editing.create_element(
            by=cast.facilitator,
            partnership=idea,
            kind="partners",
            data={"organisation": cast.ngo_org.pk, "role": "partner"},
        )
        editing.create_element(
            by=cast.facilitator,
            partnership=idea,
            kind="budget",
            data={
                "partner": idea.partners.get(role="lead").pk,
                "description": "Staff",
                "kind": "requested",
                "amount": 100,
            },
        )
        idea.__class__.objects.filter(pk=idea.pk).update(stage="design")
    # The proposal goes to the pipeline and donors pledge: more pledges, more donors.
    services.publish_to_pipeline(by=cast.ghana, partnership=ws.idea)
    for n in range(4):
        donor = Organisation.objects.create(
            name=f"Donor {n}", kind=OrganisationKind.DONOR, membership=Membership.NON_MEMBER
        )
        dealings.pledge(
            by=cast.facilitator, partnership=ws.idea, amount="1000", kind="cash", donor=donor.pk
        )
    dealings.pledge(by=cast.donor, partnership=ws.idea, amount="2000", kind="in_kind")
    after = [_queries(client, url) for client, url in urls]
    assert after == before, (before, after)


@pytest.mark.parametrize("pledges", [0, 3])
def test_the_dashboard_reads_a_known_number_of_queries(cast, ws, pledges):
    from partnerlab.portfolio.selectors import dashboard
    from partnerlab.portfolio.tests.test_demo_portfolio import DASHBOARD_QUERIES

    if pledges:
        services.publish_to_pipeline(by=cast.ghana, partnership=ws.idea)
    for _n in range(pledges):
        dealings.pledge(by=cast.donor, partnership=ws.idea, amount="100", kind="cash")
    cache.clear()
    for kept in (False, True):
        with CaptureQueriesContext(connection) as captured:
            dashboard(ws.cycle)
        assert len(captured) == DASHBOARD_QUERIES[kept]
