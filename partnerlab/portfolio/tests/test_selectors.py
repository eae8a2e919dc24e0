"""The dashboard's figures for a cycle: the funnel, the targets, the typology beside seed 001,
GCM coverage, the balance of partners and the money requested."""

from decimal import Decimal
from fractions import Fraction

from partnerlab.partnerships import services as ideas
from partnerlab.portfolio.selectors import SEED_001_TYPE_SHARES, dashboard
from partnerlab.proposals import services as proposals
from partnerlab.reference.models import GcmObjective
from partnerlab.testing.workspace import make_cycle


def _step(d, key):
    return next(s for s in d.funnel if s.key == key)


def test_seed_001_shares_are_the_48_mapped_projects():
    assert SEED_001_TYPE_SHARES == {
        "Hybrid": 38,
        "Capacity": 33,
        "Operational": 21,
        "Action Research": 6,
        "Policy & Dialogue": 2,
    }
    assert sum(SEED_001_TYPE_SHARES.values()) == 100


def test_an_empty_cycle_counts_zero_everywhere_without_dividing_by_zero(db):
    d = dashboard(make_cycle("empty"))
    assert [s.count for s in d.funnel] == [0] * len(d.funnel)
    assert all(s.conversion is None for s in d.funnel)
    assert [t.met for t in d.targets] == [False, False]
    assert d.targets[1].share is None
    assert all(s.share is None and s.count == 0 for s in d.typology)
    assert len(d.coverage) == GcmObjective.objects.count() == 23
    assert d.coverage_max == 0 and d.money == [] and d.money_totals == []
    assert all(r.in_ideas == 0 for r in d.regions + d.kinds)


def test_the_funnel_counts_each_step_and_its_conversion(cast, ws):
    ideas.create_partnership(
        by=cast.facilitator, group=ws.group, title="Second idea", lead=cast.mexico_ministry
    )
    d = dashboard(ws.cycle)
    counts = {s.key: s.count for s in d.funnel}
    assert counts["inputs"] == 2
    assert counts["areas"] == 1
    assert counts["groups"] == 1
    assert counts["stage_problem"] == 2  # every idea has reached the first stage
    assert counts["stage_design"] == 1
    assert counts["fundable"] == 1
    assert _step(d, "groups").conversion == Fraction(1, 1)
    assert _step(d, "stage_fishbone").conversion == Fraction(1, 2)
    assert _step(d, "fundable").conversion == Fraction(1, 1)
    assert dict((k, n) for k, _label, n in d.ideas_at_stage) == {
        "problem": 1,
        "fishbone": 0,
        "sequencing": 0,
        "design_space": 0,
        "authorization": 0,
        "design": 1,
    }


def test_targets_show_the_numbers_and_whether_they_are_met(cast, ws):
    fundable, with_state = dashboard(ws.cycle).targets
    assert (fundable.value, fundable.met) == ("1", False)  # 3 to 5 wanted
    assert (with_state.value, with_state.share, with_state.met) == ("1 of 1", Fraction(1), True)


def test_a_proposal_without_a_state_lowers_the_state_share(cast, ws, monkeypatch):
    from partnerlab.actors.models import Organisation

    Organisation.objects.filter(pk__in=[cast.ghana_ministry.pk, cast.mexico_ministry.pk]).update(
        membership="non_member"
    )
    # No longer two forum members: the idea is no longer fundable, so nothing involves a State.
    _fundable, with_state = dashboard(ws.cycle).targets
    assert with_state.value == "0 of 0" and not with_state.met


def test_typology_respects_the_facilitators_override(cast, ws):
    from partnerlab.proposals.models import Proposal

    proposals.set_typology(
        by=cast.facilitator,
        partnership=ws.idea,
        type="Operational",
        components=[],
        reason="Joint operations at the border",
        expected_version=Proposal.objects.get(partnership=ws.idea).version,
    )
    shares = {s.key: s for s in dashboard(ws.cycle).typology}
    assert shares["Operational"].count == 1 and shares["Operational"].share == Fraction(1)
    assert shares["Hybrid"].count == 0 and shares["Hybrid"].baseline == Fraction(38, 100)


def test_coverage_counts_ideas_by_the_objectives_of_their_area_and_stage(cast, ws):
    ws.area.gcm_objectives.set(GcmObjective.objects.filter(number__in=[6, 20]))
    ideas.create_partnership(
        by=cast.facilitator, group=ws.group, title="Second idea", lead=cast.mexico_ministry
    )  # no area on its problem: its group's areas count
    rows = {r.number: r for r in dashboard(ws.cycle).coverage}
    assert rows[6].counts == (1, 0, 0, 0, 0, 1)
    assert rows[20].total == 2
    assert rows[1].total == 0


def test_balance_counts_each_partner_once_by_region_and_kind(cast, ws):
    d = dashboard(ws.cycle)
    regions = {r.key: (r.in_ideas, r.in_portfolio) for r in d.regions}
    # Ghana (Africa), Mexico (Americas), the regional office in Switzerland (Europe)
    assert regions["Africa"] == (1, 1)
    assert regions["Americas"] == (1, 1)
    assert regions["Europe"] == (1, 1)
    assert regions["Asia"] == (0, 0)
    kinds = {r.key: (r.in_ideas, r.in_portfolio) for r in d.kinds}
    assert kinds["national_government"] == (2, 2)
    assert kinds["international_organisation"] == (1, 1)


def test_money_requested_sums_the_requested_lines_per_proposal(cast, ws):
    from partnerlab.portfolio.tests.conftest import request_money

    request_money(cast, ws, 5000)  # clears the budget sign-offs: no longer fundable
    d = dashboard(ws.cycle)
    (row,) = d.money
    assert (row.title, row.requested, row.currency) == ("Claims from home", Decimal(50000), "USD")
    assert row.status == "waiting"
    totals = {(t.currency, t.fundable_only): t.amounts["requested"] for t in d.money_totals}
    assert totals == {("USD", False): Decimal(50000)}
