"""Every write to theme maps: saving a discovery, curating it, publishing areas.

Each change is written to the audit trail against the theme map (object type
`themes.thememap`), which is also the map's history as facilitators see it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from partnerlab.core import audit
from partnerlab.core.bulk import insert_rows, update_column
from partnerlab.core.errors import ValidationFailed
from partnerlab.core.jobs import create_job, enqueue
from partnerlab.core.models import Job
from partnerlab.core.permissions import require_facilitator
from partnerlab.cycles.models import Cycle, ThematicArea
from partnerlab.intake.models import Input
from partnerlab.reference.models import GcmObjective
from partnerlab.themes.models import CommonArea, Theme, ThemeAssignment, ThemeMap, ThemeStatus


def _history(*, by: Any, theme_map: ThemeMap, action: str, **details: Any) -> None:
    audit.record(actor=by, action=f"theme_map.{action}", target=theme_map, after=details)


@transaction.atomic
def save_discovery(
    *,
    by: Any,
    cycle: Cycle,
    params: dict[str, Any],
    themes: Sequence[dict[str, Any]],
    input_count: int,
    job_id: int | None = None,
    input_gcm: dict[int, list[dict[str, Any]]] | None = None,
) -> ThemeMap:
    """Store a discovery as the cycle's next theme map version.

    Each theme: {"label", "keywords", "members": [input ids], "secondary": [...],
    "representatives": [...], "gcm": [{"number", "score", "evidence"}]}.
    """
    last = cycle.theme_maps.aggregate(v=Max("version"))["v"] or 0
    theme_map = ThemeMap.objects.create(
        cycle=cycle,
        version=last + 1,
        params=params,
        input_count=input_count,
        job_id=job_id,
        created_by=by if getattr(by, "is_authenticated", False) else None,
    )
    created = Theme.objects.bulk_create(
        Theme(
            theme_map=theme_map,
            label=item["label"][:200] or "—",
            keywords=item["keywords"],
            position=position,
            gcm_suggestions=item.get("gcm", []),
        )
        for position, item in enumerate(themes)
    )
    # Plain rows and a constant number of statements for any number of inputs, instead of a
    # model instance and a query per batch (see core.bulk for the figures).
    insert_rows(
        ThemeAssignment,
        fields=("theme_id", "input_id", "primary", "representative"),
        rows=_assignment_rows(created, themes),
    )
    update_column(Input, field="gcm_suggestions", values=input_gcm or {}, where={"cycle": cycle.pk})
    _history(
        by=by,
        theme_map=theme_map,
        action="discover",
        themes=len(themes),
        inputs=input_count,
        params=params,
    )
    return theme_map


def _assignment_rows(
    created: Sequence[Theme], themes: Sequence[dict[str, Any]]
) -> Iterator[tuple[int, int, bool, bool]]:
    """(theme, input, primary, representative) for each input of each new theme."""
    for theme, item in zip(created, themes, strict=True):
        representatives = set(item.get("representatives", []))
        for i in item["members"]:
            yield theme.pk, i, True, i in representatives
        for i in item.get("secondary", []):
            yield theme.pk, i, False, False


def start_discovery(
    *,
    by: Any,
    cycle: Cycle,
    min_size: int = 3,
    n_themes: int | None = None,
    confirmed: bool = False,
) -> Job:
    """Queue theme discovery over the cycle's inputs; the page follows the job's progress.

    When the latest version has curation, the run carries it over (see `carryover`) and must
    be `confirmed`: otherwise `ConfirmationRequired` (409)."""
    from partnerlab.themes.carryover import require_confirmation
    from partnerlab.themes.tasks import KIND, discover_theme_map

    require_facilitator(by)
    if min_size < 2 or (n_themes is not None and not 2 <= n_themes <= 60):
        raise ValidationFailed(_("Use at least 2 inputs per theme, and 2 to 60 themes."))
    if cycle.inputs.count() < 2 * min_size:
        raise ValidationFailed(_("The cycle needs more inputs before themes can be found."))
    require_confirmation(cycle, confirmed=confirmed)
    job = create_job(
        kind=KIND, by=by, params={"cycle": cycle.pk, "min_size": min_size, "n_themes": n_themes}
    )
    audit.record(actor=by, action="theme_map.start", target=cycle, after=job.params)
    return enqueue(job, discover_theme_map)


def _editable(by: Any, theme: Theme) -> None:
    require_facilitator(by)
    if theme.status != ThemeStatus.ACTIVE:
        raise ValidationFailed(_("This theme was dropped; restore it first."))


@transaction.atomic
def rename_theme(*, by: Any, theme: Theme, label: str) -> Theme:
    _editable(by, theme)
    label = label.strip()
    if not label:
        raise ValidationFailed(_("A theme needs a label."))
    before = theme.label
    theme.label = label[:200]
    theme.renamed = True
    theme.version += 1
    theme.save(update_fields=["label", "renamed", "version"])
    _history(
        by=by,
        theme_map=theme.theme_map,
        action="rename",
        theme=theme.pk,
        before=before,
        label=theme.label,
    )
    return theme


@transaction.atomic
def merge_themes(*, by: Any, themes: Sequence[Theme], label: str = "") -> Theme:
    """Fold several themes of one map into the first; their inputs follow."""
    if len(themes) < 2:
        raise ValidationFailed(_("Choose at least two themes to merge."))
    if len({t.theme_map_id for t in themes}) != 1:
        raise ValidationFailed(_("Only themes of the same map can be merged."))
    for theme in themes:
        _editable(by, theme)
    target, others = themes[0], list(themes[1:])
    primary_ids = set(
        ThemeAssignment.objects.filter(theme__in=themes, primary=True).values_list(
            "input_id", flat=True
        )
    )
    secondary_ids = (
        set(
            ThemeAssignment.objects.filter(theme__in=themes, primary=False).values_list(
                "input_id", flat=True
            )
        )
        - primary_ids
    )
    ThemeAssignment.objects.filter(theme__in=themes).delete()
    ThemeAssignment.objects.bulk_create(
        [ThemeAssignment(theme=target, input_id=i, primary=True) for i in sorted(primary_ids)]
        + [ThemeAssignment(theme=target, input_id=i, primary=False) for i in sorted(secondary_ids)]
    )
    keywords = list(dict.fromkeys(k for t in themes for k in t.keywords))[:10]
    target.label = (label.strip() or target.label)[:200]
    target.keywords = keywords
    target.renamed = target.renamed or bool(label.strip())
    target.merged = True
    target.version += 1
    target.save(update_fields=["label", "keywords", "renamed", "merged", "version"])
    Theme.objects.filter(pk__in=[t.pk for t in others]).delete()
    _history(
        by=by,
        theme_map=target.theme_map,
        action="merge",
        theme=target.pk,
        merged=[t.pk for t in others],
        labels=[t.label for t in themes],
    )
    return target


@transaction.atomic
def drop_theme(*, by: Any, theme: Theme, reason: str = "") -> Theme:
    """Set a theme aside; its inputs become unassigned (a dropped theme can be restored)."""
    _editable(by, theme)
    theme.status = ThemeStatus.DROPPED
    theme.drop_reason = reason.strip()[:500]
    theme.version += 1
    theme.save(update_fields=["status", "drop_reason", "version"])
    _history(
        by=by,
        theme_map=theme.theme_map,
        action="drop",
        theme=theme.pk,
        label=theme.label,
        reason=reason,
    )
    return theme


@transaction.atomic
def restore_theme(*, by: Any, theme: Theme) -> Theme:
    require_facilitator(by)
    theme.status = ThemeStatus.ACTIVE
    theme.drop_reason = ""
    theme.version += 1
    theme.save(update_fields=["status", "drop_reason", "version"])
    _history(by=by, theme_map=theme.theme_map, action="restore", theme=theme.pk, label=theme.label)
    return theme


@transaction.atomic
def move_input(*, by: Any, theme_map: ThemeMap, input: Input, to: Theme | None) -> None:
    """Make `to` the input's primary theme in this map (None: leave it unassigned)."""
    require_facilitator(by)
    if input.cycle_id != theme_map.cycle_id or (to is not None and to.theme_map_id != theme_map.pk):
        raise ValidationFailed(_("The input and the theme must belong to this map's cycle."))
    current = (
        ThemeAssignment.objects.filter(theme__theme_map=theme_map, input=input, primary=True)
        .select_related("theme")
        .first()
    )
    ThemeAssignment.objects.filter(theme__theme_map=theme_map, input=input, primary=True).delete()
    if to is not None:
        ThemeAssignment.objects.filter(theme=to, input=input).delete()
        ThemeAssignment.objects.create(theme=to, input=input, primary=True)
    _history(
        by=by,
        theme_map=theme_map,
        action="move",
        input=input.pk,
        before=current.theme_id if current else None,
        to=to.pk if to else None,
        # Labels too, so the history names the themes even after they are renamed or merged.
        from_label=current.theme.label if current else None,
        to_label=to.label if to else None,
    )


@transaction.atomic
def replace_theme(*, by: Any, theme: Theme, parts: Sequence[dict[str, Any]]) -> list[Theme]:
    """Split: replace one theme by several (computed by the caller), in its place."""
    _editable(by, theme)
    if len(parts) < 2:
        raise ValidationFailed(_("This theme cannot be split further."))
    theme_map = theme.theme_map
    ThemeAssignment.objects.filter(theme=theme).delete()
    created = []
    for offset, part in enumerate(parts):
        new = Theme.objects.create(
            theme_map=theme_map,
            label=part["label"][:200] or theme.label,
            keywords=part["keywords"],
            position=theme.position,
            gcm_suggestions=part.get("gcm", theme.gcm_suggestions),
        )
        ThemeAssignment.objects.bulk_create(
            [
                ThemeAssignment(
                    theme=new,
                    input_id=i,
                    primary=True,
                    representative=i in set(part.get("representatives", [])),
                )
                for i in part["members"]
            ]
        )
        created.append(new)
        Theme.objects.filter(pk=new.pk).update(position=theme.position * 100 + offset)
    old_label = theme.label
    theme.delete()
    _history(
        by=by, theme_map=theme_map, action="split", label=old_label, into=[t.pk for t in created]
    )
    return created


@transaction.atomic
def publish_theme(
    *,
    by: Any,
    theme: Theme,
    name: str,
    description: str = "",
    thematic_area: ThematicArea | None = None,
    gcm_numbers: Iterable[int] = (),
) -> CommonArea:
    """Publish a curated theme as an area of common interest of the cycle."""
    _editable(by, theme)
    cycle = theme.theme_map.cycle
    name = name.strip() or theme.label
    if thematic_area is not None and thematic_area.cycle_id != cycle.pk:
        raise ValidationFailed(_("The thematic area belongs to another cycle."))
    if cycle.common_areas.filter(name__iexact=name).exists():
        raise ValidationFailed(
            _("The cycle already has an area of common interest with this name.")
        )
    area = CommonArea.objects.create(
        cycle=cycle,
        name=name[:200],
        description=description,
        source_theme=theme,
        thematic_area=thematic_area,
        published_by=by,
    )
    area.gcm_objectives.set(GcmObjective.objects.filter(number__in=list(gcm_numbers)))
    area.evidence.set(
        Input.objects.filter(theme_assignments__theme=theme, theme_assignments__primary=True)
    )
    audit.record(
        actor=by,
        action="common_area.publish",
        target=area,
        after={
            "theme": theme.pk,
            "name": area.name,
            "gcm": sorted(area.gcm_objectives.values_list("number", flat=True)),
        },
    )
    _history(
        by=by,
        theme_map=theme.theme_map,
        action="publish",
        theme=theme.pk,
        area=area.pk,
        label=theme.label,
        name=area.name,
    )
    return area


def split_theme(*, by: Any, theme: Theme, parts: int = 2) -> list[Theme]:
    """Split a theme in `parts` by finding themes within its own inputs."""
    from partnerlab.analysis.embedding import default_embedder
    from partnerlab.analysis.labels import distinctive_phrases, label_from
    from partnerlab.analysis.themes import discover_themes

    _editable(by, theme)
    members = list(
        Input.objects.filter(
            theme_assignments__theme=theme, theme_assignments__primary=True
        ).order_by("id")
    )
    if len(members) < 2 * parts:
        raise ValidationFailed(_("This theme has too few inputs to split."))
    texts = [m.text for m in members]
    found = discover_themes(texts, default_embedder().encode(texts), min_size=1, n_themes=parts)
    groups = [t.members for t in found.themes]
    leftovers = found.unassigned
    if leftovers and groups:
        groups[0] = sorted(groups[0] + leftovers)
    phrases = distinctive_phrases(texts, groups)
    return replace_theme(
        by=by,
        theme=theme,
        parts=[
            {
                "label": label_from(words),
                "keywords": words,
                "members": [members[i].pk for i in group],
            }
            for group, words in zip(groups, phrases, strict=True)
        ],
    )
