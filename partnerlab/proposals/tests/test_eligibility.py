"""Each eligibility rule, one at a time, with the explanation a person reads."""

from partnerlab.actors.models import Membership
from partnerlab.partnerships import editing
from partnerlab.proposals import rules, services
from partnerlab.proposals.models import Proposal


def _check(ws, rule):
    return next(c for c in rules.eligibility(ws.idea) if c.rule == rule)


def test_the_complete_idea_is_eligible(ws):
    checks = rules.eligibility(ws.idea)
    assert rules.is_eligible(checks), [c.explanation for c in checks if not c.passed]
    assert {c.rule for c in checks} == {
        "two_forum_members",
        "lead_is_forum_member",
        "lead_is_state",
        "mutual_benefit",
        "new_or_expanded",
        "related_to_themes",
        "objectives_have_indicators",
        "indicators_measurable",
    }


def test_two_forum_members_are_needed(cast, ws):
    cast.mexico_ministry.membership = Membership.NON_MEMBER  # it left the forum
    cast.mexico_ministry.save()
    check = _check(ws, "two_forum_members")
    assert not check.passed and check.severity == "error"
    assert "1 forum members" in check.explanation and cast.ghana_ministry.name in check.explanation


def test_the_lead_must_be_a_forum_member(cast, ws):
    cast.ghana_ministry.membership = Membership.NON_MEMBER
    cast.ghana_ministry.save()
    check = _check(ws, "lead_is_forum_member")
    assert not check.passed and "is not" in check.explanation
    assert not rules.is_eligible(rules.eligibility(ws.idea))


def test_a_lead_that_is_not_a_state_is_only_a_warning(cast, ws):
    ghana = ws.idea.partners.get(role="lead")
    editing.create_element(
        by=cast.facilitator,
        partnership=ws.idea,
        kind="partners",
        data={"organisation": cast.accra.pk, "role": "lead"},
    )
    editing.update_element(
        by=cast.facilitator, element=ghana, data={"gains": "x"}, expected_version=ghana.version + 1
    )
    check = _check(ws, "lead_is_state")
    assert not check.passed and check.severity == "warning"
    assert cast.accra.name in check.explanation


def test_fee_for_service_is_not_mutual_benefit(cast, ws):
    igo = ws.idea.partners.get(organisation=cast.igo_org)
    editing.update_element(
        by=cast.facilitator,
        element=igo,
        data={"paid_to_deliver": True},
        expected_version=igo.version,
    )
    assert _check(ws, "mutual_benefit").passed  # a non-member implementer may be paid
    mexico = ws.idea.partners.get(organisation=cast.mexico_ministry)
    editing.update_element(
        by=cast.facilitator,
        element=mexico,
        data={"paid_to_deliver": True},
        expected_version=mexico.version,
    )
    check = _check(ws, "mutual_benefit")
    assert not check.passed and "Fee-for-service" in check.explanation
    assert cast.mexico_ministry.name in check.explanation


def test_every_partner_states_what_it_gains(cast, ws):
    mexico = ws.idea.partners.get(organisation=cast.mexico_ministry)
    editing.update_element(
        by=cast.mexico, element=mexico, data={"gains": ""}, expected_version=mexico.version
    )
    check = _check(ws, "mutual_benefit")
    assert not check.passed and cast.mexico_ministry.name in check.explanation


def test_the_partnership_must_be_new_or_substantially_expanded(cast, ws):
    proposal = Proposal.objects.get(partnership=ws.idea)
    services.update_proposal(
        by=cast.ghana,
        partnership=ws.idea,
        data={"novelty": "continued"},
        expected_version=proposal.version,
    )
    check = _check(ws, "new_or_expanded")
    assert not check.passed and "does not qualify" in check.explanation


def test_it_must_relate_to_the_cycles_themes(cast, ws):
    problem = ws.idea.problem
    editing.update_element(
        by=cast.ghana, element=problem, data={"area": None}, expected_version=problem.version
    )
    check = _check(ws, "related_to_themes")
    assert not check.passed and ws.area.name in check.explanation


def test_every_objective_needs_an_indicator_and_every_indicator_is_measurable(cast, ws):
    editing.create_element(
        by=cast.ghana, partnership=ws.idea, kind="objectives", data={"text": "Employers comply"}
    )
    check = _check(ws, "objectives_have_indicators")
    assert not check.passed and "Employers comply" in check.explanation
    indicator = ws.idea.indicators.get()
    editing.update_element(
        by=cast.ghana,
        element=indicator,
        data={"target_date": None},
        expected_version=indicator.version,
    )
    check = _check(ws, "indicators_measurable")
    assert not check.passed and "Claims paid" in check.explanation


def test_the_api_answers_the_contract_shape(cast, ws, client_for):
    body = client_for(cast.mexico).get(f"/api/v1/partnerships/{ws.idea.pk}/eligibility").json()
    assert set(body) == {"eligible", "checks"} and body["eligible"] is True
    for check in body["checks"]:
        assert set(check) == {"rule", "passed", "severity", "explanation"}
        assert check["severity"] in ("error", "warning")
