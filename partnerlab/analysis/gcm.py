"""Suggesting GCM objectives for a text: all 23 ranked, each with a score and its evidence.

Each objective has a profile (`data/gcm_profiles.json`): its official title, and short
paraphrases, in English, French and Spanish, of the actions the Global Compact itself lists
under it, written as what a project doing that work does; and a few distinctive words per
language. Nothing in a profile is taken from an evaluation text (a test checks it).

A text is cut into sentences. For every objective the tagger measures

- `action`: the best similarity between a sentence and one of the objective's actions;
- `top3`: the mean similarity between the whole text and the objective's 3 closest actions;
- `profile`: the similarity between the whole text and the mean of the objective's actions;
- `title`: the similarity between the whole text and the objective's title;
- `words`: how many of the objective's distinctive words the text uses (at most 3);
- `tfidf_word`, `tfidf_char`: TF-IDF cosine similarity (scikit-learn; words and word pairs,
  or 3-5 character pieces within words) between the text and the objective's profile (title,
  actions and words), the vocabulary learnt from the 23 profiles alone;

every similarity taken relative to the text's similarities to all 23 objectives (so the scale
of a particular model does not matter). A logistic model over these features, fitted on the
development part of the real evaluation data (`bench/gcm.py --fit`; weights in
`data/gcm_model.json`, one set per encoder, each naming the features it uses), turns them into
the score: the estimated chance that the source of such a text would list that objective. All
23 are always ranked by it; the encoder's `show_score` only decides which of the top ones a
page shows. The evidence is the sentence closest to the objective's actions, and the sentences
using its words. The fast static encoder, used for large sets, leaves out TF-IDF, which would
cost more time there than the rest of tagging.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

import numpy as np

from partnerlab.analysis.embedding import Embedder, unit_rows
from partnerlab.analysis.text import fold, segments
from partnerlab.reference.data import gcm_objectives

FEATURES = ("action", "top3", "profile", "title", "words", "tfidf_word", "tfidf_char")
LANGUAGES = ("en", "fr", "es")
EVIDENCE_CHARS = 240
MAX_WORDS = 3
TFIDF: dict[str, dict[str, Any]] = {
    "tfidf_word": {"analyzer": "word", "ngram_range": (1, 2)},
    "tfidf_char": {"analyzer": "char_wb", "ngram_range": (3, 5)},
}


@dataclass(frozen=True)
class ObjectiveMatch:
    number: int
    score: float
    evidence: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {"number": self.number, "score": round(self.score, 3), "evidence": self.evidence}


@dataclass(frozen=True)
class Profile:
    number: int
    title: str
    actions: list[str]
    keywords: list[str]


_WORD = re.compile(r"\w+")


class Words:
    """Every objective's distinctive words, looked up word by word (and pair by pair).

    A word or pair of words counts for an objective when it equals one of the objective's
    words, or begins with one that ends in `*`. What each distinct word means is remembered,
    so a large set costs one dictionary look-up per word.
    """

    def __init__(self, profiles: Sequence[Profile]) -> None:
        self.exact: dict[str, set[tuple[int, str]]] = {}
        self.stems: dict[str, set[tuple[int, str]]] = {}
        for j, profile in enumerate(profiles):
            for keyword in profile.keywords:
                form = " ".join(_WORD.findall(fold(keyword.rstrip("*"))))
                table = self.stems if keyword.endswith("*") else self.exact
                table.setdefault(form, set()).add((j, keyword))
        self.shortest = min((len(stem) for stem in self.stems), default=1)
        # words that begin a two-word term: only after one of them is a pair looked up
        self.openers = {form.split()[0] for form in (*self.exact, *self.stems) if " " in form}
        self._seen: dict[str, frozenset[tuple[int, str]]] = {}

    def _owners(self, term: str) -> frozenset[tuple[int, str]]:
        found = self._seen.get(term)
        if found is None:
            owners = set(self.exact.get(term, ()))
            for end in range(self.shortest, len(term) + 1):
                owners |= self.stems.get(term[:end], set())
            found = self._seen[term] = frozenset(owners)
        return found

    def found(self, folded: str) -> dict[int, set[str]]:
        """The words of each objective (by index) that a folded text uses."""
        tokens = _WORD.findall(folded)
        openers = self.openers
        terms = tokens + [f"{a} {b}" for a, b in itertools.pairwise(tokens) if a in openers]
        seen = self._seen
        by_objective: dict[int, set[str]] = {}
        for term in terms:
            owners = seen.get(term)
            if owners is None:
                owners = self._owners(term)
            for j, keyword in owners:
                by_objective.setdefault(j, set()).add(keyword)
        return by_objective


def load_profiles() -> list[Profile]:
    package = resources.files("partnerlab.analysis")
    data = json.loads(package.joinpath("data/gcm_profiles.json").read_text(encoding="utf-8"))
    titles = dict(gcm_objectives())
    return [
        Profile(
            number=item["number"],
            title=titles[item["number"]],
            actions=[a for language in LANGUAGES for a in item["actions"].get(language, [])],
            keywords=[k for language in LANGUAGES for k in item["keywords"].get(language, [])],
        )
        for item in sorted(data["objectives"], key=lambda item: item["number"])
    ]


@cache
def load_model() -> dict[str, Any]:
    package = resources.files("partnerlab.analysis")
    data: dict[str, Any] = json.loads(
        package.joinpath("data/gcm_model.json").read_text(encoding="utf-8")
    )
    return data


@dataclass(frozen=True)
class Weights:
    features: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    show_score: float

    @classmethod
    def for_encoder(cls, name: str) -> Weights:
        models = load_model()["encoders"]
        entry = models.get(name) or models[load_model()["default"]]
        return cls(
            tuple(entry["features"]),
            tuple(entry["coef"]),
            float(entry["intercept"]),
            float(entry["show_score"]),
        )


@cache
def default_tagger() -> GcmTagger:
    """The tagger on the platform's embedding model, its profile vectors computed once."""
    from partnerlab.analysis.embedding import default_embedder

    return GcmTagger(default_embedder())


@cache
def static_tagger() -> GcmTagger:
    """The tagger on the fast static encoder, for large sets."""
    from partnerlab.analysis.static import load_static_embedder

    return GcmTagger(load_static_embedder())


def tagger_for(count: int) -> GcmTagger:
    """The tagger on the same encoder `embedder_for(count)` picks, so the vectors agree."""
    from partnerlab.analysis.embedding import STATIC_ABOVE

    return static_tagger() if count > STATIC_ABOVE else default_tagger()


def _relative(matrix: np.ndarray) -> np.ndarray:
    """Each row as z-scores across the 23 objectives."""
    spread = matrix.std(axis=1, keepdims=True)
    return np.asarray(
        (matrix - matrix.mean(axis=1, keepdims=True)) / np.where(spread > 0, spread, 1.0)
    )


@dataclass(frozen=True)
class Scored:
    """The features of every text against every objective, and where the evidence lies."""

    features: np.ndarray  # (texts, 23, len(FEATURES))
    sentence_action: np.ndarray  # (sentences of all texts, 23): best action similarity
    offsets: np.ndarray  # text i's sentences are rows offsets[i]:offsets[i + 1]
    pieces: list[list[str]]

    def best_sentence(self, i: int, j: int) -> int:
        return int(np.argmax(self.sentence_action[self.offsets[i] : self.offsets[i + 1], j]))


CHUNK = 4096


class GcmTagger:
    """Scores texts against the 23 objectives with one embedding model."""

    def __init__(
        self,
        embedder: Embedder,
        profiles: list[Profile] | None = None,
        weights: Weights | None = None,
    ) -> None:
        self.embedder = embedder
        self.profiles = profiles or load_profiles()
        self.weights = weights or Weights.for_encoder(embedder.name)
        self._words = Words(self.profiles)

    @cached_property
    def _vectors(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Action vectors, where each objective's actions start, action centroids, titles."""
        actions = [a for p in self.profiles for a in p.actions]
        owner = np.array([j for j, p in enumerate(self.profiles) for _ in p.actions])
        action_vectors = unit_rows(self.embedder.encode(actions))
        centroids = unit_rows(
            np.stack([action_vectors[owner == j].mean(axis=0) for j in range(len(self.profiles))])
        )
        titles = unit_rows(self.embedder.encode([p.title for p in self.profiles]))
        starts = np.concatenate([[0], np.flatnonzero(np.diff(owner)) + 1])
        return action_vectors, starts, centroids, titles

    @cached_property
    def _tfidf(self) -> dict[str, tuple[Any, Any]]:
        """Per TF-IDF feature: the vectorizer fitted on the 23 profiles, and their vectors."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        documents = [
            " ".join([p.title, *p.actions, *(k.rstrip("*") for k in p.keywords)])
            for p in self.profiles
        ]
        out = {}
        for name, options in TFIDF.items():
            vectorizer = TfidfVectorizer(sublinear_tf=True, strip_accents="unicode", **options)
            out[name] = (vectorizer, vectorizer.fit_transform(documents))
        return out

    def features(
        self,
        texts: Sequence[str],
        encoded: tuple[np.ndarray, list[np.ndarray | None]] | None = None,
        names: Sequence[str] | None = None,
    ) -> Scored:
        """The features `names` (default: those of this tagger's weights) of `texts`, as in
        the module's docstring, for ranking or fitting."""
        names = tuple(names or self.weights.features)
        pieces = [segments(t) or [t] for t in texts]
        count = len(self.profiles)
        if not texts:
            return Scored(
                np.zeros((0, count, len(names))), np.zeros((0, count)), np.zeros(1, int), []
            )
        if encoded is None:
            from partnerlab.analysis.embedding import encode_with_segments

            encoded = encode_with_segments(self.embedder, texts)
        whole, parts = encoded
        whole = unit_rows(whole)
        action_vectors, starts, centroids, titles = self._vectors
        sentences = unit_rows(
            np.vstack([whole[i : i + 1] if p is None else p for i, p in enumerate(parts)])
        )
        sizes = np.array([1 if p is None else len(p) for p in parts])
        offsets = np.concatenate([[0], np.cumsum(sizes)])
        sentence_action = np.empty((len(sentences), count), dtype=np.float32)
        for k in range(0, len(sentences), CHUNK):
            sims = sentences[k : k + CHUNK] @ action_vectors.T
            sentence_action[k : k + CHUNK] = np.maximum.reduceat(sims, starts, axis=1)

        def column(name: str) -> np.ndarray:
            if name == "words":  # a count, not a similarity: taken as it is
                return self._word_counts(texts)
            if name == "action":
                found = np.maximum.reduceat(sentence_action, offsets[:-1], axis=0)
            elif name == "top3":
                found = self._closest_actions(whole, 3)
            elif name == "profile":
                found = whole @ centroids.T
            elif name == "title":
                found = whole @ titles.T
            else:
                found = self._tfidf_similarity(name, texts)
            return _relative(found)

        features = np.stack([column(name) for name in names], axis=2)
        return Scored(features, sentence_action, offsets, pieces)

    def _closest_actions(self, whole: np.ndarray, k: int) -> np.ndarray:
        action_vectors, starts, _centroids, _titles = self._vectors
        ends = [*starts[1:], len(action_vectors)]
        out = np.empty((len(whole), len(self.profiles)))
        for first in range(0, len(whole), CHUNK):
            sims = whole[first : first + CHUNK] @ action_vectors.T
            for j, (start, end) in enumerate(zip(starts, ends, strict=True)):
                out[first : first + CHUNK, j] = np.sort(sims[:, start:end], axis=1)[:, -k:].mean(
                    axis=1
                )
        return out

    def _word_counts(self, texts: Sequence[str]) -> np.ndarray:
        words = np.zeros((len(texts), len(self.profiles)))
        for i, text in enumerate(texts):
            for j, used in self._words.found(fold(text)).items():
                words[i, j] = min(len(used), MAX_WORDS)
        return words

    def _tfidf_similarity(self, name: str, texts: Sequence[str]) -> np.ndarray:
        vectorizer, profiles = self._tfidf[name]
        return np.asarray((vectorizer.transform(texts) @ profiles.T).toarray())

    def scores(self, features: np.ndarray) -> np.ndarray:
        """The logistic model's score of every (text, objective), in [0, 1]."""
        z = features @ np.asarray(self.weights.coef) + self.weights.intercept
        return np.asarray(1.0 / (1.0 + np.exp(-z)))

    def _ranked(
        self,
        texts: Sequence[str],
        top: int,
        bar: float,
        encoded: tuple[np.ndarray, list[np.ndarray | None]] | None,
    ) -> list[list[ObjectiveMatch]]:
        scored = self.features(texts, encoded)
        scores = self.scores(scored.features)
        order = np.argsort(-scores, axis=1, kind="stable")[:, :top]
        results = []
        for i, piece in enumerate(scored.pieces):
            shown = [j for j in order[i] if scores[i, j] >= bar]
            words = [self._words.found(fold(s)) for s in piece] if shown else []
            results.append(
                [
                    ObjectiveMatch(
                        self.profiles[j].number,
                        float(scores[i, j]),
                        _evidence(piece, scored.best_sentence(i, j), [j in w for w in words]),
                    )
                    for j in shown
                ]
            )
        return results

    def rank(
        self,
        texts: Sequence[str],
        *,
        encoded: tuple[np.ndarray, list[np.ndarray | None]] | None = None,
    ) -> list[list[ObjectiveMatch]]:
        """All 23 objectives per text, best first, each with its score and evidence."""
        return self._ranked(texts, len(self.profiles), 0.0, encoded)

    def tag(
        self,
        texts: Sequence[str],
        *,
        top: int = 3,
        encoded: tuple[np.ndarray, list[np.ndarray | None]] | None = None,
    ) -> list[list[ObjectiveMatch]]:
        """The objectives a page shows: of the `top` best ranked, those scoring at least
        `show_score`, best first.

        `encoded` is what `encode_with_segments` gave for `texts` with this tagger's embedder,
        so a caller that has already embedded the texts does not pay for it twice.
        """
        return self._ranked(texts, top, self.weights.show_score, encoded)


def _evidence(piece: list[str], best: int, uses_words: list[bool]) -> list[str]:
    """The sentence closest to the objective's actions, then those using its words (3 at most)."""
    evidence = [piece[best][:EVIDENCE_CHARS]]
    for sentence, uses in zip(piece, uses_words, strict=True):
        if len(evidence) == 3:
            break
        if uses and sentence[:EVIDENCE_CHARS] not in evidence:
            evidence.append(sentence[:EVIDENCE_CHARS])
    return evidence
