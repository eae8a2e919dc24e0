"""Only the group's members and facilitators see and change an idea until it is published."""

import pytest

from partnerlab.core.errors import NotAllowed
from partnerlab.partnerships import editing, services


def test_members_and_facilitators_see_the_idea_others_get_not_found(cast, ws, client_for):
    url = f"/partnerships/{ws.idea.pk}/"
    for person in (cast.facilitator, cast.ghana, cast.mexico, cast.igo):
        assert client_for(person).get(url).status_code == 200
    for person in (cast.ngo, cast.donor, cast.observer):
        assert client_for(person).get(url).status_code == 404
        assert client_for(person).get(f"/api/v1/partnerships/{ws.idea.pk}").status_code == 404


def test_the_api_lists_only_ideas_a_person_may_see(cast, ws, client_for):
    def titles(person):
        return [i["title"] for i in client_for(person).get("/api/v1/partnerships").json()["items"]]

    assert titles(cast.mexico) == ["Claims from home"]
    assert titles(cast.ngo) == []
    assert titles(cast.observer) == []


def test_outsiders_cannot_change_an_idea_even_knowing_its_address(cast, ws, client_for):
    response = client_for(cast.ngo).post(
        f"/partnerships/{ws.idea.pk}/e/causes/add", {"new-causes-text": "Intruding cause"}
    )
    assert response.status_code == 404
    with pytest.raises(NotAllowed):
        editing.create_element(
            by=cast.ngo, partnership=ws.idea, kind="causes", data={"text": "Intruding cause"}
        )
    assert not ws.idea.causes.exists()


def test_publishing_lets_everyone_signed_in_read_but_not_edit(cast, ws, client_for):
    with pytest.raises(NotAllowed):
        services.set_published(
            by=cast.ghana, partnership=ws.idea, published=True, expected_version=ws.idea.version
        )
    services.set_published(
        by=cast.facilitator, partnership=ws.idea, published=True, expected_version=ws.idea.version
    )
    observer = client_for(cast.observer)
    page = observer.get(f"/partnerships/{ws.idea.pk}/stages/problem/")
    assert page.status_code == 200
    assert b"Add: partner" not in page.content and b'name="statement"' not in page.content
    refused = observer.post(
        f"/api/v1/partnerships/{ws.idea.pk}/causes",
        {"text": "Observer cause"},
        content_type="application/json",
    )
    assert refused.status_code == 403
    assert refused.json()["code"] == "forbidden"


def test_a_partner_records_only_its_own_authorizations_the_lead_records_any(cast, ws):
    mexico = ws.idea.partners.get(organisation=cast.mexico_ministry)
    ghana = ws.idea.partners.get(organisation=cast.ghana_ministry)
    data = {"authorizer": "Deputy minister", "status": "in_discussion"}
    editing.create_element(
        by=cast.mexico,
        partnership=ws.idea,
        kind="authorizations",
        data={**data, "partner": mexico.pk},
    )
    with pytest.raises(NotAllowed):
        editing.create_element(
            by=cast.mexico,
            partnership=ws.idea,
            kind="authorizations",
            data={**data, "partner": ghana.pk},
        )
    editing.create_element(
        by=cast.ghana,
        partnership=ws.idea,
        kind="authorizations",
        data={**data, "partner": mexico.pk},
    )
    assert ws.idea.authorizations.count() == 2


def test_only_the_lead_keeps_the_workplan_and_owners_update_their_tasks(cast, ws):
    mexico = ws.idea.partners.get(organisation=cast.mexico_ministry)
    with pytest.raises(NotAllowed):
        editing.create_element(
            by=cast.mexico,
            partnership=ws.idea,
            kind="tasks",
            data={"kind": "information", "title": "Find figures", "owner": mexico.pk},
        )
    task = editing.create_element(
        by=cast.ghana,
        partnership=ws.idea,
        kind="tasks",
        data={"kind": "information", "title": "Find figures", "owner": mexico.pk},
    )
    done = editing.update_element(
        by=cast.mexico, element=task, data={"status": "done"}, expected_version=1
    )
    assert done.status == "done" and done.version == 2
    with pytest.raises(NotAllowed):
        editing.update_element(
            by=cast.city, element=task, data={"status": "open"}, expected_version=2
        )


def test_only_group_members_may_be_partners_unless_a_facilitator_brings_them_in(cast, ws):
    from partnerlab.core.errors import ValidationFailed

    with pytest.raises(ValidationFailed, match="not in this group"):
        editing.create_element(
            by=cast.ghana,
            partnership=ws.idea,
            kind="partners",
            data={"organisation": cast.ngo_org.pk, "role": "partner"},
        )
    editing.create_element(
        by=cast.facilitator,
        partnership=ws.idea,
        kind="partners",
        data={"organisation": cast.ngo_org.pk, "role": "partner"},
    )
    assert ws.group.members.filter(pk=cast.ngo_org.pk).exists()


def test_non_members_of_the_forum_join_only_as_auxiliary_partners(cast, ws):
    from partnerlab.core.errors import ValidationFailed

    auxiliary = ws.idea.partners.get(organisation=cast.igo_org)
    with pytest.raises(ValidationFailed, match="auxiliary"):
        editing.update_element(
            by=cast.facilitator, element=auxiliary, data={"role": "partner"}, expected_version=1
        )


def test_removing_the_lead_is_refused_with_the_reason_in_the_section(cast, ws, client_for):
    lead = ws.idea.partners.get(role="lead")
    response = client_for(cast.ghana).post(
        f"/partnerships/{ws.idea.pk}/e/partners/{lead.pk}/remove",
        {"version": lead.version},
        HTTP_HX_REQUEST="true",
    )
    assert "Make another partner the lead" in response.content.decode()
    assert ws.idea.partners.filter(pk=lead.pk).exists()


def test_the_home_page_lists_the_ideas_of_ones_groups(cast, ws, client_for):
    assert "Claims from home" in client_for(cast.mexico).get("/").content.decode()
    assert "Claims from home" not in client_for(cast.ngo).get("/").content.decode()
