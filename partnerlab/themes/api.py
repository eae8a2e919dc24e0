import datetime
from typing import Annotated, Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from pydantic import Field

from partnerlab.api.base import ERRORS, LIMITED_ERRORS, Error, Id, Version
from partnerlab.api.jobs import JobOut
from partnerlab.core import limits
from partnerlab.core.errors import ValidationFailed
from partnerlab.core.forms import MAX_ID
from partnerlab.core.models import Job
from partnerlab.core.permissions import require_facilitator
from partnerlab.cycles.models import Cycle, ThematicArea
from partnerlab.intake.models import Input
from partnerlab.themes import carryover, selectors, services, tagging
from partnerlab.themes.models import Theme

router = Router(tags=["themes"])


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


class CarriedOut(Schema):
    theme: int
    label: str
    curation: list[str]
    areas: list[str]
    overlap: float
    to: int | None = None
    to_label: str | None = None
    reason: str | None = None
    message: str | None = None


class CarryoverOut(Schema):
    from_version: int | None = None
    carried: list[CarriedOut] = []
    not_carried: list[CarriedOut] = []
    failed: bool = False


class ThemeMapOut(Schema):
    id: int
    version: int
    created_at: datetime.datetime
    input_count: int
    themes: list[ThemeOut]
    unassigned: list[int]
    carryover: CarryoverOut | None


class DiscoverIn(Schema):
    min_size: Annotated[int, Field(ge=2, le=MAX_ID)] = 3
    n_themes: Annotated[int, Field(ge=2, le=60)] | None = None
    confirm: bool = False


class CuratedOut(Schema):
    theme: int
    label: str
    curation: list[str]
    areas: list[str]
    drop_reason: str


class DiscoverPreviewOut(Schema):
    previous_version: int | None
    new_inputs: int
    removed_inputs: int
    needs_confirmation: bool
    curated: list[CuratedOut]


class TagIn(Schema):
    texts: list[str]
    top: Annotated[int, Field(ge=1, le=23)] = 3


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
def read_theme_map(request: HttpRequest, slug: str, version: Version | None = None) -> object:
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
        "carryover": theme_map.carryover or None,
    }


@router.get(
    "/cycles/{slug}/theme-map/discover/preview",
    response={200: DiscoverPreviewOut, **ERRORS},
    summary="What a new discovery run would start from (facilitators)",
    description="The inputs added and removed since the latest version, and its curated "
    "themes (`curation`: renamed, merged, dropped, published), which a new run carries over "
    "to the themes they match. `needs_confirmation`: the run must be started with "
    "`confirm: true`.",
)
def discover_preview(request: HttpRequest, slug: str) -> object:
    found = carryover.preview(_cycle(request, slug))
    return {
        "previous_version": found.previous.version if found.previous else None,
        "new_inputs": found.new_inputs,
        "removed_inputs": found.removed_inputs,
        "needs_confirmation": found.needs_confirmation,
        "curated": [
            {
                "theme": c.theme_id,
                "label": c.label,
                "curation": c.curation,
                "areas": list(c.area_names),
                "drop_reason": c.drop_reason,
            }
            for c in found.curated
        ],
    }


@router.post(
    "/cycles/{slug}/theme-map/discover",
    response={202: JobOut, 409: Error, **ERRORS},
    summary="Start theme discovery (facilitators)",
    description="Runs in the task worker; follow it at `/api/v1/jobs/{id}`. When it "
    "is done, `result` holds the new map's `version` and how many curated themes were "
    "`carried_over` / `not_carried_over` (the map's `carryover` says which, and why). When the "
    "latest version has curation (see `…/discover/preview`), send `confirm: true`; without it "
    "the answer is 409 `confirmation_required` and nothing starts.",
)
def discover(request: HttpRequest, slug: str, payload: DiscoverIn) -> object:
    cycle = _cycle(request, slug)
    job = services.start_discovery(
        by=request.user,
        cycle=cycle,
        min_size=payload.min_size,
        n_themes=payload.n_themes,
        confirmed=payload.confirm,
    )
    return Status(202, job)


TAG_LIMITS = (limits.Limit("gcm.tag", "GCM_TAG_RATE", "user"),)


@router.post(
    "/gcm/tag",
    response={200: TagOut, 202: JobOut, **LIMITED_ERRORS},
    summary="Suggest GCM objectives for texts",
    description=(
        "Up to 200 texts of at most 10,000 characters, 200,000 in all; for each, up to `top` "
        "objectives best first, with a score between 0 and 1 and the phrases of the text that "
        "support it. Up to 10,000 characters in all are answered at once (200); a larger "
        "request is answered 202 with a job to follow at `/api/v1/jobs/{id}`, whose `result` "
        "then has the same `items` (one such job at a time per person). Each person may send "
        "`GCM_TAG_RATE` requests (10 a minute by default); beyond that 429 with Retry-After."
    ),
)
def tag_texts(request: HttpRequest, payload: TagIn) -> object:
    limits.enforce(request, TAG_LIMITS, _("Too many tagging requests. Try again later."))
    outcome = tagging.tag_texts(by=request.user, texts=payload.texts, top=payload.top)
    if isinstance(outcome, Job):
        return Status(202, outcome)
    return {"items": outcome}


class RenameIn(Schema):
    label: str


class DropIn(Schema):
    reason: str = ""


class MoveIn(Schema):
    input: Id
    to: Id | None = None


class MergeIn(Schema):
    themes: list[Id]
    label: str = ""


class PublishIn(Schema):
    name: str = ""
    description: str = ""
    thematic_area: Id | None = None
    gcm: list[Annotated[int, Field(ge=1, le=23)]] = []


class ThemeBrief(Schema):
    id: int
    label: str
    keywords: list[str]
    status: str


class AreaOut(Schema):
    id: int
    name: str
    description: str
    thematic_area_id: int | None
    gcm: list[int]

    @staticmethod
    def resolve_gcm(obj: Any) -> list[int]:
        return sorted(obj.gcm_objectives.values_list("number", flat=True))


def _theme(request: HttpRequest, theme_id: Id) -> Theme:
    require_facilitator(request.user)
    return get_object_or_404(Theme.objects.select_related("theme_map__cycle"), pk=theme_id)


@router.post(
    "/themes/{theme_id}/rename",
    response={200: ThemeBrief, **ERRORS},
    summary="Rename a theme (facilitators)",
)
def rename(request: HttpRequest, theme_id: Id, payload: RenameIn) -> object:
    return services.rename_theme(
        by=request.user, theme=_theme(request, theme_id), label=payload.label
    )


@router.post(
    "/themes/{theme_id}/drop",
    response={200: ThemeBrief, **ERRORS},
    summary="Drop a theme; its inputs become unassigned (facilitators)",
)
def drop(request: HttpRequest, theme_id: Id, payload: DropIn) -> object:
    return services.drop_theme(
        by=request.user, theme=_theme(request, theme_id), reason=payload.reason
    )


@router.post(
    "/themes/{theme_id}/restore",
    response={200: ThemeBrief, **ERRORS},
    summary="Restore a dropped theme (facilitators)",
)
def restore(request: HttpRequest, theme_id: Id) -> object:
    return services.restore_theme(by=request.user, theme=_theme(request, theme_id))


@router.post(
    "/themes/{theme_id}/split",
    response={200: list[ThemeBrief], **ERRORS},
    summary="Split a theme in two (facilitators)",
)
def split(request: HttpRequest, theme_id: Id) -> object:
    return services.split_theme(by=request.user, theme=_theme(request, theme_id))


@router.post(
    "/themes/{theme_id}/move",
    response={200: ThemeBrief, **ERRORS},
    summary="Move an input whose main theme is this one",
    description="`to`: another theme of the same map, or null to leave it unassigned.",
)
def move(request: HttpRequest, theme_id: Id, payload: MoveIn) -> object:
    theme = _theme(request, theme_id)
    item = get_object_or_404(Input, pk=payload.input, cycle=theme.theme_map.cycle)
    target = None
    if payload.to is not None:
        target = get_object_or_404(Theme, pk=payload.to, theme_map=theme.theme_map)
    services.move_input(by=request.user, theme_map=theme.theme_map, input=item, to=target)
    return theme


@router.post(
    "/cycles/{slug}/theme-map/merge",
    response={200: ThemeBrief, **ERRORS},
    summary="Merge themes of the latest map into the first one (facilitators)",
)
def merge(request: HttpRequest, slug: str, payload: MergeIn) -> object:
    cycle = _cycle(request, slug)
    found = {t.pk: t for t in Theme.objects.filter(pk__in=payload.themes, theme_map__cycle=cycle)}
    if len(found) != len(set(payload.themes)):
        raise ValidationFailed(_("Some of these themes are not in this cycle."))
    return services.merge_themes(
        by=request.user, themes=[found[i] for i in payload.themes], label=payload.label
    )


@router.post(
    "/themes/{theme_id}/publish",
    response={201: AreaOut, **ERRORS},
    summary="Publish a theme as an area of common interest (facilitators)",
)
def publish(request: HttpRequest, theme_id: Id, payload: PublishIn) -> object:
    theme = _theme(request, theme_id)
    area = None
    if payload.thematic_area is not None:
        area = get_object_or_404(
            ThematicArea, pk=payload.thematic_area, cycle=theme.theme_map.cycle
        )
    published = services.publish_theme(
        by=request.user,
        theme=theme,
        name=payload.name,
        description=payload.description,
        thematic_area=area,
        gcm_numbers=payload.gcm,
    )
    return Status(201, published)
