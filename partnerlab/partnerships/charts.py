"""The database adapted to the drawing functions: one idea's charts as SVG or PNG."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from django.utils import timezone

from partnerlab.partnerships import drawing, drawing_fishbone, drawing_gantt, sections
from partnerlab.partnerships.models import Cause, Level, Partnership

LEVEL = {Level.LOW: 1, Level.MEDIUM: 2, Level.HIGH: 3}


def _node(cause: Cause) -> drawing_fishbone.CauseNode:
    return drawing_fishbone.CauseNode(
        text=cause.text,
        children=tuple(_node(kid) for kid in cause.kids),  # type: ignore[attr-defined]
    )


def fishbone(partnership: Partnership) -> str:
    problem = getattr(partnership, "problem", None)
    head = (problem.statement if problem else "") or partnership.title
    return drawing_fishbone.fishbone_svg(head, [_node(c) for c in sections.cause_tree(partnership)])


def _level(value: str) -> int | None:
    return LEVEL.get(Level(value)) if value else None


def change_space(partnership: Partnership) -> str:
    strands = []
    for bone in sections.cause_tree(partnership):
        a = sections.assessment_of(bone)
        strands.append(
            drawing.Strand(
                label=bone.text,
                acceptance=_level(a.acceptance) if a else None,
                authority=_level(a.authority) if a else None,
                ability=_level(a.ability) if a else None,
                entry_point=bool(a and a.entry_rank),
            )
        )
    return drawing.change_space_svg(strands)


def design_space(partnership: Partnership, *, width: float | None = None) -> str:
    return drawing.design_space_svg(
        [
            drawing.DesignIdeaPoint(
                label=o.title, technical=o.technical, feasibility=o.feasibility, status=o.status
            )
            for o in partnership.options.all()
        ],
        width=width,
    )


def gantt(
    partnership: Partnership, today: datetime.date | None = None, *, width: float | None = None
) -> str:
    bars = [
        drawing_gantt.GanttBar(
            label=a.title,
            start=a.starts_on,
            end=a.ends_on,
            owner=str(a.responsible.organisation) if a.responsible else "",
        )
        for a in partnership.activities.select_related("responsible__organisation")
    ]
    return drawing_gantt.gantt_svg(bars, today=today or timezone.localdate(), width=width)


CHARTS: dict[str, Callable[[Partnership], str]] = {
    "fishbone": fishbone,
    "change-space": change_space,
    "design-space": design_space,
    "gantt": gantt,
}

# A printed A4 page holds 672 px of chart at its natural size (1 px = 0.75 pt, 178 mm), so the
# smallest chart text (10 px) prints at 7.5 pt. Charts that can narrow themselves do.
PRINT_WIDTH = 672.0


def for_document(partnership: Partnership) -> dict[str, str]:
    """The idea's charts as SVG for the proposal documents."""
    return {
        "fishbone": fishbone(partnership),
        "change-space": change_space(partnership),
        "design-space": design_space(partnership, width=PRINT_WIDTH),
        "gantt": gantt(partnership, width=PRINT_WIDTH),
    }
