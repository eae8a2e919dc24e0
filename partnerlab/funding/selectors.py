"""Reads worth naming: a proposal's money and facts, a donor's needs, and the pipeline.

`proposal_facts` and `donor_needs` return plain dicts (sets, strings, Decimals, dates) for the
matching engine, which takes no ORM objects.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch, QuerySet

from partnerlab.funding.models import (
    DonorProfile,
    Funding,
    Pledge,
)
from partnerlab.partnerships.models import FundingKind, Partnership
from partnerlab.proposals.content import partners_of, problem_of, rows_of
from partnerlab.proposals.selectors import load_for_readiness, readiness
from partnerlab.proposals.typology import typology_of
from partnerlab.reference import regions
from partnerlab.themes.models import CommonArea

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Money:
    """What a proposal asks donors for, what its partners bring, and what donors pledged."""

    requested: Decimal
    cash: Decimal
    in_kind: Decimal
    pledged: Decimal

    @property
    def gap(self) -> Decimal:
        return max(self.requested - self.pledged, ZERO)

    @property
    def cofunding(self) -> Decimal:
        return self.cash + self.in_kind

    @property
    def pledged_share(self) -> int:
        if not self.requested:
            return 0
        return min(100, int(self.pledged * 100 / self.requested))


def budget_totals(lines: Iterable[Any]) -> dict[str, Decimal]:
    totals = {kind: ZERO for kind in FundingKind.values}
    for line in lines:
        totals[line.kind] = totals.get(line.kind, ZERO) + Decimal(line.amount)
    return totals


def active_pledged(funding: Funding | None) -> Decimal:
    if funding is None or funding.pk is None:
        return ZERO
    pledges = getattr(funding, "_prefetched_objects_cache", {}).get("pledges")
    if pledges is None:
        pledges = list(Pledge.objects.active().filter(funding=funding))
    return sum((Decimal(p.amount) for p in pledges if p.withdrawn_at is None), ZERO)


def money_of(partnership: Partnership, funding: Funding | None = None) -> Money:
    lines = rows_of(partnership, "budget_lines", lambda: partnership.budget_lines.all())
    totals = budget_totals(lines)
    return Money(
        requested=totals[FundingKind.REQUESTED],
        cash=totals[FundingKind.CASH],
        in_kind=totals[FundingKind.IN_KIND],
        pledged=active_pledged(funding),
    )


def funding_of(partnership: Partnership) -> Funding | None:
    return Funding.objects.filter(partnership=partnership).first()


# --- Facts for matching -------------------------------------------------------------------


def _objectives_by_idea(ideas: list[Partnership]) -> dict[int, set[int]]:
    """GCM objectives of the areas an idea comes from: its group's areas and its problem's."""
    areas_of: dict[int, set[int]] = {}
    for idea in ideas:
        problem = problem_of(idea)
        ids = {a.pk for a in idea.group.areas.all()}  # prefetched by load_for_readiness
        if problem is not None and problem.area_id:
            ids.add(problem.area_id)
        areas_of[idea.pk] = ids
    wanted = set().union(*areas_of.values()) if areas_of else set()
    through = CommonArea.gcm_objectives.through.objects.filter(commonarea_id__in=wanted)
    numbers: dict[int, set[int]] = {}
    for area_id, number in through.values_list("commonarea_id", "gcmobjective__number"):
        numbers.setdefault(area_id, set()).add(number)
    return {
        idea: set().union(*(numbers.get(a, set()) for a in ids)) if ids else set()
        for idea, ids in areas_of.items()
    }


def facts_for(
    ideas: list[Partnership], fundings: dict[int, Funding] | None = None
) -> dict[int, dict[str, Any]]:
    """`proposal_facts` for many ideas in a fixed number of queries (ideas loaded for
    readiness, see `load_for_readiness`)."""
    fundings = fundings or {}
    objectives = _objectives_by_idea(ideas)
    result = {}
    for idea in ideas:
        countries = {
            p.organisation.country.code for p in partners_of(idea) if p.organisation.country
        }
        money = money_of(idea, fundings.get(idea.pk))
        result[idea.pk] = {
            "objectives": objectives.get(idea.pk, set()),
            "regions": {r for r in (regions.region_of(c) for c in countries) if r},
            "countries": countries,
            "type": typology_of(idea).type,
            "amount_requested": money.requested,
            "cofunding_cash": money.cash,
            "cofunding_in_kind": money.in_kind,
        }
    return result


def proposal_facts(partnership: Partnership) -> dict[str, Any]:
    """objectives set[int], regions set[str], countries set[str], type str, amount_requested,
    cofunding_cash, cofunding_in_kind (Decimal)."""
    idea = Partnership.objects.select_related("group", "cycle").get(pk=partnership.pk)
    load_for_readiness([idea])
    return facts_for([idea])[idea.pk]


def donor_needs(profile: DonorProfile) -> dict[str, Any]:
    """objectives, regions, countries, types (sets), min_amount, max_amount (Decimal or None),
    needs_cofunding (bool), windows list[(opens, closes)], excluded_countries,
    excluded_types, excluded_objectives (sets)."""
    return {
        "objectives": {o.number for o in profile.objectives.all()},
        "regions": set(profile.regions),
        "countries": {c.code for c in profile.countries},
        "types": set(profile.partnership_types),
        "min_amount": profile.min_amount,
        "max_amount": profile.max_amount,
        "needs_cofunding": profile.needs_cofunding,
        "windows": [(w.opens_on, w.closes_on) for w in profile.windows.all()],
        "excluded_countries": {c.code for c in profile.excluded_countries},
        "excluded_types": set(profile.excluded_types),
        "excluded_objectives": {o.number for o in profile.excluded_objectives.all()},
    }


def profiles() -> QuerySet[DonorProfile]:
    """Every donor profile with what `donor_needs` reads, in a fixed number of queries."""
    return DonorProfile.objects.select_related("organisation").prefetch_related(
        "objectives", "excluded_objectives", "windows"
    )


# --- The pipeline --------------------------------------------------------------------------


@dataclass
class PipelineRow:
    funding: Funding
    idea: Partnership
    fundable: bool
    facts: dict[str, Any]
    money: Money
    partners: list[Any] = field(default_factory=list)

    @property
    def type_label(self) -> str:
        from partnerlab.proposals.models import PartnershipType

        return str(dict(PartnershipType.choices).get(self.facts["type"], self.facts["type"]))

    @property
    def objective_list(self) -> list[int]:
        return sorted(self.facts["objectives"])

    @property
    def region_labels(self) -> list[str]:
        return sorted(regions.region_label(r) for r in self.facts["regions"])


def published() -> QuerySet[Funding]:
    return (
        Funding.objects.filter(published_at__isnull=False)
        .select_related("partnership__group__cycle", "partnership__cycle")
        .prefetch_related(Prefetch("pledges", queryset=Pledge.objects.active()))
    )


def pipeline(filters: dict[str, Any] | None = None) -> list[PipelineRow]:
    """Published proposals, fundable ones first (then by most recently published), filtered:
    objective (int), region, country, type, amount_min, amount_max, status, cycle (slug).

    A fixed number of queries however many proposals there are."""
    f = {k: v for k, v in (filters or {}).items() if v not in (None, "")}
    fundings = published()
    if f.get("status"):
        fundings = fundings.filter(status=f["status"])
    if f.get("cycle"):
        fundings = fundings.filter(partnership__cycle__slug=f["cycle"])
    found = list(fundings)
    ideas = [x.partnership for x in found]
    load_for_readiness(ideas)
    by_idea = {x.partnership_id: x for x in found}
    facts = facts_for(ideas, by_idea)
    rows = []
    for funding in found:
        idea = funding.partnership
        row = PipelineRow(
            funding=funding,
            idea=idea,
            fundable=readiness(idea).fundable,
            facts=facts[idea.pk],
            money=money_of(idea, funding),
            partners=partners_of(idea),
        )
        if _passes(row, f):
            rows.append(row)
    epoch = datetime.datetime.min.replace(tzinfo=datetime.UTC)
    rows.sort(
        key=lambda r: (not r.fundable, -(r.funding.published_at or epoch).timestamp(), r.idea.pk)
    )
    return rows


def _passes(row: PipelineRow, f: dict[str, Any]) -> bool:
    facts = row.facts
    if f.get("objective") and int(f["objective"]) not in facts["objectives"]:
        return False
    if f.get("region") and f["region"] not in facts["regions"]:
        return False
    if f.get("country") and str(f["country"]).upper() not in facts["countries"]:
        return False
    if f.get("type") and facts["type"] != f["type"]:
        return False
    if f.get("amount_min") is not None and facts["amount_requested"] < Decimal(f["amount_min"]):
        return False
    return not (
        f.get("amount_max") is not None and facts["amount_requested"] > Decimal(f["amount_max"])
    )


def history(funding: Funding) -> list[Any]:
    return list(funding.history.select_related("by"))
