"""Interest in areas and small groups in the JSON API."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Router, Schema, Status

from partnerlab.actors.models import Organisation
from partnerlab.api.base import ERRORS, ConflictError, Id, Version
from partnerlab.core.errors import FieldError, NotAllowed, NotFound, ValidationFailed
from partnerlab.cycles.models import Cycle
from partnerlab.labs import permissions, selectors, services
from partnerlab.labs.models import Group, Interest
from partnerlab.themes.models import CommonArea

router = Router(tags=["groups"])


class InterestOut(Schema):
    id: int
    area: int
    organisation: int
    organisation_name: str
    brings: list[str]
    role: str
    note: str
    version: int


class AreaInterestOut(Schema):
    area: int
    name: str
    to_drop: bool
    interests: list[InterestOut]


class InterestIn(Schema):
    area: Id
    organisation: Id
    brings: list[str]
    role: str
    note: str = ""


class InterestPatch(Schema):
    brings: list[str] | None = None
    role: str | None = None
    note: str | None = None
    version: Version


class GroupOut(Schema):
    id: int
    cycle: str
    name: str
    areas: list[int]
    members: list[int]
    version: int


class GroupIn(Schema):
    name: str
    areas: list[Id]
    members: list[Id] = []


class GroupPatch(Schema):
    name: str | None = None
    areas: list[Id] | None = None
    members: list[Id] | None = None
    version: Version


def _participant(request: HttpRequest) -> None:
    user = request.user
    if not (getattr(user, "is_facilitator", False) or getattr(user, "is_partner", False)):
        raise NotAllowed("Only facilitators and partner representatives take part in groups.")


def _interest_out(i: Interest) -> dict[str, Any]:
    return {
        "id": i.pk,
        "area": i.area_id,
        "organisation": i.organisation_id,
        "organisation_name": i.organisation.name,
        "brings": i.brings,
        "role": i.role,
        "note": i.note,
        "version": i.version,
    }


@router.get(
    "/cycles/{slug}/interest",
    response={200: list[AreaInterestOut], **ERRORS},
    summary="Each published area with the interest expressed; empty ones past the deadline "
    "are flagged to drop",
)
def list_interest(request: HttpRequest, slug: str) -> object:
    _participant(request)
    cycle = get_object_or_404(Cycle, slug=slug)
    return [
        {
            "area": row.area.pk,
            "name": row.area.name,
            "to_drop": row.to_drop,
            "interests": [_interest_out(i) for i in row.interests],
        }
        for row in selectors.interest_by_area(cycle, today=timezone.localdate())
    ]


@router.post(
    "/cycles/{slug}/interest",
    response={201: InterestOut, **ERRORS},
    summary="Record an organisation's interest in an area (its representatives, facilitators)",
)
def record_interest(request: HttpRequest, slug: str, payload: InterestIn) -> object:
    _participant(request)
    area = get_object_or_404(CommonArea, pk=payload.area, cycle__slug=slug)
    organisation = get_object_or_404(Organisation, pk=payload.organisation)
    interest = services.record_interest(
        by=request.user,
        area=area,
        organisation=organisation,
        brings=payload.brings,
        role=payload.role,
        note=payload.note,
    )
    return Status(201, _interest_out(interest))


@router.patch(
    "/interest/{pk}",
    response={200: InterestOut, 409: ConflictError, **ERRORS},
    summary="Change an expression of interest",
)
def update_interest(request: HttpRequest, pk: Id, payload: InterestPatch) -> object:
    _participant(request)
    interest = get_object_or_404(Interest.objects.select_related("organisation"), pk=pk)
    updated = services.update_interest(
        by=request.user,
        interest=interest,
        brings=interest.brings if payload.brings is None else payload.brings,
        role=payload.role or interest.role,
        note=interest.note if payload.note is None else payload.note,
        expected_version=payload.version,
    )
    return _interest_out(updated)


@router.delete(
    "/interest/{pk}",
    response={204: None, 409: ConflictError, **ERRORS},
    summary="Withdraw an expression of interest (send the version you saw as ?version=)",
)
def withdraw_interest(request: HttpRequest, pk: Id, version: Version) -> object:
    _participant(request)
    interest = get_object_or_404(Interest.objects.select_related("organisation"), pk=pk)
    services.withdraw_interest(by=request.user, interest=interest, expected_version=version)
    return Status(204, None)


def _group_out(g: Group) -> dict[str, Any]:
    return {
        "id": g.pk,
        "cycle": g.cycle.slug,
        "name": g.name,
        "areas": sorted(a.pk for a in g.areas.all()),
        "members": sorted(m.pk for m in g.members.all()),
        "version": g.version,
    }


@router.get(
    "/cycles/{slug}/groups",
    response={200: list[GroupOut], **ERRORS},
    summary="The cycle's small groups (partners see their own)",
)
def list_groups(request: HttpRequest, slug: str) -> object:
    _participant(request)
    cycle = get_object_or_404(Cycle, slug=slug)
    groups = selectors.groups_of(cycle, with_members=True).select_related("cycle")
    if not permissions.is_facilitator(request.user):
        groups = groups.filter(members__in=permissions.organisation_ids(request.user)).distinct()
    return [_group_out(g) for g in groups]


def _areas(cycle: Cycle, ids: list[int]) -> list[CommonArea]:
    areas = list(CommonArea.objects.filter(pk__in=ids, cycle=cycle))
    _all_found("areas", ids, areas)
    return areas


def _members(ids: list[int]) -> list[Organisation]:
    members = list(Organisation.objects.filter(pk__in=ids))
    _all_found("members", ids, members)
    return members


def _all_found(field: str, ids: list[int], found: list[Any]) -> None:
    missing = sorted(set(ids) - {o.pk for o in found})
    if missing:
        raise ValidationFailed(
            "Some ids are unknown here.",
            errors=[FieldError(field, f"Unknown: {', '.join(map(str, missing))}")],
        )


@router.post(
    "/cycles/{slug}/groups",
    response={201: GroupOut, **ERRORS},
    summary="Form a small group (facilitators)",
)
def create_group(request: HttpRequest, slug: str, payload: GroupIn) -> object:
    cycle = get_object_or_404(Cycle, slug=slug)
    group = services.create_group(
        by=request.user,
        cycle=cycle,
        name=payload.name,
        areas=_areas(cycle, payload.areas),
        members=_members(payload.members),
    )
    return Status(201, _group_out(group))


def _group(request: HttpRequest, pk: Id) -> Group:
    group = Group.objects.select_related("cycle").filter(pk=pk).first()
    if group is None or not permissions.can_view_group(request.user, group):
        raise NotFound("No such group.")
    return group


@router.get("/groups/{pk}", response={200: GroupOut, **ERRORS}, summary="Read a small group")
def read_group(request: HttpRequest, pk: Id) -> object:
    return _group_out(_group(request, pk))


@router.patch(
    "/groups/{pk}",
    response={200: GroupOut, 409: ConflictError, **ERRORS},
    summary="Rename a group, change its areas or members (facilitators)",
)
def update_group(request: HttpRequest, pk: Id, payload: GroupPatch) -> object:
    group = _group(request, pk)
    areas = group.areas.all() if payload.areas is None else _areas(group.cycle, payload.areas)
    members = group.members.all() if payload.members is None else _members(payload.members)
    updated = services.update_group(
        by=request.user,
        group=group,
        name=group.name if payload.name is None else payload.name,
        areas=list(areas),
        members=list(members),
        expected_version=payload.version,
    )
    return _group_out(updated)
