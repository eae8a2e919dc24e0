"""Matching donors with fundable proposals: the score, its reasons, exclusions and rankings."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerlab.analysis import matching
from partnerlab.analysis.matching import (
    SOON_DAYS,
    DonorNeeds,
    Match,
    ProposalFacts,
    Reason,
    match_all,
    match_pair,
)
from partnerlab.analysis.typology import TYPES

TODAY = date(2026, 12, 3)
THIS_YEAR = ((date(2026, 1, 1), date(2026, 12, 31)),)


def donor(key: int = 1, **changes: Any) -> DonorNeeds:
    """A donor funding labour migration and skills (objectives 5, 6, 18) in Africa and Jordan,
    capacity or operational work from 50,000 to 500,000, with co-funding, open this year."""
    needs = DonorNeeds(
        key=key,
        objectives=frozenset({5, 6, 18}),
        regions=frozenset({"Africa"}),
        countries=frozenset({"JO"}),
        types=frozenset({"Capacity", "Operational"}),
        min_amount=Decimal("50000"),
        max_amount=Decimal("500000"),
        needs_cofunding=True,
        windows=THIS_YEAR,
    )
    return replace(needs, **changes)


def proposal(key: int = 10, **changes: Any) -> ProposalFacts:
    """Skills partnership between Morocco and Spain, 300,000 asked, 40,000 of the partners' cash."""
    facts = ProposalFacts(
        key=key,
        objectives=frozenset({5, 18}),
        regions=frozenset({"Africa", "Europe"}),
        countries=frozenset({"MA", "ES"}),
        type="Capacity",
        amount_requested=Decimal("300000"),
        cofunding_cash=Decimal("40000"),
        cofunding_in_kind=Decimal("0"),
    )
    return replace(facts, **changes)


def reason(match: Match, prefix: str) -> Reason:
    found = [r for r in match.reasons if r.code.startswith(prefix)]
    assert len(found) == 1, match.reasons
    return found[0]


def test_a_proposal_meeting_every_priority_scores_one_with_a_reason_for_each() -> None:
    match = match_pair(donor(), proposal(), today=TODAY)
    assert match.score == 1.0 and not match.excluded
    assert [r.code for r in match.reasons] == [
        "objectives_shared",
        "region",
        "type",
        "amount_in_range",
        "window_open",
        "cofunding_available",
    ]
    assert all(r.passed for r in match.reasons)
    assert reason(match, "objectives").params["shared"] == (5, 18)
    assert reason(match, "region").params == {"regions": ("Africa",)}


def test_the_score_is_the_sum_of_the_reasons_weights() -> None:
    match = match_pair(
        donor(), proposal(objectives=frozenset({5, 7, 9}), type="Policy & Dialogue"), today=TODAY
    )
    assert match.score == pytest.approx(sum(r.weight for r in match.reasons))
    # One of three objectives shared (1/3 of a criterion), the type missed: 4 1/3 of 6.
    assert match.score == pytest.approx((4 + 1 / 3) / 6)
    assert reason(match, "type").code == "type_other"
    assert reason(match, "type").params["donor_types"] == ("Capacity", "Operational")


def test_objectives_count_by_the_share_of_the_proposals_objectives_the_donor_funds() -> None:
    broad = donor(objectives=frozenset(range(1, 24)))
    narrow = donor(objectives=frozenset({5, 18}))
    for needs in (broad, narrow):
        assert match_pair(needs, proposal(), today=TODAY).score == 1.0
    none = match_pair(donor(objectives=frozenset({1, 2})), proposal(), today=TODAY)
    objectives = reason(none, "objectives")
    assert objectives.code == "objectives_none" and not objectives.passed
    assert objectives.weight == 0.0
    assert objectives.params == {"proposal": (5, 18), "donor": (1, 2)}


def test_a_listed_country_is_named_before_its_region_and_other_places_do_not_count() -> None:
    in_jordan = match_pair(donor(), proposal(countries=frozenset({"JO", "LB"})), today=TODAY)
    assert reason(in_jordan, "country").params == {"countries": ("JO",)}
    elsewhere = match_pair(
        donor(),
        proposal(countries=frozenset({"MX", "GT"}), regions=frozenset({"Americas"})),
        today=TODAY,
    )
    place = reason(elsewhere, "place")
    assert place.code == "place_none" and place.weight == 0.0
    assert place.params["donor_countries"] == ("JO",) and place.params["countries"] == ("GT", "MX")
    assert elsewhere.score == pytest.approx(5 / 6)


def test_a_proposal_asking_more_than_the_donors_range_gets_amount_above() -> None:
    match = match_pair(donor(), proposal(amount_requested=Decimal("750000")), today=TODAY)
    amount = reason(match, "amount")
    assert amount.code == "amount_above" and not amount.passed
    assert amount.params == {"amount": Decimal("750000"), "max_amount": Decimal("500000")}
    assert match.score == pytest.approx(5 / 6)


def test_amounts_below_the_range_and_at_its_ends() -> None:
    below = match_pair(donor(), proposal(amount_requested=Decimal("49999.99")), today=TODAY)
    assert reason(below, "amount").code == "amount_below"
    assert reason(below, "amount").params["min_amount"] == Decimal("50000")
    for edge in ("50000", "500000.00"):
        at_edge = match_pair(donor(), proposal(amount_requested=Decimal(edge)), today=TODAY)
        assert reason(at_edge, "amount").code == "amount_in_range"
    no_range = donor(min_amount=None, max_amount=None)
    huge = match_pair(no_range, proposal(amount_requested=Decimal("9e9")), today=TODAY)
    assert reason(huge, "amount").code == "amount_any" and huge.score == 1.0


def test_a_window_open_today_counts_fully_one_opening_soon_half_and_a_closed_one_not() -> None:
    opens_soon = TODAY + timedelta(days=30)
    cases = {
        "open": ((TODAY, TODAY),),
        "soon": ((date(2025, 1, 1), date(2025, 3, 1)), (opens_soon, opens_soon + timedelta(60))),
        "closed": ((date(2026, 1, 1), date(2026, 6, 30)),),
        "too far": ((TODAY + timedelta(days=SOON_DAYS + 1), date(2027, 12, 31)),),
    }
    got = {
        name: match_pair(donor(windows=windows), proposal(), today=TODAY)
        for name, windows in cases.items()
    }
    assert reason(got["open"], "window").code == "window_open"
    assert got["open"].score == 1.0
    soon = reason(got["soon"], "window")
    assert soon.code == "window_next" and soon.passed
    assert soon.params == {
        "opens_on": opens_soon,
        "closes_on": opens_soon + timedelta(60),
        "days": 30,
    }
    assert got["soon"].score == pytest.approx(5.5 / 6)
    closed = reason(got["closed"], "window")
    assert closed.code == "window_closed" and not closed.passed
    assert closed.params == {"last_closed_on": date(2026, 6, 30), "next_opens_on": None}
    far = reason(got["too far"], "window")
    assert far.code == "window_closed" and far.params["next_opens_on"] == TODAY + timedelta(
        days=SOON_DAYS + 1
    )
    always = match_pair(donor(windows=()), proposal(), today=TODAY)
    assert reason(always, "window").code == "window_always"


def test_a_donor_needing_co_funding_counts_the_partners_cash_and_in_kind_lines() -> None:
    in_kind_only = proposal(cofunding_cash=Decimal(0), cofunding_in_kind=Decimal("12000"))
    available = reason(match_pair(donor(), in_kind_only, today=TODAY), "cofunding")
    assert available.code == "cofunding_available"
    assert available.params == {
        "cash": Decimal(0),
        "in_kind": Decimal("12000"),
        "total": Decimal("12000"),
    }
    nothing = proposal(cofunding_cash=Decimal(0), cofunding_in_kind=Decimal(0))
    missing = match_pair(donor(), nothing, today=TODAY)
    assert reason(missing, "cofunding").code == "cofunding_missing"
    assert missing.score == pytest.approx(5 / 6)
    relaxed = match_pair(donor(needs_cofunding=False), nothing, today=TODAY)
    assert reason(relaxed, "cofunding").code == "cofunding_not_needed" and relaxed.score == 1.0


def test_a_donor_excluding_a_country_never_matches_a_proposal_acting_there() -> None:
    wary = donor(excluded_countries=frozenset({"MA", "LY"}))
    match = match_pair(wary, proposal(), today=TODAY)
    assert match.excluded and match.score == 0.0
    assert match.reasons[0] == Reason("excluded_country", False, 0.0, {"countries": ("MA",)})
    # The rest of the picture stays visible, adding nothing.
    assert match.reasons[1].code == "objectives_shared"
    assert all(r.weight == 0.0 for r in match.reasons)
    table = match_all(
        [wary], [proposal(10), proposal(11, countries=frozenset({"SN"}))], today=TODAY
    )
    assert table.score(1, 10) == 0.0 and table.score(1, 11) == 1.0
    assert [m.proposal for m in table.for_donor(1)] == [11, 10]


def test_excluded_types_and_objectives_block_too() -> None:
    no_ops = match_pair(donor(excluded_types=frozenset({"Capacity"})), proposal(), today=TODAY)
    assert no_ops.excluded and no_ops.reasons[0].code == "excluded_type"
    no_returns = match_pair(donor(excluded_objectives=frozenset({18, 21})), proposal(), today=TODAY)
    assert no_returns.excluded and no_returns.reasons[0].params == {"objectives": (18,)}


def test_a_donor_with_no_stated_priorities_finds_every_proposal_acceptable() -> None:
    open_donor = DonorNeeds(
        key=3,
        objectives=frozenset(),
        regions=frozenset(),
        countries=frozenset(),
        types=frozenset(),
        min_amount=None,
        max_amount=None,
        needs_cofunding=False,
        windows=(),
    )
    match = match_pair(open_donor, proposal(), today=TODAY)
    assert match.score == 1.0
    assert [r.code for r in match.reasons] == [
        "objectives_any",
        "place_any",
        "type_any",
        "amount_any",
        "window_always",
        "cofunding_not_needed",
    ]


def test_proposals_are_ranked_for_a_donor_and_donors_for_a_proposal_best_first() -> None:
    donors = [
        donor(7),
        donor(2, types=frozenset({"Policy & Dialogue"})),  # misses the type
        donor(5, excluded_countries=frozenset({"ES"})),  # excludes proposals in Spain
        donor(3, types=frozenset({"Policy & Dialogue"})),  # ties with donor 2
    ]
    proposals = [
        proposal(30, amount_requested=Decimal("900000")),  # above every range
        proposal(20),
        proposal(40, countries=frozenset({"MA"}), regions=frozenset({"Africa"})),
        proposal(10, objectives=frozenset({5, 7})),  # half its objectives funded
    ]
    table = match_all(donors, proposals, today=TODAY)
    assert [(m.proposal, round(m.score, 3)) for m in table.for_donor(7)] == [
        (20, 1.0),
        (40, 1.0),
        (10, 0.917),
        (30, 0.833),
    ]
    # Donor 5 sees the proposal in Morocco only first; those acting in Spain come last.
    assert [m.proposal for m in table.for_donor(5)] == [40, 10, 20, 30]
    assert [m.donor for m in table.for_proposal(20)] == [7, 2, 3, 5]
    assert [m.donor for m in table.for_proposal(40, top=3)] == [5, 7, 2]
    assert table.for_proposal(40, top=0) == [] == table.for_donor(7, top=-1)
    assert table.explain(2, 10) == match_pair(donors[1], proposals[3], today=TODAY)
    with pytest.raises(KeyError):
        table.score(99, 10)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"windows": ((date(2026, 5, 1), date(2026, 4, 1)),)}, "closes"),
        ({"min_amount": Decimal(10), "max_amount": Decimal(5)}, "above maximum"),
        ({"max_amount": Decimal(-1)}, "negative"),
        ({"objectives": frozenset({24})}, "1 to 23"),
        ({"types": frozenset({"Charity"})}, "unknown partnership types"),
    ],
)
def test_impossible_donor_needs_are_refused(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        donor(**changes)


def test_impossible_proposal_facts_and_repeated_keys_are_refused() -> None:
    with pytest.raises(ValueError, match="cofunding_cash cannot be negative"):
        proposal(cofunding_cash=Decimal(-5))
    with pytest.raises(ValueError, match="unique"):
        match_all([donor(1), donor(1)], [proposal()], today=TODAY)


def test_no_donors_or_no_proposals_give_an_empty_table() -> None:
    assert match_all([], [proposal()], today=TODAY).for_proposal(10) == []
    assert match_all([donor()], [], today=TODAY).for_donor(1) == []


def test_every_reason_code_is_documented_with_its_params() -> None:
    documented = set(re.findall(r"^([a-z_]+)\s+(?:yes|no)\s", matching.__doc__ or "", re.M))
    codes = {
        "objectives_shared", "objectives_none", "objectives_any",
        "country", "region", "place_none", "place_any",
        "type", "type_other", "type_any",
        "amount_in_range", "amount_above", "amount_below", "amount_any",
        "window_open", "window_next", "window_closed", "window_always",
        "cofunding_available", "cofunding_missing", "cofunding_not_needed",
        "excluded_country", "excluded_type", "excluded_objective",
    }  # fmt: skip
    assert documented == codes


# ---------------------------------------------------------------------------------------------
# The vectorised table gives exactly the per-pair scores, on random donors and proposals.

REGIONS = {"Africa": ["MA", "SN", "KE"], "Asia": ["JO", "PH"], "Europe": ["ES", "IT"]}
COUNTRY_REGION = {c: r for r, cs in REGIONS.items() for c in cs}
objective_sets = st.frozensets(st.integers(1, 23), max_size=6)
country_sets = st.frozensets(st.sampled_from(sorted(COUNTRY_REGION)), max_size=3)
amounts = st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False)
days = st.integers(-200, 200).map(lambda d: TODAY + timedelta(days=d))


@st.composite
def donors_strategy(draw: st.DrawFn, key: int) -> DonorNeeds:
    bounds = sorted(draw(st.lists(amounts, min_size=2, max_size=2)))
    windows = tuple(
        (opens, opens + timedelta(days=length))
        for opens, length in draw(st.lists(st.tuples(days, st.integers(0, 120)), max_size=3))
    )
    return DonorNeeds(
        key=key,
        objectives=draw(objective_sets),
        regions=draw(st.frozensets(st.sampled_from(sorted(REGIONS)), max_size=2)),
        countries=draw(country_sets),
        types=draw(st.frozensets(st.sampled_from(TYPES), max_size=3)),
        min_amount=draw(st.sampled_from([None, bounds[0]])),
        max_amount=draw(st.sampled_from([None, bounds[1]])),
        needs_cofunding=draw(st.booleans()),
        windows=windows,
        excluded_countries=draw(st.frozensets(st.sampled_from(sorted(COUNTRY_REGION)), max_size=1)),
        excluded_types=draw(st.frozensets(st.sampled_from(TYPES), max_size=1)),
        excluded_objectives=draw(st.frozensets(st.integers(1, 23), max_size=1)),
    )


@st.composite
def proposals_strategy(draw: st.DrawFn, key: int) -> ProposalFacts:
    countries = draw(country_sets)
    return ProposalFacts(
        key=key,
        objectives=draw(objective_sets),
        regions=frozenset(COUNTRY_REGION[c] for c in countries),
        countries=countries,
        type=draw(st.sampled_from(TYPES)),
        amount_requested=draw(amounts),
        cofunding_cash=draw(st.sampled_from([Decimal(0), Decimal("1500.50")])),
        cofunding_in_kind=draw(st.sampled_from([Decimal(0), Decimal(800)])),
    )


@st.composite
def markets(draw: st.DrawFn) -> tuple[list[DonorNeeds], list[ProposalFacts]]:
    donor_keys = draw(st.lists(st.integers(1, 500), min_size=1, max_size=8, unique=True))
    proposal_keys = draw(st.lists(st.integers(1, 500), min_size=1, max_size=12, unique=True))
    return (
        [draw(donors_strategy(k)) for k in donor_keys],
        [draw(proposals_strategy(k)) for k in proposal_keys],
    )


def ranked(matches: list[Match], by: str) -> list[tuple[int, float]]:
    ordered = sorted(matches, key=lambda m: (-m.score, m.excluded, getattr(m, by)))
    return [(getattr(m, by), m.score) for m in ordered]


@settings(max_examples=150, deadline=None)
@given(markets())
def test_the_vectorised_table_equals_the_per_pair_computation(
    market: tuple[list[DonorNeeds], list[ProposalFacts]],
) -> None:
    donors, proposals = market
    table = match_all(donors, proposals, today=TODAY)
    pairs = {(d.key, p.key): match_pair(d, p, today=TODAY) for d in donors for p in proposals}
    for (donor_key, proposal_key), match in pairs.items():
        assert table.score(donor_key, proposal_key) == pytest.approx(match.score, abs=1e-12)
        assert table.explain(donor_key, proposal_key) == match
        assert 0.0 <= match.score <= 1.0
        assert match.score == pytest.approx(sum(r.weight for r in match.reasons), abs=1e-12)
    for d in donors:
        mine = [m for (dk, _), m in pairs.items() if dk == d.key]
        got = [(m.proposal, m.score) for m in table.for_donor(d.key)]
        assert got == ranked(mine, "proposal")
        assert table.for_donor(d.key, top=3) == table.for_donor(d.key)[:3]
    for p in proposals:
        theirs = [m for (_, pk), m in pairs.items() if pk == p.key]
        assert [(m.donor, m.score) for m in table.for_proposal(p.key)] == ranked(theirs, "donor")
        assert table.for_proposal(p.key, top=2) == table.for_proposal(p.key)[:2]
