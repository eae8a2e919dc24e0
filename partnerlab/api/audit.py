import datetime
from typing import Any

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from partnerlab.actors.people import person_for
from partnerlab.api.base import ERRORS, Pagination, PersonOut
from partnerlab.core.permissions import require_facilitator
from partnerlab.core.selectors import AuditFilters, audit_events

router = Router(tags=["audit"])


class AuditEventOut(Schema):
    id: int
    created_at: datetime.datetime
    actor: PersonOut | None
    action: str
    description: str = Field(..., description="The action in words, in the request's language")
    object_type: str
    object_id: str
    object_repr: str
    before: Any
    after: Any

    @staticmethod
    def resolve_actor(obj: Any, context: Any) -> dict[str, Any] | None:
        return person_for(context["request"].user, obj.actor)


class AuditQuery(Schema):
    actor: str | None = None
    action: str | None = None
    object_type: str | None = None
    object_id: str | None = None
    since: datetime.date | None = None
    until: datetime.date | None = None


@router.get(
    "/audit",
    response={200: list[AuditEventOut], **ERRORS},
    summary="Audit records (facilitators)",
    description="Newest first. Filter by `actor` (e-mail), `action` (prefix, e.g. "
    "`organisation.`), `object_type`, `object_id`, `since`, `until`.",
)
@paginate(Pagination)
def list_audit(request: HttpRequest, filters: Query[AuditQuery]) -> object:
    require_facilitator(request.user)  # type: ignore[arg-type]
    return audit_events(AuditFilters(**filters.dict()))
