"""Charts of the PDIA workspace drawn as standalone SVG, from plain data (no ORM).

Every chart is built with ElementTree, so all text is XML-escaped; sizes grow with the data so
labels never overlap, and long labels are wrapped onto <tspan> lines. `svg_to_png` rasterises
any of them for documents. The Gantt chart lives in `drawing_gantt`.
"""

from __future__ import annotations

import textwrap
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from math import ceil, cos, inf, pi, sin
from typing import TypedDict

import resvg_py
from django.utils.translation import gettext as _

# DejaVu first: it is what the PNG renderer finds on Debian; browsers fall back as they can.
FONT_FAMILY = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"
INK = "#1f2933"
MUTED = "#52606d"
RULE = "#9aa5b1"
PALE = "#e4e7eb"
ACCENT = "#1d4ed8"
HIGHLIGHT = "#b45309"
TEAL = "#0f766e"
CHAR_WIDTH = 0.55  # average glyph width as a share of the font size
BOLD_WIDTH = 1.1  # bold glyphs run this much wider
LINE_HEIGHT = 1.3
MARGIN = 20.0


class Style(TypedDict, total=False):
    """Presentation attributes that charts share (a TypedDict so `**style` stays typed)."""

    fill: str
    font_style: str
    font_weight: str
    stroke: str
    stroke_dasharray: str
    text_anchor: str


BOLD: Style = {"font_weight": "bold"}
CENTRED: Style = {"text_anchor": "middle"}
NOTE: Style = {"fill": MUTED, "font_style": "italic"}


def text_width(text: str, size: float) -> float:
    return len(text) * CHAR_WIDTH * size


def wrap_text(text: str, *, size: float, width: float, max_lines: int = 3) -> list[str]:
    """Lines of `text` that fit `width` pixels; an ellipsis marks what did not fit."""
    chars = max(4, int(width / (CHAR_WIDTH * size)))
    lines = textwrap.wrap(" ".join(text.split()), chars) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: chars - 1].rstrip() + "…"
    return lines


def block_width(lines: Sequence[str], size: float) -> float:
    return max(text_width(line, size) for line in lines)


def block_height(lines: Sequence[str], size: float) -> float:
    return len(lines) * size * LINE_HEIGHT


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _attributes(attrs: dict[str, object]) -> dict[str, str]:
    # `class_` and `font_size` style keywords become `class` and `font-size`.
    as_text = {k: _number(v) if isinstance(v, float) else str(v) for k, v in attrs.items()}
    return {k.rstrip("_").replace("_", "-"): v for k, v in as_text.items() if attrs[k] is not None}


class Canvas:
    """An SVG document being drawn; its size is settled only when it is finished."""

    def __init__(self, *, title: str, description: str) -> None:
        self.root = ET.Element("svg", xmlns="http://www.w3.org/2000/svg", role="img")
        ET.SubElement(self.root, "title").text = title
        ET.SubElement(self.root, "desc").text = description
        self.background = ET.SubElement(self.root, "rect", fill="#ffffff")
        self.body = ET.SubElement(self.root, "g", {"font-family": FONT_FAMILY, "fill": INK})

    def add(self, tag: str, *, parent: ET.Element | None = None, **attrs: object) -> ET.Element:
        return ET.SubElement(self.body if parent is None else parent, tag, _attributes(attrs))

    def line(self, x1: float, y1: float, x2: float, y2: float, **attrs: object) -> ET.Element:
        attrs.setdefault("stroke", RULE)
        return self.add("line", x1=x1, y1=y1, x2=x2, y2=y2, **attrs)

    def rect(self, x: float, y: float, width: float, height: float, **attrs: object) -> ET.Element:
        return self.add("rect", x=x, y=y, width=width, height=height, **attrs)

    def text(
        self, x: float, y: float, lines: Sequence[str], *, size: float = 12.0, **attrs: object
    ) -> ET.Element:
        """Lines from baseline `y` downwards, one <tspan> each."""
        element = self.add("text", x=x, y=y, font_size=size, **attrs)
        for index, line in enumerate(lines):
            tspan = self.add("tspan", parent=element, x=x, dy=0.0 if index == 0 else "1.3em")
            tspan.text = line
        return element

    def finish(self, width: float, height: float) -> str:
        # Whole pixels, so a PNG at scale 1 or 2 is exactly the chart's size.
        size = {"width": str(ceil(width)), "height": str(ceil(height))}
        self.root.attrib.update(size, viewBox=f"0 0 {size['width']} {size['height']}")
        self.background.attrib.update(size)
        return ET.tostring(self.root, encoding="unicode")


def svg_to_png(svg: str, *, scale: float = 2.0) -> bytes:
    """A PNG of the SVG, `scale` pixels per SVG unit."""
    # resvg maps the generic `sans-serif` to Arial, absent on Debian: name a font that is there.
    return bytes(resvg_py.svg_to_bytes(svg_string=svg, zoom=scale, sans_serif_family="DejaVu Sans"))


# Fishbone (Ishikawa) -----------------------------------------------------------------------

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
    canvas.text(fx + (left + right) / 2, fy + top + 17, bone.label, size=13, **BOLD, **CENTRED)
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
    canvas.text(x + width / 2, y - height / 2 + 24, lines, size=14, **BOLD, **CENTRED)


# Change space (acceptance, authority, ability) ----------------------------------------------

TRACKS_X = (262.0, 374.0, 486.0)  # left edges of the Acceptance, Authority, Ability bars
SEGMENT = 30.0
TOTAL_X = 604.0
TOTAL_WIDTH = 126.0
SPACE_WIDTH = 840.0


@dataclass(frozen=True)
class Strand:
    label: str
    acceptance: int | None
    authority: int | None
    ability: int | None
    entry_point: bool = False

    @property
    def levels(self) -> tuple[int | None, int | None, int | None]:
        return (self.acceptance, self.authority, self.ability)

    @property
    def change_space(self) -> int:
        """The sum of the rated levels, out of 9."""
        return sum(level for level in self.levels if level is not None)


def change_space_svg(strands: list[Strand]) -> str:
    """Per causal strand: acceptance, authority and ability (low to high) and their sum of 9."""
    canvas = Canvas(
        title=_("Change space of each causal strand"),
        description="; ".join(f"{s.label}: {s.change_space}/9" for s in strands) or "-",
    )
    headings = [_("Causal strand"), _("Acceptance"), _("Authority"), _("Ability")]
    for x, heading in zip(
        (MARGIN, *TRACKS_X, TOTAL_X), [*headings, _("Change space")], strict=True
    ):
        canvas.text(x, 32, [heading], **BOLD)
    canvas.line(MARGIN, 42, SPACE_WIDTH - MARGIN, 42, stroke=INK)
    y = 42.0
    for strand in strands:
        y = _draw_strand(canvas, strand, y)
    if not strands:
        canvas.text(MARGIN, y + 26, [_("No causal strands yet.")], **NOTE)
        y += 40
    return canvas.finish(SPACE_WIDTH, _draw_space_legend(canvas, y + 28) + MARGIN)


def _draw_strand(canvas: Canvas, strand: Strand, top: float) -> float:
    """Draw one row below `top`; return its bottom."""
    lines = wrap_text(strand.label, size=12, width=190)
    height = max(48.0, block_height(lines, 12) + 20)
    if strand.entry_point:
        canvas.rect(MARGIN - 8, top, SPACE_WIDTH - 2 * MARGIN + 16, height, fill="#fef3c7")
        canvas.text(MARGIN, top + 24, ["★"], size=14, fill=HIGHLIGHT)
    canvas.text(MARGIN + 18, top + 23, lines, font_weight="bold" if strand.entry_point else None)
    middle = top + height / 2
    for x, level in zip(TRACKS_X, strand.levels, strict=True):
        _draw_level(canvas, x, middle, level)
    _draw_total(canvas, middle, strand)
    canvas.line(MARGIN - 8, top + height, SPACE_WIDTH - MARGIN + 8, top + height, stroke=PALE)
    return top + height


def _draw_level(canvas: Canvas, x: float, middle: float, level: int | None) -> None:
    unrated: Style = {"stroke": RULE, "stroke_dasharray": "3 2"} if not level else {}
    for index in range(3):
        fill = ACCENT if level and index < level else PALE
        canvas.rect(x + index * (SEGMENT + 3), middle - 12, SEGMENT, 12, rx=2, fill=fill, **unrated)
    if level:
        name = {1: _("low"), 2: _("medium"), 3: _("high")}[level]
        canvas.text(x, middle + 14, [name], size=10, fill=MUTED)
    else:
        canvas.text(x, middle + 14, [_("not rated")], size=10, **NOTE)


def _draw_total(canvas: Canvas, middle: float, strand: Strand) -> None:
    rated = [level for level in strand.levels if level is not None]
    fill = HIGHLIGHT if strand.entry_point else TEAL
    canvas.rect(TOTAL_X, middle - 12, TOTAL_WIDTH, 12, rx=2, fill=PALE)
    canvas.rect(TOTAL_X, middle - 12, TOTAL_WIDTH * strand.change_space / 9, 12, rx=2, fill=fill)
    for step in range(1, 9):  # unit ticks make the score readable without counting pixels
        tick_x = TOTAL_X + TOTAL_WIDTH * step / 9
        canvas.line(tick_x, middle - 12, tick_x, middle, stroke="#ffffff")
    score = f"{strand.change_space} / 9" if rated else _("not rated")
    canvas.text(TOTAL_X + TOTAL_WIDTH + 8, middle - 2, [score], **BOLD)
    if 0 < len(rated) < 3:
        canvas.text(TOTAL_X, middle + 14, [_("partly rated")], size=10, **NOTE)


def _draw_space_legend(canvas: Canvas, top: float) -> float:
    canvas.text(MARGIN, top, ["★"], size=14, fill=HIGHLIGHT)
    canvas.text(MARGIN + 18, top, [_("Entry point: where the team starts")], size=11)
    for index in range(3):
        canvas.rect(MARGIN + index * 14, top + 12, 12, 10, fill=ACCENT)
    scale = _("Acceptance, authority, ability: low, medium or high (1 to 3)")
    canvas.text(MARGIN + 48, top + 21, [scale], size=11)
    canvas.rect(MARGIN, top + 30, 40, 10, fill=TEAL)
    canvas.text(MARGIN + 48, top + 39, [_("Change space: the sum of the three, out of 9")], size=11)
    return top + 44


# Design space (technically correct x politically and administratively feasible) -----------

PLOT_X = 86.0
PLOT_Y = 24.0
PLOT_SIZE = 400.0
UNIT = PLOT_SIZE / 5
DOT_RADIUS = 11.0
STATUS_STYLES = {  # fill, stroke, number colour: chosen filled, candidate hollow, set aside grey
    "chosen": (ACCENT, ACCENT, "#ffffff"),
    "candidate": ("#ffffff", ACCENT, ACCENT),
    "set_aside": ("#d9dee4", RULE, MUTED),
}


@dataclass(frozen=True)
class DesignIdeaPoint:
    label: str
    technical: int | None
    feasibility: int | None
    status: str  # "candidate", "chosen" or "set_aside"


def _plot_point(technical: float, feasibility: float) -> tuple[float, float]:
    technical, feasibility = (min(5.0, max(1.0, score)) for score in (technical, feasibility))
    return PLOT_X + (technical - 0.5) * UNIT, PLOT_Y + (5.5 - feasibility) * UNIT


def design_positions(ideas: Sequence[DesignIdeaPoint]) -> list[tuple[float, float] | None]:
    """Dot centres (None when not judged); ideas with equal scores share a small ring."""
    scores = [(i.technical, i.feasibility) for i in ideas]
    counts = Counter(scores)
    seen: Counter[tuple[int | None, int | None]] = Counter()
    positions: list[tuple[float, float] | None] = []
    for key in scores:
        technical, feasibility = key
        if technical is None or feasibility is None:
            positions.append(None)
            continue
        x, y = _plot_point(technical, feasibility)
        if counts[key] > 1:
            radius = max(14.0, counts[key] * 2.4 * DOT_RADIUS / (2 * pi))
            angle = 2 * pi * seen[key] / counts[key] - pi / 2
            x, y = x + radius * cos(angle), y + radius * sin(angle)
        seen[key] += 1
        positions.append((x, y))
    return positions


def design_space_svg(ideas: list[DesignIdeaPoint]) -> str:
    """Ideas placed by how technically correct and how feasible they are, in four quadrants."""
    described = [f"{n}. {i.label} ({i.technical}, {i.feasibility})" for n, i in enumerate(ideas, 1)]
    canvas = Canvas(title=_("Design space"), description="; ".join(described) or "-")
    _draw_quadrants(canvas)
    _draw_axes(canvas)
    positions = design_positions(ideas)
    for number, (idea, point) in enumerate(zip(ideas, positions, strict=True), 1):
        if point is not None:
            _draw_dot(canvas, point, number, idea.status)
    bottom = _draw_idea_legend(canvas, ideas, positions)
    return canvas.finish(PLOT_X + PLOT_SIZE + 300, max(PLOT_Y + PLOT_SIZE + 64, bottom + MARGIN))


def _draw_quadrants(canvas: Canvas) -> None:
    half = PLOT_SIZE / 2
    quadrants = [  # key, column, row, fill, name
        ("promising", 1, 0, "#e3f4e8", _("Promising")),
        ("feasible_but_weak", 0, 0, "#f3f5f8", _("Feasible but weak")),
        ("sound_but_hard", 1, 1, "#f3f5f8", _("Sound but hard to authorise")),
        ("weak_and_hard", 0, 1, "#e9ecf0", _("Weak and hard to authorise")),
    ]
    for key, column, row, fill, name in quadrants:
        x, y = PLOT_X + column * half, PLOT_Y + row * half
        canvas.rect(x, y, half, half, fill=fill, stroke=RULE, data_quadrant=key)
        lines = wrap_text(name, size=11, width=half - 16, max_lines=2)
        text_x = x + half - 8 if column else x + 8
        text_y = y + 16 if row == 0 else y + half - 8 - (len(lines) - 1) * 11 * LINE_HEIGHT
        anchor = "end" if column else "start"
        canvas.text(text_x, text_y, lines, size=11, fill=MUTED, text_anchor=anchor, **BOLD)


def _draw_axes(canvas: Canvas) -> None:
    bottom = PLOT_Y + PLOT_SIZE
    for score in range(1, 6):
        x, y = _plot_point(score, score)
        canvas.text(x, bottom + 16, [str(score)], size=11, fill=MUTED, **CENTRED)
        canvas.text(PLOT_X - 8, y + 4, [str(score)], size=11, fill=MUTED, text_anchor="end")
    canvas.text(PLOT_X + PLOT_SIZE / 2, bottom + 38, [_("Technically correct")], **BOLD, **CENTRED)
    lines = wrap_text(_("Politically and administratively feasible"), size=12, width=PLOT_SIZE)
    x, y = PLOT_X - 52, PLOT_Y + PLOT_SIZE / 2
    canvas.text(x, y, lines, transform=f"rotate(-90 {_number(x)} {_number(y)})", **BOLD, **CENTRED)


def _draw_dot(canvas: Canvas, centre: tuple[float, float], number: int | None, status: str) -> None:
    fill, stroke, ink = STATUS_STYLES.get(status, STATUS_STYLES["candidate"])
    x, y = centre
    idea = "idea" if number else None  # the key's samples are no ideas
    canvas.add(
        "circle",
        cx=x,
        cy=y,
        r=DOT_RADIUS,
        fill=fill,
        stroke=stroke,
        stroke_width=2.0,
        class_=idea,
        data_number=number,
    )
    if number is not None:  # otherwise a sample in the key
        size = 11.0 if number < 100 else 8.0
        canvas.text(x, y + size * 0.36, [str(number)], size=size, fill=ink, **BOLD, **CENTRED)


def _draw_idea_legend(
    canvas: Canvas, ideas: Sequence[DesignIdeaPoint], positions: Sequence[object]
) -> float:
    """The status key, then number -> label for judged ideas, then those not yet judged."""
    x, y = PLOT_X + PLOT_SIZE + 30, PLOT_Y
    key = {"chosen": _("Chosen"), "candidate": _("Candidate"), "set_aside": _("Set aside")}
    for status, name in key.items():
        _draw_dot(canvas, (x + DOT_RADIUS, y + DOT_RADIUS), None, status)
        canvas.text(x + 2 * DOT_RADIUS + 8, y + 15, [name])
        y += 26
    numbered = list(enumerate(ideas, 1))
    judged = [(n, idea) for n, idea in numbered if positions[n - 1] is not None]
    waiting = [(n, idea) for n, idea in numbered if positions[n - 1] is None]
    for heading, group in ((_("Ideas"), judged), (_("Not yet judged"), waiting)):
        if group:
            canvas.text(x, y + 24, [heading], **BOLD)
            y += 34
        for number, idea in group:
            lines = wrap_text(idea.label, size=11, width=230)
            canvas.text(x, y + 12, [f"{number}."], size=11, **BOLD)
            canvas.text(x + 28, y + 12, lines, size=11)
            y += max(20.0, block_height(lines, 11) + 6)
    return y
