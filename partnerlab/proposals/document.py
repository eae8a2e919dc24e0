"""Everything a proposal document holds, gathered once for the DOCX and the PDF."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.utils import timezone

from partnerlab.partnerships import charts, sections
from partnerlab.partnerships.models import Partnership, PartnershipPartner
from partnerlab.proposals import rules
from partnerlab.proposals.content import partners_of, problem_of, proposal_of
from partnerlab.proposals.models import Proposal, ProposalElement
from partnerlab.proposals.selectors import Readiness, readiness
from partnerlab.proposals.typology import Typology, typology_of


@dataclass
class ProposalDocument:
    partnership: Partnership
    proposal: Proposal
    partners: list[PartnershipPartner]
    lead: PartnershipPartner | None
    problem: Any
    objectives: list[Any]
    activities: list[Any]
    indicators: list[Any]
    budget: dict[str, Any]
    shares: list[rules.Share]
    readiness: Readiness
    principles: list[rules.Check]
    typology: Typology
    charts: dict[str, str] = field(default_factory=dict)  # name -> SVG
    made_on: datetime.date = field(default_factory=timezone.localdate)

    @property
    def elements(self) -> list[tuple[str, str]]:
        return list(ProposalElement.choices)

    @property
    def share_rows(self) -> list[dict[str, Any]]:
        """The design page's budget table (same figures, same share of costs) with each
        partner's share of the benefits beside it."""
        rows = {row["partner_id"]: row for row in self.budget["rows"]}
        result = []
        for s in self.shares:
            row = rows.get(s.partner.pk, {})
            result.append(
                {
                    "name": s.partner.organisation.name,
                    "cash": row.get("cash", Decimal(0)),
                    "in_kind": row.get("in_kind", Decimal(0)),
                    "requested": row.get("requested", Decimal(0)),
                    "total": row.get("total", Decimal(0)),
                    "cost_share": sections.percent(s.cost_share),
                    "benefit_share": None
                    if s.benefit_share is None
                    else sections.percent(s.benefit_share),
                }
            )
        return result


def gather(p: Partnership) -> ProposalDocument:
    partners = partners_of(p)
    budget_lines = list(
        p.budget_lines.select_related("partner__organisation", "activity").order_by(
            "partner__organisation__name", "id"
        )
    )
    return ProposalDocument(
        partnership=p,
        proposal=proposal_of(p),
        partners=partners,
        lead=next((x for x in partners if x.role == "lead"), None),
        problem=problem_of(p),
        objectives=list(p.objectives.prefetch_related("indicators")),
        activities=list(
            p.activities.select_related("responsible__organisation").order_by("starts_on", "id")
        ),
        indicators=list(p.indicators.select_related("objective", "activity").order_by("id")),
        budget={**sections.budget_summary(budget_lines), "lines": budget_lines},
        shares=rules.shares(p),
        readiness=readiness(p),
        principles=rules.principles(p),
        typology=typology_of(p),
        charts=charts.for_document(p),
    )
