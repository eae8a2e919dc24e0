"""Eligibility rules and the principles of a sound partnership, each explained in words.

Errors make a partnership ineligible; warnings are shown but do not block it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from partnerlab.partnerships import sections
from partnerlab.partnerships.models import Partnership, PartnershipPartner
from partnerlab.proposals.content import (
    indicators_of,
    objectives_of,
    partners_of,
    problem_of,
    proposal_of,
)

# A partner carrying this much more of the costs than of the benefits is flagged.
DISPROPORTION = Decimal("0.25")


@dataclass(frozen=True)
class Check:
    rule: str
    passed: bool
    severity: str  # "error" or "warning"
    explanation: str


def _names(partners: list[PartnershipPartner]) -> str:
    return ", ".join(p.organisation.name for p in partners)


def eligibility(p: Partnership) -> list[Check]:
    partners = partners_of(p)
    members = [x for x in partners if x.organisation.is_forum_member]
    lead = next((x for x in partners if x.role == "lead"), None)
    checks = [
        Check(
            "two_forum_members",
            len(members) >= 2,
            "error",
            _("%(n)s forum members take part (%(names)s); at least two are needed.")
            % {"n": len(members), "names": _names(members) or "—"},
        ),
        Check(
            "lead_is_forum_member",
            bool(lead and lead.organisation.is_forum_member),
            "error",
            _("The lead partner, %(lead)s, is a forum member.") % {"lead": lead.organisation}
            if lead and lead.organisation.is_forum_member
            else _("The lead partner must be a forum member; %(lead)s is not.")
            % {"lead": lead.organisation if lead else "—"},
        ),
        Check(
            "lead_is_state",
            bool(lead and lead.organisation.is_state),
            "warning",
            _("A State leads the partnership.")
            if lead and lead.organisation.is_state
            else _("A State is preferred as lead partner; %(lead)s is not a State.")
            % {"lead": lead.organisation if lead else "—"},
        ),
        _mutual_benefit(partners),
        _novelty(p),
        _themes(p),
        *_completeness(p),
    ]
    return checks


def _mutual_benefit(partners: list[PartnershipPartner]) -> Check:
    # Fee-for-service is one forum member paying another to deliver; a non-member implementer
    # paid as an auxiliary partner does not make it one.
    paid = [x for x in partners if x.paid_to_deliver and x.organisation.is_forum_member]
    silent = [x for x in partners if not x.gains.strip()]
    if paid:
        text = _(
            "Fee-for-service, not mutual benefit: %(names)s would be paid to deliver for others."
        ) % {"names": _names(paid)}
    elif silent:
        text = _("Every partner states what it gains; missing for %(names)s.") % {
            "names": _names(silent)
        }
    else:
        text = _("Every partner states what it gains, and none is paid to deliver for others.")
    return Check("mutual_benefit", not paid and not silent, "error", text)


def _novelty(p: Partnership) -> Check:
    proposal = proposal_of(p)
    ok = proposal.novelty in ("new", "expanded") and bool(proposal.novelty_note.strip())
    if ok:
        text = _("The partnership is new or substantially expanded: %(note)s") % {
            "note": proposal.novelty_note.strip()
        }
    elif proposal.novelty == "continued":
        text = _(
            "Continuing existing work as it is does not qualify: it must be new or "
            "substantially expanded."
        )
    else:
        text = _("Say whether the partnership is new or substantially expanded, and how.")
    return Check("new_or_expanded", ok, "error", text)


def _themes(p: Partnership) -> Check:
    problem = problem_of(p)
    area = problem.area if problem else None
    areas = list(p.group.areas.all())
    ok = area is not None and area.cycle_id == p.cycle_id
    if ok:
        text = _("It takes up the cycle's theme “%(area)s”.") % {"area": area}
    else:
        text = _("Link the problem to one of the cycle's themes (%(areas)s).") % {
            "areas": ", ".join(a.name for a in areas) or "—"
        }
    return Check("related_to_themes", ok, "error", text)


def _completeness(p: Partnership) -> list[Check]:
    objectives = objectives_of(p)
    without = [o.text for o in objectives if not o.ordered_indicators]
    indicators = indicators_of(p)
    loose = [
        i.name
        for i in indicators
        if not (i.baseline.strip() and i.target.strip() and i.target_date)
        or not i.means_of_verification.strip()
    ]
    return [
        Check(
            "objectives_have_indicators",
            bool(objectives) and not without,
            "error",
            _("State at least one objective.")
            if not objectives
            else _("Objectives without an indicator: %(list)s.") % {"list": "; ".join(without)}
            if without
            else _("Every objective has at least one indicator."),
        ),
        Check(
            "indicators_measurable",
            not loose,
            "error",
            _("Give a baseline, a target, a date and a means of verification for: %(list)s.")
            % {"list": "; ".join(loose)}
            if loose
            else _("Every indicator has a baseline, a target, a date and a means of verification."),
        ),
    ]


def is_eligible(checks: list[Check]) -> bool:
    return all(c.passed for c in checks if c.severity == "error")


@dataclass(frozen=True)
class Share:
    partner: PartnershipPartner
    cost: Decimal  # cash and in kind the partner puts in
    cost_share: Decimal  # 0..1
    benefit_share: Decimal | None  # 0..1 when benefits are stated


def shares(p: Partnership) -> list[Share]:
    """Who carries the costs (cash and in kind, `sections.cost_share`) and who gets the stated
    benefits."""
    partners = partners_of(p)
    costs = {x.pk: Decimal(0) for x in partners} | sections.partner_costs(p.budget_lines.all())
    total_cost = sum(costs.values(), Decimal(0))
    stated = [x.expected_benefit for x in partners if x.expected_benefit is not None]
    total_benefit = sum(stated, Decimal(0)) if len(stated) == len(partners) else Decimal(0)
    return [
        Share(
            partner=x,
            cost=costs[x.pk],
            cost_share=sections.cost_share(costs[x.pk], total_cost),
            benefit_share=(x.expected_benefit or Decimal(0)) / total_benefit
            if total_benefit
            else None,
        )
        for x in partners
    ]


def principles(p: Partnership) -> list[Check]:
    proposal = proposal_of(p)
    partners = partners_of(p)
    checks = [
        Check(
            "joint_objectives",
            p.objectives.exists(),
            "warning",
            _("Joint objectives are stated; every partner agrees to them by signing them off.")
            if p.objectives.exists()
            else _("State the objectives the partners share."),
        )
    ]
    without = [x for x in partners if not (x.rights.strip() and x.obligations.strip())]
    checks.append(
        Check(
            "rights_and_obligations",
            not without,
            "warning",
            _("Rights and obligations are stated for every partner.")
            if not without
            else _("State rights and obligations for %(names)s.") % {"names": _names(without)},
        )
    )
    # Against its share of the stated benefits; without them, against an even split.
    even = Decimal(1) / len(partners) if partners else Decimal(1)
    heavy = [
        s
        for s in shares(p)
        if s.cost_share - (even if s.benefit_share is None else s.benefit_share) > DISPROPORTION
    ]
    unstated = [x for x in partners if x.expected_benefit is None]
    if heavy:
        text = _(
            "%(names)s carries a disproportionate share of the costs compared with what it gains."
        ) % {"names": _names([s.partner for s in heavy])}
    else:
        text = _("No partner carries a disproportionate share of the costs.")
    if unstated:
        text += " " + _(
            "Without a value for what %(names)s gains, costs are compared with an even split."
        ) % {"names": _names(unstated)}
    checks.append(Check("fair_shares", not heavy and not unstated, "warning", text))
    sides = {
        "origin": proposal.benefits_origin,
        "destination": proposal.benefits_destination,
        "migrants": proposal.benefits_migrants,
    }
    missing = [k for k, v in sides.items() if not v.strip()]
    names = {
        "origin": _("the country of origin"),
        "destination": _("the country of destination"),
        "migrants": _("migrants"),
    }
    checks.append(
        Check(
            "triple_win",
            not missing,
            "warning",
            _(
                "Benefits are stated for the country of origin, the country of destination and "
                "migrants: a triple win."
            )
            if not missing
            else _("State the benefits for %(sides)s.")
            % {"sides": ", ".join(str(names[k]) for k in missing)},
        )
    )
    return checks
