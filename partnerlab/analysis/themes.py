"""Finding the common themes in a set of short answers.

Small sets come first (a real cycle has tens to a few hundred answers), so the method is
deterministic and needs no number of themes:

1. Answers are put in a canonical order, so the same answers always give the same themes.
2. Units: each answer is a unit; above `DIRECT_LIMIT` answers, a mini-batch k-means first
   condenses them into a few hundred micro-clusters, so 100,000 answers stay fast.
3. A Ward tree over the units is cut at every candidate number of themes, up to about 1.2 √n;
   the cut with the best silhouette (cosine, on a fixed sample) wins, unless the caller asks
   for a number.
4. Two passes of nearest-centroid assignment tidy the borders; groups smaller than `min_size`
   are dissolved; answers far from every theme (robust z-score) stay unassigned.
5. An answer that also speaks of another theme gets it as a secondary theme, judged on its
   separate sentences when it has several.
6. Each theme gets distinctive key phrases (class-based TF-IDF), a label, and representative
   answers (close to the centre, yet different from each other).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.cluster import MiniBatchKMeans
from sklearn.metrics import silhouette_score

from partnerlab.analysis.embedding import unit_rows
from partnerlab.analysis.labels import distinctive_phrases, label_from

DIRECT_LIMIT = 3000
MICRO_CLUSTERS = 300
SILHOUETTE_SAMPLE = 3000
MAX_THEMES = 60
OUTLIER_Z = -3.0
MIN_SPREAD = 0.05  # cosine
SECONDARY_MARGIN = 0.04
MAX_SECONDARY = 2
REPRESENTATIVES = 3
PHRASE_SAMPLE = 400
SEED = 0

Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class Theme:
    label: str
    keywords: list[str]
    members: list[int]  # indices of the answers whose primary theme this is
    secondary: list[int] = field(default_factory=list)
    representatives: list[int] = field(default_factory=list)
    centroid: np.ndarray | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class ThemeMap:
    themes: list[Theme]
    unassigned: list[int]


def _nothing(percent: int, message: str) -> None:
    return None


def discover_themes(
    texts: Sequence[str],
    embeddings: np.ndarray,
    *,
    min_size: int = 3,
    n_themes: int | None = None,
    segment_embeddings: Sequence[np.ndarray | None] | None = None,
    progress: Progress = _nothing,
) -> ThemeMap:
    """Themes of `texts` from their `embeddings` (one row per text, any scale).

    `segment_embeddings[i]`, when given, holds the embeddings of text i's sentences (None or
    one row for a single sentence); they let a text that speaks of several things belong to
    more than one theme. Returned indices refer to `texts`.
    """
    n = len(texts)
    if n == 0:
        return ThemeMap(themes=[], unassigned=[])
    if embeddings.shape[0] != n:
        raise ValueError("one embedding per text is needed")
    min_size = max(1, min_size)
    order = np.argsort(np.asarray(texts, dtype=object), kind="stable")
    vectors = unit_rows(embeddings)[order]
    if n < 2 * min_size:
        return ThemeMap(themes=[], unassigned=list(range(n)))
    progress(5, "grouping")
    labels = _first_labels(vectors, min_size=min_size, n_themes=n_themes, progress=progress)
    progress(70, "refining")
    labels, centroids = _refine(vectors, labels, min_size=min_size)
    progress(80, "describing")
    similarity = vectors @ centroids.T if len(centroids) else np.zeros((n, 0), np.float32)
    by_sentence = _segment_reach(centroids, order, segment_embeddings)
    reach = similarity if by_sentence is None else np.maximum(similarity, by_sentence)
    labels = _drop_outliers(labels, reach)
    back = order  # position in canonical order -> index in `texts`
    themes = _describe(texts, back, vectors, labels, similarity, centroids, by_sentence)
    assigned = {i for theme in themes for i in theme.members}
    progress(100, "done")
    return ThemeMap(themes=themes, unassigned=sorted(set(range(n)) - assigned))


def _first_labels(
    vectors: np.ndarray, *, min_size: int, n_themes: int | None, progress: Progress
) -> np.ndarray:
    """Cluster labels (0..k-1) per answer, from a Ward tree cut at the best number of themes."""
    n = len(vectors)
    if n > DIRECT_LIMIT:
        micro = MiniBatchKMeans(
            n_clusters=min(MICRO_CLUSTERS, n // 10),
            random_state=SEED,
            n_init=1,  # 3 restarts cost 14 s at 100k and changed nothing measurable
            batch_size=4096,
            max_iter=100,
            init_size=3 * MICRO_CLUSTERS,  # k-means++ on a small sample: 1.5 s less at 100k
        )
        unit_of = micro.fit_predict(vectors)
        units = unit_rows(micro.cluster_centers_)
    else:
        unit_of = np.arange(n)
        units = vectors
    progress(30, "building the tree")
    tree = linkage(units.astype(np.float64), method="ward")
    sample = _sample(n)
    most = max(2, min(max_themes(n), n // max(min_size, 1), len(units) - 1))
    fewest = min(most // 2, max(2, round(math.sqrt(n) / 2))) if most > 2 else 2
    candidates = [n_themes] if n_themes else list(range(fewest, most + 1))
    best_labels, best_score = np.zeros(n, dtype=np.int64), -2.0
    # Cosine distances of the sample, computed once for every candidate cut.
    distances = np.clip(1.0 - vectors[sample] @ vectors[sample].T, 0.0, 2.0)
    np.fill_diagonal(distances, 0.0)
    for step, k in enumerate(candidates):
        labels = fcluster(tree, t=k, criterion="maxclust")[unit_of] - 1
        if len(np.unique(labels[sample])) < 2:
            continue
        score = float(silhouette_score(distances, labels[sample], metric="precomputed"))
        if score > best_score + 1e-9:
            best_labels, best_score = labels, score
        progress(30 + 40 * (step + 1) // len(candidates), f"trying {k} themes")
    return best_labels


def max_themes(n: int) -> int:
    """At most about 1.2 √n themes (7 for 30 answers, 12 for 100, 38 for 1,000; 60 at most),
    and at least about √n / 2: people curate themes by hand, small sets hold few themes, and
    on a small set the silhouette alone sometimes prefers an unhelpful split in two."""
    return max(2, min(MAX_THEMES, round(1.2 * math.sqrt(n))))


def _sample(n: int) -> np.ndarray:
    if n <= SILHOUETTE_SAMPLE:
        return np.arange(n)
    return np.sort(np.random.default_rng(SEED).choice(n, SILHOUETTE_SAMPLE, replace=False))


def _centroids(vectors: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """Unit-length mean of each group (a sparse one-hot product: fast at 100,000 answers)."""
    placed = np.flatnonzero(labels >= 0)
    one_hot = sparse.csr_matrix(
        (np.ones(len(placed), dtype=np.float32), (labels[placed], placed)),
        shape=(k, len(vectors)),
    )
    return unit_rows(np.asarray(one_hot @ vectors))


def _refine(
    vectors: np.ndarray, labels: np.ndarray, *, min_size: int
) -> tuple[np.ndarray, np.ndarray]:
    """Nearest-centroid passes; groups below `min_size` are dissolved into the others."""
    for _pass in range(3):
        keep = [c for c in np.unique(labels[labels >= 0]) if (labels == c).sum() >= min_size]
        if not keep:
            return np.full(len(vectors), -1), np.zeros((0, vectors.shape[1]), np.float32)
        remap = {old: new for new, old in enumerate(keep)}
        labels = np.array([remap.get(int(c), -1) for c in labels])
        centroids = _centroids(vectors, labels, len(keep))
        labels = np.argmax(vectors @ centroids.T, axis=1)
    sizes = np.bincount(labels, minlength=len(centroids))
    if (sizes < min_size).any():
        labels = np.where(sizes[labels] < min_size, -1, labels)
        return (
            _refine(vectors, labels, min_size=min_size)
            if (labels >= 0).any()
            else (labels, centroids)
        )
    return labels, centroids


def _segment_reach(
    centroids: np.ndarray, order: np.ndarray, segment_embeddings: Sequence[np.ndarray | None] | None
) -> np.ndarray | None:
    """Per answer (canonical order) and theme, the best similarity of one of its sentences;
    -inf for answers of a single sentence. All sentences in one product, then a max per answer."""
    if segment_embeddings is None or not len(centroids):
        return None
    owners, blocks = [], []
    for position, index in enumerate(order):
        segments = segment_embeddings[int(index)]
        if segments is not None and len(segments) > 1:
            owners.append(np.full(len(segments), position))
            blocks.append(segments)
    reach = np.full((len(order), len(centroids)), -np.inf, dtype=np.float32)
    if blocks:
        owner = np.concatenate(owners)
        sims = unit_rows(np.vstack(blocks)) @ centroids.T
        starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
        reach[owner[starts]] = np.maximum.reduceat(sims, starts, axis=0)
    return reach


def _drop_outliers(labels: np.ndarray, similarity: np.ndarray) -> np.ndarray:
    """Answers far from every theme's centre, compared with that theme's members, stay
    unassigned. "Far" is a robust z-score (median and MAD, with a floor on the spread so a
    very tight theme does not reject ordinary members); an answer between two themes is
    close enough to one of them and is kept."""
    labels = labels.copy()
    k = similarity.shape[1]
    best_z = np.full(len(labels), -np.inf)
    for c in range(k):
        members = np.flatnonzero(labels == c)
        if len(members) < 5:
            best_z = np.maximum(best_z, np.where(labels == c, np.inf, -np.inf))
            continue
        sims = similarity[members, c]
        median = float(np.median(sims))
        spread = max(1.4826 * float(np.median(np.abs(sims - median))), MIN_SPREAD)
        best_z = np.maximum(best_z, (similarity[:, c] - median) / spread)
    labels[(labels >= 0) & (best_z < OUTLIER_Z)] = -1
    return labels


def _describe(
    texts: Sequence[str],
    back: np.ndarray,
    vectors: np.ndarray,
    labels: np.ndarray,
    similarity: np.ndarray,
    centroids: np.ndarray,
    by_sentence: np.ndarray | None,
) -> list[Theme]:
    k = similarity.shape[1]
    groups = [np.flatnonzero(labels == c) for c in range(k)]
    order_of_themes = sorted(range(k), key=lambda c: (-len(groups[c]), c))
    floors = np.array(
        [
            float(np.quantile(similarity[g, c], 0.25)) if len(g) else 1.0
            for c, g in enumerate(groups)
        ]
    )
    secondary = _secondary(labels, similarity, floors, by_sentence)
    # Key phrases from at most PHRASE_SAMPLE answers a theme, evenly spread: the same phrases
    # at a fraction of the cost on very large themes.
    sampled = [_spread(groups[c], PHRASE_SAMPLE).tolist() for c in order_of_themes]
    phrases = distinctive_phrases([texts[int(back[i])] for i in range(len(back))], sampled)
    themes = []
    for position, c in enumerate(order_of_themes):
        members = groups[c]
        themes.append(
            Theme(
                label=label_from(phrases[position]),
                keywords=phrases[position],
                members=sorted(int(back[i]) for i in members),
                secondary=sorted(int(back[i]) for i in secondary.get(c, [])),
                representatives=[
                    int(back[i]) for i in _representatives(members, vectors, centroids[c])
                ],
                centroid=centroids[c],
            )
        )
    return themes


def _spread(members: np.ndarray, limit: int) -> np.ndarray:
    if len(members) <= limit:
        return members
    return np.asarray(members[np.linspace(0, len(members) - 1, limit).astype(int)])


def _secondary(
    labels: np.ndarray,
    similarity: np.ndarray,
    floors: np.ndarray,
    by_sentence: np.ndarray | None,
) -> dict[int, list[int]]:
    """Further themes of an answer: a sentence of it sits well inside another theme, or (one
    sentence) it is nearly as close to another theme as to its own."""
    placed = np.flatnonzero(labels >= 0)
    primary = labels[placed]
    own = similarity[placed, primary]
    best = np.where(
        similarity[placed] >= (own - SECONDARY_MARGIN)[:, None], similarity[placed], -1.0
    )
    if by_sentence is not None:
        several = np.isfinite(by_sentence[placed]).any(axis=1)
        best[several] = by_sentence[placed][several]
    best[np.arange(len(placed)), primary] = -1.0
    best[best < floors[None, :]] = -1.0
    found: dict[int, list[int]] = {}
    top = np.argsort(-best, axis=1, kind="stable")[:, :MAX_SECONDARY]
    for row, choices in enumerate(top):
        for c in choices:
            if best[row, c] > -1.0:
                found.setdefault(int(c), []).append(int(placed[row]))
    return found


def _representatives(members: np.ndarray, vectors: np.ndarray, centroid: np.ndarray) -> list[int]:
    """Close to the centre, and not near-copies of each other (maximal marginal relevance)."""
    if len(members) == 0:
        return []
    closeness = vectors[members] @ centroid
    pool = members[np.argsort(-closeness, kind="stable")][:50]
    relevance = vectors[pool] @ centroid
    chosen = [0]
    while len(chosen) < min(REPRESENTATIVES, len(pool)):
        redundancy = (vectors[pool] @ vectors[pool[chosen]].T).max(axis=1)
        score = 0.7 * relevance - 0.3 * redundancy
        score[chosen] = -np.inf
        chosen.append(int(np.argmax(score)))
    return [int(pool[j]) for j in chosen]
