"""Reading theme maps: each theme with its size, who it speaks for, and its history."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Exists, OuterRef, QuerySet
from django.utils.translation import gettext_lazy as _

from partnerlab.core.models import AuditEvent
from partnerlab.cycles.models import Cycle
from partnerlab.intake.models import STAKEHOLDER_KINDS, Input
from partnerlab.reference import regions
from partnerlab.themes.models import CommonArea, Theme, ThemeAssignment, ThemeMap

KIND_LABELS = dict(STAKEHOLDER_KINDS)
NOT_STATED = _("not stated")  # input that does not say where it comes from or who said it


@dataclass
class ThemeSummary:
    theme: Theme
    size: int = 0
    secondary: int = 0
    by_region: Counter[str] = field(default_factory=Counter)
    by_stakeholder: Counter[str] = field(default_factory=Counter)
    quotes: list[Input] = field(default_factory=list)

    # Lists, for templates: a Counter looks up "most_common" as a missing key (0).
    @property
    def regions(self) -> list[tuple[str, int]]:
        return self.by_region.most_common()

    @property
    def stakeholders(self) -> list[tuple[str, int]]:
        return self.by_stakeholder.most_common(3)


def latest_map(cycle: Cycle, version: Any = None) -> ThemeMap | None:
    maps = cycle.theme_maps.all()
    if version:
        return maps.filter(version=version).first()
    return maps.order_by("-version").first()


def summaries(theme_map: ThemeMap) -> list[ThemeSummary]:
    """Every theme of the map with its counts; a fixed number of queries however large."""
    published = CommonArea.objects.filter(source_theme=OuterRef("pk"))
    themes = list(
        theme_map.themes.annotate(is_published=Exists(published)).order_by("position", "id")
    )
    found = {t.pk: ThemeSummary(theme=t) for t in themes}
    rows = ThemeAssignment.objects.filter(theme__theme_map=theme_map).values_list(
        "theme_id",
        "primary",
        "representative",
        "input__country",
        "input__stakeholder_kind",
        "input_id",
    )
    quote_ids: dict[int, list[int]] = defaultdict(list)
    # Labels translated once per country and kind, not once per input.
    region_names: dict[str, str] = {}
    kind_names: dict[str, str] = {}
    for theme_id, primary, representative, country, kind, input_id in rows:
        summary = found[theme_id]
        if not primary:
            summary.secondary += 1
            continue
        summary.size += 1
        if country not in region_names:
            region = regions.region_label(regions.region_of(country))
            region_names[country] = str(region or NOT_STATED)
        if kind not in kind_names:
            kind_names[kind] = str(KIND_LABELS.get(kind) or NOT_STATED)
        summary.by_region[region_names[country]] += 1
        summary.by_stakeholder[kind_names[kind]] += 1
        if representative:
            quote_ids[theme_id].append(input_id)
    quotes = Input.objects.in_bulk([i for ids in quote_ids.values() for i in ids])
    for theme_id, ids in quote_ids.items():
        found[theme_id].quotes = [quotes[i] for i in ids]
    return [found[t.pk] for t in themes]


def unassigned_inputs(theme_map: ThemeMap) -> QuerySet[Input]:
    placed = ThemeAssignment.objects.filter(
        theme__theme_map=theme_map, primary=True, theme__status="active"
    ).values("input_id")
    return theme_map.cycle.inputs.exclude(pk__in=placed).order_by("id")


def history(theme_map: ThemeMap) -> QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(
        object_type="themes.thememap", object_id=str(theme_map.pk)
    ).select_related("actor")
