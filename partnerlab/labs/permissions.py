"""Who takes part in a small group: facilitators, and representatives of its members."""

from __future__ import annotations

from typing import Any

from partnerlab.actors.models import Representation
from partnerlab.labs.models import Group


def organisation_ids(user: Any) -> frozenset[int]:
    """The organisations a person speaks for, read once per request."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    cached = getattr(user, "_partnerlab_org_ids", None)
    if cached is None:
        cached = frozenset(
            Representation.objects.filter(user=user).values_list("organisation_id", flat=True)
        )
        user._partnerlab_org_ids = cached
    return cached


def group_member_ids(group: Group) -> frozenset[int]:
    cached = getattr(group, "_member_ids", None)
    if cached is None:
        cached = frozenset(group.members.values_list("pk", flat=True))
        group._member_ids = cached  # type: ignore[attr-defined]
    return cached


def is_facilitator(user: Any) -> bool:
    return bool(getattr(user, "is_facilitator", False))


def in_group(user: Any, group: Group) -> bool:
    """A partner representative whose organisation is one of the group's members."""
    if not getattr(user, "is_partner", False):
        return False
    return bool(organisation_ids(user) & group_member_ids(group))


def can_view_group(user: Any, group: Group) -> bool:
    return is_facilitator(user) or in_group(user, group)
