"""GCM tagging on real practice descriptions, against two baselines, in one run.

    .venv/bin/python bench/gcm.py          # the figures: the frozen test part (a minute or two)
    .venv/bin/python bench/gcm.py --fit    # choose and fit the model on the development part

Data (`bench/data/`, see its README): short excerpts of practice descriptions from public
sources, each with the GCM objectives its source states; nobody on the team wrote or labelled
them. `gcm_dev.jsonl` is the development part: the only rows `--fit` reads. `gcm_test.jsonl`
was frozen (its hash is in `bench/data/FROZEN`) before any model was fitted or tuned, and only
the evaluation below reads it.

`--fit`, for each encoder: the tagger's features (partnerlab/analysis/gcm.py) of every dev text
against every objective; a logistic regression (scikit-learn) over the (text, objective) pairs,
label 1 when the source lists the objective; its regularisation C chosen by 5-fold
cross-validation grouped by text, on hit@3; refitted on all of dev; `show_score` set so that
95 % of dev texts show at least their best objective. Writes
`partnerlab/analysis/data/gcm_model.json`.

Evaluation, on the test part, for the platform's encoder (multilingual USE), the fast static
encoder used above 5,000 texts, and the baselines
- title similarity: the 23 official titles ranked by cosine similarity to the text, same encoder;
- TF-IDF: scikit-learn TfidfVectorizer (word 1-2 grams, sublinear tf) over each objective's
  title and action paraphrases, ranked by cosine similarity to the text;
hit@1 (top-ranked objective is one the source lists) and hit@3 (one of them is in the top 3),
each with a 95 % bootstrap interval (2,000 resamples of texts, seed 0), overall and by language.
Targets: hit@3 >= 0.80 and hit@1 >= 0.55, printed as met or missed. Figures go to
bench/results/gcm.json.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import platform
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from partnerlab.analysis.embedding import Embedder, default_embedder, unit_rows
from partnerlab.analysis.gcm import FEATURES, GcmTagger, Weights, load_profiles
from partnerlab.analysis.static import MODEL_NAME as STATIC
from partnerlab.analysis.static import load_static_embedder

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
RESULTS = HERE / "results" / "gcm.json"
MODEL = HERE.parent / "partnerlab" / "analysis" / "data" / "gcm_model.json"
TARGET_HIT3 = 0.80
TARGET_HIT1 = 0.55
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
BOOTSTRAP = 2000
Row = dict[str, Any]


def log(message: str) -> None:
    print(message, flush=True)


def load(part: str) -> list[Row]:
    path = DATA / f"gcm_{part}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def encoders() -> list[Embedder]:
    return [default_embedder(), load_static_embedder()]


# ---------------------------------------------------------------- metrics


def hits(ranking: np.ndarray, rows: Sequence[Row], k: int) -> np.ndarray:
    """1 where one of the row's source objectives is among the first k of its ranking."""
    pairs = zip(ranking, rows, strict=True)
    return np.array([bool(set(o[:k].tolist()) & set(r["objectives"])) for o, r in pairs], float)


def interval(values: np.ndarray) -> tuple[float, float, float]:
    """Mean and 95 % bootstrap interval (percentile) of a 0/1 vector."""
    rng = np.random.default_rng(0)
    draws = rng.integers(0, len(values), size=(BOOTSTRAP, len(values)))
    means = values[draws].mean(axis=1)
    return float(values.mean()), float(np.quantile(means, 0.025)), float(np.quantile(means, 0.975))


def numbers_by_score(scores: np.ndarray) -> np.ndarray:
    """Objective numbers (1..23) ordered by score, best first, ties by number."""
    return np.argsort(-scores, axis=1, kind="stable") + 1


# ---------------------------------------------------------------- methods


def features_of(embedder: Embedder) -> tuple[str, ...]:
    """All features, but TF-IDF for the static encoder: at the scale it is used for (above
    5,000 texts), TF-IDF would cost more time than the rest of tagging."""
    return tuple(f for f in FEATURES if not (embedder.name == STATIC and f.startswith("tfidf")))


def pair_data(
    tagger: GcmTagger, rows: Sequence[Row], names: Sequence[str]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(features of every (text, objective) pair, label, text index)."""
    features = tagger.features([r["text"] for r in rows], names=names).features
    labels = np.array([[j + 1 in r["objectives"] for j in range(23)] for r in rows], dtype=int)
    groups = np.repeat(np.arange(len(rows)), 23)
    return features.reshape(-1, len(names)), labels.reshape(-1), groups


def cv_hit3(
    x: np.ndarray, y: np.ndarray, groups: np.ndarray, rows: Sequence[Row], c: float
) -> float:
    found = np.zeros(len(rows))
    for train, held in GroupKFold(n_splits=5).split(x, y, groups):
        model = LogisticRegression(C=c, max_iter=1000).fit(x[train], y[train])
        held_texts = np.unique(groups[held])
        scores = model.decision_function(x[held]).reshape(len(held_texts), 23)
        found[held_texts] = hits(numbers_by_score(scores), [rows[i] for i in held_texts], 3)
    return float(found.mean())


def fit(rows: Sequence[Row]) -> dict[str, Any]:
    log(f"fit on the development part: {len(rows)} texts (bench/data/gcm_dev.jsonl)")
    model: dict[str, Any] = json.loads(MODEL.read_text(encoding="utf-8"))
    model["encoders"] = {}
    for embedder in encoders():
        names = features_of(embedder)
        tagger = GcmTagger(embedder, weights=Weights(names, (0.0,) * len(names), 0.0, 0.0))
        x, y, groups = pair_data(tagger, rows, names)
        grid = {c: cv_hit3(x, y, groups, rows, c) for c in C_GRID}
        best = max(C_GRID, key=lambda c: (round(grid[c], 4), -abs(np.log10(c))))
        final = LogisticRegression(C=best, max_iter=1000).fit(x, y)
        scores = final.predict_proba(x)[:, 1].reshape(len(rows), 23)
        show = float(np.quantile(scores.max(axis=1), 0.05))
        log(f"  {embedder.name}: cv hit@3 by C {grid} -> C={best}; show_score {show:.3f}")
        model["encoders"][embedder.name] = {
            "features": list(names),
            "coef": [round(float(v), 6) for v in final.coef_[0]],
            "intercept": round(float(final.intercept_[0]), 6),
            "show_score": round(show, 4),
            "C": best,
            "cv_hit3": {str(c): round(v, 4) for c, v in grid.items()},
        }
    dev = DATA / "gcm_dev.jsonl"
    model["fitted_on"] = {
        "file": "bench/data/gcm_dev.jsonl",
        "sha256": hashlib.sha256(dev.read_bytes()).hexdigest(),
        "texts": len(rows),
        "date": datetime.date.today().isoformat(),
    }
    MODEL.write_text(json.dumps(model, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    log(f"wrote {MODEL.relative_to(HERE.parent)}")
    return model


def title_ranking(embedder: Embedder, rows: Sequence[Row]) -> np.ndarray:
    titles = unit_rows(embedder.encode([p.title for p in load_profiles()]))
    texts = unit_rows(embedder.encode([r["text"] for r in rows]))
    return numbers_by_score(texts @ titles.T)


def tfidf_ranking(rows: Sequence[Row]) -> np.ndarray:
    documents = [" ".join([p.title, *p.actions]) for p in load_profiles()]
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode")
    profiles = vectorizer.fit_transform(documents)
    texts = vectorizer.transform([r["text"] for r in rows])
    return numbers_by_score((texts @ profiles.T).toarray())


def evaluate(rows: Sequence[Row]) -> dict[str, Any]:
    log(f"evaluate on the frozen test part: {len(rows)} texts (bench/data/gcm_test.jsonl)")
    methods: dict[str, np.ndarray] = {}
    timing: dict[str, float] = {}
    for embedder in encoders():
        tagger = GcmTagger(embedder)
        start = time.perf_counter()
        ranked = tagger.rank([r["text"] for r in rows])
        timing[embedder.name] = time.perf_counter() - start
        methods[f"ours ({embedder.name})"] = np.array([[m.number for m in x] for x in ranked])
        methods[f"title similarity ({embedder.name})"] = title_ranking(embedder, rows)
    methods["TF-IDF over profiles"] = tfidf_ranking(rows)
    languages = sorted({r["language"] for r in rows})
    out: dict[str, Any] = {"methods": {}}
    log(
        f"{'method':44} {'hit@1 [95% CI]':>24} {'hit@3 [95% CI]':>24}  "
        + " ".join(f"{lang}:n hit@3" for lang in languages)
    )
    for name, ranking in methods.items():
        h1, h3 = hits(ranking, rows, 1), hits(ranking, rows, 3)
        by_language = {
            lang: {
                "n": int(sum(r["language"] == lang for r in rows)),
                "hit1": float(h1[[r["language"] == lang for r in rows]].mean()),
                "hit3": float(h3[[r["language"] == lang for r in rows]].mean()),
            }
            for lang in languages
        }
        entry = {"hit1": interval(h1), "hit3": interval(h3), "by_language": by_language}
        out["methods"][name] = entry
        cells = " ".join(f"{lang}:{v['n']} {v['hit3']:.2f}" for lang, v in by_language.items())
        log(
            f"{name:44} {entry['hit1'][0]:.3f} [{entry['hit1'][1]:.2f}, {entry['hit1'][2]:.2f}]"
            f"      {entry['hit3'][0]:.3f} [{entry['hit3'][1]:.2f}, {entry['hit3'][2]:.2f}]"
            f"  {cells}"
        )
    ours = out["methods"][f"ours ({default_embedder().name})"]
    out["targets"] = {
        "hit3 >= 0.80": {"value": ours["hit3"][0], "met": ours["hit3"][0] >= TARGET_HIT3},
        "hit1 >= 0.55": {"value": ours["hit1"][0], "met": ours["hit1"][0] >= TARGET_HIT1},
    }
    for name, target in out["targets"].items():
        log(f"target {name}: {'met' if target['met'] else 'MISSED'} ({target['value']:.3f})")
    out["seconds"] = timing
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fit", action="store_true", help="fit on the development part only")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "partnerlab.settings")
    if args.fit:
        fit(load("dev"))
        return
    test = load("test")
    result = evaluate(test)
    result["data"] = {
        "test": "bench/data/gcm_test.jsonl",
        "sha256": hashlib.sha256((DATA / "gcm_test.jsonl").read_bytes()).hexdigest(),
        "texts": len(test),
    }
    result["machine"] = {"python": platform.python_version(), "cpus": os.cpu_count()}
    result["date"] = datetime.date.today().isoformat()
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    log(f"wrote {RESULTS.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
