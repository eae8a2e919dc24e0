"""Following a background job: its status, progress and, once done, its result."""

from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from partnerlab.api.base import ERRORS, Id
from partnerlab.core.selectors import jobs_visible_to

router = Router(tags=["jobs"])


class JobOut(Schema):
    id: int
    kind: str
    status: str
    progress: int
    message: str
    result: dict[str, Any] | None
    error: str


@router.get(
    "/jobs/{job_id}",
    response={200: JobOut, **ERRORS},
    summary="A background job's progress and result",
    description="The person who started the job and facilitators may read it; for anyone "
    "else it is not found.",
)
def read_job(request: HttpRequest, job_id: Id) -> object:
    return get_object_or_404(jobs_visible_to(request.user), pk=job_id)
