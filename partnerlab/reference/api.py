from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.pagination import paginate

from partnerlab.api.base import ERRORS, Id, Pagination
from partnerlab.reference.models import GcmObjective

router = Router(tags=["reference"])


class GcmObjectiveOut(Schema):
    number: int
    title: str


@router.get(
    "/gcm-objectives",
    auth=None,
    response={200: list[GcmObjectiveOut], **ERRORS},
    summary="The 23 GCM objectives",
    description="Public reference data: number and official title, in order.",
)
@paginate(Pagination)
def gcm_objectives(request: HttpRequest) -> object:
    return GcmObjective.objects.all()


@router.get(
    "/gcm-objectives/{number}",
    auth=None,
    response={200: GcmObjectiveOut, **ERRORS},
    summary="One GCM objective",
)
def gcm_objective(request: HttpRequest, number: Id) -> object:
    return get_object_or_404(GcmObjective, number=number)
