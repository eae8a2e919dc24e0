"""The dashboard's charts as standalone SVG, from plain data (labels and numbers, no ORM).

Built on the workspace's `Canvas` (ElementTree: every text escaped, a <title> and <desc> for
screen readers), with every figure written beside its bar or in its cell, so that the charts
read without colour and without JavaScript.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _

from partnerlab.partnerships.drawing import (
    ACCENT,
    BOLD,
    INK,
    MARGIN,
    MUTED,
    NOTE,
    PALE,
    Canvas,
    block_height,
    wrap_text,
)

WIDTH = 672.0  # fits the printed A4 page at its natural size (see partnerships.charts)
LABEL_WIDTH = 230.0
BAR_X = MARGIN + LABEL_WIDTH + 10
VALUE_WIDTH = 110.0
BAR_SPACE = WIDTH - BAR_X - VALUE_WIDTH - MARGIN
SECOND = "#9aa5b1"  # the comparison series (seed 001, all ideas)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the figure written after the bar


@dataclass(frozen=True)
class PairedBar:
    label: str
    first: float
    second: float
    first_text: str
    second_text: str


def _scale(values: Sequence[float]) -> float:
    top = max(values, default=0.0)
    return BAR_SPACE / top if top > 0 else 0.0


def bars_svg(bars: list[Bar], *, title: str, empty: str) -> str:
    """One horizontal bar per row, its label on the left and its figure on the right."""
    canvas = Canvas(
        title=title, description="; ".join(f"{b.label}: {b.text}" for b in bars) or empty
    )
    unit = _scale([b.value for b in bars])
    y = MARGIN
    for bar in bars:
        lines = wrap_text(bar.label, size=11, width=LABEL_WIDTH)
        height = max(22.0, block_height(lines, 11) + 8)
        canvas.text(MARGIN, y + 14, lines, size=11)
        length = bar.value * unit
        canvas.rect(BAR_X, y + 4, BAR_SPACE, 14, fill=PALE)
        if length > 0:
            canvas.rect(BAR_X, y + 4, max(length, 1.5), 14, fill=ACCENT)
        canvas.text(BAR_X + BAR_SPACE + 6, y + 15, [bar.text], size=11, **BOLD)
        y += height + 4
    if not bars:
        canvas.text(MARGIN, y + 14, [empty], **NOTE)
        y += 24
    return canvas.finish(WIDTH, y + MARGIN)


def paired_bars_svg(
    rows: list[PairedBar], *, title: str, first: str, second: str, empty: str
) -> str:
    """Two bars per row (the first dark, the second grey), with a legend naming both."""
    canvas = Canvas(
        title=title,
        description="; ".join(
            f"{r.label}: {first} {r.first_text}, {second} {r.second_text}" for r in rows
        )
        or empty,
    )
    unit = _scale([v for r in rows for v in (r.first, r.second)])
    y = MARGIN
    for colour, name in ((ACCENT, first), (SECOND, second)):
        canvas.rect(MARGIN, y, 14, 10, fill=colour)
        canvas.text(MARGIN + 20, y + 9, [name], size=11)
        y += 16
    y += 6
    for row in rows:
        lines = wrap_text(row.label, size=11, width=LABEL_WIDTH)
        height = max(34.0, block_height(lines, 11) + 8)
        canvas.text(MARGIN, y + 14, lines, size=11)
        for offset, value, text, colour in (
            (2, row.first, row.first_text, ACCENT),
            (17, row.second, row.second_text, SECOND),
        ):
            canvas.rect(BAR_X, y + offset, BAR_SPACE, 12, fill=PALE)
            if value > 0:
                canvas.rect(BAR_X, y + offset, max(value * unit, 1.5), 12, fill=colour)
            canvas.text(BAR_X + BAR_SPACE + 6, y + offset + 10, [text], size=10, fill=INK)
        y += height + 6
    if not rows:
        canvas.text(MARGIN, y + 14, [empty], **NOTE)
        y += 24
    return canvas.finish(WIDTH, y + MARGIN)


HEAT = ["#ffffff", "#dbeafe", "#93c5fd", "#3b82f6", "#1d4ed8"]  # none, then four steps


def heat_colour(count: int, top: int) -> str:
    if count <= 0 or top <= 0:
        return HEAT[0]
    return HEAT[min(4, 1 + (count - 1) * 4 // top)]


def heat_legend(top: int) -> list[tuple[str, str]]:
    """Each shade in use with the counts it stands for ("1", "2-3"...), "none" first."""
    spans: dict[str, list[int]] = {}
    for count in range(1, top + 1):
        spans.setdefault(heat_colour(count, top), []).append(count)
    legend = [(HEAT[0], _("none"))]
    for colour, counts in spans.items():
        low, high = counts[0], counts[-1]
        legend.append((colour, str(low) if low == high else f"{low}–{high}"))
    return legend


def heatmap_svg(rows: list[tuple[str, Sequence[int]]], *, columns: list[str], title: str) -> str:
    """A grid of counts: one row per label, one column per heading, darker for more; every
    cell holds its number, and the legend explains the shades."""
    top = max((c for _label, counts in rows for c in counts), default=0)
    canvas = Canvas(
        title=title,
        description="; ".join(
            f"{label}: " + ", ".join(f"{h} {c}" for h, c in zip(columns, counts, strict=True))
            for label, counts in rows
            if any(counts)
        )
        or _("No idea is tagged with a GCM objective yet."),
    )
    label_width = 210.0
    cell = (WIDTH - 2 * MARGIN - label_width) / max(1, len(columns))
    x0 = MARGIN + label_width
    y = MARGIN
    # Bold headings run about 8 % wider than the average glyph (measured with DejaVu Sans).
    heads = [wrap_text(h, size=8.5, width=(cell - 2) / 1.08, max_lines=2) for h in columns]
    head_height = max((block_height(lines, 8.5) for lines in heads), default=14)
    for index, lines in enumerate(heads):
        canvas.text(
            x0 + index * cell + cell / 2, y + 10, lines, size=8.5, text_anchor="middle", **BOLD
        )
    y += head_height + 6
    for label, counts in rows:
        lines = wrap_text(label, size=10, width=label_width - 8, max_lines=2)
        height = max(20.0, block_height(lines, 10) + 6)
        canvas.text(MARGIN, y + 13, lines, size=10)
        for index, count in enumerate(counts):
            fill = heat_colour(count, top)
            canvas.rect(x0 + index * cell + 1, y + 1, cell - 2, height - 2, fill=fill, stroke=PALE)
            ink = "#ffffff" if fill in HEAT[3:] else (MUTED if not count else INK)
            canvas.text(
                x0 + index * cell + cell / 2, y + height / 2 + 4, [str(count) if count else "·"],
                size=10, text_anchor="middle", fill=ink,
            )  # fmt: skip
        y += height
    y += 14
    canvas.text(MARGIN, y + 10, [_("Ideas per objective and stage:")], size=10, fill=MUTED)
    x = MARGIN + 190
    for colour, text in heat_legend(top):
        canvas.rect(x, y, 18, 12, fill=colour, stroke=PALE)
        canvas.text(x + 22, y + 10, [text], size=10)
        x += 80
    return canvas.finish(WIDTH, y + 14 + MARGIN)
