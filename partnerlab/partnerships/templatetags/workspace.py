"""`{% your_ideas %}`: the ideas of the groups a person takes part in, for the home page."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils import timezone

from partnerlab.partnerships import permissions, selectors
from partnerlab.partnerships.models import Partnership

register = template.Library()


@register.inclusion_tag("partnerships/_your_ideas.html", takes_context=True)
def your_ideas(context: dict[str, Any]) -> dict[str, Any]:
    user = context["user"]
    ideas = Partnership.objects.none()  # donors and observers: home lists published proposals
    if permissions.is_facilitator(user):
        ideas = Partnership.objects.all()
    elif getattr(user, "is_partner", False):
        ideas = Partnership.objects.filter(
            group__members__in=permissions.organisation_ids(user)
        ).distinct()
    recent = ideas.order_by("-last_change_at").values_list("pk", flat=True)[:12]
    latest = Partnership.objects.filter(pk__in=list(recent))
    rows = selectors.rows(latest, today=timezone.localdate(), sort="days")
    return {"rows": rows, "user": user, "is_facilitator": permissions.is_facilitator(user)}


@register.filter
def group_open_to(partnership: Partnership, user: Any) -> bool:
    """Whether `user` may open the idea's group (readers of a published idea may not)."""
    return permissions.can_view_group(user, partnership.group)


@register.inclusion_tag("partnerships/_group_ideas.html", takes_context=True)
def group_ideas(context: dict[str, Any], group: Any, idea_form: Any = None) -> dict[str, Any]:
    """A group's ideas with their status, and the form to start one (on the group's page)."""
    from partnerlab.partnerships.forms import IdeaForm
    from partnerlab.partnerships.views import idea_columns

    request = context["request"]
    sort = request.GET.get("sort", "stage")
    members = group.members.exclude(membership="non_member").order_by("name")
    return {
        "group": group,
        "user": context["user"],
        "csrf_token": context.get("csrf_token"),
        "rows": selectors.rows(group.partnerships.all(), today=timezone.localdate(), sort=sort),
        "columns": idea_columns(show_group=False),
        "sort": sort,
        "params": request.GET,
        "form": idea_form or IdeaForm(members=members),
    }
