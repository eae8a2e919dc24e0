import datetime

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status
from ninja.pagination import paginate

from partnerlab.api.base import ERRORS, ConflictError, Pagination, Version, Year
from partnerlab.cycles import services
from partnerlab.cycles.models import Cycle

router = Router(tags=["cycles"])


class ThematicAreaOut(Schema):
    id: int
    name: str
    description: str


class ThematicAreaIn(Schema):
    name: str
    description: str = ""


class CycleOut(Schema):
    id: int
    name: str
    slug: str
    year: int
    forum: str
    description: str
    starts_on: datetime.date
    ends_on: datetime.date
    interest_deadline: datetime.date | None
    version: int
    thematic_areas: list[ThematicAreaOut]


class CycleIn(Schema):
    name: str
    slug: str
    year: Year
    starts_on: datetime.date
    ends_on: datetime.date
    forum: str = ""
    description: str = ""
    interest_deadline: datetime.date | None = None
    thematic_areas: list[ThematicAreaIn] = []


class CyclePatch(Schema):
    name: str | None = None
    slug: str | None = None
    year: Year | None = None
    starts_on: datetime.date | None = None
    ends_on: datetime.date | None = None
    forum: str | None = None
    description: str | None = None
    interest_deadline: datetime.date | None = None
    version: Version


def _cycles():  # type: ignore[no-untyped-def]
    return Cycle.objects.prefetch_related("thematic_areas")


@router.get("/cycles", response={200: list[CycleOut], **ERRORS}, summary="List cycles")
@paginate(Pagination)
def list_cycles(request: HttpRequest) -> object:
    return _cycles()


@router.get("/cycles/{slug}", response={200: CycleOut, **ERRORS}, summary="Read a cycle")
def read_cycle(request: HttpRequest, slug: str) -> object:
    return get_object_or_404(_cycles(), slug=slug)


@router.post(
    "/cycles",
    response={201: CycleOut, **ERRORS},
    summary="Create a cycle with its thematic areas (facilitators)",
)
def create_cycle(request: HttpRequest, payload: CycleIn) -> object:
    data = payload.dict()
    areas = data.pop("thematic_areas")
    cycle = services.create_cycle(by=request.user, data=data, thematic_areas=areas)  # type: ignore[arg-type]
    return Status(201, _cycles().get(pk=cycle.pk))


@router.patch(
    "/cycles/{slug}",
    response={200: CycleOut, 409: ConflictError, **ERRORS},
    summary="Update a cycle (facilitators)",
)
def update_cycle(request: HttpRequest, slug: str, payload: CyclePatch) -> object:
    cycle = get_object_or_404(Cycle, slug=slug)
    changes = payload.dict(exclude_unset=True)
    version = changes.pop("version")
    updated = services.update_cycle(
        by=request.user,
        cycle=cycle,
        changes=changes,  # type: ignore[arg-type]
        expected_version=version,
    )
    return _cycles().get(pk=updated.pk)
