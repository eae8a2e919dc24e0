"""Theme discovery on its own: no database, plain data in and out."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import normalized_mutual_info_score

from partnerlab.analysis.embedding import default_embedder, encode_with_segments
from partnerlab.analysis.synthetic import generate
from partnerlab.analysis.themes import ThemeMap, discover_themes


def _blobs(sizes: list[int], *, dim: int = 16, spread: float = 0.05, seed: int = 0):  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(seed)
    centres = np.eye(dim)[: len(sizes)]
    points = [
        c + spread * rng.standard_normal((s, dim)) for c, s in zip(centres, sizes, strict=True)
    ]
    return centres, np.vstack(points)


def _labels(result, n: int) -> np.ndarray:  # type: ignore[no-untyped-def]
    labels = np.full(n, -1)
    for number, theme in enumerate(result.themes):
        labels[theme.members] = number
    return labels


def test_clear_groups_are_found_without_being_told_how_many() -> None:
    _centres, vectors = _blobs([12, 10, 8])
    texts = [f"answer {i}" for i in range(len(vectors))]
    result = discover_themes(texts, vectors, min_size=3)
    assert sorted(len(t.members) for t in result.themes) == [8, 10, 12]
    assert not result.unassigned


def test_an_answer_far_from_every_theme_stays_unassigned() -> None:
    centres, vectors = _blobs([12, 12], dim=16)
    stray = np.zeros((1, 16))
    stray[0, 5] = 1.0  # a direction no theme has
    vectors = np.vstack([vectors, 0.3 * centres[0] + stray])
    texts = [f"answer {i}" for i in range(len(vectors))]
    result = discover_themes(texts, vectors, min_size=3)
    assert result.unassigned == [24]
    assert all(24 not in t.members for t in result.themes)


def test_an_answer_about_two_things_also_joins_the_second_theme() -> None:
    centres, vectors = _blobs([10, 10, 10])
    texts = [f"answer {i}" for i in range(len(vectors))]
    both = 0.55 * centres[0] + 0.45 * centres[1]
    vectors = np.vstack([vectors, both])
    texts.append("about fees. and about remittances.")
    segments = [None] * 30 + [np.vstack([centres[0], centres[1]])]
    result = discover_themes(texts, vectors, min_size=3, segment_embeddings=segments)
    primary = next(t for t in result.themes if 30 in t.members)
    others = [t for t in result.themes if t is not primary]
    assert any(30 in t.secondary for t in others)
    assert all(30 not in t.members for t in others)  # one primary theme only


def test_a_number_of_themes_can_be_asked_for() -> None:
    _centres, vectors = _blobs([10, 10, 10, 10])
    texts = [f"answer {i}" for i in range(40)]
    assert len(discover_themes(texts, vectors, n_themes=2).themes) == 2


def test_too_few_answers_give_no_theme() -> None:
    result = discover_themes(["a", "b"], np.eye(2), min_size=3)
    assert result.themes == [] and result.unassigned == [0, 1]
    assert discover_themes([], np.zeros((0, 4))).themes == []


def test_thirty_real_answers_in_three_languages_give_sensible_themes() -> None:
    answers = generate(30, seed=7, n_topics=4, noise=0.0, mixed=0.0)
    texts = [a.text for a in answers]
    vectors, segments = encode_with_segments(default_embedder(), texts)
    result = discover_themes(texts, vectors, min_size=3, segment_embeddings=segments)
    assert 3 <= len(result.themes) <= 7
    assert all(len(t.members) >= 3 and t.label and t.keywords for t in result.themes)
    assert all(set(t.representatives) <= set(t.members) for t in result.themes)
    truth = [a.topic for a in answers]
    # Measured 0.6-0.7 on such sets; well above chance (about 0.2 for 30 answers).
    assert normalized_mutual_info_score(truth, _labels(result, 30)) >= 0.5


def test_the_same_answers_always_give_the_same_themes_whatever_their_order() -> None:
    answers = generate(120, seed=11, n_topics=8)
    texts = [a.text for a in answers]
    vectors = default_embedder().encode(texts)
    first = discover_themes(texts, vectors)
    again = discover_themes(texts, vectors)
    assert [(t.label, t.members, t.secondary) for t in first.themes] == [
        (t.label, t.members, t.secondary) for t in again.themes
    ]
    order = np.random.default_rng(0).permutation(len(texts))
    shuffled = discover_themes([texts[i] for i in order], vectors[order])
    shuffled_texts = [texts[i] for i in order]
    assert _groups(first, texts) == _groups(shuffled, shuffled_texts)


def _groups(result: ThemeMap, texts: list[str]) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(texts[i] for i in t.members)) for t in result.themes)
