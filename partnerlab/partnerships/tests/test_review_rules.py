"""Rules that keep one member from rewriting another's place, and removals from losing work."""

import pytest

from partnerlab.core.errors import NotAllowed, ValidationFailed
from partnerlab.partnerships import editing
from partnerlab.partnerships.models import DesignOption, Revision, StrandAssessment
from partnerlab.testing.workspace import make_cycle


def _mexico(cast, ws):
    return ws.idea.partners.get(organisation=cast.mexico_ministry)


def test_a_member_cannot_make_itself_lead_but_describes_its_own_contribution(cast, ws):
    mexico = _mexico(cast, ws)
    with pytest.raises(NotAllowed):
        editing.update_element(
            by=cast.mexico, element=mexico, data={"role": "lead"}, expected_version=1
        )
    updated = editing.update_element(
        by=cast.mexico, element=mexico, data={"contribution": "Consular data"}, expected_version=1
    )
    assert updated.contribution == "Consular data"
    ghana = ws.idea.partners.get(role="lead")
    with pytest.raises(NotAllowed):
        editing.update_element(
            by=cast.mexico, element=ghana, data={"contribution": "x"}, expected_version=1
        )
    with pytest.raises(NotAllowed):
        editing.create_element(
            by=cast.mexico,
            partnership=ws.idea,
            kind="partners",
            data={"organisation": cast.accra.pk, "role": "partner"},
        )


def test_the_lead_hands_over_the_lead_and_the_old_lead_becomes_a_partner(cast, ws):
    mexico = _mexico(cast, ws)
    editing.update_element(by=cast.ghana, element=mexico, data={"role": "lead"}, expected_version=1)
    roles = dict(ws.idea.partners.values_list("organisation__name", "role"))
    assert roles[cast.mexico_ministry.name] == "lead"
    assert roles[cast.ghana_ministry.name] == "partner"


def test_a_partners_organisation_cannot_be_swapped(cast, ws):
    ghana = ws.idea.partners.get(role="lead")
    with pytest.raises(ValidationFailed, match="cannot change"):
        editing.update_element(
            by=cast.facilitator,
            element=ghana,
            data={"organisation": cast.accra.pk},
            expected_version=1,
        )


def test_a_task_owner_updates_but_does_not_remove_the_task(cast, ws):
    task = editing.create_element(
        by=cast.ghana,
        partnership=ws.idea,
        kind="tasks",
        data={"kind": "other", "title": "Call the bank", "owner": _mexico(cast, ws).pk},
    )
    with pytest.raises(NotAllowed):
        editing.delete_element(by=cast.mexico, element=task, expected_version=1)
    editing.delete_element(by=cast.ghana, element=task, expected_version=1)


def test_partners_cite_only_their_groups_evidence(cast, ws, client_for):
    from partnerlab.intake.models import Input

    hidden = Input.objects.create(
        cycle=ws.cycle,
        text="A confidential note from a closed session",
        language="en",
        content_hash="x1",
    )
    other = Input.objects.create(
        cycle=make_cycle("other"), text="Another cycle's note", language="en", content_hash="x2"
    )
    with pytest.raises(ValidationFailed, match=r"group.s areas"):
        editing.create_element(
            by=cast.ghana,
            partnership=ws.idea,
            kind="causes",
            data={"text": "Cause", "cited_inputs": [hidden.pk]},
        )
    for input_id in (hidden.pk, other.pk, "99999999999999999999", "²"):
        response = client_for(cast.ghana).post(
            f"/partnerships/{ws.idea.pk}/e/causes/add",
            {"new-causes-text": "Cause", "new-causes-cited_inputs": [input_id]},
            HTTP_HX_REQUEST="true",
        )
        assert response.status_code == 200
        assert "confidential" not in response.content.decode()
        assert "Another cycle" not in response.content.decode()
    editing.create_element(
        by=cast.facilitator,
        partnership=ws.idea,
        kind="causes",
        data={"text": "Cause", "cited_inputs": [hidden.pk]},
    )


def test_the_problem_cannot_be_removed(cast, ws, client_for):
    problem = ws.idea.problem
    with pytest.raises(ValidationFailed):
        editing.delete_element(by=cast.facilitator, element=problem, expected_version=1)
    url = f"/partnerships/{ws.idea.pk}/e/problem/{problem.pk}/remove"
    assert client_for(cast.ghana).post(url, {"version": 1}).status_code == 404
    assert client_for(cast.ghana).get(f"/partnerships/{ws.idea.pk}/e/problem/").status_code == 404


def test_removing_a_cause_records_everything_under_it_and_unlinks_its_ideas(cast, ws):
    bone = editing.create_element(
        by=cast.ghana, partnership=ws.idea, kind="causes", data={"text": "A"}
    )
    child = editing.create_element(
        by=cast.ghana, partnership=ws.idea, kind="causes", data={"text": "B", "parent": bone.pk}
    )
    editing.create_element(
        by=cast.ghana, partnership=ws.idea, kind="causes", data={"text": "C", "parent": child.pk}
    )
    editing.rate_strand(by=cast.ghana, cause=bone, data={"acceptance": "high"}, expected_version=0)
    option = editing.create_element(
        by=cast.ghana,
        partnership=ws.idea,
        kind="options",
        data={"title": "Desks", "source": "new", "strand": bone.pk},
    )
    editing.delete_element(by=cast.ghana, element=bone, expected_version=1)
    removed = Revision.objects.filter(action="delete").values_list("element_type", "element_repr")
    assert set(removed) == {("causes", "A"), ("causes", "B"), ("causes", "C"), ("strands", "A")}
    option = DesignOption.objects.get(pk=option.pk)
    assert option.strand is None and option.version == 2
    assert not StrandAssessment.objects.exists()


def test_a_rated_strand_stays_a_main_bone(cast, ws):
    a, b = (
        editing.create_element(by=cast.ghana, partnership=ws.idea, kind="causes", data={"text": t})
        for t in "AB"
    )
    editing.rate_strand(by=cast.ghana, cause=a, data={"acceptance": "high"}, expected_version=0)
    with pytest.raises(ValidationFailed, match="stays a main"):
        editing.move_cause(by=cast.ghana, cause=a, parent=b, expected_version=1)
    editing.move_cause(by=cast.ghana, cause=b, parent=a, expected_version=1)


def test_partners_and_activities_still_referred_to_are_not_removed(cast, ws):
    mexico = _mexico(cast, ws)
    activity = editing.create_element(
        by=cast.ghana,
        partnership=ws.idea,
        kind="activities",
        data={"title": "Pilot", "responsible": mexico.pk},
    )
    with pytest.raises(ValidationFailed, match="activities"):
        editing.delete_element(by=cast.ghana, element=mexico, expected_version=1)
    editing.create_element(
        by=cast.ghana,
        partnership=ws.idea,
        kind="indicators",
        data={"name": "Claims filed", "activity": activity.pk},
    )
    with pytest.raises(ValidationFailed, match="Indicators"):
        editing.delete_element(by=cast.ghana, element=activity, expected_version=1)


def test_a_partner_with_any_pending_authorization_counts_as_a_gap(cast, ws, client_for):
    ghana = ws.idea.partners.get(role="lead")
    for status in ("authorized", "refused"):
        editing.create_element(
            by=cast.ghana,
            partnership=ws.idea,
            kind="authorizations",
            data={"partner": ghana.pk, "authorizer": status, "status": status},
        )
    row = (
        client_for(cast.facilitator)
        .get(f"/api/v1/cycles/{ws.cycle.slug}/partnerships/overview")
        .json()[0]
    )
    assert (row["partners_not_authorized"], row["refusals"]) == (3, 1)


def test_odd_numbers_in_forms_and_the_api_are_refused_not_crashing(cast, ws, client_for):
    page = client_for(cast.ghana)
    assert page.post(f"/partnerships/{ws.idea.pk}/advance", {"version": "²"}).status_code == 302
    overview = client_for(cast.facilitator).get(
        f"/cycles/{ws.cycle.slug}/partnerships/", {"group": "99999999999999999999"}
    )
    assert overview.status_code == 200
    api = page.post(
        f"/api/v1/partnerships/{ws.idea.pk}/causes",
        {"text": "x", "cited_inputs": [10**20]},
        content_type="application/json",
    )
    assert api.status_code == 422
