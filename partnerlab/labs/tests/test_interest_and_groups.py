"""Partners express interest in published areas; facilitators form small groups from it."""

import datetime

import pytest
from django.utils import timezone

from partnerlab.core.errors import Conflict, NotAllowed, ValidationFailed
from partnerlab.labs import selectors, services
from partnerlab.labs.models import Interest
from partnerlab.testing.workspace import make_cycle
from partnerlab.themes.models import CommonArea


@pytest.fixture
def cycle(cast):
    return make_cycle()


@pytest.fixture
def areas(cast, cycle):
    return [
        CommonArea.objects.create(cycle=cycle, name=name, published_by=cast.facilitator)
        for name in ("Wages after return", "Local data")
    ]


def test_a_representative_records_its_organisations_interest_in_the_page(cast, areas, client_for):
    page = client_for(cast.ghana)
    response = page.post(
        f"/cycles/{areas[0].cycle.slug}/interest/",
        {
            "area": areas[0].pk,
            "organisation": cast.ghana_ministry.pk,
            "brings": ["political_backing", "funding"],
            "role": "lead",
            "note": "Ready to host the first pilot.",
        },
    )
    assert response.status_code == 302
    interest = Interest.objects.get()
    assert interest.brings == ["political_backing", "funding"] and interest.role == "lead"
    listing = page.get(f"/cycles/{areas[0].cycle.slug}/interest/").content.decode()
    assert "Ready to host the first pilot." in listing


def test_nobody_records_interest_for_an_organisation_they_do_not_represent(cast, areas):
    with pytest.raises(NotAllowed):
        services.record_interest(
            by=cast.ghana, area=areas[0], organisation=cast.accra, brings=["data"], role="partner"
        )
    services.record_interest(
        by=cast.facilitator, area=areas[0], organisation=cast.accra, brings=["data"], role="partner"
    )


def test_organisations_outside_the_forum_can_only_seek_an_auxiliary_role(cast, areas):
    with pytest.raises(ValidationFailed, match="auxiliary"):
        services.record_interest(
            by=cast.igo, area=areas[0], organisation=cast.igo_org, brings=["data"], role="lead"
        )
    services.record_interest(
        by=cast.igo, area=areas[0], organisation=cast.igo_org, brings=["data"], role="auxiliary"
    )


def test_interest_needs_something_brought_and_is_recorded_once(cast, areas):
    with pytest.raises(ValidationFailed):
        services.record_interest(
            by=cast.ghana, area=areas[0], organisation=cast.ghana_ministry, brings=[], role="lead"
        )
    services.record_interest(
        by=cast.ghana, area=areas[0], organisation=cast.ghana_ministry, brings=["data"], role="lead"
    )
    with pytest.raises(ValidationFailed, match="already"):
        services.record_interest(
            by=cast.ghana,
            area=areas[0],
            organisation=cast.ghana_ministry,
            brings=["data"],
            role="lead",
        )


def test_an_area_without_interest_after_the_deadline_is_flagged_to_drop(cast, cycle, areas):
    services.record_interest(
        by=cast.ghana, area=areas[0], organisation=cast.ghana_ministry, brings=["data"], role="lead"
    )
    before = selectors.interest_by_area(cycle, today=datetime.date(2026, 6, 30))
    after = selectors.interest_by_area(cycle, today=datetime.date(2026, 7, 1))
    assert [row.to_drop for row in before] == [False, False]
    assert {row.area.name: row.to_drop for row in after} == {
        "Wages after return": False,
        "Local data": True,
    }


def test_the_interest_page_shows_the_flag(cast, cycle, areas, client_for):
    cycle.interest_deadline = timezone.localdate() - datetime.timedelta(days=1)
    cycle.save()
    html = client_for(cast.city).get(f"/cycles/{cycle.slug}/interest/").content.decode()
    assert html.count("No interest by the deadline: to be dropped") == 2
    api = client_for(cast.city).get(f"/api/v1/cycles/{cycle.slug}/interest").json()
    assert [a["to_drop"] for a in api] == [True, True]
    assert client_for(cast.observer).get(f"/cycles/{cycle.slug}/interest/").status_code == 403


def test_facilitators_form_groups_and_partners_see_only_their_own(cast, cycle, areas, client_for):
    with pytest.raises(NotAllowed):
        services.create_group(by=cast.ghana, cycle=cycle, name="Mine", areas=areas[:1])
    response = client_for(cast.facilitator).post(
        f"/cycles/{cycle.slug}/groups/",
        {"name": "Wages corridor", "areas": [areas[0].pk], "members": [cast.ghana_ministry.pk]},
    )
    assert response.status_code == 302
    services.create_group(
        by=cast.facilitator, cycle=cycle, name="Data", areas=areas[1:], members=[cast.accra]
    )
    ghana = client_for(cast.ghana).get(f"/cycles/{cycle.slug}/groups/").content.decode()
    assert "Wages corridor" in ghana and ">Data<" not in ghana
    groups = client_for(cast.ghana).get(f"/api/v1/cycles/{cycle.slug}/groups").json()
    assert [g["name"] for g in groups] == ["Wages corridor"]


def test_a_group_needs_a_name_and_an_area_of_its_cycle(cast, cycle, areas):
    with pytest.raises(ValidationFailed) as caught:
        services.create_group(by=cast.facilitator, cycle=cycle, name=" ", areas=[])
    assert {e.field for e in caught.value.errors} == {"name", "areas"}


def test_editing_a_group_checks_the_version_and_keeps_partners_in(cast, cycle, areas):
    from partnerlab.partnerships import services as ideas

    group = services.create_group(
        by=cast.facilitator,
        cycle=cycle,
        name="Corridor",
        areas=areas[:1],
        members=[cast.ghana_ministry, cast.accra],
    )
    ideas.create_partnership(by=cast.ghana, group=group, title="Idea", lead=cast.ghana_ministry)
    with pytest.raises(ValidationFailed, match="must stay"):
        services.update_group(
            by=cast.facilitator,
            group=group,
            name="Corridor",
            areas=areas[:1],
            members=[cast.accra],
            expected_version=1,
        )
    services.update_group(
        by=cast.facilitator,
        group=group,
        name="Corridor 2",
        areas=areas,
        members=[cast.ghana_ministry],
        expected_version=1,
    )
    with pytest.raises(Conflict):
        services.update_group(
            by=cast.facilitator,
            group=group,
            name="Corridor 3",
            areas=areas,
            members=[cast.ghana_ministry],
            expected_version=1,
        )


def test_the_group_api_changes_only_what_is_sent_and_names_unknown_ids(
    cast, cycle, areas, client_for
):
    api = client_for(cast.facilitator)
    created = api.post(
        f"/api/v1/cycles/{cycle.slug}/groups",
        {"name": "Corridor", "areas": [areas[0].pk], "members": [cast.accra.pk]},
        content_type="application/json",
    ).json()
    renamed = api.patch(
        f"/api/v1/groups/{created['id']}",
        {"name": "Corridor renamed", "version": 1},
        content_type="application/json",
    ).json()
    assert renamed["members"] == [cast.accra.pk] and renamed["areas"] == [areas[0].pk]
    unknown = api.patch(
        f"/api/v1/groups/{created['id']}",
        {"members": [999999], "version": 2},
        content_type="application/json",
    )
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["field"] == "members"
    too_long = api.post(
        f"/api/v1/cycles/{cycle.slug}/groups",
        {"name": "x" * 201, "areas": [areas[0].pk]},
        content_type="application/json",
    )
    assert too_long.status_code == 422


def test_after_a_conflict_the_group_form_saves_on_the_second_try(cast, cycle, areas, client_for):
    group = services.create_group(
        by=cast.facilitator, cycle=cycle, name="Corridor", areas=areas[:1]
    )
    services.update_group(
        by=cast.facilitator,
        group=group,
        name="Renamed",
        areas=areas[:1],
        members=[],
        expected_version=1,
    )
    page = client_for(cast.facilitator)
    form = {"name": "Mine", "areas": [areas[0].pk], "version": 1}
    first = page.post(f"/groups/{group.pk}/edit", form)
    # The same facilitator renamed it (another tab): nobody else is blamed.
    assert "You saved a newer version in another tab" in first.content.decode()
    assert 'name="version" value="2"' in first.content.decode()
    second = page.post(f"/groups/{group.pk}/edit", {**form, "version": 2})
    assert second.status_code == 302
    group.refresh_from_db()
    assert group.name == "Mine"


def test_withdrawing_interest_checks_the_version(cast, areas, client_for):
    interest = services.record_interest(
        by=cast.ghana, area=areas[0], organisation=cast.ghana_ministry, brings=["data"], role="lead"
    )
    services.update_interest(
        by=cast.ghana,
        interest=interest,
        brings=["data"],
        role="partner",
        note="",
        expected_version=1,
    )
    with pytest.raises(Conflict):
        services.withdraw_interest(by=cast.ghana, interest=interest, expected_version=1)
    client_for(cast.ghana).post(f"/interest/{interest.pk}/withdraw", {"version": 2})
    assert not Interest.objects.exists()
