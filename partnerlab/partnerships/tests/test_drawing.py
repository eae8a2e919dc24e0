"""The workspace's charts: valid, accessible SVG that grows with its data, and PNGs of it."""

from __future__ import annotations

import datetime
import itertools
import re
import struct
import zlib
from xml.etree import ElementTree as ET

import pytest
from django.utils import translation

from partnerlab.partnerships.drawing import (
    CHAR_WIDTH,
    DesignIdeaPoint,
    Strand,
    change_space_svg,
    design_positions,
    design_space_svg,
    svg_to_png,
)
from partnerlab.partnerships.drawing_fishbone import CauseNode, fishbone_svg
from partnerlab.partnerships.drawing_gantt import GanttBar, gantt_svg

SVG = "{http://www.w3.org/2000/svg}"
TRICKY = "Fish & <chips>"


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.find(f"{SVG}title") is not None and root.find(f"{SVG}desc") is not None
    assert root.get("viewBox") == f"0 0 {root.get('width')} {root.get('height')}"
    assert "href" not in svg  # nothing external: it must print and rasterise on its own
    return root


def size(svg: str) -> tuple[float, float]:
    root = parse(svg)
    return float(root.get("width", 0)), float(root.get("height", 0))


def texts(svg: str) -> list[str]:
    """Each <text> element's words, its wrapped lines joined again."""
    return [" ".join(t.itertext()) for t in parse(svg).iter(f"{SVG}text")]


def tree(depth: int, breadth: int, prefix: str) -> tuple[CauseNode, ...]:
    if depth == 0:
        return ()
    return tuple(
        CauseNode(f"{prefix}.{i}", tree(depth - 1, breadth, f"{prefix}.{i}"))
        for i in range(breadth)
    )


def all_texts(nodes: tuple[CauseNode, ...]) -> list[str]:
    return [text for node in nodes for text in [node.text, *all_texts(node.children)]]


def text_boxes(svg: str) -> list[tuple[float, float, float, float]]:
    """Estimated (left, top, right, bottom) of every <text>, with the module's glyph width."""
    boxes = []
    for element in parse(svg).iter(f"{SVG}text"):
        font = float(element.get("font-size", 12))
        lines = [t.text or "" for t in element.iter(f"{SVG}tspan")]
        width = max(len(line) for line in lines) * CHAR_WIDTH * font
        width *= 1.1 if element.get("font-weight") == "bold" else 1.0
        x, y = float(element.get("x", 0)), float(element.get("y", 0))
        left = {"end": x - width, "middle": x - width / 2}.get(element.get("text-anchor", ""), x)
        boxes.append((left, y - font, left + width, y + (len(lines) - 1) * font * 1.3 + 3))
    return boxes


def overlapping(boxes: list[tuple[float, float, float, float]]) -> list[tuple[int, int]]:
    return [
        (i, j)
        for i, a in enumerate(boxes)
        for j, b in enumerate(boxes[i + 1 :], i + 1)
        if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
    ]


# Fishbone ------------------------------------------------------------------------------------


def test_fishbone_escapes_labels_and_keeps_them_readable() -> None:
    svg = fishbone_svg(TRICKY, [CauseNode(TRICKY, (CauseNode(f"sub {TRICKY}"),))])
    assert "Fish &amp; &lt;chips&gt;" in svg
    assert TRICKY in texts(svg)
    assert f"sub {TRICKY}" in texts(svg)


def test_fishbone_shows_every_cause_at_every_depth() -> None:
    causes = list(tree(4, 2, "cause"))
    shown = texts(fishbone_svg("Problem", causes))
    for text in all_texts(tuple(causes)):
        assert text in shown


def test_fishbone_grows_with_its_causes_and_keeps_labels_apart() -> None:
    small = fishbone_svg("Problem", list(tree(2, 2, "c")))
    large = fishbone_svg(
        "Problem", [CauseNode(f"Cause {i}", tree(3, 2, str(i))) for i in range(12)]
    )
    assert size(large)[0] > size(small)[0]
    assert size(large)[1] > size(small)[1]
    assert overlapping(text_boxes(large)) == []


def test_fishbone_wraps_long_labels_onto_lines() -> None:
    long_cause = "a cause described at such length that it could never fit on one line " * 3
    svg = fishbone_svg("Problem", [CauseNode("Bone", (CauseNode(long_cause),))])
    label = next(t for t in parse(svg).iter(f"{SVG}text") if "cause" in "".join(t.itertext()))
    lines = [tspan.text or "" for tspan in label.iter(f"{SVG}tspan")]
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert max(len(line) for line in lines) * CHAR_WIDTH * 12 <= 175


def test_fishbone_with_one_cause_or_none() -> None:
    assert "Only" in texts(fishbone_svg("Problem", [CauseNode("Only")]))
    empty = texts(fishbone_svg("Problem", []))
    assert "Problem" in empty
    assert any("No causes yet" in text for text in empty)


# Change space --------------------------------------------------------------------------------


def test_change_space_shows_levels_totals_and_entry_points() -> None:
    svg = change_space_svg(
        [Strand(TRICKY, 3, 2, 1, entry_point=True), Strand("Unrated", None, None, None)]
    )
    shown = texts(svg)
    assert TRICKY in shown and "Fish &amp; &lt;chips&gt;" in svg
    assert {"high", "medium", "low", "6 / 9"} <= set(shown)
    assert shown.count("not rated") == 4  # three bars and the total
    assert "★" in shown  # the entry point's mark (and the legend's)
    entry_label = next(t for t in parse(svg).iter(f"{SVG}text") if "".join(t.itertext()) == TRICKY)
    assert entry_label.get("font-weight") == "bold"


def test_change_space_marks_partly_rated_strands_and_handles_none() -> None:
    assert "partly rated" in texts(change_space_svg([Strand("Half", 2, None, 3)]))
    assert "No causal strands yet." in texts(change_space_svg([]))


# Design space --------------------------------------------------------------------------------


def quadrant(svg: str, key: str) -> tuple[float, float, float, float]:
    rect = next(r for r in parse(svg).iter(f"{SVG}rect") if r.get("data-quadrant") == key)
    x, y = float(rect.get("x", 0)), float(rect.get("y", 0))
    return x, y, x + float(rect.get("width", 0)), y + float(rect.get("height", 0))


def dots(svg: str) -> dict[int, tuple[float, float]]:
    return {
        int(c.get("data-number", 0)): (float(c.get("cx", 0)), float(c.get("cy", 0)))
        for c in parse(svg).iter(f"{SVG}circle")
        if c.get("class") == "idea"
    }


def test_design_space_puts_a_strong_idea_in_the_promising_quadrant() -> None:
    svg = design_space_svg(
        [DesignIdeaPoint("Weak", 1, 1, "set_aside"), DesignIdeaPoint(TRICKY, 5, 5, "chosen")]
    )
    left, top, right, bottom = quadrant(svg, "promising")
    x, y = dots(svg)[2]
    assert left < x < right and top < y < bottom
    left, top, right, bottom = quadrant(svg, "weak_and_hard")
    x, y = dots(svg)[1]
    assert left < x < right and top < y < bottom
    assert TRICKY in texts(svg) and "Fish &amp; &lt;chips&gt;" in svg


def test_design_space_spreads_ideas_with_equal_scores() -> None:
    ideas = [DesignIdeaPoint(f"Idea {n}", 4, 4, "candidate") for n in range(4)]
    centres = dots(design_space_svg(ideas))
    assert len(set(centres.values())) == 4
    for a in centres.values():
        for b in centres.values():
            assert a == b or (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 >= 22**2


def test_design_space_lists_ideas_not_yet_judged_without_a_dot() -> None:
    ideas = [DesignIdeaPoint("Judged", 2, 4, "candidate"), DesignIdeaPoint("Later", None, 3, "")]
    svg = design_space_svg(ideas)
    assert design_positions(ideas)[1] is None
    assert set(dots(svg)) == {1}
    shown = texts(svg)
    assert shown.index("Not yet judged") < shown.index("Later")
    assert design_space_svg([]).startswith("<svg")


def test_design_space_styles_each_status_differently() -> None:
    statuses = ["chosen", "candidate", "set_aside"]
    svg = design_space_svg([DesignIdeaPoint(s, n, 2, s) for n, s in enumerate(statuses, 1)])
    fills = {c.get("fill") for c in parse(svg).iter(f"{SVG}circle") if c.get("class") == "idea"}
    assert len(fills) == 3


# Gantt ---------------------------------------------------------------------------------------

DAY = datetime.date(2026, 3, 2)


def bars(svg: str) -> list[ET.Element]:
    return [r for r in parse(svg).iter(f"{SVG}rect") if r.get("class") == "bar"]


def test_gantt_bar_widths_follow_durations() -> None:
    activities = [
        GanttBar("Ten days", DAY, DAY + datetime.timedelta(days=9), owner=TRICKY),
        GanttBar("Thirty days", DAY, DAY + datetime.timedelta(days=29)),
        GanttBar("No dates", None, None),
    ]
    svg = gantt_svg(activities, today=DAY)
    ten, thirty = (float(bar.get("width", 0)) for bar in bars(svg))
    assert thirty / ten == pytest.approx(3, rel=0.02)
    shown = texts(svg)
    assert TRICKY in shown and "Fish &amp; &lt;chips&gt;" in svg
    assert "no dates yet" in shown and "Today" in shown


def test_gantt_draws_today_only_inside_the_plan() -> None:
    activity = [GanttBar("One day", DAY, DAY)]
    assert "Today" not in texts(gantt_svg(activity, today=DAY + datetime.timedelta(days=400)))
    svg = gantt_svg(activity, today=DAY)
    assert len(bars(svg)) == 1 and float(bars(svg)[0].get("width", 0)) > 0


def test_gantt_labels_a_three_year_plan_without_collisions() -> None:
    activities = [
        GanttBar(f"Activity {i}", DAY + datetime.timedelta(days=36 * i), None) for i in range(30)
    ]
    svg = gantt_svg(activities, today=DAY)
    months = [
        t for t in parse(svg).iter(f"{SVG}text") if re.search(r"\d{4}", "".join(t.itertext()))
    ]
    xs = [float(t.get("x", 0)) for t in months]
    assert 3 <= len(xs) <= 16
    widest = max(len("".join(t.itertext())) for t in months) * CHAR_WIDTH * 11
    assert all(b - a > widest for a, b in itertools.pairwise(xs))
    assert len(bars(svg)) == 30


def test_gantt_without_activities() -> None:
    assert "No activities yet." in texts(gantt_svg([], today=DAY))


def test_gantt_months_follow_the_language() -> None:
    with translation.override("fr"):
        shown = texts(gantt_svg([GanttBar("Février", DAY.replace(month=2), DAY)], today=DAY))
    assert "février 2026" in shown  # the month in letters (partnerlab/formats)


# PNG -----------------------------------------------------------------------------------------


def png_header(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def dark_pixels(png: bytes) -> int:
    """Opaque pixels darker than mid-grey, decoding the PNG by hand (Pillow is not installed)."""
    width, _height = png_header(png)
    assert png[24:26] == bytes([8, 6]) and png[28] == 0  # 8-bit RGBA, not interlaced: resvg's
    data, offset = b"", 8
    while offset < len(png):
        length, kind = struct.unpack(">I4s", png[offset : offset + 8])
        data += png[offset + 8 : offset + 8 + length] if kind == b"IDAT" else b""
        offset += 12 + length
    raw, stride, previous, dark = zlib.decompress(data), width * 4, bytearray(width * 4), 0
    for start in range(0, len(raw), stride + 1):
        row = unfilter(raw[start], bytearray(raw[start + 1 : start + 1 + stride]), previous)
        dark += sum(
            1 for i in range(0, stride, 4) if sum(row[i : i + 3]) < 3 * 128 and row[i + 3] > 127
        )
        previous = row
    return dark


def unfilter(kind: int, row: bytearray, previous: bytearray) -> bytearray:
    """Undo one scanline's PNG filter (RGBA: the byte to the left is 4 back)."""
    for i in range(len(row)):
        left = row[i - 4] if i >= 4 else 0
        up, up_left = previous[i], previous[i - 4] if i >= 4 else 0
        predictors = [0, left, up, (left + up) // 2, paeth(left, up, up_left)]
        row[i] = (row[i] + predictors[kind]) & 0xFF
    return row


def paeth(left: int, up: int, up_left: int) -> int:
    guess = left + up - up_left
    distances = [abs(guess - left), abs(guess - up), abs(guess - up_left)]
    return [left, up, up_left][distances.index(min(distances))]


def test_svg_to_png_renders_each_chart_at_the_requested_scale() -> None:
    svg = fishbone_svg("Problem", list(tree(2, 2, "c")))
    width, height = size(svg)
    assert png_header(svg_to_png(svg)) == (round(width * 2), round(height * 2))
    assert png_header(svg_to_png(svg, scale=1)) == (round(width), round(height))


def test_svg_to_png_draws_the_text() -> None:
    # A chart with nothing but its hint text: dark pixels there can only be glyphs.
    text_only = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" viewBox="0 0 200 40">'
        '<rect width="200" height="40" fill="#fff"/><text x="10" y="28" font-size="20" '
        'font-family="sans-serif" fill="#1f2933">Fish &amp; chips</text></svg>'
    )
    blank = text_only.replace("Fish &amp; chips", "")
    assert dark_pixels(svg_to_png(blank, scale=1)) == 0
    assert dark_pixels(svg_to_png(text_only, scale=1)) > 300
