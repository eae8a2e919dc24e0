"""Partnership typology benchmark: our classifier against an always-Hybrid and a keyword baseline.

Run (under a minute on 2 cores; no extra packages needed):

    .venv/bin/python bench/typology.py [--tune] [--output bench/results/typology.json]

The data are `partnerlab/analysis/data/typology_eval.jsonl`: 100 invented descriptions of
migration partnership projects in the style of facility project summaries (70 English, 15
French, 15 Spanish; 10 marked "hard": activities described indirectly), each labelled with
its type and components, half "dev", half "test". Settings are chosen on dev only; every
figure below the "test" heading is on descriptions no setting was chosen with.

Methods:
- ours: sentence embeddings (the platform's multilingual USE) against type profiles, plus cue
  words, `partnerlab.analysis.typology.Settings()` defaults;
- embeddings only: the same without cue words (temperature and component share chosen on dev);
- keywords only: cue words alone (component share chosen on dev);
- always Hybrid: every description is a Hybrid of the most frequent combination on dev.

Scores: accuracy of the type; macro-F1 over the five types; Hybrid component Jaccard (mean,
over descriptions labelled Hybrid, of shared components over all components named, between the
component lists). Throughput: 1,000 descriptions (the evaluation texts, repeated) classified
in one call with the model already loaded. `--tune` prints the dev grid that chose the
defaults. To see how much rests on the cue lists, the test split is also scored with a random
half of each type's cue words removed (5 draws), for ours and for keywords only. The same
person wrote the evaluation set, the profiles and the cue words, so these
figures are likely optimistic for descriptions written by others.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

from partnerlab.analysis.embedding import Embedder, default_embedder
from partnerlab.analysis.typology import (
    HYBRID,
    TYPES,
    Settings,
    TypeProfile,
    TypologyClassifier,
    TypologyResult,
    keyword_classifier,
    load_profiles,
)

RESULTS = Path(__file__).resolve().parent / "results" / "typology.json"
THROUGHPUT_N = 1000
DROPOUT_SEEDS = (0, 1, 2, 3, 4)
Row = dict[str, Any]
Predict = Callable[[Sequence[Row]], list[tuple[str, list[str]]]]


def log(message: str) -> None:
    print(message, flush=True)


def load_rows() -> list[Row]:
    text = (
        resources.files("partnerlab.analysis")
        .joinpath("data/typology_eval.jsonl")
        .read_text(encoding="utf-8")
    )
    return [json.loads(line) for line in text.splitlines() if line.strip()]


class Memo:
    """Remembers sentence vectors, so the dev grids embed each sentence once."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.name = inner.name
        self.vectors: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self.vectors]
        if missing:
            self.vectors.update(zip(missing, self.inner.encode(missing), strict=True))
        return np.vstack([self.vectors[t] for t in texts])


def with_classifier(classifier: TypologyClassifier) -> Predict:
    def predict(rows: Sequence[Row]) -> list[tuple[str, list[str]]]:
        results: list[TypologyResult] = classifier.classify([r["text"] for r in rows])
        return [(r.type, r.components) for r in results]

    return predict


def scores(rows: Sequence[Row], predicted: Sequence[tuple[str, list[str]]]) -> dict[str, float]:
    gold = [r["type"] for r in rows]
    kinds = [p[0] for p in predicted]
    f1 = []
    for name in TYPES:
        tp = sum(g == name and k == name for g, k in zip(gold, kinds, strict=True))
        wrong = sum((g == name) != (k == name) for g, k in zip(gold, kinds, strict=True))
        f1.append(2 * tp / (2 * tp + wrong) if tp else 0.0)
    jaccard = [
        len(set(p[1]) & set(r["components"])) / len(set(p[1]) | set(r["components"]))
        for r, p in zip(rows, predicted, strict=True)
        if r["type"] == HYBRID
    ]
    return {
        "n": len(rows),
        "accuracy": float(np.mean([g == k for g, k in zip(gold, kinds, strict=True)])),
        "macro_f1": float(np.mean(f1)),
        "hybrid_jaccard": float(np.mean(jaccard)) if jaccard else float("nan"),
    }


def subsets(rows: Sequence[Row], predicted: Sequence[tuple[str, list[str]]]) -> dict[str, Any]:
    """Accuracy by language and on the hard descriptions."""
    out: dict[str, Any] = {}
    groups = {
        f"lang_{lang}": lambda r, lang=lang: r["language"] == lang for lang in ("en", "fr", "es")
    }
    groups["hard"] = lambda r: bool(r["hard"])
    for name, keep in groups.items():
        pairs = [(r, p) for r, p in zip(rows, predicted, strict=True) if keep(r)]
        out[name] = f"{sum(r['type'] == p[0] for r, p in pairs)}/{len(pairs)}"
    return out


def tune_embeddings_only(embedder: Embedder, dev: Sequence[Row]) -> Settings:
    best: tuple[float, float, Settings] | None = None
    for temperature, share in itertools.product((0.02, 0.03, 0.05, 0.08), (0.2, 0.25, 0.3, 0.35)):
        settings = Settings(use_keywords=False, temperature=temperature, component_share=share)
        s = scores(dev, with_classifier(TypologyClassifier(embedder, settings=settings))(dev))
        key = (s["accuracy"], s["macro_f1"], settings)
        if best is None or key[:2] > best[:2]:
            best = key
    assert best is not None
    return best[2]


def tune_keywords_only(dev: Sequence[Row]) -> float:
    candidates = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
    found = [
        (scores(dev, with_classifier(keyword_classifier(component_share=c))(dev)), c)
        for c in candidates
    ]
    return max(found, key=lambda f: (f[0]["accuracy"], f[0]["macro_f1"]))[1]


def always_hybrid(dev: Sequence[Row]) -> Predict:
    common = Counter(tuple(r["components"]) for r in dev if r["type"] == HYBRID).most_common(1)
    components = list(common[0][0])
    return lambda rows: [(HYBRID, components) for _ in rows]


def tune_grid(embedder: Embedder, dev: Sequence[Row]) -> list[dict[str, Any]]:
    """The grid the defaults were chosen from (dev only), best first."""
    found = []
    grid = itertools.product(
        (1, 2, 3), (0.03, 0.05, 0.08), (0.0, 0.5, 0.75, 1.0), (0.2, 0.25, 0.3), (0.0, 0.2)
    )
    for top_k, temperature, weight, share, null in grid:
        settings = Settings(
            top_k=top_k,
            temperature=temperature,
            keyword_weight=weight,
            use_keywords=weight > 0,
            component_share=share,
            null_similarity=null,
        )
        s = scores(dev, with_classifier(TypologyClassifier(embedder, settings=settings))(dev))
        found.append({**s, "settings": settings.__dict__})
    found.sort(key=lambda f: (-f["accuracy"], -f["macro_f1"], -f["hybrid_jaccard"]))
    return found


def without_half_the_cue_words(seed: int) -> tuple[list[TypeProfile], list[str]]:
    """The profiles with a random half of each type's cue words removed."""
    rng = np.random.default_rng(seed)
    profiles, context = load_profiles()
    kept = []
    for p in profiles:
        keep = sorted(rng.choice(len(p.keywords), size=len(p.keywords) // 2, replace=False))
        kept.append(TypeProfile(p.name, p.about, p.descriptors, [p.keywords[i] for i in keep]))
    return kept, context


def cue_word_dropout(
    embedder: Embedder, test: Sequence[Row], keyword_share: float
) -> dict[str, Any]:
    """Test accuracy when descriptions use words the cue lists lack (simulated: half removed)."""
    ours, words = [], []
    for seed in DROPOUT_SEEDS:
        profiles = without_half_the_cue_words(seed)
        ours.append(
            scores(test, with_classifier(TypologyClassifier(embedder, profiles=profiles))(test))
        )
        baseline = TypologyClassifier(
            None,
            settings=Settings(use_embeddings=False, component_share=keyword_share),
            profiles=profiles,
        )
        words.append(scores(test, with_classifier(baseline)(test)))
    mean = lambda found, key: float(np.mean([f[key] for f in found]))  # noqa: E731
    return {
        name: {key: mean(found, key) for key in ("accuracy", "macro_f1", "hybrid_jaccard")}
        for name, found in (("ours", ours), ("keywords only", words))
    }


def throughput(classifier: TypologyClassifier, rows: Sequence[Row]) -> float:
    texts = [rows[i % len(rows)]["text"] for i in range(THROUGHPUT_N)]
    started = time.perf_counter()
    classifier.classify(texts)
    return THROUGHPUT_N / (time.perf_counter() - started)


def confidence_table(rows: Sequence[Row], classifier: TypologyClassifier) -> list[dict[str, Any]]:
    results = classifier.classify([r["text"] for r in rows])
    table = []
    for low, high in ((0.0, 0.5), (0.5, 0.75), (0.75, 1.01)):
        inside = [(r, p) for r, p in zip(rows, results, strict=True) if low <= p.confidence < high]
        right = sum(r["type"] == p.type for r, p in inside)
        table.append(
            {"confidence": f"{low:.2f}-{min(high, 1):.2f}", "n": len(inside), "right": right}
        )
    return table


def run(tune: bool) -> dict[str, Any]:
    rows = load_rows()
    dev = [r for r in rows if r["split"] == "dev"]
    test = [r for r in rows if r["split"] == "test"]
    started = time.perf_counter()
    model = default_embedder()
    model.encode(["warm up"])
    load_s = time.perf_counter() - started
    memo = Memo(model)
    ours = TypologyClassifier(memo)
    embeddings_only = tune_embeddings_only(memo, dev)
    keyword_share = tune_keywords_only(dev)
    methods: dict[str, Predict] = {
        "ours (embeddings + keywords)": with_classifier(ours),
        "embeddings only": with_classifier(TypologyClassifier(memo, settings=embeddings_only)),
        "keywords only": with_classifier(keyword_classifier(component_share=keyword_share)),
        "always Hybrid": always_hybrid(dev),
    }
    results: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "counts": {
            "dev": len(dev),
            "test": len(test),
            "test_types": Counter(r["type"] for r in test),
        },
        "chosen_on_dev": {
            "ours": Settings().__dict__,
            "embeddings_only": embeddings_only.__dict__,
            "keywords_only_component_share": keyword_share,
        },
        "methods": {},
    }
    for name, predict in methods.items():
        on_test = predict(test)
        results["methods"][name] = {
            "test": {**scores(test, on_test), **subsets(test, on_test)},
            "dev": scores(dev, predict(dev)),
        }
    results["confidence_on_test"] = confidence_table(test, ours)
    results["half_cue_words_on_test"] = cue_word_dropout(memo, test, keyword_share)
    fresh = TypologyClassifier(model)
    results["throughput"] = {
        "load_average_before": os.getloadavg()[0],
        "model_load_s": load_s,
        "ours_per_s": throughput(fresh, rows),
        "keywords_only_per_s": throughput(keyword_classifier(), rows),
    }
    if tune:
        results["tune"] = tune_grid(memo, dev)[:15]
    return results


def table(results: dict[str, Any]) -> str:
    lines = [
        f"test split: {results['counts']['test']} descriptions "
        f"({dict(results['counts']['test_types'])})",
        "",
        "| method | accuracy | macro-F1 | Hybrid Jaccard | en | fr | es | hard | dev accuracy |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, entry in results["methods"].items():
        t, d = entry["test"], entry["dev"]
        lines.append(
            f"| {name} | {t['accuracy']:.2f} | {t['macro_f1']:.3f} | {t['hybrid_jaccard']:.3f} "
            f"| {t['lang_en']} | {t['lang_fr']} | {t['lang_es']} | {t['hard']} "
            f"| {d['accuracy']:.2f} |"
        )
    lines.append("")
    lines.append(
        "confidence on test: "
        + ", ".join(
            f"{c['confidence']}: {c['right']}/{c['n']} right" for c in results["confidence_on_test"]
        )
    )
    for name, d in results["half_cue_words_on_test"].items():
        lines.append(
            f"half the cue words removed (mean of {len(DROPOUT_SEEDS)} draws), {name}: "
            f"accuracy {d['accuracy']:.2f}, macro-F1 {d['macro_f1']:.3f}, "
            f"Jaccard {d['hybrid_jaccard']:.3f}"
        )
    tp = results["throughput"]
    lines.append(
        f"throughput ({THROUGHPUT_N} descriptions): ours {tp['ours_per_s']:.0f}/s, "
        f"keywords only {tp['keywords_only_per_s']:.0f}/s; model load {tp['model_load_s']:.1f} s "
        f"(load average {tp['load_average_before']:.1f} on {results['machine']['cpus']} cores)"
    )
    for entry in results.get("tune", []):
        lines.append(
            f"dev {entry['accuracy']:.2f} F1 {entry['macro_f1']:.3f} "
            f"J {entry['hybrid_jaccard']:.3f} {entry['settings']}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--tune", action="store_true", help="also print the dev grid")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    results = run(args.tune)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2, default=str))
    log(table(results))
    log(f"(figures in {args.output})")


if __name__ == "__main__":
    main()
