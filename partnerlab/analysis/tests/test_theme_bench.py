"""The pure parts of bench/themes.py: the shared minimum theme size, spreads and targets."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parents[3] / "bench" / "themes.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_themes", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_minimum_theme_size_scales_bertopics_best_practice_with_a_floor(
    bench: ModuleType,
) -> None:
    assert bench.min_theme_size(117_592) == 150
    assert bench.min_theme_size(100_000) == 128
    assert [bench.min_theme_size(n) for n in (50, 100, 300)] == [3, 3, 3]


def test_unassigned_answers_count_as_one_more_label_only_in_the_all_scores(
    bench: ModuleType,
) -> None:
    truth = np.array([0, 0, 1, 1, 2, 2])
    found = np.array([5, 5, 7, 7, -1, -1])
    s = bench.scores(truth, found)
    assert s["nmi_all"] == pytest.approx(1.0)
    assert s["nmi_assigned"] == pytest.approx(1.0)
    assert s["unassigned_share"] == pytest.approx(1 / 3)
    assert s["themes"] == 2
    worse = bench.scores(truth, np.array([5, -1, 7, -1, -1, -1]))
    assert worse["nmi_all"] < 1.0


def test_spread_gives_mean_sample_sd_and_range(bench: ModuleType) -> None:
    s = bench.spread([1.0, 2.0, 3.0])
    assert s == {"mean": 2.0, "sd": 1.0, "min": 1.0, "max": 3.0}
    assert bench.spread([4.0])["sd"] == 0.0


def _part(total: float, nmi: float, ari: float) -> dict[str, Any]:
    return {
        "total_s": {"mean": total, "sd": 0.0, "min": total, "max": total},
        "nmi_all": {"mean": nmi, "sd": 0.0},
        "ari_all": {"mean": ari, "sd": 0.0},
    }


def _large(ours: dict[str, Any], **variants: dict[str, Any]) -> dict[str, Any]:
    large: dict[str, Any] = {"n": 100_000, "ours": ours, "speed_ratio_per_seed": {}}
    for name, part in variants.items():
        key = name.replace("_", "-")
        large[key] = part
        large["speed_ratio_per_seed"][key] = [part["total_s"]["mean"] / ours["total_s"]["mean"]]
    return large


def test_targets_are_met_or_missed_on_the_measured_numbers(bench: ModuleType) -> None:
    good = _large(_part(20.0, 0.6, 0.4), bertopic=_part(200.0, 0.5, 0.3))
    assert all(ok for _, ok, _ in bench.targets(good))
    close = _large(_part(20.0, 0.5, 0.4), bertopic=_part(194.0, 0.6, 0.3))
    missed = bench.targets(close)
    assert [ok for _, ok, _ in missed] == [True, False, False, True]
    assert "9.7x" in missed[1][2]
    slow = bench.targets(_large(_part(61.0, 0.6, 0.4), bertopic=_part(1000.0, 0.5, 0.3)))
    assert slow[0][1] is False
    lines = bench.target_lines(close)
    assert "MET" in lines[0] and "MISSED" in lines[1]


def test_each_target_is_judged_against_the_strongest_bertopic_variant(
    bench: ModuleType,
) -> None:
    large = _large(
        _part(20.0, 0.6, 0.4),
        bertopic=_part(150.0, 0.5, 0.1),  # fastest, but weak on ARI
        bertopic_k=_part(300.0, 0.55, 0.45),  # slower, best ARI
    )
    speed, nmi, ari = bench.targets(large)[1:]
    assert speed[1] is False and "bertopic " in speed[2]  # 7.5x against the fastest
    assert nmi[1] is True and "bertopic-k" in nmi[2]
    assert ari[1] is False and "bertopic-k" in ari[2]
