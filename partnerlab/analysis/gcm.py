"""Suggesting GCM objectives for a text, with a score and the phrases that support each.

Each objective has a profile (its official title, phrases describing what work under it looks
like, and keywords in English, French and Spanish; `data/gcm_profiles.json`). A text is cut
into sentences; each objective is scored on

- meaning: the best cosine similarity between a sentence and the objective's phrases, taken
  relative to the text's similarities to all 23 objectives (so the scale of a particular
  embedding model does not matter), and
- words: how many of the objective's keywords the text uses.

The two are combined into a score between 0 and 1. The evidence is the sentence that best
matches the objective, with the keywords it uses.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

import numpy as np

from partnerlab.analysis.embedding import Embedder, unit_rows
from partnerlab.analysis.text import segments
from partnerlab.reference.data import gcm_objectives

# Weights of the combination, chosen on the evaluation set (see bench/gcm.py).
MEANING_WEIGHT = 1.6
WORDS_WEIGHT = 1.2
BIAS = -3.2
MIN_SCORE = 0.2


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
    phrases: list[str]
    keywords: list[re.Pattern[str]]


def _fold(text: str) -> str:
    """Lower case without accents, so "Rémittances" and "remittances" match alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _keyword_pattern(keyword: str) -> re.Pattern[str]:
    word = re.escape(_fold(keyword.rstrip("*")))
    tail = r"\w*" if keyword.endswith("*") else ""
    return re.compile(rf"\b{word}{tail}\b")


def load_profiles() -> list[Profile]:
    package = resources.files("partnerlab.analysis")
    data = json.loads(package.joinpath("data/gcm_profiles.json").read_text(encoding="utf-8"))
    titles = dict(gcm_objectives())
    return [
        Profile(
            number=item["number"],
            title=titles[item["number"]],
            phrases=[titles[item["number"]], *item["descriptors"]],
            keywords=[_keyword_pattern(k) for words in item["keywords"].values() for k in words],
        )
        for item in data["objectives"]
    ]


@cache
def default_tagger() -> GcmTagger:
    """The tagger on the platform's embedding model, its phrase vectors computed once."""
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


class GcmTagger:
    """Scores texts against the 23 objectives with one embedding model."""

    def __init__(self, embedder: Embedder, profiles: list[Profile] | None = None) -> None:
        self.embedder = embedder
        self.profiles = profiles or load_profiles()

    @cached_property
    def _phrase_matrix(self) -> tuple[np.ndarray, np.ndarray]:
        phrases = [p for profile in self.profiles for p in profile.phrases]
        owner = np.array([i for i, profile in enumerate(self.profiles) for _ in profile.phrases])
        return unit_rows(self.embedder.encode(phrases)), owner

    def tag(
        self,
        texts: Sequence[str],
        *,
        top: int = 3,
        encoded: tuple[np.ndarray, list[np.ndarray | None]] | None = None,
    ) -> list[list[ObjectiveMatch]]:
        """Up to `top` objectives per text, best first, each with its evidence.

        `encoded` is what `encode_with_segments` gave for `texts` with this tagger's embedder,
        so a caller that has already embedded the texts does not pay for it twice.
        """
        pieces = [segments(t) or [t] for t in texts]
        if encoded is not None:
            whole, parts = encoded
            rows = [p if p is not None else whole[i : i + 1] for i, p in enumerate(parts)]
            vectors = unit_rows(np.vstack(rows)) if rows else np.zeros((0, 1), np.float32)
        else:
            flat = [s for piece in pieces for s in piece]
            vectors = (
                unit_rows(self.embedder.encode(flat)) if flat else np.zeros((0, 1), np.float32)
            )
        phrase_vectors, owner = self._phrase_matrix
        results, start = [], 0
        for text, piece in zip(texts, pieces, strict=True):
            sims = vectors[start : start + len(piece)] @ phrase_vectors.T
            start += len(piece)
            results.append(self._rank(text, piece, sims, owner, top))
        return results

    def _rank(
        self, text: str, piece: list[str], sims: np.ndarray, owner: np.ndarray, top: int
    ) -> list[ObjectiveMatch]:
        count = len(self.profiles)
        best = np.full((len(piece), count), -1.0, dtype=np.float32)
        for j in range(count):
            best[:, j] = sims[:, owner == j].max(axis=1)
        per_objective = best.max(axis=0)
        spread = float(per_objective.std()) or 1.0
        meaning = (per_objective - per_objective.mean()) / spread
        folded = [_fold(s) for s in piece]
        matches = []
        for j, profile in enumerate(self.profiles):
            hits = [(k, i) for i, s in enumerate(folded) for k in profile.keywords if k.search(s)]
            words = min(len({k.pattern for k, _i in hits}), 3)
            z = MEANING_WEIGHT * float(meaning[j]) + WORDS_WEIGHT * words + BIAS
            score = 1.0 / (1.0 + math.exp(-z))
            if score < MIN_SCORE:
                continue
            sentence = int(np.argmax(best[:, j]))
            evidence = [piece[sentence][:240]]
            for _k, i in hits:
                if piece[i][:240] not in evidence and len(evidence) < 3:
                    evidence.append(piece[i][:240])
            matches.append(ObjectiveMatch(profile.number, score, evidence))
        matches.sort(key=lambda m: (-m.score, m.number))
        return matches[:top]
