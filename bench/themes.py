"""Theme-discovery benchmark: our pipeline (static USE + discover_themes) against BERTopic.

Setup, once (bench-only packages: they are NOT runtime dependencies of the project):

    .venv/bin/pip install torch==2.13.0 && .venv/bin/pip install -r bench/requirements.txt

(exactly torch==2.13.0 first: a CPU wheel; plain `torch` would pull a multi-GB CUDA build.)

Run (about 10 minutes on 2 cores; --quick is a 2-minute smoke test on 20,000 answers):

    .venv/bin/python bench/themes.py [--n 100000] [--quick] [--set NAME=VALUE ...]

Sections, all on `partnerlab.analysis.synthetic.generate` (34 planted topics, EN/FR/ES, noise):

1. embedders: static USE vs full USE on generate(3000, seed=1): KMeans with the true k -> NMI
   (on-topic answers), and the static model's load time and throughput.
2. large: n answers (default 100,000); ours = static embeddings (+ sentence embeddings) and
   discover_themes(min_size=20); BERTopic (default UMAP + HDBSCAN, UMAP random_state fixed,
   min_topic_size = our min_size) on the SAME text embeddings, warmed up (numba JIT) on a
   small set first. If BERTopic cannot finish n within 15 minutes, it runs on a 20,000-answer
   subsample instead and ours is scored on that subsample too (the output says so).
3. small: n in 50, 100, 300, 5 seeds each, full USE embeddings (the platform's default at small
   n); BERTopic with small-data settings (min_topic_size ~ n/25, at least 3).
4. stability: ours 3 times on the same input and once with the input order shuffled.

Scores against the planted topics (scikit-learn): NMI and ARI "all" = every answer, with our
unassigned answers (BERTopic's outliers, topic -1) as one more label and off-topic answers as
one more true label; "assigned" = only the answers the method put in a theme.
`--set NAME=VALUE` overrides a constant of partnerlab.analysis.themes (e.g. MICRO_CLUSTERS=200)
for experiments. Figures go to bench/results/themes.json.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing as mp
import os
import platform
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import (
    adjusted_mutual_info_score,
    adjusted_rand_score,
    normalized_mutual_info_score,
)

from partnerlab.analysis import themes
from partnerlab.analysis.embedding import (
    Embedder,
    default_embedder,
    encode_with_segments,
)
from partnerlab.analysis.static import ensure_static_model, load_static_embedder
from partnerlab.analysis.synthetic import generate

RESULTS = Path(__file__).resolve().parent / "results" / "themes.json"
LARGE_SEED = 0
LARGE_MIN_SIZE = 20
BERTOPIC_LIMIT_S = 15 * 60
SUBSAMPLE = 20_000
UMAP_SEED = 42
SMALL_SIZES = (50, 100, 300)
SMALL_SEEDS = (0, 1, 2, 3, 4)


def now() -> float:
    return time.perf_counter()


def log(message: str) -> None:
    print(message, flush=True)


# ---------------------------------------------------------------- scoring


def scores(truth: np.ndarray, predicted: np.ndarray) -> dict[str, float]:
    """NMI/ARI on all answers (unassigned = label -1 of its own) and on assigned ones only."""
    assigned = predicted >= 0
    out = {
        "nmi_all": float(normalized_mutual_info_score(truth, predicted)),
        "ari_all": float(adjusted_rand_score(truth, predicted)),
        # NMI grows with the number of clusters even at random; AMI corrects for chance.
        "ami_all": float(adjusted_mutual_info_score(truth, predicted)),
        "unassigned_share": float(1 - assigned.mean()),
        "themes": len(np.unique(predicted[assigned])),
    }
    if assigned.sum() >= 2:
        out["nmi_assigned"] = float(
            normalized_mutual_info_score(truth[assigned], predicted[assigned])
        )
        out["ari_assigned"] = float(adjusted_rand_score(truth[assigned], predicted[assigned]))
    else:
        out["nmi_assigned"] = out["ari_assigned"] = 0.0
    return out


def theme_labels(theme_map: themes.ThemeMap, n: int) -> np.ndarray:
    labels = np.full(n, -1, dtype=np.int64)
    for number, theme in enumerate(theme_map.themes):
        labels[theme.members] = number
    return labels


# ---------------------------------------------------------------- our pipeline


def ours(
    texts: Sequence[str], embedder: Embedder, min_size: int
) -> tuple[np.ndarray, dict[str, float], themes.ThemeMap, np.ndarray]:
    start = now()
    vectors, segments = encode_with_segments(embedder, texts)
    embedded = now()
    theme_map = themes.discover_themes(
        texts, vectors, min_size=min_size, segment_embeddings=segments
    )
    done = now()
    timing = {"embed_s": embedded - start, "cluster_s": done - embedded, "total_s": done - start}
    return theme_labels(theme_map, len(texts)), timing, theme_map, vectors


# ---------------------------------------------------------------- BERTopic


def _bertopic(min_topic_size: int, n: int) -> Any:
    from bertopic import BERTopic
    from umap import UMAP

    umap_model = UMAP(
        n_neighbors=min(15, n - 1),
        n_components=5,
        min_dist=0.0,
        metric="cosine",
        random_state=UMAP_SEED,
    )  # BERTopic's default UMAP, plus a fixed random_state
    return BERTopic(embedding_model=None, umap_model=umap_model, min_topic_size=min_topic_size)


def bertopic_labels(texts: Sequence[str], vectors: np.ndarray, min_topic_size: int) -> np.ndarray:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        topics, _ = _bertopic(min_topic_size, len(texts)).fit_transform(
            list(texts), embeddings=vectors
        )
    return np.asarray(topics, dtype=np.int64)


def warm_up_bertopic() -> float:
    answers = generate(1000, seed=99)
    vectors = np.random.default_rng(0).standard_normal((1000, 32)).astype(np.float32)
    start = now()
    bertopic_labels([a.text for a in answers], vectors, 10)
    return now() - start


def _bertopic_child(texts: list[str], vectors: np.ndarray, size: int, queue: Any) -> None:
    warm = warm_up_bertopic()
    start = now()
    labels = bertopic_labels(texts, vectors, size)
    queue.put((warm, now() - start, labels))


def timed_bertopic(
    texts: list[str], vectors: np.ndarray, size: int, limit_s: float
) -> tuple[float, float, np.ndarray] | None:
    """(warm-up s, fit s, labels) from a child process, or None past `limit_s`."""
    context = mp.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_bertopic_child, args=(texts, vectors, size, queue))
    child.start()
    try:
        result: tuple[float, float, np.ndarray] = queue.get(timeout=limit_s)
    except Exception:
        child.kill()
        child.join()
        return None
    child.join()
    return result


# ---------------------------------------------------------------- sections


def section_embedders() -> dict[str, Any]:
    log("== embedders: static vs full USE on generate(3000, seed=1)")
    answers = generate(3000, seed=1)
    texts = [a.text for a in answers]
    truth = np.array([a.topic for a in answers])
    on_topic = truth >= 0
    k = len(np.unique(truth[on_topic]))
    out: dict[str, Any] = {"n": 3000, "k": k}
    for name, factory in (("static", load_static_embedder), ("full", default_embedder)):
        embedder = factory()
        start = now()
        vectors = embedder.encode(texts)
        seconds = now() - start
        predicted = KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(vectors[on_topic])
        nmi = float(normalized_mutual_info_score(truth[on_topic], predicted))
        out[name] = {"model": embedder.name, "nmi_kmeans": nmi, "encode_3000_s": seconds}
        log(f"   {embedder.name:28s} KMeans(k={k}) NMI {nmi:.3f}  encode {seconds:.2f} s")
    return out


def section_static_costs(n: int) -> dict[str, Any]:
    from partnerlab.analysis.static import StaticUSE

    path = ensure_static_model()
    start = now()
    fresh = StaticUSE(path)
    load_s = now() - start
    texts = [a.text for a in generate(n, seed=LARGE_SEED + 1)]
    start = now()
    fresh.encode(texts)
    cold = now() - start
    start = now()
    fresh.encode(texts)
    warm = now() - start
    log(
        f"   static model: load {load_s:.2f} s; {n:,} answers: {cold:.2f} s cold "
        f"({n / cold:,.0f}/s), {warm:.2f} s with the word cache warm ({n / warm:,.0f}/s)"
    )
    return {
        "load_s": load_s,
        "n": n,
        "encode_cold_s": cold,
        "encode_warm_s": warm,
        "file_mb": path.stat().st_size / 1e6,
    }


def section_large(n: int) -> dict[str, Any]:
    log(f"== large: {n:,} answers, min_size {LARGE_MIN_SIZE}")
    answers = generate(n, seed=LARGE_SEED)
    texts = [a.text for a in answers]
    truth = np.array([a.topic for a in answers])
    from partnerlab.analysis.static import StaticUSE

    start = now()
    embedder = StaticUSE(ensure_static_model())  # a fresh one: its word cache starts empty
    load_s = now() - start
    labels, timing, theme_map, vectors = ours(texts, embedder, LARGE_MIN_SIZE)
    timing["load_s"] = load_s
    timing["embed_s"] += load_s  # counted in: model load + texts + sentences
    timing["total_s"] += load_s
    ours_scores = scores(truth, labels)
    log(
        f"   ours: embed {timing['embed_s']:.1f} s (load {load_s:.1f} s) + themes "
        f"{timing['cluster_s']:.1f} s = {timing['total_s']:.1f} s; {fmt(ours_scores)}"
    )
    out: dict[str, Any] = {
        "n": n,
        "planted": len(np.unique(truth[truth >= 0])),
        "ours": {**timing, **ours_scores},
    }
    result = timed_bertopic(texts, vectors, LARGE_MIN_SIZE, BERTOPIC_LIMIT_S)
    if result is None:
        log(f"   BERTopic did not finish {n:,} in {BERTOPIC_LIMIT_S} s: subsample {SUBSAMPLE:,}")
        pick = np.sort(np.random.default_rng(0).choice(n, SUBSAMPLE, replace=False))
        sub_texts = [texts[i] for i in pick]
        sub_labels, sub_timing, _, sub_vectors = ours(sub_texts, embedder, LARGE_MIN_SIZE)
        out["subsample"] = {
            "n": SUBSAMPLE,
            "ours": {**sub_timing, **scores(truth[pick], sub_labels)},
        }
        result = timed_bertopic(sub_texts, sub_vectors, LARGE_MIN_SIZE, 2 * BERTOPIC_LIMIT_S)
        if result is None:
            raise SystemExit("BERTopic did not finish the subsample either")
        target, ours_part, compared_n = truth[pick], out["subsample"]["ours"], SUBSAMPLE
    else:
        target, ours_part, compared_n = truth, out["ours"], n
    warm, fit_s, bt_labels = result
    bt = {
        "warm_up_s": warm,
        "cluster_s": fit_s,
        "total_s": fit_s + ours_part["embed_s"],
        **scores(target, bt_labels),
        "n": compared_n,
    }
    out["bertopic"] = bt
    out["speed_ratio_clustering"] = fit_s / ours_part["cluster_s"]
    out["speed_ratio_end_to_end"] = bt["total_s"] / ours_part["total_s"]
    out["nmi_difference_all"] = ours_part["nmi_all"] - bt["nmi_all"]
    out["nmi_difference_assigned"] = ours_part["nmi_assigned"] - bt["nmi_assigned"]
    log(f"   BERTopic on {compared_n:,} (warm-up {warm:.1f} s): {fit_s:.1f} s; {fmt(bt)}")
    out["theme_sizes"] = [len(t.members) for t in theme_map.themes]
    return out


def section_small(sizes: Sequence[int], seeds: Sequence[int]) -> dict[str, Any]:
    log(f"== small sets: n in {list(sizes)}, seeds {list(seeds)}, full USE embeddings")
    embedder = default_embedder()
    out: dict[str, Any] = {}
    for n in sizes:
        size = max(3, round(n / 25))
        rows: dict[str, list[dict[str, float]]] = {"ours": [], "bertopic": []}
        for seed in seeds:
            answers = generate(n, seed=seed)
            texts = [a.text for a in answers]
            truth = np.array([a.topic for a in answers])
            planted = len(np.unique(truth[truth >= 0]))
            labels, timing, _, vectors = ours(texts, embedder, 3)
            rows["ours"].append({**scores(truth, labels), "planted": planted, **timing})
            start = now()
            bt = bertopic_labels(texts, vectors, size)
            rows["bertopic"].append(
                {**scores(truth, bt), "planted": planted, "cluster_s": now() - start}
            )
        out[str(n)] = {
            "bertopic_min_topic_size": size,
            **{name: mean_of(values) for name, values in rows.items()},
        }
        for name in ("ours", "bertopic"):
            log(
                f"   n={n:4d} {name:9s} {fmt(out[str(n)][name])} "
                f"planted {out[str(n)][name]['planted']:.1f}"
            )
    return out


def section_stability(n: int) -> dict[str, Any]:
    log(f"== stability: ours 3 times on the same {n:,} answers, then shuffled")
    texts = [a.text for a in generate(n, seed=LARGE_SEED)]
    embedder = load_static_embedder()
    runs = [ours(texts, embedder, LARGE_MIN_SIZE) for _ in range(3)]
    maps = [run[2] for run in runs]
    pairwise = [
        float(adjusted_rand_score(runs[i][0], runs[j][0]))
        for i in range(3)
        for j in range(i + 1, 3)
    ]
    identical = all(_same_themes(maps[0], m) for m in maps[1:])
    order = np.random.default_rng(7).permutation(n)
    shuffled_labels, _, shuffled_map, _ = ours([texts[i] for i in order], embedder, LARGE_MIN_SIZE)
    back = np.empty(n, dtype=np.int64)
    back[order] = shuffled_labels
    shuffled_ari = float(adjusted_rand_score(runs[0][0], back))
    shuffled_same = sorted(
        sorted(int(order[i]) for i in t.members) for t in shuffled_map.themes
    ) == sorted(t.members for t in maps[0].themes)
    log(
        f"   pairwise ARI {[round(a, 6) for a in pairwise]}; themes identical: {identical}; "
        f"shuffled: ARI {shuffled_ari:.6f}, identical member sets: {shuffled_same}"
    )
    return {
        "n": n,
        "pairwise_ari": pairwise,
        "identical": identical,
        "shuffled_ari": shuffled_ari,
        "shuffled_identical": shuffled_same,
        "cluster_s": [run[1]["cluster_s"] for run in runs],
    }


def _same_themes(a: themes.ThemeMap, b: themes.ThemeMap) -> bool:
    return [(t.label, t.members, t.secondary) for t in a.themes] == [
        (t.label, t.members, t.secondary) for t in b.themes
    ] and a.unassigned == b.unassigned


# ---------------------------------------------------------------- output


def mean_of(rows: list[dict[str, float]]) -> dict[str, float]:
    return {key: float(np.mean([row[key] for row in rows])) for key in rows[0]}


def fmt(s: dict[str, Any]) -> str:
    return (
        f"themes {s['themes']:.1f}, unassigned {s['unassigned_share']:.1%}, "
        f"NMI all {s['nmi_all']:.3f} / assigned {s['nmi_assigned']:.3f}, "
        f"ARI all {s['ari_all']:.3f} / assigned {s['ari_assigned']:.3f}"
    )


def table(results: dict[str, Any]) -> str:
    large = results["large"]
    lines = [
        "",
        "=" * 100,
        "THEMES BENCHMARK  (NMI/ARI 'all' = unassigned as its own label; "
        "'asg' = assigned answers only)",
        "=" * 100,
    ]
    header = (
        f"{'set':24s} {'method':9s} {'embed s':>8s} {'theme s':>8s} {'total s':>8s} "
        f"{'themes':>7s} {'unasg':>6s} {'NMI all':>8s} {'NMI asg':>8s} {'ARI all':>8s} "
        f"{'ARI asg':>8s} {'AMI all':>8s}"
    )
    lines.append(header)

    def row(name: str, method: str, s: dict[str, Any]) -> str:
        return (
            f"{name:24s} {method:9s} {s.get('embed_s', math.nan):8.2f} "
            f"{s.get('cluster_s', math.nan):8.2f} {s.get('total_s', math.nan):8.2f} "
            f"{s['themes']:7.1f} {s['unassigned_share']:6.1%} {s['nmi_all']:8.3f} "
            f"{s['nmi_assigned']:8.3f} {s['ari_all']:8.3f} {s['ari_assigned']:8.3f} "
            f"{s.get('ami_all', math.nan):8.3f}"
        )

    lines.append(row(f"large {large['n']:,} (planted {large['planted']})", "ours", large["ours"]))
    if "subsample" in large:
        lines.append(
            row(f"subsample {large['subsample']['n']:,}", "ours", large["subsample"]["ours"])
        )
    bt = large["bertopic"]
    lines.append(
        row(
            f"{'subsample' if 'subsample' in large else 'large'} {bt['n']:,}",
            "BERTopic",
            {**bt, "embed_s": large["ours"]["embed_s"]},
        )
    )
    for n, entry in results.get("small", {}).items():
        for method in ("ours", "bertopic"):
            label = f"small n={n} (planted {entry[method]['planted']:.1f})"
            lines.append(row(label, method, entry[method]))
    lines.append("-" * 100)
    ours_part = large["subsample"]["ours"] if "subsample" in large else large["ours"]
    lines.append(
        f"speed: BERTopic / ours = {large['speed_ratio_clustering']:.1f}x on clustering "
        f"(same embeddings), {large['speed_ratio_end_to_end']:.1f}x end to end; "
        f"NMI ours - BERTopic = {large['nmi_difference_all']:+.3f} (all), "
        f"{large['nmi_difference_assigned']:+.3f} (assigned)"
    )
    targets = [
        (
            "100k end to end <= 60 s",
            large["ours"]["total_s"] <= 60 and large["n"] >= 100_000,
            f"{large['ours']['total_s']:.1f} s on {large['n']:,}",
        ),
        (
            ">= 10x faster than BERTopic (end to end)",
            large["speed_ratio_end_to_end"] >= 10,
            f"{large['speed_ratio_end_to_end']:.1f}x",
        ),
        (
            "NMI >= BERTopic's (all answers)",
            large["nmi_difference_all"] >= 0,
            f"{ours_part['nmi_all']:.3f} vs {bt['nmi_all']:.3f}",
        ),
    ]
    for name, met, figure in targets:
        lines.append(f"target {name:42s} {'MET' if met else 'MISSED':7s} {figure}")
    if "embedders" in results:
        e = results["embedders"]
        lines.append(
            f"embedders on 3000 (KMeans k={e['k']}): static NMI {e['static']['nmi_kmeans']:.3f}"
            f", full USE NMI {e['full']['nmi_kmeans']:.3f}"
        )
    if "static_costs" in results:
        c = results["static_costs"]
        lines.append(
            f"static model: {c['file_mb']:.0f} MB, load {c['load_s']:.2f} s, "
            f"{c['n']:,} answers {c['encode_cold_s']:.2f} s cold / "
            f"{c['encode_warm_s']:.2f} s warm"
        )
    if "stability" in results:
        s = results["stability"]
        lines.append(
            f"stability ({s['n']:,}): pairwise ARI {s['pairwise_ari']}, identical "
            f"{s['identical']}; shuffled ARI {s['shuffled_ari']:.6f}, identical "
            f"{s['shuffled_identical']}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="20,000 answers, 2 seeds")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a partnerlab.analysis.themes constant",
    )
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    overrides = apply_overrides(args.set)
    n = 20_000 if args.quick else args.n
    seeds = SMALL_SEEDS[:2] if args.quick else SMALL_SEEDS
    started = now()
    sections: list[tuple[str, Callable[[], dict[str, Any]]]] = [
        ("embedders", section_embedders),
        ("static_costs", lambda: section_static_costs(n)),
        ("large", lambda: section_large(n)),
        ("small", lambda: section_small(SMALL_SIZES, seeds)),
        ("stability", lambda: section_stability(n)),
    ]
    results: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "overrides": overrides,
        "quick": args.quick,
    }
    for name, run in sections:
        results[name] = run()
    results["wall_s"] = now() - started
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2))
    log(table(results))
    log(f"(bench wall time {results['wall_s']:.0f} s; figures in {args.output})")


def apply_overrides(pairs: Sequence[str]) -> dict[str, Any]:
    applied: dict[str, Any] = {}
    for pair in pairs:
        name, _, value = pair.partition("=")
        if not hasattr(themes, name):
            raise SystemExit(f"themes has no constant {name}")
        current = getattr(themes, name)
        setattr(themes, name, type(current)(value))
        applied[name] = getattr(themes, name)
    return applied


if __name__ == "__main__":
    main()
