"""Theme-discovery benchmark: our pipeline against BERTopic, k-means and agglomerative clustering.

Setup, once (bench-only packages: they are NOT runtime dependencies of the project):

    .venv/bin/pip install torch==2.13.0 && .venv/bin/pip install -r bench/requirements.txt

(exactly torch==2.13.0 first: a CPU wheel; plain `torch` would pull a multi-GB CUDA build.)

Run (about 40 minutes on 2 shared cores; --quick, a smoke test on 6,000, 50 and 100 answers
with 2 seeds, about 10):

    .venv/bin/python bench/themes.py [--quick] [--set NAME=VALUE ...]
    .venv/bin/python bench/themes.py --embedders   # static vs full encoder only (a minute)

DATA. Every figure is on `partnerlab.analysis.synthetic.generate`: answers WRITTEN BY THE TEAM'S
OWN GENERATOR (34 planted migration topics, English/French/Spanish, fillers, typos, 5 % off-topic
answers, 8 % answers on two topics). It is not real text; the scores say how well each method
recovers topics the generator planted, nothing more.

SEEDS. Three seeds s = 0, 1, 2: the data is `generate(n, seed=s)` and every method gets seed s
(our `themes.SEED`, k-means' `random_state`, numpy's global seed before UMAP). Figures are the
mean over the seeds with their spread (sd, min, max).

SIZES. 100,000 answers (static embeddings, as the platform uses above 5,000 texts) and small sets
of 50, 100 and 300 answers (the full encoder, as the platform uses for them).

THE SAME MINIMUM THEME SIZE FOR EVERY METHOD THAT HAS ONE: `min_theme_size(n)` scales BERTopic's
best-practice example (HDBSCAN `min_cluster_size=150` for the 117,592 ArXiv abstracts of that page,
about 0.13 %) to n, never below 3 (the platform's default and the smallest useful HDBSCAN
cluster; BERTopic's FAQ says to lower `min_topic_size` when there are few documents):
100,000 -> 128; 50, 100, 300 -> 3. Ours gets it as `min_size`, BERTopic as HDBSCAN's
`min_cluster_size` (= `min_topic_size`).

BERTOPIC 0.17.4, configured as its documentation recommends:
- embeddings computed beforehand and passed in ("Pre-calculate Embeddings", best practices); they
  are the SAME text embeddings our pipeline uses (BERTopic's own multilingual default,
  paraphrase-multilingual-MiniLM-L12-v2, must be fetched from a hub, which this machine cannot
  do). BERTopic's embedding step is timed on its own (a fresh static model, load included) and
  counted in its end-to-end time, as ours is in ours.
- UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine") (best practices, FAQ), with
  n_neighbors at most n - 1. Its `random_state` is left unset so UMAP runs on both cores: the FAQ
  warns that a fixed random_state costs performance, and this is a speed comparison.
- HDBSCAN(min_cluster_size=min_theme_size(n), metric="euclidean", cluster_selection_method="eom")
  (best practices; min_samples left to its default, min_cluster_size, as the parameter-tuning page
  describes), prediction_data=False (the parameter-tuning page: only needed to predict unseen
  documents, which the bench never does).
- calculate_probabilities=False (FAQ "How can I speed up BERTopic?" and "memory issues").
  low_memory is left False: it only helps when memory runs out (FAQ), which 100,000 x 256 floats
  does not, and it slows UMAP down.
- BERTopic's default CountVectorizer (no stop-word list: the answers are in three languages).
  The FAQ's min_df=10 for large data was tried and dropped: c-TF-IDF fits the vectorizer on one
  joined document PER TOPIC, so min_df counts topics, and once topic reduction leaves fewer than
  10 topics it fails ("After pruning, no terms remain"); memory is not short here anyway.
- topic reduction, in the three ways the documentation offers, each reported as its own method
  (one fit, then `reduce_topics` after training, as on the topic-reduction page):
    "bertopic"       no nr_topics: the number of topics controlled through min_cluster_size
                     only, which the topic-reduction page advises to try first;
    "bertopic-auto"  nr_topics="auto" (FAQ "I have too many topics": "In practice, I would
                     advise using nr_topics='auto'");
    "bertopic-k"     nr_topics = the true number of topics (FAQ: "a value that seems logical to
                     the user"; an oracle, as for k-means and Ward below).
  Each target is judged against the variant strongest for it (the fastest for speed, the best
  mean NMI for NMI, the best mean ARI for ARI).
- outlier reduction: `reduce_outliers(docs, topics, strategy="embeddings", embeddings=...)`, the
  call the best-practices page gives for pre-computed embeddings (threshold 0, the default).
  BERTopic's time covers fit_transform (UMAP, HDBSCAN, c-TF-IDF), the variant's topic
  reduction and the outlier reduction; NOT the optional `update_topics` afterwards (it only
  rewrites topic words), which would make BERTopic slower. UMAP, NN-descent and HDBSCAN are
  compiled (numba) on a 4,500-answer warm-up set first; the compile time is not counted.
Sources (BERTopic documentation, maartengr.github.io/BERTopic/):
  getting_started/best_practices/best_practices.html, faq.html,
  getting_started/parameter%20tuning/parametertuning.html,
  getting_started/topicreduction/topicreduction.html,
  getting_started/outlier_reduction/outlier_reduction.html;
  and the maintainer in github.com/MaartenGr/BERTopic/issues/193 (for > 100,000 documents raise
  min_topic_size, e.g. to 300, or use nr_topics) and issues/1555 (min_cluster_size 150 on the
  best-practices data).

BASELINES at the TRUE number of topics k (the planted topics present in the data; an oracle the
other methods do not get), on the same text embeddings as BERTopic, embedding time counted:
- k-means: KMeans(k, n_init=10) on small sets; MiniBatchKMeans(k, n_init=3) at 100,000 answers,
  as scikit-learn's clustering guide recommends for very large n_samples ("MiniBatch code").
- agglomerative (Ward): plain AgglomerativeClustering(k) on small sets; at 100,000 answers the
  unstructured tree is O(n^2) in memory and time, so Ward runs with a connectivity constraint, a
  10-nearest-neighbour graph (`kneighbors_graph`), the way scikit-learn's guide scales
  hierarchical clustering to large n_samples (modules/clustering.html "Hierarchical clustering",
  example "Agglomerative clustering with and without structure"); the graph is timed with it.

SCORES against the planted topics (scikit-learn): NMI and ARI "all" = every answer, unassigned
answers (BERTopic's topic -1, our unassigned) as one more label and off-topic answers as one more
true label; "assigned" = only the answers the method put in a theme. AMI is also reported (NMI
rises with the number of clusters even by chance).

TARGETS (issue 12), printed as MET or MISSED with the measured numbers, on the means over seeds:
ours on 100,000 answers end to end <= 60 s; >= 10x faster than BERTopic end to end; NMI and ARI
(all answers) at least BERTopic's. Timings on a shared 2-core machine are indicative: the load
average before and after is logged. Figures go to bench/results/themes.json and the log to
bench/results/themes.log (themes-quick.* with --quick). `--set NAME=VALUE` overrides a constant
of partnerlab.analysis.themes for experiments.
"""

from __future__ import annotations

import argparse
import copy
import json
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
from sklearn.cluster import AgglomerativeClustering, KMeans, MiniBatchKMeans
from sklearn.metrics import (
    adjusted_mutual_info_score,
    adjusted_rand_score,
    normalized_mutual_info_score,
)
from sklearn.neighbors import kneighbors_graph

from partnerlab.analysis import themes
from partnerlab.analysis.embedding import Embedder, default_embedder, encode_with_segments
from partnerlab.analysis.static import StaticUSE, ensure_static_model
from partnerlab.analysis.synthetic import generate

RESULTS_DIR = Path(__file__).resolve().parent / "results"
SEEDS = (0, 1, 2)
LARGE_N = 100_000
SMALL_SIZES = (50, 100, 300)
# BERTopic's best-practices page: HDBSCAN(min_cluster_size=150) on 117,592 ArXiv abstracts.
BEST_PRACTICE_DOCS = 117_592
BEST_PRACTICE_MIN_CLUSTER = 150
MIN_THEME_FLOOR = 3
LARGE_ABOVE = 5_000  # MiniBatchKMeans and connectivity-constrained Ward above this many answers
KNN_NEIGHBOURS = 10
BERTOPIC_VARIANTS = ("bertopic", "bertopic-auto", "bertopic-k")
METHODS = ("ours", *BERTOPIC_VARIANTS, "kmeans", "agglomerative")
METRICS = ("nmi_all", "ari_all", "ami_all", "nmi_assigned", "ari_assigned")

_LOG_FILE: Path | None = None


def now() -> float:
    return time.perf_counter()


def log(message: str) -> None:
    print(message, flush=True)
    if _LOG_FILE is not None:
        with _LOG_FILE.open("a", encoding="utf-8") as handle:
            handle.write(message + "\n")


# ---------------------------------------------------------------- pure helpers (tested)


def min_theme_size(n: int) -> int:
    """The minimum theme size every method gets: BERTopic's best-practice share, floor 3."""
    return max(MIN_THEME_FLOOR, round(n * BEST_PRACTICE_MIN_CLUSTER / BEST_PRACTICE_DOCS))


def scores(truth: np.ndarray, predicted: np.ndarray) -> dict[str, float]:
    """NMI/ARI/AMI on all answers (unassigned = label -1 of its own) and on assigned ones."""
    assigned = predicted >= 0
    out = {
        "nmi_all": float(normalized_mutual_info_score(truth, predicted)),
        "ari_all": float(adjusted_rand_score(truth, predicted)),
        "ami_all": float(adjusted_mutual_info_score(truth, predicted)),
        "unassigned_share": float(1 - assigned.mean()),
        "themes": float(len(np.unique(predicted[assigned]))),
    }
    if assigned.sum() >= 2:
        out["nmi_assigned"] = float(
            normalized_mutual_info_score(truth[assigned], predicted[assigned])
        )
        out["ari_assigned"] = float(adjusted_rand_score(truth[assigned], predicted[assigned]))
    else:
        out["nmi_assigned"] = out["ari_assigned"] = 0.0
    return out


def spread(values: Sequence[float]) -> dict[str, float]:
    """Mean, sample sd (0 for one value), min and max of the per-seed values."""
    array = np.asarray(values, dtype=np.float64)
    return {
        "mean": float(array.mean()),
        "sd": float(array.std(ddof=1)) if len(array) > 1 else 0.0,
        "min": float(array.min()),
        "max": float(array.max()),
    }


def summarise(runs: Sequence[dict[str, float]]) -> dict[str, dict[str, float]]:
    """Per key present in every run: its spread over the runs (seeds)."""
    keys = [k for k in runs[0] if all(isinstance(r.get(k), (int, float)) for r in runs)]
    return {key: spread([float(r[key]) for r in runs]) for key in keys}


def strongest(large: dict[str, Any], key: str, *, lowest: bool = False) -> str:
    """The BERTopic variant with the best mean `key` (highest, or lowest for times)."""
    variants = [v for v in BERTOPIC_VARIANTS if v in large]
    return (min if lowest else max)(variants, key=lambda v: large[v][key]["mean"])


def targets(large: dict[str, Any]) -> list[tuple[str, bool, str]]:
    """(target, met, measured) for the issue's targets, on the means over seeds, each against
    the BERTopic variant strongest for that target (fastest; best NMI; best ARI)."""
    ours = large["ours"]
    ours_total = ours["total_s"]["mean"]
    fastest = strongest(large, "total_s", lowest=True)
    bt_total = large[fastest]["total_s"]["mean"]
    ratio = bt_total / ours_total
    ratios = large["speed_ratio_per_seed"][fastest]
    out = [
        (
            f"ours on {large['n']:,} answers end to end <= 60 s",
            large["n"] >= LARGE_N and ours_total <= 60,
            f"{ours_total:.1f} s (mean of {len(ratios)}; slowest {ours['total_s']['max']:.1f} s)",
        ),
        (
            ">= 10x faster than BERTopic end to end",
            ratio >= 10,
            f"{ratio:.1f}x ({fastest} {bt_total:.1f} s / ours {ours_total:.1f} s; per seed "
            f"{min(ratios):.1f}x-{max(ratios):.1f}x)",
        ),
    ]
    for metric, name in (("nmi_all", "NMI"), ("ari_all", "ARI")):
        best = strongest(large, metric)
        mine, theirs = ours[metric]["mean"], large[best][metric]["mean"]
        out.append(
            (
                f"{name} (all answers) >= BERTopic's",
                mine >= theirs,
                f"{mine:.3f} vs {theirs:.3f} ({best}; sd {ours[metric]['sd']:.3f} / "
                f"{large[best][metric]['sd']:.3f})",
            )
        )
    return out


def target_lines(large: dict[str, Any]) -> list[str]:
    return [
        f"target {name:44s} {'MET' if met else 'MISSED':7s} {measured}"
        for name, met, measured in targets(large)
    ]


# ---------------------------------------------------------------- methods


def theme_labels(theme_map: themes.ThemeMap, n: int) -> np.ndarray:
    labels = np.full(n, -1, dtype=np.int64)
    for number, theme in enumerate(theme_map.themes):
        labels[theme.members] = number
    return labels


def run_ours(
    texts: Sequence[str], embedder: Embedder, min_size: int, seed: int
) -> tuple[np.ndarray, dict[str, float]]:
    themes.SEED = seed
    start = now()
    vectors, segments = encode_with_segments(embedder, texts)
    embedded = now()
    theme_map = themes.discover_themes(
        texts, vectors, min_size=min_size, segment_embeddings=segments
    )
    done = now()
    timing = {"embed_s": embedded - start, "cluster_s": done - embedded}
    return theme_labels(theme_map, len(texts)), timing


def bertopic_model(n: int, min_size: int) -> Any:
    from bertopic import BERTopic
    from hdbscan import HDBSCAN
    from sklearn.feature_extraction.text import CountVectorizer
    from umap import UMAP

    umap_model = UMAP(n_neighbors=min(15, n - 1), n_components=5, min_dist=0.0, metric="cosine")
    hdbscan_model = HDBSCAN(
        min_cluster_size=min_size,
        metric="euclidean",
        cluster_selection_method="eom",
        prediction_data=False,
    )
    return BERTopic(
        embedding_model=None,
        umap_model=umap_model,
        hdbscan_model=hdbscan_model,
        vectorizer_model=CountVectorizer(),  # BERTopic's own default (see the docstring)
        nr_topics=None,  # reduced after training, once per variant (topic-reduction page)
        calculate_probabilities=False,
        low_memory=False,
    )


def _without_outliers(model: Any, docs: list[str], vectors: np.ndarray) -> np.ndarray:
    topics = np.asarray(model.topics_, dtype=np.int64)
    if not ((topics == -1).any() and (topics >= 0).any()):
        return topics
    return np.asarray(
        model.reduce_outliers(docs, list(topics), strategy="embeddings", embeddings=vectors),
        dtype=np.int64,
    )


def run_bertopic(
    texts: Sequence[str], vectors: np.ndarray, min_size: int, k: int, seed: int
) -> dict[str, tuple[np.ndarray, np.ndarray, float]]:
    """Per BERTopic variant: (labels after outlier reduction, labels before it, seconds).

    One fit (UMAP, HDBSCAN, c-TF-IDF), then per variant its topic reduction and outlier
    reduction; each variant's time is the fit's plus its own steps. The copy of the fitted
    model for the second variant is not timed."""
    np.random.seed(seed)  # UMAP without random_state draws from numpy's global generator
    docs = list(texts)
    out: dict[str, tuple[np.ndarray, np.ndarray, float]] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start = now()
        model = bertopic_model(len(docs), min_size)
        model.fit_transform(docs, embeddings=vectors)
        fit_s = now() - start
        before = np.asarray(model.topics_, dtype=np.int64)
        start = now()
        out["bertopic"] = (_without_outliers(model, docs, vectors), before, fit_s + now() - start)
        for variant, nr_topics in (("bertopic-auto", "auto"), ("bertopic-k", None)):
            fitted = copy.deepcopy(model) if variant == "bertopic-auto" else model
            start = now()
            wanted = nr_topics if nr_topics else k + int(fitted._outliers)  # -1 is a topic
            fitted.reduce_topics(docs, nr_topics=wanted)
            reduced = np.asarray(fitted.topics_, dtype=np.int64)
            labels = _without_outliers(fitted, docs, vectors)
            out[variant] = (labels, reduced, fit_s + now() - start)
    return out


def warm_up_bertopic() -> float:
    """Compile UMAP's, NN-descent's and HDBSCAN's numba code once, on throw-away data (not
    counted): 4,500 answers, so UMAP takes its approximate-neighbour path (n >= 4096)."""
    texts = [a.text for a in generate(4500, seed=99)]
    vectors = np.random.default_rng(0).standard_normal((4500, 32)).astype(np.float32)
    start = now()
    run_bertopic(texts, vectors, 10, 20, 0)
    return now() - start


def run_kmeans(vectors: np.ndarray, k: int, seed: int) -> tuple[np.ndarray, float, str]:
    start = now()
    if len(vectors) > LARGE_ABOVE:
        model: Any = MiniBatchKMeans(n_clusters=k, n_init=3, random_state=seed)
        how = "MiniBatchKMeans(n_init=3)"
    else:
        model = KMeans(n_clusters=k, n_init=10, random_state=seed)
        how = "KMeans(n_init=10)"
    labels = model.fit_predict(vectors)
    return np.asarray(labels, dtype=np.int64), now() - start, how


def run_agglomerative(vectors: np.ndarray, k: int) -> tuple[np.ndarray, float, str]:
    start = now()
    if len(vectors) > LARGE_ABOVE:
        graph = kneighbors_graph(vectors, KNN_NEIGHBOURS, include_self=False, n_jobs=-1)
        model = AgglomerativeClustering(n_clusters=k, linkage="ward", connectivity=graph)
        how = f"Ward + {KNN_NEIGHBOURS}-NN connectivity graph (full data)"
    else:
        model = AgglomerativeClustering(n_clusters=k, linkage="ward")
        how = "Ward (unstructured)"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "the number of connected components ... > 1"
        labels = model.fit_predict(vectors)
    return np.asarray(labels, dtype=np.int64), now() - start, how


# ---------------------------------------------------------------- one data set, every method


def compare(
    texts: list[str],
    truth: np.ndarray,
    seed: int,
    make_embedder: Callable[[], tuple[Embedder, float]],
) -> tuple[dict[str, dict[str, float]], dict[str, str]]:
    """Every method on one data set. `make_embedder()` gives a fresh embedder and its load
    time: each method that embeds is charged its own load and encoding."""
    n = len(texts)
    size = min_theme_size(n)
    k = len(np.unique(truth[truth >= 0]))
    rows: dict[str, dict[str, float]] = {}

    embedder, load_s = make_embedder()
    labels, timing = run_ours(texts, embedder, size, seed)
    embed_s = load_s + timing["embed_s"]
    rows["ours"] = {
        **scores(truth, labels),
        "embed_s": embed_s,
        "cluster_s": timing["cluster_s"],
        "total_s": embed_s + timing["cluster_s"],
    }

    embedder, load_s = make_embedder()  # the baselines' own embedding step, from cold
    start = now()
    vectors = embedder.encode(texts)
    text_embed_s = load_s + now() - start

    for variant, (found, before, seconds) in run_bertopic(texts, vectors, size, k, seed).items():
        raw = scores(truth, before)
        rows[variant] = {
            **scores(truth, found),
            "embed_s": text_embed_s,
            "cluster_s": seconds,
            "total_s": text_embed_s + seconds,
            "unassigned_before_outlier_reduction": raw["unassigned_share"],
            "themes_before_outlier_reduction": raw["themes"],
            "nmi_assigned_before_outlier_reduction": raw["nmi_assigned"],
            "ari_assigned_before_outlier_reduction": raw["ari_assigned"],
        }

    how: dict[str, str] = {}
    km_labels, km_s, how["kmeans"] = run_kmeans(vectors, k, seed)
    ag_labels, ag_s, how["agglomerative"] = run_agglomerative(vectors, k)
    for name, found, seconds in (("kmeans", km_labels, km_s), ("agglomerative", ag_labels, ag_s)):
        rows[name] = {
            **scores(truth, found),
            "embed_s": text_embed_s,
            "cluster_s": seconds,
            "total_s": text_embed_s + seconds,
        }
    for row in rows.values():
        row["planted"] = float(k)
        row["min_theme_size"] = float(size)
    return rows, how


# ---------------------------------------------------------------- sections


def static_embedder() -> tuple[Embedder, float]:
    start = now()
    embedder = StaticUSE(ensure_static_model())  # fresh: its word cache starts empty
    return embedder, now() - start


def full_embedder() -> tuple[Embedder, float]:
    return default_embedder(), 0.0  # loaded once per process; load time not counted


def section(
    n: int, seeds: Sequence[int], make_embedder: Callable[[], tuple[Embedder, float]]
) -> dict[str, Any]:
    log(f"== {n:,} answers, seeds {list(seeds)}, min theme size {min_theme_size(n)} for all")
    per_seed: dict[str, list[dict[str, float]]] = {m: [] for m in METHODS}
    how: dict[str, str] = {}
    for seed in seeds:
        started = now()
        answers = generate(n, seed=seed)
        texts = [a.text for a in answers]
        truth = np.array([a.topic for a in answers])
        rows, how = compare(texts, truth, seed, make_embedder)
        for method in METHODS:
            per_seed[method].append(rows[method])
            log(f"   seed {seed} {method:13s} {fmt_row(rows[method])}")
        log(f"   (seed {seed}: {now() - started:.0f} s wall, load {load_text()})")
    out: dict[str, Any] = {
        "n": n,
        "seeds": list(seeds),
        "min_theme_size": min_theme_size(n),
        "baseline_methods": how,
        "per_seed": per_seed,
    }
    for method in METHODS:
        out[method] = summarise(per_seed[method])
    out["speed_ratio_per_seed"] = {
        variant: [
            b["total_s"] / o["total_s"]
            for b, o in zip(per_seed[variant], per_seed["ours"], strict=True)
        ]
        for variant in BERTOPIC_VARIANTS
    }
    return out


def section_embedders() -> dict[str, Any]:
    """The static model against the full encoder: KMeans (true k) NMI on on-topic answers of
    generate(3000, seed=1), encoding time, and the static model's load time and throughput."""
    log("== embedders: static vs full USE on generate(3000, seed=1)")
    answers = generate(3000, seed=1)
    texts = [a.text for a in answers]
    truth = np.array([a.topic for a in answers])
    on_topic = truth >= 0
    k = len(np.unique(truth[on_topic]))
    out: dict[str, Any] = {"n": 3000, "k": k}
    for name, factory in (("static", static_embedder), ("full", full_embedder)):
        embedder, _ = factory()
        start = now()
        vectors = embedder.encode(texts)
        seconds = now() - start
        predicted = KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(vectors[on_topic])
        nmi = float(normalized_mutual_info_score(truth[on_topic], predicted))
        out[name] = {"model": embedder.name, "nmi_kmeans": nmi, "encode_3000_s": seconds}
        log(f"   {embedder.name:28s} KMeans(k={k}) NMI {nmi:.3f}  encode {seconds:.2f} s")
    texts = [a.text for a in generate(LARGE_N, seed=1)]
    embedder, load_s = static_embedder()
    start = now()
    embedder.encode(texts)
    cold = now() - start
    start = now()
    embedder.encode(texts)
    warm = now() - start
    out["static_costs"] = {"load_s": load_s, "encode_cold_s": cold, "encode_warm_s": warm}
    log(
        f"   static model: load {load_s:.2f} s; {LARGE_N:,} answers {cold:.2f} s cold "
        f"({LARGE_N / cold:,.0f}/s), {warm:.2f} s warm ({LARGE_N / warm:,.0f}/s)"
    )
    return out


def section_stability(n: int) -> dict[str, Any]:
    log(f"== stability: ours 3 times on the same {n:,} answers, then shuffled")
    texts = [a.text for a in generate(n, seed=0)]
    embedder, _ = static_embedder()
    size = min_theme_size(n)
    runs = [run_ours(texts, embedder, size, 0)[0] for _ in range(3)]
    pairwise = [
        float(adjusted_rand_score(runs[i], runs[j])) for i in range(3) for j in range(i + 1, 3)
    ]
    order = np.random.default_rng(7).permutation(n)
    shuffled, _ = run_ours([texts[i] for i in order], embedder, size, 0)
    back = np.empty(n, dtype=np.int64)
    back[order] = shuffled
    shuffled_ari = float(adjusted_rand_score(runs[0], back))
    log(f"   pairwise ARI {[round(a, 6) for a in pairwise]}; shuffled ARI {shuffled_ari:.6f}")
    return {"n": n, "pairwise_ari": pairwise, "shuffled_ari": shuffled_ari}


# ---------------------------------------------------------------- output


def load_text() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def fmt_row(s: dict[str, float]) -> str:
    return (
        f"{s['total_s']:7.1f} s (embed {s['embed_s']:.1f} + {s['cluster_s']:.1f}); themes "
        f"{s['themes']:.0f}, unassigned {s['unassigned_share']:.1%}; NMI all "
        f"{s['nmi_all']:.3f} / asg {s['nmi_assigned']:.3f}; ARI all {s['ari_all']:.3f} / asg "
        f"{s['ari_assigned']:.3f}"
    )


def table(results: dict[str, Any]) -> str:
    width = 118
    lines = [
        "",
        "=" * width,
        "THEMES BENCHMARK on synthetic answers written by the team's generator "
        "(partnerlab/analysis/synthetic.py)",
        "mean +- sd over seeds; 'all' = unassigned answers as one more label, "
        "'asg' = assigned answers only",
        "=" * width,
        f"{'set':22s} {'method':13s} {'total s':>14s} {'themes':>7s} {'unasg':>6s} "
        f"{'NMI all':>13s} {'NMI asg':>7s} {'ARI all':>13s} {'ARI asg':>7s} {'AMI all':>7s}",
    ]
    for key in ("large", *(f"small_{n}" for n in SMALL_SIZES)):
        if key not in results:
            continue
        part = results[key]
        name = f"{part['n']:,} (min size {part['min_theme_size']})"
        for method in METHODS:
            s = part[method]
            lines.append(
                f"{name:22s} {method:13s} {s['total_s']['mean']:8.2f}+-{s['total_s']['sd']:<5.2f}"
                f"{s['themes']['mean']:7.1f} {s['unassigned_share']['mean']:6.1%} "
                f"{s['nmi_all']['mean']:7.3f}+-{s['nmi_all']['sd']:.3f} "
                f"{s['nmi_assigned']['mean']:7.3f} "
                f"{s['ari_all']['mean']:7.3f}+-{s['ari_all']['sd']:.3f} "
                f"{s['ari_assigned']['mean']:7.3f} {s['ami_all']['mean']:7.3f}"
            )
        lines.append(f"{'':22s} baselines: {part['baseline_methods']}")
    lines.append("-" * width)
    if "large" in results:
        large = results["large"]
        for variant in BERTOPIC_VARIANTS:
            bt = large[variant]
            lines.append(
                f"{variant} at {large['n']:,}: {bt['themes_before_outlier_reduction']['mean']:.1f}"
                f" topics and {bt['unassigned_before_outlier_reduction']['mean']:.1%} outliers "
                f"before reduce_outliers; {bt['cluster_s']['mean']:.1f} s after the embeddings "
                f"(ours {large['ours']['cluster_s']['mean']:.1f} s)"
            )
        lines.extend(target_lines(large))
    if "stability" in results:
        s = results["stability"]
        lines.append(
            f"stability ({s['n']:,}): pairwise ARI {s['pairwise_ari']}, shuffled ARI "
            f"{s['shuffled_ari']:.6f}"
        )
    return "\n".join(lines)


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


def main(argv: Sequence[str] | None = None) -> None:
    global _LOG_FILE
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument(
        "--quick", action="store_true", help="smoke test: 6,000 and 50/100 answers, 2 seeds"
    )
    parser.add_argument(
        "--embedders",
        action="store_true",
        help="only the static-vs-full encoder comparison (themes-embedders.json/.log)",
    )
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args(argv)
    stem = "themes-embedders" if args.embedders else "themes-quick" if args.quick else "themes"
    output = RESULTS_DIR / f"{stem}.json"
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    _LOG_FILE = RESULTS_DIR / f"{stem}.log"
    _LOG_FILE.write_text("", encoding="utf-8")
    overrides = apply_overrides(args.set)
    if args.embedders:
        log(f"load average before (1/5/15 min): {load_text()}")
        figures = {"data": "partnerlab.analysis.synthetic.generate (written by the team)"}
        figures.update(section_embedders())
        figures["load_after"] = load_text()
        (RESULTS_DIR / f"{stem}.json").write_text(json.dumps(figures, indent=2))
        log(f"load average after (1/5/15 min): {figures['load_after']}")
        return
    large_n = 6_000 if args.quick else LARGE_N
    seeds = SEEDS[:2] if args.quick else SEEDS
    sizes = SMALL_SIZES[:2] if args.quick else SMALL_SIZES
    started = now()
    results: dict[str, Any] = {
        "data": "partnerlab.analysis.synthetic.generate (written by the team)",
        "command": "bench/themes.py" + (" --quick" if args.quick else ""),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "load_before": load_text(),
        "overrides": overrides,
        "quick": args.quick,
    }
    log(f"load average before (1/5/15 min): {results['load_before']}; cpus {os.cpu_count()}")
    log(f"   BERTopic warm-up (numba compile, not counted): {warm_up_bertopic():.1f} s")
    results["large"] = section(large_n, seeds, static_embedder)
    output.write_text(json.dumps(results, indent=2))  # so far, in case the run is cut short
    default_embedder().encode(["warm-up"])  # the full encoder: loaded once, for every method
    for n in sizes:
        results[f"small_{n}"] = section(n, seeds, full_embedder)
    output.write_text(json.dumps(results, indent=2))
    if not args.quick:
        results["stability"] = section_stability(large_n)
    results["load_after"] = load_text()
    results["wall_s"] = now() - started
    output.write_text(json.dumps(results, indent=2))
    log(table(results))
    log(f"load average after (1/5/15 min): {results['load_after']}")
    log(f"(bench wall time {results['wall_s']:.0f} s; figures in {output.name})")


if __name__ == "__main__":
    main()
