"""The idea's pages run a fixed number of queries however many causes, ratings, options,
authorizations, activities, indicators, budget lines, tasks and check-ins the idea holds."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from partnerlab.partnerships import editing
from partnerlab.partnerships.stages import ORDER


def _pages(idea_pk: int) -> list[str]:
    return [
        f"/partnerships/{idea_pk}/",
        *(f"/partnerships/{idea_pk}/stages/{stage}/" for stage in ORDER),
        f"/partnerships/{idea_pk}/proposal/",
    ]


def _queries(client, url: str) -> int:
    client.get(url)  # lists kept for every request (the directory) are made once, first
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def _grow(cast, ws, n: int) -> None:
    """Add `n` more of everything a stage page shows."""
    idea, by = ws.idea, cast.facilitator
    partners = list(idea.partners.all())
    cites = [i.pk for i in ws.inputs]

    def add(element: str, **data):  # type: ignore[no-untyped-def]
        try:
            return editing.create_element(by=by, partnership=idea, kind=element, data=data)
        except Exception as error:
            raise AssertionError((element, getattr(error, "errors", error))) from error

    for i in range(n):
        bone = add("causes", text=f"Bone {i}", cited_inputs=cites, area=ws.area.pk)
        child = add("causes", text=f"Sub-cause {i}", parent=bone.pk, cited_inputs=cites)
        add("causes", text=f"Deeper {i}", parent=child.pk)
        editing.rate_strand(
            by=by,
            cause=bone,
            data={
                "acceptance": "high",
                "authority": "medium",
                "ability": "low",
                "entry_rank": i + 1,
            },
            expected_version=0,
        )
        add(
            "options", title=f"Option {i}", strand=bone.pk, source="new", technical=4, feasibility=3
        )
        partner = partners[i % len(partners)]
        add("authorizations", partner=partner.pk, authorizer=f"Minister {i}", status="authorized")
        activity = add(
            "activities",
            title=f"Activity {i}",
            responsible=partner.pk,
            starts_on="2027-01-01",
            ends_on="2027-06-30",
        )
        objective = add("objectives", text=f"Objective {i}")
        add(
            "indicators",
            name=f"Indicator {i}",
            activity=activity.pk,
            objective=objective.pk,
            target="100",
        )
        add(
            "budget",
            partner=partner.pk,
            activity=activity.pk,
            description="Staff",
            kind="cash",
            amount="1000",
        )
        add("tasks", kind="partner", title=f"Task {i}", owner=partner.pk, due_on="2027-01-01")
        add("check-ins", held_on="2026-09-01", progress=f"Progress {i}")


@pytest.mark.parametrize("who", ["facilitator", "ghana"])
def test_the_idea_stage_and_proposal_pages_run_a_fixed_number_of_queries(
    cast, ws, client_for, who
) -> None:
    client = client_for(getattr(cast, who))
    _grow(cast, ws, 1)
    before = {url: _queries(client, url) for url in _pages(ws.idea.pk)}
    _grow(cast, ws, 4)
    after = {url: _queries(client, url) for url in _pages(ws.idea.pk)}
    assert after == before
