"""Labels for groups of texts: the key phrases that set each group apart (class-based TF-IDF)."""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

from partnerlab.analysis.text import stop_words

TOKEN_PATTERN = r"(?u)\b[^\W\d_][^\W_]{2,}\b"


def distinctive_phrases(
    texts: Sequence[str], groups: Sequence[Sequence[int]], *, top: int = 8
) -> list[list[str]]:
    """For each group (indices into `texts`), its most distinctive words and word pairs.

    A phrase scores by its frequency in the group times how rare it is across groups (the
    class-based TF-IDF of topic models); phrases contained in a better one are dropped.
    """
    if not groups:
        return []
    documents = [" ".join(texts[i] for i in group) for group in groups]
    vectorizer = CountVectorizer(
        ngram_range=(1, 2),
        token_pattern=TOKEN_PATTERN,
        lowercase=True,
        stop_words=sorted(stop_words()),
        min_df=1,
    )
    try:
        with warnings.catch_warnings():
            # The stop-word lists hold contractions the tokenizer never produces: harmless.
            warnings.simplefilter("ignore", UserWarning)
            counts = vectorizer.fit_transform(documents)
    except ValueError:  # nothing but stop words
        return [[] for _ in groups]
    counts = counts.astype(np.float64)
    vocabulary = np.array(vectorizer.get_feature_names_out())
    term_frequency = counts.multiply(1.0 / np.maximum(counts.sum(axis=1), 1)).tocsr()
    average_words = counts.sum() / len(groups)
    idf = np.log1p(average_words / np.maximum(np.asarray(counts.sum(axis=0)).ravel(), 1))
    # Pairs of words say more than single words: give them a little more weight.
    idf = idf * np.where(np.char.count(vocabulary.astype(str), " ") > 0, 1.3, 1.0)
    scores = term_frequency.multiply(idf).tocsr()
    result = []
    for row in range(len(groups)):
        data = scores.getrow(row)
        order = data.indices[np.argsort(-data.data, kind="stable")]
        result.append(_without_parts([str(vocabulary[i]) for i in order[: top * 3]], top))
    return result


def _without_parts(phrases: list[str], top: int) -> list[str]:
    """Keep a phrase only if no better-ranked phrase contains it or is contained in it."""
    kept: list[str] = []
    for phrase in phrases:
        words = set(phrase.split())
        if any(words <= set(k.split()) or set(k.split()) <= words for k in kept):
            continue
        kept.append(phrase)
        if len(kept) == top:
            break
    return kept


def label_from(phrases: Sequence[str], *, words: int = 3) -> str:
    """A short readable label from the leading key phrases."""
    return ", ".join(phrases[:words]) if phrases else ""
