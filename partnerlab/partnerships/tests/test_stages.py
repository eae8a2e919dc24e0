"""The six stages are a state machine: forward with the minimum content, back with a reason."""

import pytest

from partnerlab.core.errors import ValidationFailed
from partnerlab.partnerships import editing, services
from partnerlab.partnerships.models import Partnership
from partnerlab.testing.workspace import fill_problem


def _advance(cast, ws):
    idea = Partnership.objects.get(pk=ws.idea.pk)
    return services.advance_stage(by=cast.ghana, partnership=idea, expected_version=idea.version)


def _refusal(cast, ws) -> list[str]:
    with pytest.raises(ValidationFailed) as caught:
        _advance(cast, ws)
    return [e.message for e in caught.value.errors]


def _bones(cast, ws, *texts):
    return [
        editing.create_element(by=cast.ghana, partnership=ws.idea, kind="causes", data={"text": t})
        for t in texts
    ]


def test_the_problem_stage_needs_the_problem_written(cast, ws):
    missing = _refusal(cast, ws)
    assert any("what the problem is" in m for m in missing)
    fill_problem(cast, ws)
    assert _advance(cast, ws).stage == "fishbone"


def test_the_fishbone_needs_two_causes_and_sequencing_needs_every_strand_rated(cast, ws):
    fill_problem(cast, ws)
    _advance(cast, ws)
    (visa,) = _bones(cast, ws, "Claims lapse with the visa")
    assert _refusal(cast, ws) == ["Add at least two causes to the fishbone."]
    (proof,) = _bones(cast, ws, "No proof of what is owed")
    assert _advance(cast, ws).stage == "sequencing"
    rating = {"acceptance": "high", "authority": "medium", "ability": "low"}
    editing.rate_strand(by=cast.ghana, cause=visa, data=rating, expected_version=0)
    missing = _refusal(cast, ws)
    assert "No proof of what is owed" in missing[0]
    assert "entry point" in missing[1]
    editing.rate_strand(
        by=cast.ghana, cause=proof, data={**rating, "entry_rank": 1}, expected_version=0
    )
    assert _advance(cast, ws).stage == "design_space"


def test_only_main_causes_are_rated_as_strands(cast, ws):
    (bone,) = _bones(cast, ws, "Claims lapse with the visa")
    sub = editing.create_element(
        by=cast.ghana, partnership=ws.idea, kind="causes", data={"text": "Sub", "parent": bone.pk}
    )
    with pytest.raises(ValidationFailed, match="main bones"):
        editing.rate_strand(
            by=cast.ghana, cause=sub, data={"acceptance": "low"}, expected_version=0
        )


def test_the_design_space_needs_a_chosen_idea_judged_on_both_axes(cast, ws):
    ws.idea.stage = "design_space"
    ws.idea.save()
    assert _refusal(cast, ws) == ["Choose at least one idea to take forward."]
    with pytest.raises(ValidationFailed) as caught:
        editing.create_element(
            by=cast.ghana,
            partnership=ws.idea,
            kind="options",
            data={"title": "Claim desks", "source": "new", "status": "chosen"},
        )
    assert caught.value.errors[0].field == "reason"
    option = editing.create_element(
        by=cast.ghana,
        partnership=ws.idea,
        kind="options",
        data={"title": "Claim desks", "source": "new", "status": "chosen", "reason": "Cheap"},
    )
    assert "Claim desks" in _refusal(cast, ws)[0]
    editing.update_element(
        by=cast.ghana,
        element=option,
        data={"technical": 4, "feasibility": 5},
        expected_version=option.version,
    )
    assert _advance(cast, ws).stage == "authorization"


def test_authorization_needs_every_partner_recorded_and_no_refusal(cast, ws):
    ws.idea.stage = "authorization"
    ws.idea.save()
    missing = _refusal(cast, ws)
    assert len(missing) == 3  # lead, partner and auxiliary each need their decision makers
    for partner in ws.idea.partners.all():
        editing.create_element(
            by=cast.facilitator,
            partnership=ws.idea,
            kind="authorizations",
            data={"partner": partner.pk, "authorizer": "Minister", "status": "authorized"},
        )
    refusal = ws.idea.authorizations.first()
    editing.update_element(
        by=cast.facilitator, element=refusal, data={"status": "refused"}, expected_version=1
    )
    assert "refused" in _refusal(cast, ws)[0]
    editing.update_element(
        by=cast.facilitator, element=refusal, data={"status": "not_asked"}, expected_version=2
    )
    assert "Ask these decision makers" in _refusal(cast, ws)[0]
    editing.update_element(
        by=cast.facilitator, element=refusal, data={"status": "in_discussion"}, expected_version=3
    )
    assert _advance(cast, ws).stage == "design"
    assert _refusal(cast, ws) == ["Design is the last stage."]


def test_going_back_needs_an_earlier_stage_and_a_reason_that_stays_in_the_history(
    cast, ws, client_for
):
    ws.idea.stage = "authorization"
    ws.idea.save()
    idea = Partnership.objects.get(pk=ws.idea.pk)
    with pytest.raises(ValidationFailed, match="why"):
        services.return_to_stage(
            by=cast.ghana, partnership=idea, stage="design_space", reason=" ", expected_version=1
        )
    with pytest.raises(ValidationFailed, match="earlier stage"):
        services.return_to_stage(
            by=cast.ghana, partnership=idea, stage="design", reason="x", expected_version=1
        )
    moved = services.return_to_stage(
        by=cast.ghana,
        partnership=idea,
        stage="design_space",
        reason="The labour ministry refused the placement scheme.",
        expected_version=1,
    )
    assert moved.stage == "design_space"
    change = moved.stage_changes.get()
    assert (change.from_stage, change.to_stage) == ("authorization", "design_space")
    page = client_for(cast.mexico).get(f"/partnerships/{idea.pk}/")
    assert "The labour ministry refused the placement scheme." in page.content.decode()
    moves = client_for(cast.mexico).get(f"/api/v1/partnerships/{idea.pk}/stage-moves").json()
    assert moves[0]["reason"] == "The labour ministry refused the placement scheme."


def test_stage_moves_check_the_version(cast, ws):
    from partnerlab.core.errors import Conflict

    fill_problem(cast, ws)
    stale = Partnership.objects.get(pk=ws.idea.pk)
    services.update_partnership(
        by=cast.mexico, partnership=stale, data={"title": "Renamed"}, expected_version=1
    )
    with pytest.raises(Conflict):
        services.advance_stage(by=cast.ghana, partnership=stale, expected_version=1)
