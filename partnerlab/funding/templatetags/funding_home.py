"""`{% load funding_home %}`: the home page's way into donors and the pipeline, for each role."""

from __future__ import annotations

from typing import Any

from django import template

from partnerlab.funding import permissions
from partnerlab.funding.models import Funding, FundingNotice
from partnerlab.partnerships.models import Partnership, Stage

register = template.Library()


@register.inclusion_tag("funding/_home.html", takes_context=True)
def funding_home(context: dict[str, Any]) -> dict[str, Any]:
    """Donors, observers and facilitators: the pipeline and the donors. Donors: their own
    priorities. Partners: their designed ideas, to publish and follow with donors."""
    user = context["user"]
    mine = sorted(permissions.donor_ids(user))
    ideas: list[Any] = []
    if getattr(user, "is_partner", False):
        ideas = list(
            Partnership.objects.filter(
                stage=Stage.DESIGN,
                partners__organisation_id__in=permissions.organisation_ids(user),
                group__members__in=permissions.organisation_ids(user),
            )
            .distinct()
            .order_by("title")
        )
        published = dict(
            Funding.objects.filter(partnership__in=ideas).values_list("partnership_id", "status")
        )
        ideas = [(idea, published.get(idea.pk)) for idea in ideas]
    unread = (
        FundingNotice.objects.filter(user=user, read_at=None).count()
        if user.is_authenticated
        else 0
    )
    return {
        "user": user,
        "pipeline": permissions.can_see_pipeline(user),
        "donor_ids": mine,
        "ideas": ideas,
        "unread": unread,
    }
