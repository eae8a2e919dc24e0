"""Charts of the PDIA workspace drawn as standalone SVG, from plain data (no ORM).

Every chart is built with ElementTree, so all text is XML-escaped; sizes grow with the data so
labels never overlap, and long labels are wrapped onto <tspan> lines. `svg_to_png` rasterises
any of them for documents. The fishbone lives in `drawing_fishbone`, the Gantt chart in
`drawing_gantt`.
"""

from __future__ import annotations

import textwrap
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from math import ceil, cos, pi, sin
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
WHOLE = 99  # max_lines for labels that must never be cut (names in documents)


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
BOLD_CENTRED: Style = {"font_weight": "bold", "text_anchor": "middle"}
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


_CONTROL = {c: None for c in [*range(32), 0x7F] if chr(c) not in "\n\t"}


def _printable(text: str) -> str:
    """XML cannot hold control characters; older data might."""
    return text.translate(_CONTROL)


class Canvas:
    """An SVG document being drawn; its size is settled only when it is finished."""

    def __init__(self, *, title: str, description: str) -> None:
        self.root = ET.Element("svg", xmlns="http://www.w3.org/2000/svg", role="img")
        ET.SubElement(self.root, "title").text = _printable(title)
        ET.SubElement(self.root, "desc").text = _printable(description)
        self.background = ET.SubElement(self.root, "rect", fill="#ffffff")
        self.body = ET.SubElement(self.root, "g", {"font-family": FONT_FAMILY, "fill": INK})

    def add(self, tag: str, **attrs: object) -> ET.Element:
        """A child of the chart, or of the element given as `parent=`."""
        parent = attrs.pop("parent", None)
        into = parent if isinstance(parent, ET.Element) else self.body
        return ET.SubElement(into, tag, _attributes(attrs))

    def line(self, x1: float, y1: float, x2: float, y2: float, **attrs: object) -> ET.Element:
        return self.add("line", **{"x1": x1, "y1": y1, "x2": x2, "y2": y2, "stroke": RULE, **attrs})

    def rect(self, x: float, y: float, width: float, height: float, **attrs: object) -> ET.Element:
        return self.add("rect", **{"x": x, "y": y, "width": width, "height": height, **attrs})

    def text(
        self, x: float, y: float, lines: Sequence[str], *, size: float = 12.0, **attrs: object
    ) -> ET.Element:
        """Lines from baseline `y` downwards, one <tspan> each."""
        element = self.add("text", **{"x": x, "y": y, "font_size": size, **attrs})
        for index, line in enumerate(lines):
            tspan = self.add("tspan", parent=element, x=x, dy=0.0 if index == 0 else "1.3em")
            tspan.text = _printable(line)
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


def _off_the_lines(x: float, y: float, technical: int, feasibility: int) -> tuple[float, float]:
    """Keep a dot wholly inside one quadrant. A 3 sits on the line between the halves: it
    counts as the upper half (sound, feasible), so its dot is moved just inside that half."""
    clear = DOT_RADIUS + 3
    middle_x, middle_y = PLOT_X + PLOT_SIZE / 2, PLOT_Y + PLOT_SIZE / 2
    x = max(x, middle_x + clear) if technical >= 3 else min(x, middle_x - clear)
    y = min(y, middle_y - clear) if feasibility >= 3 else max(y, middle_y + clear)
    return x, y


def design_positions(ideas: Sequence[DesignIdeaPoint]) -> list[tuple[float, float] | None]:
    """Dot centres (None when not judged); ideas with equal scores share a small ring, and no
    dot straddles the lines between the quadrants."""
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
        positions.append(_off_the_lines(x, y, technical, feasibility))
    return positions


LEGEND_WIDTH = 300.0  # beside the plot; below it when the chart must be narrower (documents)


def design_space_svg(ideas: list[DesignIdeaPoint], *, width: float | None = None) -> str:
    """Ideas placed by how technically correct and how feasible they are, in four quadrants.
    With a `width` too narrow for the key beside the plot, the key goes below it."""
    described = [f"{n}. {i.label} ({i.technical}, {i.feasibility})" for n, i in enumerate(ideas, 1)]
    canvas = Canvas(title=_("Design space"), description="; ".join(described) or "-")
    _draw_quadrants(canvas)
    _draw_axes(canvas)
    positions = design_positions(ideas)
    for number, (idea, point) in enumerate(zip(ideas, positions, strict=True), 1):
        if point is not None:
            _draw_dot(canvas, point, number, idea.status)
    plot_bottom = PLOT_Y + PLOT_SIZE + 64
    if width is None or width >= PLOT_X + PLOT_SIZE + LEGEND_WIDTH:
        bottom = _draw_idea_legend(canvas, ideas, positions, (PLOT_X + PLOT_SIZE + 30, PLOT_Y))
        return canvas.finish(PLOT_X + PLOT_SIZE + LEGEND_WIDTH, max(plot_bottom, bottom + MARGIN))
    narrow = max(PLOT_X + PLOT_SIZE + MARGIN, width)
    origin = (PLOT_X, plot_bottom)
    bottom = _draw_idea_legend(canvas, ideas, positions, origin, label_width=narrow - PLOT_X - 48)
    return canvas.finish(narrow, bottom + MARGIN)


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
    canvas.text(PLOT_X + PLOT_SIZE / 2, bottom + 38, [_("Technically correct")], **BOLD_CENTRED)
    lines = wrap_text(_("Politically and administratively feasible"), size=12, width=PLOT_SIZE)
    x, y = PLOT_X - 52, PLOT_Y + PLOT_SIZE / 2
    canvas.text(x, y, lines, transform=f"rotate(-90 {_number(x)} {_number(y)})", **BOLD_CENTRED)


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
        canvas.text(x, y + size * 0.36, [str(number)], size=size, fill=ink, **BOLD_CENTRED)


def _draw_idea_legend(
    canvas: Canvas,
    ideas: Sequence[DesignIdeaPoint],
    positions: Sequence[object],
    origin: tuple[float, float],
    label_width: float = 230.0,
) -> float:
    """The status key, then number -> label for judged ideas, then those not yet judged; each
    label whole, on as many lines as it needs."""
    x, y = origin
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
            lines = wrap_text(idea.label, size=11, width=label_width, max_lines=WHOLE)
            canvas.text(x, y + 12, [f"{number}."], size=11, **BOLD)
            canvas.text(x + 28, y + 12, lines, size=11)
            y += max(20.0, block_height(lines, 11) + 6)
    return y
