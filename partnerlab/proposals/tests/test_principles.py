"""The principles of a sound partnership: shared objectives, rights and obligations, fair shares
of costs and benefits, and a triple win."""

from partnerlab.partnerships import editing
from partnerlab.proposals import rules


def _check(ws, rule):
    return next(c for c in rules.principles(ws.idea) if c.rule == rule)


def test_a_balanced_partnership_meets_every_principle(ws):
    assert all(c.passed for c in rules.principles(ws.idea))


def test_shares_are_computed_from_the_budget_and_stated_benefits(cast, ws):
    shares = {s.partner.organisation.name: s for s in rules.shares(ws.idea)}
    ghana = shares[cast.ghana_ministry.name]
    assert float(round(ghana.cost_share, 3)) == round(30000 / 70000, 3)
    assert float(round(ghana.benefit_share, 3)) == round(300 / 700, 3)


def test_a_partner_carrying_far_more_costs_than_benefits_is_flagged(cast, ws):
    igo = ws.idea.partners.get(organisation=cast.igo_org)
    editing.create_element(
        by=cast.facilitator,
        partnership=ws.idea,
        kind="budget",
        data={"partner": igo.pk, "description": "Experts", "kind": "cash", "amount": 200000},
    )
    check = _check(ws, "fair_shares")
    assert not check.passed and check.severity == "warning"
    assert cast.igo_org.name in check.explanation


def test_requested_funds_are_not_counted_as_a_partners_cost(cast, ws):
    igo = ws.idea.partners.get(organisation=cast.igo_org)
    editing.create_element(
        by=cast.facilitator,
        partnership=ws.idea,
        kind="budget",
        data={"partner": igo.pk, "description": "Experts", "kind": "requested", "amount": 200000},
    )
    assert _check(ws, "fair_shares").passed


def test_the_triple_win_needs_all_three_sides(cast, ws):
    from partnerlab.proposals import services

    services.update_proposal(
        by=cast.ghana, partnership=ws.idea, data={"benefits_migrants": ""}, expected_version=1
    )
    check = _check(ws, "triple_win")
    assert not check.passed and "migrants" in check.explanation


def test_rights_and_obligations_are_stated_per_partner(cast, ws):
    mexico = ws.idea.partners.get(organisation=cast.mexico_ministry)
    editing.update_element(
        by=cast.mexico, element=mexico, data={"obligations": ""}, expected_version=mexico.version
    )
    check = _check(ws, "rights_and_obligations")
    assert not check.passed and cast.mexico_ministry.name in check.explanation
