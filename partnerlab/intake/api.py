import datetime
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import File, Query, Router, Schema, Status
from ninja.files import UploadedFile
from ninja.pagination import paginate

from partnerlab.api.base import ERRORS, Id, Pagination
from partnerlab.core.errors import ValidationFailed
from partnerlab.core.forms import form_errors
from partnerlab.core.permissions import require_facilitator
from partnerlab.core.tabular import read_upload
from partnerlab.cycles.models import Cycle
from partnerlab.intake import selectors, services
from partnerlab.intake.imports import import_inputs

router = Router(tags=["intake"])


class ConsultationOut(Schema):
    id: int
    kind: str
    title: str
    held_on: datetime.date | None
    region: str
    mode: str
    notes: str


class ConsultationIn(Schema):
    kind: str
    title: str
    held_on: datetime.date | None = None
    region: str = ""
    mode: str = "hybrid"
    notes: str = ""


class InputOut(Schema):
    id: int
    text: str
    answers: str
    language: str
    organisation_id: int | None
    organisation_name: str
    stakeholder_kind: str
    country: str
    consultation_id: int | None
    external_id: str
    source: str

    @staticmethod
    def resolve_country(obj: Any) -> str:
        return obj.country.code or ""


class InputFilters(Schema):
    q: str | None = None
    consultation: Id | None = None
    answers: str | None = None
    language: str | None = None
    stakeholder_kind: str | None = None
    region: str | None = None


class SkippedRow(Schema):
    line: int
    reason: str


class ImportReportOut(Schema):
    dry_run: bool
    added: int
    skipped: int
    skipped_rows: list[SkippedRow]
    languages: dict[str, int]
    unlinked_organisations: list[str]


def _cycle(request: HttpRequest, slug: str) -> Cycle:
    require_facilitator(request.user)
    return get_object_or_404(Cycle, slug=slug)


@router.get(
    "/cycles/{slug}/consultations",
    response={200: list[ConsultationOut], **ERRORS},
    summary="Consultations of a cycle (facilitators)",
)
@paginate(Pagination)
def list_consultations(request: HttpRequest, slug: str) -> object:
    return selectors.consultations_of(_cycle(request, slug))


@router.post(
    "/cycles/{slug}/consultations",
    response={201: ConsultationOut, **ERRORS},
    summary="Add a consultation (facilitators)",
)
def create_consultation(request: HttpRequest, slug: str, payload: ConsultationIn) -> object:
    cycle = _cycle(request, slug)
    consultation = services.create_consultation(
        by=request.user,
        cycle=cycle,  # type: ignore[arg-type]
        data=payload.dict(),
    )
    return Status(201, consultation)


@router.get(
    "/cycles/{slug}/inputs",
    response={200: list[InputOut], **ERRORS},
    summary="Inputs of a cycle (facilitators)",
    description="Filter by `q` (text), `consultation` (id), `answers`, `language`, "
    "`stakeholder_kind`, `region` (UN M49 name).",
)
@paginate(Pagination)
def list_inputs(request: HttpRequest, slug: str, filters: Query[InputFilters]) -> object:
    cycle = _cycle(request, slug)
    found = selectors.filter_inputs(cycle, {k: v for k, v in filters.dict().items() if v})
    if not found.is_valid():
        raise ValidationFailed(_("Some filters are not valid."), errors=form_errors(found.form))
    return found.qs


@router.post(
    "/cycles/{slug}/inputs/import",
    response={200: ImportReportOut, **ERRORS},
    summary="Import inputs from a file (facilitators)",
    description="Multipart upload in the field `file` (CSV UTF-8, XLSX or JSON Lines). "
    "With `dry_run=true` nothing is written. If any row is wrong the answer "
    "is 422 with every problem in `errors`, as `line N, column` and reason, "
    "and nothing is written.",
)
def import_file(
    request: HttpRequest, slug: str, file: File[UploadedFile], dry_run: bool = False
) -> object:
    cycle = _cycle(request, slug)
    report = import_inputs(
        by=request.user,
        cycle=cycle,
        data=read_upload(file),
        filename=file.name or "upload",
        dry_run=dry_run,
    )
    return report.as_dict()
