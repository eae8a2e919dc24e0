import datetime
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status

from partnerlab.analysis.gcm import default_tagger
from partnerlab.api.base import ERRORS
from partnerlab.core.errors import ValidationFailed
from partnerlab.core.models import Job
from partnerlab.core.permissions import require_facilitator
from partnerlab.cycles.models import Cycle
from partnerlab.themes import selectors, services

router = Router(tags=["themes"])
MAX_TAG_TEXTS = 200


class GcmMatch(Schema):
    number: int
    score: float
    evidence: list[str]


class ThemeOut(Schema):
    id: int
    label: str
    keywords: list[str]
    status: str
    size: int
    secondary: int
    by_region: dict[str, int]
    by_stakeholder: dict[str, int]
    representatives: list[int]
    gcm: list[GcmMatch]


class ThemeMapOut(Schema):
    id: int
    version: int
    created_at: datetime.datetime
    input_count: int
    themes: list[ThemeOut]
    unassigned: list[int]


class DiscoverIn(Schema):
    min_size: int = 3
    n_themes: int | None = None


class JobOut(Schema):
    id: int
    kind: str
    status: str
    progress: int
    message: str
    result: dict[str, Any] | None
    error: str


class TagIn(Schema):
    texts: list[str]
    top: int = 3


class TagOut(Schema):
    items: list[list[GcmMatch]]


def _cycle(request: HttpRequest, slug: str) -> Cycle:
    require_facilitator(request.user)
    return get_object_or_404(Cycle, slug=slug)


@router.get(
    "/cycles/{slug}/theme-map",
    response={200: ThemeMapOut, **ERRORS},
    summary="The cycle's latest theme map (facilitators)",
    description="`?version=N` for an earlier version. Themes carry their size (inputs "
    "whose main theme it is), secondary count, counts by UN region and "
    "stakeholder kind, representative input ids and suggested GCM "
    "objectives.",
)
def read_theme_map(request: HttpRequest, slug: str, version: int | None = None) -> object:
    cycle = _cycle(request, slug)
    theme_map = selectors.latest_map(cycle, version)
    if theme_map is None:
        raise ValidationFailed(_("No theme map yet: start theme discovery first."))
    return {
        "id": theme_map.pk,
        "version": theme_map.version,
        "created_at": theme_map.created_at,
        "input_count": theme_map.input_count,
        "themes": [
            {
                "id": s.theme.pk,
                "label": s.theme.label,
                "keywords": s.theme.keywords,
                "status": s.theme.status,
                "size": s.size,
                "secondary": s.secondary,
                "by_region": dict(s.by_region),
                "by_stakeholder": dict(s.by_stakeholder),
                "representatives": [q.pk for q in s.quotes],
                "gcm": s.theme.gcm_suggestions,
            }
            for s in selectors.summaries(theme_map)
        ],
        "unassigned": list(selectors.unassigned_inputs(theme_map).values_list("pk", flat=True)),
    }


@router.post(
    "/cycles/{slug}/theme-map/discover",
    response={202: JobOut, **ERRORS},
    summary="Start theme discovery (facilitators)",
    description="Runs in the task worker; follow it at `/api/v1/jobs/{id}`. When it "
    "is done, `result` holds the new map's `version`.",
)
def discover(request: HttpRequest, slug: str, payload: DiscoverIn) -> object:
    cycle = _cycle(request, slug)
    job = services.start_discovery(
        by=request.user, cycle=cycle, min_size=payload.min_size, n_themes=payload.n_themes
    )
    return Status(202, job)


@router.get(
    "/jobs/{job_id}",
    response={200: JobOut, **ERRORS},
    summary="A background job's progress (facilitators)",
)
def read_job(request: HttpRequest, job_id: int) -> object:
    require_facilitator(request.user)
    return get_object_or_404(Job, pk=job_id)


@router.post(
    "/gcm/tag",
    response={200: TagOut, **ERRORS},
    summary="Suggest GCM objectives for texts",
    description="Up to 200 texts; for each, up to `top` objectives best first, with a "
    "score between 0 and 1 and the phrases of the text that support it.",
)
def tag_texts(request: HttpRequest, payload: TagIn) -> object:
    if not payload.texts or len(payload.texts) > MAX_TAG_TEXTS:
        raise ValidationFailed(_("Send between 1 and 200 texts."))
    if not 1 <= payload.top <= 23:
        raise ValidationFailed(_("top must be between 1 and 23."))
    tagged = default_tagger().tag(payload.texts, top=payload.top)
    return {"items": [[m.as_dict() for m in matches] for matches in tagged]}
