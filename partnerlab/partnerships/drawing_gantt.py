"""The work plan as a Gantt chart in SVG: one row per activity on a month scale."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from partnerlab.partnerships.drawing import (
    ACCENT,
    MARGIN,
    MUTED,
    PALE,
    RULE,
    WHOLE,
    Canvas,
    block_height,
    text_width,
    wrap_text,
)

LABEL_WIDTH = 230.0
TIMELINE_X = MARGIN + LABEL_WIDTH + 16
HEADER_BOTTOM = 48.0
TODAY_COLOUR = "#c81e1e"
TICK_STEPS = (
    1,
    3,
    6,
    12,
    24,
    60,
    120,
)  # months between labelled ticks, the first that leaves room wins
MIN_TICK_GAP = 66.0  # px a "Sep 2026" label needs; longer month names widen it


@dataclass(frozen=True)
class GanttBar:
    label: str
    start: datetime.date | None
    end: datetime.date | None  # inclusive
    owner: str = ""

    @property
    def span(self) -> tuple[datetime.date, datetime.date] | None:
        """First and last day, in order; one known date makes a one-day milestone."""
        known = [day for day in (self.start, self.end) if day is not None]
        return (min(known), max(known)) if known else None


@dataclass(frozen=True)
class _Scale:
    first: datetime.date  # first day of the first month shown
    last: datetime.date  # first day of the month after the last one shown
    per_day: float

    def x(self, day: datetime.date) -> float:
        return TIMELINE_X + (day - self.first).days * self.per_day

    @property
    def width(self) -> float:
        return (self.last - self.first).days * self.per_day


def _add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def _scale(
    activities: Sequence[GanttBar], today: datetime.date, width: float | None = None
) -> _Scale:
    days = [day for a in activities if a.span for day in a.span]
    first = min(days, default=today).replace(day=1)
    last = _add_months(max(days, default=_add_months(today, 2)), 1)
    total = (last - first).days
    # Wide enough to read a month: 480 to 900 px of timeline, or what a printed page leaves.
    timeline = min(900.0, max(480.0, total * 3.0))
    if width is not None:
        timeline = max(200.0, min(timeline, width - TIMELINE_X - MARGIN))
    return _Scale(first, last, timeline / total)


def gantt_svg(
    activities: list[GanttBar], *, today: datetime.date | None = None, width: float | None = None
) -> str:
    """Bars from start to end (inclusive) per activity; `today` defaults to the local date.
    `width` caps the whole chart (a printed page), narrowing the timeline, never the text."""
    today = today or timezone.localdate()
    scale = _scale(activities, today, width)
    canvas = Canvas(title=_("Work plan"), description=_describe(activities))
    shading = canvas.add("g")
    grid = canvas.add("g")  # drawn over the shading, under the bars, once the height is known
    y = HEADER_BOTTOM
    for index, activity in enumerate(activities):
        y = _draw_activity(canvas, scale, activity, top=y, shading=shading if index % 2 else None)
    if not activities:
        canvas.text(MARGIN, y + 24, [_("No activities yet.")], fill=MUTED, font_style="italic")
        y += 36
    _draw_months(canvas, grid, scale, bottom=y)
    if scale.first <= today < scale.last:
        x = scale.x(today) + scale.per_day / 2
        canvas.line(
            x,
            HEADER_BOTTOM - 6,
            x,
            y + 4,
            stroke=TODAY_COLOUR,
            stroke_width=1.5,
            stroke_dasharray="5 3",
        )
        canvas.text(x, y + 18, [_("Today")], size=11, fill=TODAY_COLOUR, text_anchor="middle")
    return canvas.finish(TIMELINE_X + scale.width + MARGIN, y + 24 + MARGIN)


def _describe(activities: Sequence[GanttBar]) -> str:
    parts = []
    for activity in activities:
        span = activity.span
        when = f"{date_format(span[0])} – {date_format(span[1])}" if span else _("no dates yet")
        parts.append(f"{activity.label}: {when}")
    return "; ".join(parts) or "-"


def _draw_months(canvas: Canvas, grid: ET.Element, scale: _Scale, *, bottom: float) -> None:
    per_month = scale.per_day * 30.4
    widest = max(text_width(_month_label(datetime.date(2026, m, 1), 1), 11) for m in range(1, 13))
    gap = max(MIN_TICK_GAP, widest + 10)  # "septembre 2026" needs more room than "Sep 2026"
    step = next((s for s in TICK_STEPS if s * per_month >= gap), TICK_STEPS[-1])
    month = scale.first
    while month < scale.last:
        labelled = (month.year * 12 + month.month - 1) % step == 0  # Jan, Apr, Jul, Oct...
        x = scale.x(month)
        if labelled or per_month >= 8:  # closer month lines would only grey the chart
            top, stroke = (HEADER_BOTTOM - 20, RULE) if labelled else (HEADER_BOTTOM - 6, PALE)
            canvas.line(x, top, x, bottom, stroke=stroke, parent=grid)
        if labelled:
            text = _month_label(month, step)
            canvas.text(x + 4, HEADER_BOTTOM - 10, [text], size=11, fill=MUTED)
        month = _add_months(month, 1)
    canvas.line(TIMELINE_X, bottom, TIMELINE_X + scale.width, bottom, stroke=RULE)
    canvas.line(MARGIN, HEADER_BOTTOM, TIMELINE_X + scale.width, HEADER_BOTTOM, stroke=RULE)


def _month_label(month: datetime.date, step: int) -> str:
    return date_format(month, "Y" if step >= 12 else "YEAR_MONTH_FORMAT")


def _draw_activity(
    canvas: Canvas, scale: _Scale, activity: GanttBar, *, top: float, shading: ET.Element | None
) -> float:
    """Draw one row below `top`; return its bottom."""
    # Whole names, however many lines they take: a document must not cut a partner's name.
    lines = wrap_text(activity.label, size=12, width=LABEL_WIDTH, max_lines=WHOLE)
    owner = wrap_text(activity.owner, size=10, width=LABEL_WIDTH, max_lines=WHOLE)
    owner_height = block_height(owner, 10) + 2 if activity.owner else 0
    height = max(32.0, block_height(lines, 12) + owner_height + 12)
    if shading is not None:  # every other row, to follow a row across the chart
        canvas.add(
            "rect",
            x=MARGIN - 6,
            y=top,
            width=TIMELINE_X + scale.width - MARGIN + 6,
            height=height,
            fill="#f5f7fa",
            parent=shading,
        )
    canvas.text(MARGIN, top + 18, lines)
    if activity.owner:
        canvas.text(MARGIN, top + 18 + block_height(lines, 12), owner, size=10, fill=MUTED)
    middle = top + height / 2
    span = activity.span
    if span is None:
        canvas.text(
            TIMELINE_X + 8,
            middle + 4,
            [_("no dates yet")],
            size=11,
            fill=MUTED,
            font_style="italic",
        )
    else:
        _draw_bar(canvas, scale, activity, span, middle)
    return top + height


def _draw_bar(
    canvas: Canvas,
    scale: _Scale,
    activity: GanttBar,
    span: tuple[datetime.date, datetime.date],
    middle: float,
) -> None:
    start, end = span
    days = (end - start).days + 1
    bar = canvas.add(
        "rect",
        x=scale.x(start),
        y=middle - 8,
        width=max(2.0, days * scale.per_day),
        height=16,
        rx=3,
        fill=ACCENT,
        class_="bar",
        data_days=days,
    )
    tooltip = canvas.add("title", parent=bar)
    tooltip.text = f"{activity.label}: {date_format(start)} – {date_format(end)}"
