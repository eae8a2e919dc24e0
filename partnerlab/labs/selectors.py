"""Reads about interest and groups that pages and the API share."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, Prefetch, QuerySet

from partnerlab.actors.models import Organisation
from partnerlab.cycles.models import Cycle
from partnerlab.labs.models import Group, Interest
from partnerlab.themes.models import CommonArea


@dataclass(frozen=True)
class AreaInterest:
    area: CommonArea
    interests: list[Interest]
    to_drop: bool  # no interest and the deadline has passed


def interest_by_area(cycle: Cycle, *, today: datetime.date) -> list[AreaInterest]:
    """Every published area with the interest expressed in it; empty areas past the cycle's
    deadline are flagged to be dropped."""
    areas = CommonArea.objects.filter(cycle=cycle).prefetch_related(
        Prefetch(
            "interests",
            queryset=Interest.objects.select_related("organisation").order_by("organisation__name"),
        )
    )
    past = cycle.interest_closed(today)
    result = []
    for area in areas:
        interests = list(area.interests.all())
        result.append(AreaInterest(area, interests, to_drop=past and not interests))
    return result


def groups_of(cycle: Cycle, *, with_members: bool = False) -> QuerySet[Group]:
    """The cycle's groups with their areas and counts (`idea_count`, `member_count`); with
    their members too (only who: id and name) when asked."""
    groups = (
        counted_groups(cycle)
        .annotate(member_count=Count("members", distinct=True))
        .prefetch_related("areas")
    )
    if with_members:
        groups = groups.prefetch_related(
            Prefetch("members", Organisation.objects.only("id", "name"))
        )
    return groups


def counted_groups(cycle: Cycle) -> QuerySet[Group]:
    """The cycle's groups by name, each with its number of ideas (`idea_count`)."""
    return cycle.groups.annotate(idea_count=Count("partnerships", distinct=True)).order_by("name")
