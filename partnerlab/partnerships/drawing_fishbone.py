"""The fishbone (Ishikawa) diagram: the problem at the head, causes as bones, sub-causes to any
depth hanging from them; sized from the tree so no label overlaps."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from math import ceil, inf

from django.utils.translation import gettext as _

from partnerlab.partnerships.drawing import (
    BOLD_CENTRED,
    BOLD_WIDTH,
    INK,
    MARGIN,
    MUTED,
    NOTE,
    Canvas,
    _number,
    block_height,
    block_width,
    wrap_text,
)

SLOPE = 0.5  # horizontal run of a bone per unit of rise: bones lean back at about 63 degrees
INDENT = 24.0  # each deeper level hangs this far left of its parent
SUB_WIDTH = 170.0  # room for a sub-cause label
BONE_GAP = 18.0


Box = tuple[float, float, float, float]  # left, top, right, bottom


@dataclass(frozen=True)
class CauseNode:
    text: str
    children: tuple[CauseNode, ...] = ()


@dataclass
class _Row:
    """One sub-cause (at any depth) on its horizontal line."""

    depth: int
    lines: list[str]
    size: float
    last_child: int | None = None  # index among the bone's rows of its last direct child

    @property
    def height(self) -> float:
        return block_height(self.lines, self.size) + 8

    @property
    def length(self) -> float:
        bold = BOLD_WIDTH if self.depth == 1 else 1.0
        return block_width(self.lines, self.size) * bold + 12 + SLOPE * (self.height - 8)


@dataclass
class _Bone:
    label: list[str]
    above: bool
    rows: list[_Row] = field(default_factory=list)

    @property
    def box_size(self) -> tuple[float, float]:
        return block_width(self.label, 13) * BOLD_WIDTH + 16, block_height(self.label, 13) + 10


def _flatten(nodes: Sequence[CauseNode], depth: int, rows: list[_Row]) -> None:
    """Append the subtree in reading order (each parent before its children)."""
    for node in nodes:
        size = 12.0 if depth == 1 else 11.0
        width = max(90.0, SUB_WIDTH - INDENT * (depth - 1))
        row = _Row(depth, wrap_text(node.text, size=size, width=width), size)
        rows.append(row)
        for child in node.children:
            row.last_child = len(rows)
            _flatten([child], depth + 1, rows)


def _row_positions(bone: _Bone, height: float) -> list[tuple[float, float]]:
    """(right end, line y) of each row, relative to where the bone meets the spine.

    Depth d hangs on a line parallel to the bone, (d - 1) indents to its left, so a subtree
    never crosses the bone nor another subtree's labels.
    """
    top = -height + 14 if bone.above else 14.0
    positions = []
    for row in bone.rows:
        top += row.height
        positions.append((-SLOPE * abs(top) - INDENT * (row.depth - 1), top))
    return positions


def _tip_box(bone: _Bone, height: float) -> Box:
    """Where the cause's own label goes, beyond the tip of its bone."""
    (width, box_height), tip_x = bone.box_size, -SLOPE * height
    top = -height - box_height - 2 if bone.above else height + 2
    return tip_x - width / 2, top, tip_x + width / 2, top + box_height


def _outline(bone: _Bone, height: float) -> list[Box]:
    """Boxes covering all the bone draws, relative to its foot: to pack bones closely."""
    sign = -1.0 if bone.above else 1.0
    boxes = []
    for rise in range(0, ceil(height), 20):  # the slanted bone itself, in short steps
        end = min(height, rise + 20.0)
        top, bottom = sorted((sign * rise, sign * end))
        boxes.append((-SLOPE * end, top, -SLOPE * rise, bottom))
    for (x, y), row in zip(_row_positions(bone, height), bone.rows, strict=True):
        boxes.append((x - row.length, y - row.height, x, y))
    return [*boxes, _tip_box(bone, height)]


def _side_height(bones: Sequence[_Bone]) -> float:
    """All bones on a side share one length, so the tips line up as in a drawn fishbone."""
    heights = [sum(row.height for row in bone.rows) + 28 for bone in bones]
    return max([80.0, *heights]) if bones else 0.0


def _place_bones(
    bones: Sequence[_Bone], heights: Sequence[float], head: Box
) -> tuple[list[float], float]:
    """Feet on the spine (head at x=0) pair by pair leftwards, each as close as it fits; and
    the x of the spine's tail."""
    placed: list[tuple[float, list[Box]]] = [(0.0, [head])]
    feet: list[float] = []
    for pair in range(0, len(bones), 2):
        outlines = [_outline(bones[i], heights[i]) for i in range(pair, min(pair + 2, len(bones)))]
        clear = [_clearance(outline, boxes, at) for outline in outlines for at, boxes in placed]
        previous = feet[-1] if feet else 0.0
        feet += [min(previous - 40, *clear)] * len(outlines)
        placed += [(feet[-1], outline) for outline in outlines]
    lefts = [at + min(box[0] for box in boxes) for at, boxes in placed]
    return feet, min([*lefts, feet[-1] - 40 if feet else -320.0])


def _clearance(outline: list[Box], placed: list[Box], at: float) -> float:
    """The rightmost foot that keeps `outline` BONE_GAP clear of boxes placed from foot `at`."""
    gaps = [at + a[0] - b[2] for a in placed for b in outline if a[1] < b[3] and b[1] < a[3]]
    return min(gaps, default=inf) - BONE_GAP


def fishbone_svg(problem: str, causes: list[CauseNode]) -> str:
    """An Ishikawa diagram: the problem at the head, causes as bones alternating up and down."""
    bones = [
        _Bone(wrap_text(cause.text, size=13, width=150), above=index % 2 == 0)
        for index, cause in enumerate(causes)
    ]
    for bone, cause in zip(bones, causes, strict=True):
        _flatten(cause.children, 1, bone.rows)
    sides = {above: [bone for bone in bones if bone.above == above] for above in (True, False)}
    lengths = {above: _side_height(side) for above, side in sides.items()}
    heights = [lengths[bone.above] for bone in bones]
    head = wrap_text(problem, size=14, width=180, max_lines=5)
    head_width = min(210.0, max(120.0, block_width(head, 14) * BOLD_WIDTH + 28))
    head_height = block_height(head, 14) + 20
    feet, tail = _place_bones(bones, heights, (-14, -head_height / 2, 0, head_height / 2))
    reach = {  # how far each side extends from the spine, labels included
        above: max(lengths[above] + max([b.box_size[1] for b in side], default=0), head_height / 2)
        for above, side in sides.items()
    }
    spine_y, shift = MARGIN + reach[True] + 4, MARGIN - tail
    causes_text = "; ".join(cause.text for cause in causes) or "-"
    canvas = Canvas(
        title=_("Fishbone diagram: %(problem)s") % {"problem": problem},
        description=_("Causes: %(causes)s") % {"causes": causes_text},
    )
    canvas.line(tail + shift, spine_y, shift, spine_y, stroke=INK, stroke_width=3.0)
    for bone, foot, height in zip(bones, feet, heights, strict=True):
        _draw_bone(canvas, bone, (foot + shift, spine_y), height)
    _draw_head(canvas, head, (shift, spine_y), (head_width, head_height))
    if not causes:
        hint = [_("No causes yet: add causes to grow the fishbone.")]
        canvas.text(shift - 10, spine_y + 26, hint, text_anchor="end", **NOTE)
    return canvas.finish(shift + head_width + MARGIN, spine_y + reach[False] + MARGIN + 8)


def _draw_bone(canvas: Canvas, bone: _Bone, foot: tuple[float, float], height: float) -> None:
    fx, fy = foot
    tip = fx - SLOPE * height, fy + (-height if bone.above else height)
    canvas.line(fx, fy, *tip, stroke=INK, stroke_width=2.0)
    left, top, right, bottom = _tip_box(bone, height)
    canvas.rect(fx + left, fy + top, right - left, bottom - top, rx=4, fill="#eef2f7", stroke=MUTED)
    canvas.text(fx + (left + right) / 2, fy + top + 17, bone.label, size=13, **BOLD_CENTRED)
    positions = [(fx + x, fy + y) for x, y in _row_positions(bone, height)]
    for row, (x, y) in zip(bone.rows, positions, strict=True):
        _draw_row(canvas, row, (x, y), above=bone.above)
        if row.last_child is not None:  # the line its children hang on
            canvas.line(x - INDENT, y, *positions[row.last_child], stroke=MUTED)


def _draw_row(canvas: Canvas, row: _Row, end: tuple[float, float], *, above: bool) -> None:
    x, y = end
    canvas.line(x - row.length, y, x, y, stroke=MUTED)
    text_height = row.height - 8
    # Above the spine the bone leans left as it rises: keep the label clear of it.
    right = x - 6 - (SLOPE * text_height if above else 0)
    first, weight = y - 4 - text_height + row.size, "bold" if row.depth == 1 else None
    canvas.text(right, first, row.lines, size=row.size, text_anchor="end", font_weight=weight)


def _draw_head(
    canvas: Canvas, lines: list[str], spine_end: tuple[float, float], size: tuple[float, float]
) -> None:
    (x, y), (width, height) = spine_end, size
    canvas.add("path", d=f"M{_number(x - 12)} {_number(y - 7)}l12 7l-12 7z", fill=INK)
    canvas.rect(
        x, y - height / 2, width, height, rx=6, fill="#fdf6e3", stroke=INK, stroke_width=2.0
    )
    canvas.text(x + width / 2, y - height / 2 + 24, lines, size=14, **BOLD_CENTRED)


# Change space (acceptance, authority, ability) ----------------------------------------------
