"""`{% load proposals_home %}`: the home page's proposals: what a partner's representative still
has to sign or read, and the published proposals donors and observers may read."""

from __future__ import annotations

from typing import Any

from django import template
from django.db.models import Count, Q

from partnerlab.partnerships import permissions
from partnerlab.partnerships.models import Partnership, PartnershipPartner, Stage
from partnerlab.proposals import selectors
from partnerlab.proposals.models import Notice, ProposalElement

register = template.Library()


@register.inclusion_tag("proposals/_to_sign.html", takes_context=True)
def to_sign(context: dict[str, Any]) -> dict[str, Any]:
    """For a partner's representative: each designed idea where its organisation has not
    signed every element yet, and the notices still waiting for it to sign again."""
    user = context["user"]
    if not getattr(user, "is_partner", False):
        return {"rows": [], "notices": 0}
    partners = (
        PartnershipPartner.objects.filter(
            organisation_id__in=permissions.organisation_ids(user),
            partnership__stage=Stage.DESIGN,
        )
        .select_related("partnership", "organisation")
        .annotate(signed=Count("sign_offs", filter=Q(sign_offs__cleared_at=None), distinct=True))
        .order_by("partnership__title", "organisation__name")
    )
    elements = len(ProposalElement.values)
    rows = [
        {"partner": p, "idea": p.partnership, "missing": elements - p.signed}
        for p in partners
        if p.signed < elements
    ]
    notices = Notice.objects.pending().filter(user=user).count()
    return {"rows": rows, "notices": notices}


@register.inclusion_tag("proposals/_published.html", takes_context=True)
def published_proposals(context: dict[str, Any]) -> dict[str, Any]:
    """For donors and observers: the published ideas, fundable proposals first."""
    user = context["user"]
    if permissions.is_facilitator(user) or getattr(user, "is_partner", False):
        return {"rows": []}
    ideas = list(
        Partnership.objects.filter(published_at__isnull=False)
        .select_related("group", "cycle")
        .order_by("title")
    )
    statuses = selectors.statuses(ideas)
    order = {"fundable": 0, "waiting": 1, "ineligible": 2, "": 3}
    rows = sorted(
        ({"idea": idea, "status": statuses.get(idea.pk, "")} for idea in ideas),
        key=lambda row: order[row["status"]],
    )
    return {"rows": rows, "statuses": statuses}
