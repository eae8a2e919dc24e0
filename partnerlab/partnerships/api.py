"""The partnership ideas in the JSON API: the ideas, every stage's elements, moves, history."""

import datetime
from typing import Any

from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Query, Router, Schema, Status
from ninja.pagination import paginate

from partnerlab.actors.models import Organisation
from partnerlab.actors.people import person_for
from partnerlab.api.base import ERRORS, ConflictError, Id, Pagination, PersonOut, Version
from partnerlab.core.errors import NotFound
from partnerlab.labs.models import Group
from partnerlab.partnerships import editing, permissions, selectors, services, stages
from partnerlab.partnerships.api_schemas import IN, OUT, PATCH
from partnerlab.partnerships.elements import ELEMENTS, ElementSpec
from partnerlab.partnerships.models import Element, Partnership, Revision, StrandAssessment

router = Router(tags=["partnerships"])
ProblemPatch = PATCH["problem"]
StrandPatch = PATCH["strands"]
WRITE_ERRORS = {409: ConflictError, **ERRORS}


class PartnerOut(Schema):
    id: int
    organisation: int
    organisation_name: str
    role: str
    version: int


class PartnershipOut(Schema):
    id: int
    cycle: str
    group: int
    group_name: str
    title: str
    summary: str
    stage: str
    stage_number: int
    published: bool
    version: int
    last_change_at: datetime.datetime
    lead: PartnerOut | None
    missing_to_advance: list[str] | None = None


class PartnershipIn(Schema):
    group: Id
    title: str
    summary: str = ""
    lead: Id


class PartnershipPatch(Schema):
    title: str | None = None
    summary: str | None = None
    version: Version


class StageMoveIn(Schema):
    to_stage: str
    reason: str = ""
    version: Version


class StageMoveOut(Schema):
    from_stage: str
    to_stage: str
    reason: str
    by: PersonOut | None
    at: datetime.datetime


class PublishIn(Schema):
    published: bool
    version: Version


class RevisionOut(Schema):
    id: int
    section: str
    element_type: str
    element_id: Id
    element: str
    action: str
    version: int
    data: dict[str, Any]
    before: dict[str, Any] | None
    by: PersonOut | None
    at: datetime.datetime


class ListFilters(Schema):
    cycle: str | None = None
    group: Id | None = None
    stage: str | None = None


def _partner_out(partner: Any) -> dict[str, Any] | None:
    if partner is None:
        return None
    return {
        "id": partner.pk,
        "organisation": partner.organisation_id,
        "organisation_name": partner.organisation.name,
        "role": partner.role,
        "version": partner.version,
    }


def _out(p: Partnership, *, detail: bool = False) -> dict[str, Any]:
    lead = next((x for x in p.partners.all() if x.role == "lead"), None)
    return {
        "id": p.pk,
        "cycle": p.cycle.slug,
        "group": p.group_id,
        "group_name": p.group.name,
        "title": p.title,
        "summary": p.summary,
        "stage": p.stage,
        "stage_number": stages.index(p.stage) + 1,
        "published": p.is_published,
        "version": p.version,
        "last_change_at": p.last_change_at,
        "lead": _partner_out(lead),
        "missing_to_advance": stages.missing_to_advance(p) if detail else None,
    }


def visible(user: Any) -> QuerySet[Partnership]:
    ideas = Partnership.objects.select_related("cycle", "group").prefetch_related(
        "partners__organisation"
    )
    if permissions.is_facilitator(user):
        return ideas
    mine = Q(published_at__isnull=False)
    if getattr(user, "is_partner", False):
        mine |= Q(group__members__in=permissions.organisation_ids(user))
    return ideas.filter(mine).distinct()


def _idea(request: HttpRequest, pk: Id) -> Partnership:
    idea = visible(request.user).filter(pk=pk).first()
    if idea is None:
        raise NotFound("No such partnership idea.")
    return idea


@router.get(
    "/partnerships",
    response={200: list[PartnershipOut], **ERRORS},
    summary="List the partnership ideas you may see",
)
@paginate(Pagination)
def list_partnerships(request: HttpRequest, filters: Query[ListFilters]) -> object:
    ideas = visible(request.user).order_by("cycle", "title")
    if filters.cycle:
        ideas = ideas.filter(cycle__slug=filters.cycle)
    ideas = selectors.filtered(ideas, stage=filters.stage or "", group=filters.group)
    return [_out(p) for p in ideas]


@router.post(
    "/partnerships",
    response={201: PartnershipOut, **ERRORS},
    summary="Start a partnership idea in a small group, with its lead partner",
)
def create_partnership(request: HttpRequest, payload: PartnershipIn) -> object:
    group = get_object_or_404(Group, pk=payload.group)
    if not permissions.can_view_group(request.user, group):
        raise NotFound("No such group.")
    lead = get_object_or_404(Organisation, pk=payload.lead)
    idea = services.create_partnership(
        by=request.user, group=group, title=payload.title, summary=payload.summary, lead=lead
    )
    return Status(201, _out(_idea(request, idea.pk), detail=True))


@router.get(
    "/partnerships/{pk}",
    response={200: PartnershipOut, **ERRORS},
    summary="Read a partnership idea, with what its stage still needs",
)
def read_partnership(request: HttpRequest, pk: Id) -> object:
    return _out(_idea(request, pk), detail=True)


@router.patch(
    "/partnerships/{pk}",
    response={200: PartnershipOut, **WRITE_ERRORS},
    summary="Change the title or summary (send the version you edited)",
)
def update_partnership(request: HttpRequest, pk: Id, payload: PartnershipPatch) -> object:
    idea = _idea(request, pk)
    services.update_partnership(
        by=request.user,
        partnership=idea,
        data=payload.dict(exclude={"version"}, exclude_unset=True),
        expected_version=payload.version,
    )
    return _out(_idea(request, pk), detail=True)


@router.get(
    "/partnerships/{pk}/stage-moves",
    response={200: list[StageMoveOut], **ERRORS},
    summary="Every move between stages, newest first, with the reasons for going back",
)
def list_moves(request: HttpRequest, pk: Id) -> object:
    idea = _idea(request, pk)
    return [
        {
            "from_stage": m.from_stage,
            "to_stage": m.to_stage,
            "reason": m.reason,
            "by": person_for(request.user, m.by),
            "at": m.at,
        }
        for m in idea.stage_changes.select_related("by")
    ]


@router.post(
    "/partnerships/{pk}/stage-moves",
    response={200: PartnershipOut, **WRITE_ERRORS},
    summary="Move to the next stage, or back to an earlier one with a reason",
)
def move_stage(request: HttpRequest, pk: Id, payload: StageMoveIn) -> object:
    idea = _idea(request, pk)
    if payload.to_stage == stages.next_stage(idea.stage):
        services.advance_stage(by=request.user, partnership=idea, expected_version=payload.version)
    else:
        services.return_to_stage(
            by=request.user,
            partnership=idea,
            stage=payload.to_stage,
            reason=payload.reason,
            expected_version=payload.version,
        )
    return _out(_idea(request, pk), detail=True)


@router.post(
    "/partnerships/{pk}/publish",
    response={200: PartnershipOut, **WRITE_ERRORS},
    summary="Publish or withdraw an idea (facilitators)",
)
def publish(request: HttpRequest, pk: Id, payload: PublishIn) -> object:
    idea = _idea(request, pk)
    services.set_published(
        by=request.user,
        partnership=idea,
        published=payload.published,
        expected_version=payload.version,
    )
    return _out(_idea(request, pk), detail=True)


def _revision_out(r: Revision, viewer: Any) -> dict[str, Any]:
    return {
        "id": r.pk,
        "section": r.stage,
        "element_type": r.element_type,
        "element_id": r.element_id,
        "element": r.element_repr,
        "action": r.action,
        "version": r.version,
        "data": r.data,
        "before": r.before,
        "by": person_for(viewer, r.by),
        "at": r.at,
    }


@router.get(
    "/partnerships/{pk}/history",
    response={200: list[RevisionOut], **ERRORS},
    summary="Every saved version of the idea's elements, newest first",
)
@paginate(Pagination)
def history(request: HttpRequest, pk: Id, section: str | None = None) -> object:
    revisions = selectors.history(_idea(request, pk), section=section)
    return [_revision_out(r, request.user) for r in revisions]


@router.get(
    "/partnerships/{pk}/history/{revision_id}",
    response={200: RevisionOut, **ERRORS},
    summary="One earlier version of an element",
)
def revision(request: HttpRequest, pk: Id, revision_id: Id) -> object:
    idea = _idea(request, pk)
    found = get_object_or_404(idea.revisions.select_related("by"), pk=revision_id)
    return _revision_out(found, request.user)


@router.get(
    "/partnerships/{pk}/problem",
    response={200: OUT["problem"], **ERRORS},
    summary="Stage 1: the problem, with the inputs and theme it cites",
)
def read_problem(request: HttpRequest, pk: Id) -> object:
    idea = _idea(request, pk)
    return editing.snapshot(ELEMENTS["problem"], idea.problem)


@router.patch(
    "/partnerships/{pk}/problem",
    response={200: OUT["problem"], **WRITE_ERRORS},
    summary="Stage 1: change the problem (send the version you edited)",
)
def update_problem(request: HttpRequest, pk: Id, payload: ProblemPatch) -> object:
    idea = _idea(request, pk)
    data = payload.dict(exclude_unset=True)  # type: ignore[attr-defined]
    version = data.pop("version")
    updated = editing.update_element(
        by=request.user, element=idea.problem, data=data, expected_version=version
    )
    return editing.snapshot(ELEMENTS["problem"], updated)


@router.put(
    "/partnerships/{pk}/strands/{cause_id}",
    response={200: OUT["strands"], **WRITE_ERRORS},
    summary="Stage 3: rate a causal strand (version 0 for its first rating)",
)
def rate_strand(request: HttpRequest, pk: Id, cause_id: Id, payload: StrandPatch) -> object:
    idea = _idea(request, pk)
    cause = get_object_or_404(idea.causes, pk=cause_id, parent=None)
    data = payload.dict(exclude_unset=True)  # type: ignore[attr-defined]
    version = data.pop("version")
    rated = editing.rate_strand(by=request.user, cause=cause, data=data, expected_version=version)
    return editing.snapshot(ELEMENTS["strands"], rated)


def _items(spec: ElementSpec, idea: Partnership) -> QuerySet[Any]:
    if spec.model is StrandAssessment:
        return StrandAssessment.objects.filter(cause__partnership=idea)
    return spec.model.objects.filter(partnership=idea)  # type: ignore[attr-defined,no-any-return]


def _element(spec: ElementSpec, idea: Partnership, element_id: Id) -> Element:
    element = _items(spec, idea).filter(pk=element_id).first()
    if element is None:
        raise NotFound("No such element in this partnership idea.")
    return element  # type: ignore[no-any-return]


def _register(spec: ElementSpec) -> None:
    """List, add, change and remove one kind of element."""
    key = spec.key
    label = str(spec.label)

    @router.get(
        f"/partnerships/{{pk}}/{key}",
        response={200: list[OUT[key]], **ERRORS},  # type: ignore[name-defined]
        summary=f"List the idea's {label} elements ({spec.section})",
        operation_id=f"list_{key.replace('-', '_')}",
    )
    def list_elements(request: HttpRequest, pk: Id) -> object:
        idea = _idea(request, pk)
        return [editing.snapshot(spec, e) for e in _items(spec, idea).order_by("id")]

    if key != "strands":

        @router.post(
            f"/partnerships/{{pk}}/{key}",
            response={201: OUT[key], **WRITE_ERRORS},
            summary=f"Add a {label}",
            operation_id=f"add_{key.replace('-', '_')}",
        )
        def add_element(request: HttpRequest, pk: Id, payload: IN[key]) -> object:  # type: ignore[valid-type]
            idea = _idea(request, pk)
            data = payload.dict(exclude_unset=True)  # type: ignore[attr-defined]
            element = editing.create_element(by=request.user, partnership=idea, kind=key, data=data)
            return Status(201, editing.snapshot(spec, element))

    if key == "strands":
        return  # rated by cause: PUT /partnerships/{pk}/strands/{cause_id}

    @router.patch(
        f"/partnerships/{{pk}}/{key}/{{element_id}}",
        response={200: OUT[key], **WRITE_ERRORS},
        summary=f"Change a {label} (send the version you edited)",
        operation_id=f"update_{key.replace('-', '_')}",
    )
    def update_element(
        request: HttpRequest,
        pk: Id,
        element_id: Id,
        payload: PATCH[key],  # type: ignore[valid-type]
    ) -> object:
        idea = _idea(request, pk)
        data = payload.dict(exclude_unset=True)  # type: ignore[attr-defined]
        version = data.pop("version")
        element = editing.update_element(
            by=request.user,
            element=_element(spec, idea, element_id),
            data=data,
            expected_version=version,
        )
        return editing.snapshot(spec, element)

    @router.delete(
        f"/partnerships/{{pk}}/{key}/{{element_id}}",
        response={204: None, **WRITE_ERRORS},
        summary=f"Remove a {label} (send the version you saw as ?version=)",
        operation_id=f"remove_{key.replace('-', '_')}",
    )
    def remove_element(request: HttpRequest, pk: Id, element_id: Id, version: Version) -> object:
        idea = _idea(request, pk)
        editing.delete_element(
            by=request.user, element=_element(spec, idea, element_id), expected_version=version
        )
        return Status(204, None)


for _spec in ELEMENTS.values():
    if _spec.key != "problem":
        _register(_spec)


class OverviewRow(Schema):
    id: int
    title: str
    group: int
    group_name: str
    stage: str
    stage_number: int
    days_since_change: int
    overdue_tasks: int
    open_tasks: int
    partners: int
    partners_not_authorized: int
    refusals: int


@router.get(
    "/cycles/{slug}/partnerships/overview",
    response={200: list[OverviewRow], **ERRORS},
    summary="Every idea of a cycle with its stage, silence, overdue tasks and gaps (facilitators)",
)
def overview(
    request: HttpRequest, slug: str, sort: str = "stage", stage: str = "", group: Id | None = None
) -> object:
    from partnerlab.core.permissions import require_facilitator

    require_facilitator(request.user)
    ideas = selectors.filtered(
        Partnership.objects.filter(cycle__slug=slug), stage=stage, group=group
    )
    return [
        {
            "id": r.idea.pk,
            "title": r.idea.title,
            "group": r.idea.group_id,
            "group_name": r.idea.group.name,
            "stage": r.idea.stage,
            "stage_number": r.stage_number,
            "days_since_change": r.days_since_change,
            "overdue_tasks": r.idea.overdue_tasks,
            "open_tasks": r.idea.open_tasks,
            "partners": r.idea.partner_count,
            "partners_not_authorized": r.authorization_gaps,
            "refusals": r.idea.refusals,
        }
        for r in selectors.rows(ideas, today=timezone.localdate(), sort=sort)
    ]
