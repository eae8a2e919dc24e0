"""`{% load proposal_status %}`: where each designed idea's proposal stands, for list pages of
lower domains (the overview and the group page list ideas; proposals know their status)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import template

from partnerlab.proposals import selectors

register = template.Library()


@register.simple_tag
def proposal_statuses(rows: Iterable[Any]) -> dict[int, str]:
    """`{% proposal_statuses rows as statuses %}`: every row's status at once (fixed queries)."""
    return selectors.statuses([row.idea for row in rows])


@register.inclusion_tag("proposals/_status.html")
def proposal_status(statuses: dict[int, str], idea: Any) -> dict[str, Any]:
    """`{% proposal_status statuses idea %}`: the badge, linking to the proposal page."""
    status = statuses.get(idea.pk, "")
    return {"idea": idea, "status": status, "label": selectors.STATUS_LABELS.get(status, "")}
