"""The dashboard's charts: standalone SVG with a title and a description for screen readers,
every figure written as text, and nothing to divide by zero when a cycle is empty."""

import xml.etree.ElementTree as ET

from partnerlab.portfolio import drawing

NS = "{http://www.w3.org/2000/svg}"


def _texts(svg: str) -> list[str]:
    root = ET.fromstring(svg)
    return ["".join(t.itertext()) for t in root.iter(f"{NS}text")]


def test_bars_write_each_label_and_figure():
    svg = drawing.bars_svg(
        [drawing.Bar("Inputs", 156, "156"), drawing.Bar("Themes", 12, "12 · 8%")],
        title="Funnel",
        empty="nothing",
    )
    root = ET.fromstring(svg)
    assert root.get("role") == "img" and root.find(f"{NS}title").text == "Funnel"
    assert "Inputs: 156" in root.find(f"{NS}desc").text
    assert {"Inputs", "156", "Themes", "12 · 8%"} <= set(_texts(svg))


def test_empty_charts_say_so():
    assert "nothing" in _texts(drawing.bars_svg([], title="t", empty="nothing"))
    paired = drawing.paired_bars_svg([], title="t", first="a", second="b", empty="none yet")
    assert "none yet" in _texts(paired)
    heat = drawing.heatmap_svg([("1. Data", [0, 0])], columns=["Problem", "Design"], title="t")
    assert _texts(heat).count("·") == 2 and "none" in _texts(heat)


def test_paired_bars_name_both_series_and_scale_to_the_largest():
    svg = drawing.paired_bars_svg(
        [drawing.PairedBar("Hybrid", 0.5, 0.38, "50% (1)", "38%")],
        title="Types",
        first="Portfolio",
        second="Seed 001",
        empty="-",
    )
    assert {"Portfolio", "Seed 001", "Hybrid", "50% (1)", "38%"} <= set(_texts(svg))
    widths = [
        float(r.get("width"))
        for r in ET.fromstring(svg).iter(f"{NS}rect")
        if r.get("fill") in (drawing.ACCENT, drawing.SECOND) and float(r.get("width")) > 14
    ]
    assert max(widths) == drawing.BAR_SPACE  # the largest value fills the track


def test_the_heat_map_writes_every_count_and_explains_its_shades():
    svg = drawing.heatmap_svg(
        [("6. Fair recruitment", [0, 1, 4]), ("20. Remittances", [2, 0, 0])],
        columns=["Problem", "Fishbone", "Design"],
        title="GCM coverage",
    )
    texts = _texts(svg)
    assert {"1", "4", "2", "Problem", "Design", "6. Fair recruitment"} <= set(texts)
    assert [text for _colour, text in drawing.heat_legend(4)] == ["none", "1", "2", "3", "4"]
    assert [text for _colour, text in drawing.heat_legend(8)] == [
        "none",
        "1–2",
        "3–4",
        "5–6",
        "7–8",
    ]
    assert drawing.heat_colour(0, 4) == drawing.HEAT[0]
    assert drawing.heat_colour(4, 4) == drawing.HEAT[4]
