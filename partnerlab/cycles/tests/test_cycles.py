"""Cycles and their thematic areas: facilitators run them, everyone signed in reads them."""

from __future__ import annotations

import pytest

from partnerlab.core.errors import NotAllowed, ValidationFailed
from partnerlab.cycles import services
from partnerlab.cycles.models import Cycle

pytestmark = pytest.mark.django_db

CYCLE = {
    "name": "Lab 2027",
    "slug": "lab-2027",
    "year": 2027,
    "forum": "Forum",
    "starts_on": "2027-01-10",
    "ends_on": "2027-12-10",
}
AREAS = [
    {"name": "Labour mobility", "description": "Skills and jobs."},
    {"name": "Climate and mobility", "description": ""},
]


def _json(client, method, path, data=None):  # type: ignore[no-untyped-def]
    return getattr(client, method)(path, data, content_type="application/json")


def test_a_facilitator_creates_a_cycle_with_thematic_areas(cast) -> None:
    cycle = services.create_cycle(by=cast.facilitator, data=CYCLE, thematic_areas=AREAS)
    assert [a.name for a in cycle.thematic_areas.all()] == [
        "Labour mobility",
        "Climate and mobility",
    ]


@pytest.mark.parametrize("persona", ["ghana", "donor", "observer"])
def test_only_facilitators_create_cycles(cast, client_for, persona) -> None:
    with pytest.raises(NotAllowed):
        services.create_cycle(by=getattr(cast, persona), data=CYCLE)
    client = client_for(getattr(cast, persona))
    assert client.post("/cycles/new/", CYCLE).status_code == 403
    assert _json(client, "post", "/api/v1/cycles", CYCLE).status_code == 403
    assert not Cycle.objects.exists()


def test_a_cycle_cannot_end_before_it_starts(cast) -> None:
    with pytest.raises(ValidationFailed) as caught:
        services.create_cycle(by=cast.facilitator, data={**CYCLE, "ends_on": "2026-01-01"})
    assert [e.field for e in caught.value.errors] == ["ends_on"]


def test_the_slug_is_unique(cast) -> None:
    services.create_cycle(by=cast.facilitator, data=CYCLE)
    with pytest.raises(ValidationFailed) as caught:
        services.create_cycle(by=cast.facilitator, data={**CYCLE, "name": "Other"})
    assert caught.value.errors[0].field == "slug"


def test_pages_show_cycles_and_facilitators_add_areas(cast, client_for) -> None:
    services.create_cycle(by=cast.facilitator, data=CYCLE, thematic_areas=AREAS)
    assert "Labour mobility" in client_for(cast.observer).get("/cycles/lab-2027/").content.decode()
    client = client_for(cast.facilitator)
    assert client.post("/cycles/lab-2027/", {"name": "Data for policy"}).status_code == 302
    duplicate = client.post("/cycles/lab-2027/", {"name": "data FOR policy"})
    assert duplicate.status_code == 200 and "already has" in duplicate.content.decode()
    assert client_for(cast.ghana).post("/cycles/lab-2027/", {"name": "X"}).status_code == 403
    assert Cycle.objects.get().thematic_areas.count() == 3


def test_the_api_creates_reads_and_updates_cycles(cast, client_for) -> None:
    client = client_for(cast.facilitator)
    created = _json(client, "post", "/api/v1/cycles", {**CYCLE, "thematic_areas": AREAS})
    assert created.status_code == 201 and len(created.json()["thematic_areas"]) == 2
    read = client_for(cast.observer).get("/api/v1/cycles/lab-2027").json()
    assert read["year"] == 2027 and read["version"] == 1
    listed = client_for(cast.observer).get("/api/v1/cycles").json()
    assert listed["count"] == 1
    patched = _json(client, "patch", "/api/v1/cycles/lab-2027", {"forum": "GFMD", "version": 1})
    assert patched.status_code == 200 and patched.json()["version"] == 2
    stale = _json(client, "patch", "/api/v1/cycles/lab-2027", {"forum": "X", "version": 1})
    assert stale.status_code == 409 and stale.json()["current"]["forum"] == "GFMD"


def test_bad_dates_in_the_api_name_the_field(cast, client_for) -> None:
    response = _json(
        client_for(cast.facilitator), "post", "/api/v1/cycles", {**CYCLE, "starts_on": "not a date"}
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "starts_on"


def test_editing_a_stale_cycle_page_keeps_what_was_typed(cast, client_for) -> None:
    cycle = services.create_cycle(by=cast.facilitator, data=CYCLE)
    services.update_cycle(by=cast.facilitator, cycle=cycle, changes={"forum": "GFMD"})
    response = client_for(cast.facilitator).post(
        "/cycles/lab-2027/edit/", {**CYCLE, "forum": "My typed forum", "version": 1}
    )
    body = response.content.decode()
    # The same facilitator saved the newer version (another tab): nobody else is blamed.
    assert "You saved a newer version in another tab" in body
    assert "My typed forum" in body and "GFMD" in body
    assert Cycle.objects.get().forum == "GFMD"


def test_reserved_short_names_are_refused(cast) -> None:
    with pytest.raises(ValidationFailed) as caught:
        services.create_cycle(by=cast.facilitator, data={**CYCLE, "slug": "new"})
    assert caught.value.errors[0].field == "slug"
