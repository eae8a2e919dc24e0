"""`GET /api/v1/cycles/{slug}/portfolio`: the dashboard for facilitators, the public summary
(no proposal named, no money) for everyone else signed in, as the pages show them."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from partnerlab.api.base import ERRORS
from partnerlab.cycles.models import Cycle
from partnerlab.partnerships.models import Stage
from partnerlab.portfolio.formatting import percent_value
from partnerlab.portfolio.selectors import Dashboard, dashboard

router = Router(tags=["portfolio"])


class FunnelStepOut(Schema):
    key: str
    label: str
    count: int
    conversion_percent: float | None  # over the step before; null for the first or after 0


class StageCountOut(Schema):
    stage: str
    label: str
    count: int


class TargetOut(Schema):
    key: Literal["fundable_proposals", "with_a_state"]
    label: str
    met: bool
    value: str
    goal: str
    share_percent: float | None


class TypeShareOut(Schema):
    type: str
    label: str
    count: int
    share_percent: float | None
    seed_001_percent: float


class CoverageOut(Schema):
    number: int
    title: str
    by_stage: dict[str, int]
    total: int


class BalanceOut(Schema):
    key: str
    label: str
    in_ideas: int
    in_portfolio: int


class MoneyRowOut(Schema):
    partnership: int
    title: str
    status: str
    currency: str
    requested: Decimal
    pledged: Decimal
    missing: Decimal


class MoneyTotalOut(Schema):
    currency: str
    fundable_only: bool
    requested: Decimal
    pledged: Decimal
    missing: Decimal


class MoneyOut(Schema):
    rows: list[MoneyRowOut]
    totals: list[MoneyTotalOut]


class PortfolioOut(Schema):
    cycle: str
    view: Literal["full", "summary"]
    funnel: list[FunnelStepOut]
    ideas_at_stage: list[StageCountOut]
    targets: list[TargetOut]
    typology: list[TypeShareOut]
    gcm_coverage: list[CoverageOut]
    regions: list[BalanceOut]
    kinds: list[BalanceOut]
    money: MoneyOut | None  # facilitators only


def as_json(d: Dashboard, *, full: bool) -> dict[str, object]:
    stages = Stage.values
    return {
        "cycle": d.cycle.slug,
        "view": "full" if full else "summary",
        "funnel": [
            {
                "key": s.key,
                "label": s.label,
                "count": s.count,
                "conversion_percent": percent_value(s.conversion),
            }
            for s in d.funnel
        ],
        "ideas_at_stage": [
            {"stage": key, "label": label, "count": n} for key, label, n in d.ideas_at_stage
        ],
        "targets": [
            {
                "key": t.key,
                "label": t.label,
                "met": t.met,
                "value": t.value,
                "goal": t.goal,
                "share_percent": percent_value(t.share),
            }
            for t in d.targets
        ],
        "typology": [
            {
                "type": s.key,
                "label": s.label,
                "count": s.count,
                "share_percent": percent_value(s.share),
                "seed_001_percent": percent_value(s.baseline),
            }
            for s in d.typology
        ],
        "gcm_coverage": [
            {
                "number": r.number,
                "title": r.title,
                "by_stage": dict(zip(stages, r.counts, strict=True)),
                "total": r.total,
            }
            for r in d.coverage
        ],
        "regions": [vars(r) for r in d.regions],
        "kinds": [vars(r) for r in d.kinds],
        "money": {
            "rows": [
                {
                    "partnership": r.partnership_id,
                    "title": r.title,
                    "status": r.status,
                    "currency": r.currency,
                    "requested": r.requested,
                    "pledged": r.pledged,
                    "missing": r.missing,
                }
                for r in d.money
            ],
            "totals": [
                {"currency": t.currency, "fundable_only": t.fundable_only, **t.amounts}
                for t in d.money_totals
            ],
        }
        if full
        else None,
    }


@router.get(
    "/cycles/{slug}/portfolio",
    response={200: PortfolioOut, **ERRORS},
    summary="A cycle's portfolio dashboard (facilitators) or its public summary (others)",
)
def portfolio(request: HttpRequest, slug: str) -> object:
    cycle = get_object_or_404(Cycle, slug=slug)
    full = bool(getattr(request.user, "is_facilitator", False))
    return as_json(dashboard(cycle), full=full)
