from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema
from ninja.pagination import paginate

from partnerlab.api.base import ERRORS, Id, Pagination
from partnerlab.reference.models import GcmObjective

router = Router(tags=["reference"])


class GcmTitles(Schema):
    en: str
    fr: str
    es: str


class GcmObjectiveOut(Schema):
    number: int
    title: str = Field(..., description="The official title in the request's language")
    titles: GcmTitles

    @staticmethod
    def resolve_title(obj: GcmObjective) -> str:
        return obj.localized_title


@router.get(
    "/gcm-objectives",
    auth=None,
    response={200: list[GcmObjectiveOut], **ERRORS},
    summary="The 23 GCM objectives",
    description="Public reference data: number and official title (in the request's language, "
    "and in English, French and Spanish), in order.",
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
