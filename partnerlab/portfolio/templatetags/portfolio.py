"""`{% load portfolio %}`: the dashboard's numbers and shares in the reader's language, and the
home page's links to each cycle's portfolio."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

from django import template

from partnerlab.cycles.models import Cycle
from partnerlab.portfolio import formatting

register = template.Library()


@register.filter
def pct(share: Fraction | None) -> str:
    return formatting.percent(share)


@register.filter
def num(value: int | Decimal) -> str:
    return formatting.number(value)


@register.inclusion_tag("portfolio/_home.html", takes_context=True)
def portfolio_links(context: dict[str, Any]) -> dict[str, Any]:
    """The recent cycles' portfolios: the dashboard for facilitators, the public summary for
    donors and observers (partners reach it from the cycle's page)."""
    user = context["user"]
    if getattr(user, "is_partner", False):
        return {"cycles": [], "full": False}
    cycles = list(Cycle.objects.order_by("-year", "name")[:3])
    return {"cycles": cycles, "full": bool(getattr(user, "is_facilitator", False))}


@register.filter
def money_cell(row: Any, key: str) -> str:
    """One cell of the money table (`MONEY_COLUMNS`): amounts in the reader's format."""
    value = getattr(row, key, "") if not isinstance(row, dict) else row.get(key, "")
    return formatting.number(value) if isinstance(value, Decimal) else str(value)
