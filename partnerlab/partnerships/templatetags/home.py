"""`{% load home %}`: what the home page offers a facilitator and a partner's representative:
each recent cycle's way from consultations to ideas, the next step marked; the groups a
representative takes part in."""

from __future__ import annotations

from typing import Any

from django import template
from django.db.models import Count, IntegerField, Model, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from partnerlab.cycles.models import Cycle
from partnerlab.intake.models import Consultation, Input
from partnerlab.labs.models import Group, Interest
from partnerlab.partnerships import permissions
from partnerlab.partnerships.models import Partnership
from partnerlab.themes.models import CommonArea

register = template.Library()


def _per_cycle(model: type[Model], cycle: str = "cycle") -> Coalesce:
    """How many `model` rows each cycle has (`cycle` is the path to it): a subquery, so that
    all cycles load in one query."""
    rows = (
        model._default_manager.filter(**{cycle: OuterRef("pk")})
        .order_by()
        .values(cycle)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


def _steps(cycle: Any) -> list[dict[str, Any]]:
    """The cycle's way from consultations to ideas; the first step not yet taken is next (the
    overview, once every step has something in it)."""
    c = cycle
    steps = [
        ("intake:consultation_list", _("Consultations"), c.consultations_n,
         ngettext("%(n)s consultation", "%(n)s consultations", c.consultations_n)),
        ("intake:input_list", _("What stakeholders said"), c.inputs_n,
         ngettext("%(n)s input", "%(n)s inputs", c.inputs_n)),
        ("themes:overview", _("Themes and areas of common interest"), c.areas_n,
         ngettext("%(n)s area published", "%(n)s areas published", c.areas_n)),
        ("labs:interest", _("Interest in the areas"), c.interests_n,
         ngettext("%(n)s expression of interest", "%(n)s expressions of interest", c.interests_n)),
        ("labs:group_list", _("Small groups"), c.groups_n,
         ngettext("%(n)s small group", "%(n)s small groups", c.groups_n)),
        ("partnerships:overview", _("Groups and ideas overview"), c.ideas_n,
         ngettext("%(n)s partnership idea", "%(n)s partnership ideas", c.ideas_n)),
    ]  # fmt: skip
    next_index = next((i for i, step in enumerate(steps) if not step[2]), len(steps) - 1)
    return [
        {
            "url": reverse(url, args=[c.slug]),
            "label": label,
            "count": counted % {"n": n},
            "next": index == next_index,
        }
        for index, (url, label, n, counted) in enumerate(steps)
    ]


@register.inclusion_tag("partnerships/_cycle_steps.html", takes_context=True)
def cycle_steps(context: dict[str, Any]) -> dict[str, Any]:
    """A facilitator's recent cycles (at most three), each with its steps."""
    if not permissions.is_facilitator(context["user"]):
        return {"cycles": []}
    cycles = Cycle.objects.annotate(
        consultations_n=_per_cycle(Consultation),
        inputs_n=_per_cycle(Input),
        areas_n=_per_cycle(CommonArea),
        interests_n=_per_cycle(Interest, "area__cycle"),
        groups_n=_per_cycle(Group),
        ideas_n=_per_cycle(Partnership),
    ).order_by("-year", "name")[:3]
    return {"cycles": [{"cycle": c, "steps": _steps(c)} for c in cycles]}


@register.inclusion_tag("partnerships/_your_groups.html", takes_context=True)
def your_groups(context: dict[str, Any]) -> dict[str, Any]:
    """The small groups a partner's representative's organisations belong to."""
    user = context["user"]
    if not getattr(user, "is_partner", False):
        return {"groups": []}
    groups = (
        Group.objects.filter(members__in=permissions.organisation_ids(user))
        .select_related("cycle")
        .annotate(ideas_n=Count("partnerships", distinct=True))
        .distinct()
        .order_by("cycle__name", "name")
    )
    return {"groups": list(groups)}
