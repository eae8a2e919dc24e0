"""The facilitator's overview and the group page: status at a glance, in a fixed number of
queries however many ideas there are."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from partnerlab.partnerships import editing, services


def _add_idea(cast, ws, n):
    idea = services.create_partnership(
        by=cast.facilitator, group=ws.group, title=f"Idea {n}", lead=cast.mexico_ministry
    )
    lead = idea.partners.get()
    editing.create_element(
        by=cast.mexico,
        partnership=idea,
        kind="tasks",
        data={"kind": "partner", "title": "Find a bank", "owner": lead.pk, "due_on": "2020-01-01"},
    )
    editing.create_element(
        by=cast.mexico,
        partnership=idea,
        kind="authorizations",
        data={"partner": lead.pk, "authorizer": "Minister", "status": "authorized"},
    )
    return idea


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_group_and_overview_pages_run_a_fixed_number_of_queries(cast, ws, client_for):
    facilitator = client_for(cast.facilitator)
    member = client_for(cast.mexico)
    urls = [
        (facilitator, f"/cycles/{ws.cycle.slug}/partnerships/"),
        (facilitator, f"/groups/{ws.group.pk}/"),
        (member, f"/groups/{ws.group.pk}/"),
        (facilitator, f"/api/v1/cycles/{ws.cycle.slug}/partnerships/overview"),
    ]
    _add_idea(cast, ws, 1)
    before = [_queries(client, url) for client, url in urls]
    for n in range(2, 8):
        _add_idea(cast, ws, n)
    after = [_queries(client, url) for client, url in urls]
    assert after == before


def test_overdue_tasks_and_authorization_gaps_stand_out(cast, ws, client_for):
    _add_idea(cast, ws, 1)
    rows = (
        client_for(cast.facilitator)
        .get(f"/api/v1/cycles/{ws.cycle.slug}/partnerships/overview?sort=title")
        .json()
    )
    by_title = {r["title"]: r for r in rows}
    assert by_title["Idea 1"]["overdue_tasks"] == 1
    assert by_title["Idea 1"]["partners_not_authorized"] == 0
    assert by_title["Claims from home"]["overdue_tasks"] == 0
    assert by_title["Claims from home"]["partners_not_authorized"] == 3
    page = client_for(cast.mexico).get(f"/partnerships/{by_title['Idea 1']['id']}/")
    assert "Overdue" in page.content.decode()


def test_the_overview_sorts_and_filters(cast, ws, client_for):
    _add_idea(cast, ws, 1)
    page = client_for(cast.facilitator)
    url = f"/cycles/{ws.cycle.slug}/partnerships/"
    overdue_only = page.get(url, {"overdue": "1"}).content.decode()
    assert "Idea 1" in overdue_only and "Claims from home" not in overdue_only
    by_title = page.get(url, {"sort": "-title"}).content.decode()
    assert by_title.index("Idea 1") < by_title.index("Claims from home")
    searched = page.get(url, {"q": "claims"}).content.decode()
    assert "Idea 1" not in searched and "Claims from home" in searched
    assert client_for(cast.mexico).get(url).status_code == 403


def test_days_since_last_change_count_from_the_last_edit(cast, ws, client_for):
    from partnerlab.partnerships.models import Partnership

    Partnership.objects.filter(pk=ws.idea.pk).update(
        last_change_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    )
    rows = (
        client_for(cast.facilitator)
        .get(f"/api/v1/cycles/{ws.cycle.slug}/partnerships/overview")
        .json()
    )
    assert rows[0]["days_since_change"] > 1000
    editing.create_element(by=cast.ghana, partnership=ws.idea, kind="causes", data={"text": "x"})
    rows = (
        client_for(cast.facilitator)
        .get(f"/api/v1/cycles/{ws.cycle.slug}/partnerships/overview")
        .json()
    )
    assert rows[0]["days_since_change"] == 0
