"""Publishing a fundable proposal, pledging against what it requests, and its funding status."""

from decimal import Decimal

import pytest

from partnerlab.core.errors import NotAllowed, ValidationFailed
from partnerlab.core.models import AuditEvent
from partnerlab.funding import dealings, selectors, services
from partnerlab.funding.models import Funding, FundingStatus, Pledge, StatusChange
from partnerlab.partnerships import editing

S = FundingStatus


def _pledge(cast, ws, amount, **extra):
    return dealings.pledge(by=cast.donor, partnership=ws.idea, amount=amount, kind="cash", **extra)


def _status(ws):
    return Funding.objects.get(partnership=ws.idea).status


def test_partners_publish_their_fundable_proposal_to_the_pipeline(cast, ws):
    funding = services.publish_to_pipeline(by=cast.mexico, partnership=ws.idea)
    assert funding.is_published and funding.status == S.FUNDABLE
    assert [(c.from_status, c.to_status) for c in funding.history.all()] == [("", S.FUNDABLE)]
    assert AuditEvent.objects.filter(action="funding.publish", actor=cast.mexico).exists()
    assert [r.idea.pk for r in selectors.pipeline()] == [ws.idea.pk]


def test_only_the_ideas_partners_publish(cast, ws):
    for person in (cast.donor, cast.facilitator, cast.ngo, cast.observer):
        with pytest.raises(NotAllowed):
            services.publish_to_pipeline(by=person, partnership=ws.idea)
    assert not Funding.objects.exists()


def test_a_proposal_that_is_not_fundable_is_not_published(cast, ws):
    editing.create_element(  # a change clears the budget sign-offs
        by=cast.facilitator,
        partnership=ws.idea,
        kind="budget",
        data={
            "partner": ws.idea.partners.first().pk,
            "description": "Venue",
            "kind": "cash",
            "amount": 10,
        },
    )
    with pytest.raises(ValidationFailed, match="Only a fundable proposal"):
        services.publish_to_pipeline(by=cast.ghana, partnership=ws.idea)
    assert not Funding.objects.exists()


def test_the_money_requested_is_the_requested_lines_and_the_rest_is_cofunding(cast, ws, published):
    money = selectors.money_of(ws.idea, published)
    assert money.requested == Decimal("100000.00")
    assert money.in_kind == Decimal("70000.00") and money.cash == 0
    assert money.gap == Decimal("100000.00")


def test_pledges_sum_against_the_request_and_move_the_status(cast, ws, published):
    first = _pledge(cast, ws, "40000", conditions="Reports every quarter")
    assert _status(ws) == S.PARTLY_PLEDGED
    assert selectors.money_of(ws.idea, published).gap == Decimal("60000.00")
    _pledge(cast, ws, "60000")
    assert _status(ws) == S.FULLY_PLEDGED
    dealings.withdraw_pledge(by=cast.donor, pledge=first, reason="Board refused")
    assert _status(ws) == S.PARTLY_PLEDGED
    assert selectors.money_of(ws.idea, published).gap == Decimal("40000.00")
    moves = list(
        StatusChange.objects.filter(funding=published)
        .order_by("at", "id")
        .values_list("to_status", "reason")
    )
    assert [m[0] for m in moves] == [
        S.FUNDABLE,
        S.PARTLY_PLEDGED,
        S.FULLY_PLEDGED,
        S.PARTLY_PLEDGED,
    ]
    assert "Board refused" in moves[-1][1]
    assert AuditEvent.objects.filter(action="funding.withdraw_pledge").count() == 1


def test_a_pledge_larger_than_the_gap_needs_confirming(cast, ws, published):
    with pytest.raises(ValidationFailed, match="larger than the funding gap"):
        _pledge(cast, ws, "150000")
    assert not Pledge.objects.exists()
    made = _pledge(cast, ws, "150000", confirm_over_gap=True)
    assert made.over_gap_confirmed and _status(ws) == S.FULLY_PLEDGED


def test_a_pledge_covers_budget_lines_of_this_proposal_only(cast, ws, published):
    line = ws.idea.budget_lines.get(kind="requested")
    made = _pledge(cast, ws, "1000", budget_lines=[line.pk])
    assert list(made.budget_lines.all()) == [line]
    with pytest.raises(ValidationFailed) as caught:
        _pledge(cast, ws, "1000", budget_lines=[line.pk + 999])
    assert caught.value.errors[0].field == "budget_lines"


@pytest.mark.parametrize("amount", ["-10", "0", "ten thousand", "", "NaN", "Infinity", None])
def test_a_negative_zero_or_non_numeric_amount_is_refused(cast, ws, published, amount):
    with pytest.raises(ValidationFailed) as caught:
        _pledge(cast, ws, amount)
    assert caught.value.errors[0].field == "amount"
    assert (
        not Pledge.objects.exists()
        and not AuditEvent.objects.filter(action="funding.pledge").exists()
    )


def test_a_french_or_spanish_reader_types_amounts_with_a_decimal_comma(cast, ws, published):
    from django.utils import translation

    with translation.override("fr"):
        made = _pledge(cast, ws, "2500,50")
    assert made.amount == Decimal("2500.50")
    with translation.override("en"), pytest.raises(ValidationFailed):
        _pledge(cast, ws, "2,500")  # English grouping is not read as a decimal comma


def test_a_pledge_on_an_unpublished_proposal_is_refused(cast, ws):
    with pytest.raises(ValidationFailed, match="not published"):
        _pledge(cast, ws, "100")
    services.publish_to_pipeline(by=cast.ghana, partnership=ws.idea)
    services.publish_to_pipeline(by=cast.ghana, partnership=ws.idea, published=False)
    with pytest.raises(ValidationFailed, match="not published"):
        _pledge(cast, ws, "100")
    assert not Pledge.objects.exists()


def test_a_pledge_on_a_proposal_no_longer_fundable_is_refused(cast, ws, published):
    editing.create_element(
        by=cast.facilitator,
        partnership=ws.idea,
        kind="budget",
        data={
            "partner": ws.idea.partners.first().pk,
            "description": "Venue",
            "kind": "cash",
            "amount": 10,
        },
    )
    with pytest.raises(ValidationFailed, match="fundable proposals only"):
        _pledge(cast, ws, "100")
    assert not Pledge.objects.exists()


def test_only_donors_pledge_and_only_their_own_pledges_are_withdrawn(cast, ws, published):
    with pytest.raises(NotAllowed):
        dealings.pledge(by=cast.ghana, partnership=ws.idea, amount="10", kind="cash")
    made = _pledge(cast, ws, "10")
    with pytest.raises(NotAllowed):
        dealings.withdraw_pledge(by=cast.ghana, pledge=made, reason="no")
    with pytest.raises(ValidationFailed):
        dealings.withdraw_pledge(by=cast.donor, pledge=made, reason="  ")
    assert Pledge.objects.active().count() == 1


def test_a_facilitator_pledges_for_a_named_donor(cast, ws, published):
    with pytest.raises(ValidationFailed):
        dealings.pledge(by=cast.facilitator, partnership=ws.idea, amount="10", kind="cash")
    made = dealings.pledge(
        by=cast.facilitator, partnership=ws.idea, amount="10", kind="in_kind", donor=cast.fund.pk
    )
    assert made.donor == cast.fund


def test_the_status_machine_refuses_moves_it_does_not_allow(cast, ws, published):
    with pytest.raises(ValidationFailed, match="cannot move"):
        services.change_status(by=cast.facilitator, partnership=ws.idea, to=S.COMPLETED, reason="x")
    with pytest.raises(ValidationFailed, match="Fully pledged needs"):
        services.change_status(
            by=cast.facilitator, partnership=ws.idea, to=S.FULLY_PLEDGED, reason="x"
        )
    with pytest.raises(ValidationFailed, match="Say why"):
        services.change_status(by=cast.facilitator, partnership=ws.idea, to=S.PRESENTED, reason="")
    with pytest.raises(NotAllowed):
        services.change_status(by=cast.donor, partnership=ws.idea, to=S.PRESENTED, reason="x")
    assert _status(ws) == S.FUNDABLE


def test_from_full_pledges_to_completion_with_reasons(cast, ws, published):
    _pledge(cast, ws, "100000")
    for target in (S.AGREEMENT_SIGNED, S.IMPLEMENTING, S.COMPLETED):
        services.change_status(
            by=cast.facilitator, partnership=ws.idea, to=target, reason=f"now {target}"
        )
    assert _status(ws) == S.COMPLETED
    with pytest.raises(ValidationFailed):
        services.change_status(
            by=cast.facilitator, partnership=ws.idea, to=S.WITHDRAWN, reason="late"
        )
    assert AuditEvent.objects.filter(action="funding.status").count() == 4  # the pledge's move too


def test_the_lead_partner_may_withdraw_its_proposal_others_may_not(cast, ws, published):
    with pytest.raises(NotAllowed):
        services.change_status(by=cast.mexico, partnership=ws.idea, to=S.WITHDRAWN, reason="x")
    services.change_status(by=cast.ghana, partnership=ws.idea, to=S.WITHDRAWN, reason="Merged")
    assert _status(ws) == S.WITHDRAWN
    with pytest.raises(ValidationFailed, match="no longer takes pledges"):
        _pledge(cast, ws, "10")


def test_proposal_facts_for_matching(cast, ws, published):
    from partnerlab.reference.models import GcmObjective

    ws.area.gcm_objectives.set(GcmObjective.objects.filter(number__in=[6, 21]))
    facts = selectors.proposal_facts(ws.idea)
    assert facts["objectives"] == {6, 21}
    assert facts["countries"] == {"GH", "MX", "CH"}
    assert facts["regions"] == {"Africa", "Americas", "Europe"}
    assert facts["amount_requested"] == Decimal("100000.00")
    assert facts["cofunding_cash"] == 0 and facts["cofunding_in_kind"] == Decimal("70000.00")
    assert set(facts) == {
        "objectives",
        "regions",
        "countries",
        "type",
        "amount_requested",
        "cofunding_cash",
        "cofunding_in_kind",
    }


def test_the_audit_log_says_each_funding_change_in_words(cast, ws, published):
    from partnerlab.core.actions import describe

    _pledge(cast, ws, "100")
    event = AuditEvent.objects.filter(action="funding.status").latest("id")
    text = describe(event.action, object_repr=event.object_repr, details=event.after)
    assert text == "Funding status of “Claims from home” changed to Partly pledged"
    pledge = AuditEvent.objects.get(action="funding.pledge")
    assert describe(pledge.action, object_repr=pledge.object_repr).startswith("Pledge recorded:")
