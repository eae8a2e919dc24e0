"""The facilitator's overview says where each proposal stands, in a fixed number of queries."""

from __future__ import annotations

import re

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from partnerlab.actors import services as actors
from partnerlab.partnerships import editing, services
from partnerlab.partnerships.models import Partnership
from partnerlab.proposals import services as proposals
from partnerlab.proposals.models import ProposalElement


def _status_of(page: str, title: str) -> str:
    row = re.search(rf">{re.escape(title)}</a>.*?</tr>", page, re.S).group(0)
    badge = re.search(r'class="badge proposal-[a-z]+">([^<]+)</a>', row)
    return badge.group(1) if badge else "—"


def _designed_idea(cast, ws, n: int) -> Partnership:
    idea = services.create_partnership(
        by=cast.facilitator, group=ws.group, title=f"Idea {n}", lead=cast.mexico_ministry
    )
    lead = idea.partners.get()
    editing.create_element(by=cast.mexico, partnership=idea, kind="causes", data={"text": "Debt"})
    activity = editing.create_element(
        by=cast.mexico,
        partnership=idea,
        kind="activities",
        data={"title": "Train", "responsible": lead.pk},
    )
    editing.create_element(
        by=cast.mexico,
        partnership=idea,
        kind="budget",
        data={
            "partner": lead.pk,
            "activity": activity.pk,
            "description": "Staff",
            "kind": "cash",
            "amount": 10,
        },
    )
    Partnership.objects.filter(pk=idea.pk).update(stage="design")
    return idea


def _overview(client, ws, *, kept: bool = True) -> tuple[str, int]:
    if not kept:
        cache.clear()  # every status computed afresh: the most the page can cost
    with CaptureQueriesContext(connection) as captured:
        page = client.get(f"/cycles/{ws.cycle.slug}/partnerships/").content.decode()
    return page, len(captured)


def test_the_overview_shows_each_proposals_status(cast, ws, client_for):
    client = client_for(cast.facilitator)
    _designed_idea(cast, ws, 1)
    page, _count = _overview(client, ws)
    assert _status_of(page, "Claims from home") == "Waiting for sign-off"
    assert _status_of(page, "Idea 1") == "Not eligible"
    for person in (cast.ghana, cast.mexico, cast.igo):
        for element in ProposalElement.values:
            proposals.sign_off_element(by=person, partnership=ws.idea, element=element)
    page, _count = _overview(client, ws)
    assert _status_of(page, "Claims from home") == "Fundable"
    Partnership.objects.filter(pk=ws.idea.pk).update(stage="authorization")
    page, _count = _overview(client, ws)
    assert _status_of(page, "Claims from home") == "—"  # no proposal before the design stage


def test_proposal_statuses_add_no_query_per_idea(cast, ws, client_for):
    client = client_for(cast.facilitator)
    _designed_idea(cast, ws, 1)
    _page, before = _overview(client, ws, kept=False)
    for n in range(2, 6):
        _designed_idea(cast, ws, n)
    page, after = _overview(client, ws, kept=False)
    assert page.count("Not eligible") == 5
    assert after == before


def test_statuses_are_kept_until_something_they_read_changes(cast, ws, client_for):
    client = client_for(cast.facilitator)
    _designed_idea(cast, ws, 1)
    page, first = _overview(client, ws)
    assert _status_of(page, "Claims from home") == "Waiting for sign-off"
    page, again = _overview(client, ws)
    assert again < first  # nothing changed: the statuses were kept, not computed again
    assert _status_of(page, "Claims from home") == "Waiting for sign-off"
    # The lead leaves the forum: its organisation changed, not the idea, and the status follows.
    actors.update_organisation(
        by=cast.facilitator, organisation=cast.ghana_ministry, changes={"membership": "non_member"}
    )
    page, _count = _overview(client, ws)
    assert _status_of(page, "Claims from home") == "Not eligible"
