"""Reading the audit trail and background jobs."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from partnerlab.core.models import AuditEvent, Job


@dataclass(frozen=True)
class AuditFilters:
    actor: str | None = None
    action: str | None = None
    object_type: str | None = None
    object_id: str | None = None
    since: datetime.date | None = None
    until: datetime.date | None = None


def audit_events(filters: AuditFilters) -> QuerySet[AuditEvent]:
    events = AuditEvent.objects.select_related("actor")
    if filters.actor:
        events = events.filter(actor__email__icontains=filters.actor.strip())
    if filters.action:
        events = events.filter(action__startswith=filters.action.strip())
    if filters.object_type:
        events = events.filter(object_type=filters.object_type.strip())
    if filters.object_id:
        events = events.filter(object_id=filters.object_id.strip())
    if filters.since:
        events = events.filter(created_at__date__gte=filters.since)
    if filters.until:
        events = events.filter(created_at__date__lte=filters.until)
    return events


def jobs_visible_to(user: Any) -> QuerySet[Job]:
    """Facilitators follow every job; anyone else only the jobs they started."""
    if getattr(user, "is_facilitator", False):
        return Job.objects.all()
    if not getattr(user, "is_authenticated", False):
        return Job.objects.none()
    return Job.objects.filter(created_by=user)
