"""The demo cycle's consultations, inputs and a discovered, curated theme map."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from partnerlab.accounts.models import User
from partnerlab.core.jobs import create_job, run_job
from partnerlab.cycles.models import Cycle
from partnerlab.demo.intake_content import CONSULTATIONS, INPUTS, THEMES
from partnerlab.intake import services as intake
from partnerlab.intake.imports import import_inputs
from partnerlab.themes import services as themes
from partnerlab.themes.models import Theme
from partnerlab.themes.tasks import KIND, find_themes

# The areas of common interest the demo publishes: theme index -> thematic area position.
PUBLISHED = {0: 0, 1: 3, 3: 0, 5: 5, 8: 4, 10: 1}


def load_intake(*, by: User, cycle: Cycle, rows: list[dict[str, Any]] | None = None) -> None:
    """Consultations and inputs (through the import service), then themes; once.

    `rows` are the inputs (the demo's by default), each with its intended theme's index."""
    if cycle.consultations.exists():
        return
    rows = INPUTS if rows is None else rows
    titles = {}
    for item in CONSULTATIONS:
        data = {k: v for k, v in item.items() if k != "key"}
        titles[item["key"]] = intake.create_consultation(by=by, cycle=cycle, data=data).title
    lines = [
        json.dumps(
            {
                **{k: v for k, v in row.items() if k != "theme"},
                "consultation": titles[row["consultation"]],
            },
            ensure_ascii=False,
        )
        for row in rows
    ]
    import_inputs(by=by, cycle=cycle, data="\n".join(lines).encode(), filename="demo.jsonl")
    _discover_and_curate(by=by, cycle=cycle, intended={row["text"]: row["theme"] for row in rows})


def _discover_and_curate(*, by: User, cycle: Cycle, intended: dict[str, int]) -> None:
    # The same job body the worker runs, run here so the demo is ready at once.
    job = create_job(
        kind=KIND, by=by, params={"cycle": cycle.pk, "min_size": 3, "n_themes": len(THEMES)}
    )
    run_job(job.pk, find_themes)
    theme_map = cycle.theme_maps.order_by("-version").first()
    if theme_map is None:
        return
    by_intended: dict[int, list[Theme]] = {}
    for theme in theme_map.themes.all():
        texts = theme.assignments.filter(primary=True).values_list("input__text", flat=True)
        votes = Counter(intended[t] for t in texts if t in intended)
        if votes:
            by_intended.setdefault(votes.most_common(1)[0][0], []).append(theme)
    for index, found in sorted(by_intended.items()):
        theme = found[0] if len(found) == 1 else themes.merge_themes(by=by, themes=found)
        themes.rename_theme(by=by, theme=theme, label=THEMES[index])
        if index in PUBLISHED:
            _publish(by=by, cycle=cycle, theme=theme, area_position=PUBLISHED[index])


def _publish(*, by: User, cycle: Cycle, theme: Theme, area_position: int) -> Any:
    areas = list(cycle.thematic_areas.order_by("position"))
    return themes.publish_theme(
        by=by,
        theme=theme,
        name=theme.label,
        thematic_area=areas[area_position] if area_position < len(areas) else None,
        gcm_numbers=[g["number"] for g in theme.gcm_suggestions[:2]],
    )
