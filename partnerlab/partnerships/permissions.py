"""Who may see and change a group's partnership ideas.

Facilitators see and change everything. Partner representatives whose organisation is in the
group see and change its ideas; nobody else sees an idea until a facilitator publishes it.
"""

from __future__ import annotations

from typing import Any

from partnerlab.labs.permissions import (  # noqa: F401  (shared with the partnership rules)
    can_view_group,
    group_member_ids,
    in_group,
    is_facilitator,
    organisation_ids,
)
from partnerlab.partnerships.models import Authorization, Partnership, PartnershipPartner, Task


def can_view(user: Any, partnership: Partnership) -> bool:
    if is_facilitator(user) or in_group(user, partnership.group):
        return True
    return partnership.is_published and bool(getattr(user, "is_authenticated", False))


def can_edit(user: Any, partnership: Partnership) -> bool:
    return is_facilitator(user) or in_group(user, partnership.group)


def lead_organisation_id(partnership: Partnership) -> int | None:
    cached = getattr(partnership, "_lead_id", 0)
    if cached == 0:
        cached = (
            partnership.partners.filter(role="lead")
            .values_list("organisation_id", flat=True)
            .first()
        )
        partnership._lead_id = cached  # type: ignore[attr-defined]
    return cached


def is_lead(user: Any, partnership: Partnership) -> bool:
    lead = lead_organisation_id(partnership)
    return in_group(user, partnership.group) and lead in organisation_ids(user)


def can_manage_partners(
    user: Any, partnership: Partnership, partner: PartnershipPartner | None = None
) -> bool:
    """The lead and facilitators decide who is in the idea and in which role; every partner
    may describe what it brings in its own row."""
    if is_facilitator(user) or is_lead(user, partnership):
        return True
    return (
        partner is not None
        and in_group(user, partnership.group)
        and partner.organisation_id in organisation_ids(user)
    )


def can_keep_workplan(user: Any, partnership: Partnership, task: Task | None = None) -> bool:
    """The lead partner keeps the workplan; a task's owner may update that task."""
    if is_facilitator(user) or is_lead(user, partnership):
        return True
    return (
        task is not None
        and task.owner is not None
        and in_group(user, partnership.group)
        and task.owner.organisation_id in organisation_ids(user)
    )


def can_record_authorization(
    user: Any, partnership: Partnership, authorization: Authorization | None = None
) -> bool:
    """Each partner records its own authorizations; the lead and facilitators record any."""
    if is_facilitator(user) or is_lead(user, partnership):
        return True
    if not in_group(user, partnership.group):
        return False
    return authorization is None or authorization.partner.organisation_id in organisation_ids(user)
