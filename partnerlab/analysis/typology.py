"""Classifying a partnership description into the Migration Partnership Facility's typology.

Four base types (Operational, Policy & Dialogue, Capacity, Action Research) and Hybrid, a
partnership that clearly combines two or more of them. Each base type has a profile
(`data/typology_profiles.json`): short descriptions, in English, French and Spanish, of the
activities seed 001 names for that type, in our own words and written across the same migration
domains for every type (borders, trafficking, labour mobility, asylum, return, diaspora,
integration) so that a sentence's subject does not decide its type, and cue words. A "context"
profile stands for sentences about who, where, how long and with what money, which name no
activity.

A description is cut into sentences. Each sentence is compared with every profile by meaning
(the mean cosine similarity of its 3 closest descriptions, multilingual sentence embeddings;
context is never less similar than `null_similarity`, so small talk counts as context) and by
words (how many of a type's cue words it uses); a softmax turns these into how much of the
sentence belongs to each type and to context. Summed over the sentences, each base type's share
of the activity content is its evidence. The shares are then weighed by how common each type
was among the 48 projects seed 001 mapped (`PRIORS`, raised to `prior_weight`). The strongest
type is always a component; another type is one when it leads at least one sentence and holds
at least `component_share` of the weighed content. Two or more components make a Hybrid. The
Hybrid score is the runner-up's share over twice that bar (so 0.5 or more exactly when the
description is a Hybrid). Confidence grows with the runner-up's distance from the bar and with
the share of sentences that read more like an activity than like context. The evidence is the
sentences that carry each component.

An empty description has no basis for a type: it comes out as Capacity (the most frequent
single type in the facility's mapping) with zero scores, no evidence and zero confidence.

The settings were chosen on the development part of real project descriptions
(`bench/typology.py --fit`, written to `data/typology_model.json`) and are measured on its
frozen test part (`bench/typology.py`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Any

import numpy as np

from partnerlab.analysis.embedding import Embedder, unit_rows
from partnerlab.analysis.text import fold, keyword_pattern, segments

OPERATIONAL = "Operational"
POLICY = "Policy & Dialogue"
CAPACITY = "Capacity"
RESEARCH = "Action Research"
HYBRID = "Hybrid"
BASE_TYPES = (OPERATIONAL, POLICY, CAPACITY, RESEARCH)
TYPES = (*BASE_TYPES, HYBRID)

EVIDENCE_CHARS = 200
EVIDENCE_PER_COMPONENT = 2


# Shares of the 48 projects the facility mapped (seed 001), the classifier's priors.
PRIORS = {HYBRID: 0.38, CAPACITY: 0.33, OPERATIONAL: 0.21, RESEARCH: 0.06, POLICY: 0.02}


@dataclass(frozen=True)
class Settings:
    """How sentences are weighed (the fitted values are in `data/typology_model.json`)."""

    use_embeddings: bool = True
    use_keywords: bool = True
    top_k: int = 3  # a sentence's similarity to a profile: mean of its k closest descriptors
    temperature: float = 0.05  # softmax temperature over those similarities
    keyword_weight: float = 0.75  # logit per distinct cue word in a sentence (at most 2 count)
    context_bias: float = 0.0  # added to the context profile's logit
    # Context is at least this similar to any sentence, so small talk gets low confidence
    # (chosen for that, not for accuracy: on dev it costs one description, 0.84 -> 0.82).
    null_similarity: float = 0.2
    component_share: float = 0.25  # share of the activity content that makes a type a component
    prior_weight: float = 0.0  # how much the facility's shares of types weigh on the evidence

    @classmethod
    def fitted(cls) -> Settings:
        """The settings `bench/typology.py --fit` chose on the development part."""
        package = resources.files("partnerlab.analysis")
        data = json.loads(package.joinpath("data/typology_model.json").read_text(encoding="utf-8"))
        return cls(**data["settings"])


@dataclass(frozen=True)
class TypologyResult:
    """`type` is one of TYPES; `components` the base types combined, strongest first (just
    `[type]` for a base type); `scores` each base type's share of the activity content and the
    Hybrid score, all in [0, 1]; `evidence` sentences (or their first 200 characters) of the
    input; `confidence` in [0, 1]."""

    type: str
    components: list[str]
    scores: dict[str, float]
    evidence: list[str]
    confidence: float

    def as_dict(self) -> dict[str, Any]:
        """The fields of the `partnerlab analyse typology` contract (confidence is not one)."""
        return {
            "type": self.type,
            "components": self.components,
            "scores": {name: round(value, 3) for name, value in self.scores.items()},
            "evidence": self.evidence,
        }


@dataclass(frozen=True)
class TypeProfile:
    name: str
    about: str
    descriptors: list[str]
    keywords: list[re.Pattern[str]] = field(repr=False)
    about_i18n: dict[str, str] = field(default_factory=dict)  # "about" in French and Spanish


LANGUAGES = ("en", "fr", "es")


def load_profiles() -> tuple[list[TypeProfile], list[str]]:
    """The four base types' profiles, in BASE_TYPES order, and the context descriptions."""
    data = _profiles_data()
    return [
        TypeProfile(
            name=name,
            about=data["about"][name]["en"],
            about_i18n={k: v for k, v in data["about"][name].items() if k != "en"},
            descriptors=[d for lang in LANGUAGES for d in data["types"][name].get(lang, [])],
            keywords=[
                keyword_pattern(k) for lang in LANGUAGES for k in data["cues"][name].get(lang, [])
            ],
        )
        for name in BASE_TYPES
    ], [d for lang in LANGUAGES for d in data["context"].get(lang, [])]


class TypologyClassifier:
    """Classifies descriptions with one embedding model (or, without one, cue words alone)."""

    def __init__(
        self,
        embedder: Embedder | None,
        *,
        settings: Settings | None = None,
        profiles: tuple[list[TypeProfile], list[str]] | None = None,
    ) -> None:
        self.settings = settings or Settings.fitted()
        if self.settings.use_embeddings and embedder is None:
            raise ValueError("an embedder is needed unless use_embeddings is False")
        self.embedder = embedder
        self.profiles, self.context = profiles or load_profiles()

    @cached_property
    def _descriptor_matrix(self) -> tuple[np.ndarray, np.ndarray]:
        """Unit vectors of every descriptor, and the profile each belongs to (4 = context)."""
        assert self.embedder is not None
        phrases = [d for p in self.profiles for d in p.descriptors] + self.context
        owner = [i for i, p in enumerate(self.profiles) for _ in p.descriptors]
        owner += [len(self.profiles)] * len(self.context)
        return unit_rows(self.embedder.encode(phrases)), np.array(owner)

    def classify(self, texts: Sequence[str]) -> list[TypologyResult]:
        """One result per text, in order."""
        pieces = [segments(t) for t in texts]
        flat = [s for piece in pieces for s in piece]
        memberships = self.sentence_memberships(flat)
        results, start = [], 0
        for piece in pieces:
            results.append(self._decide(piece, memberships[start : start + len(piece)]))
            start += len(piece)
        return results

    def sentence_memberships(self, sentences: Sequence[str]) -> np.ndarray:
        """One row per sentence: how much each sentence belongs to each base type and to context."""
        count = len(self.profiles)
        if not sentences:
            return np.zeros((0, count + 1), dtype=np.float64)
        hits = self._keyword_hits(sentences) if self.settings.use_keywords else None
        if not self.settings.use_embeddings:
            assert hits is not None
            found = hits.sum(axis=1, keepdims=True)
            shares = np.divide(hits, found, out=np.zeros_like(hits), where=found > 0)
            return np.hstack([shares, (found == 0).astype(np.float64)])
        sims = self._similarities(sentences)
        sims[:, count] = np.maximum(sims[:, count], self.settings.null_similarity)
        logits = sims / self.settings.temperature
        logits[:, count] += self.settings.context_bias
        if hits is not None:
            logits[:, :count] += self.settings.keyword_weight * np.minimum(hits, 2.0)
        logits -= logits.max(axis=1, keepdims=True)
        weights = np.exp(logits)
        return np.asarray(weights / weights.sum(axis=1, keepdims=True), dtype=np.float64)

    def _similarities(self, sentences: Sequence[str]) -> np.ndarray:
        assert self.embedder is not None
        vectors = unit_rows(self.embedder.encode(list(sentences)))
        descriptors, owner = self._descriptor_matrix
        sims = (vectors @ descriptors.T).astype(np.float64)
        k = self.settings.top_k
        columns = []
        for j in range(int(owner.max()) + 1):
            own = np.sort(sims[:, owner == j], axis=1)
            columns.append(own[:, -k:].mean(axis=1))
        return np.stack(columns, axis=1)

    def _keyword_hits(self, sentences: Sequence[str]) -> np.ndarray:
        folded = [fold(s) for s in sentences]
        return np.array(
            [
                [sum(1 for k in profile.keywords if k.search(s)) for profile in self.profiles]
                for s in folded
            ],
            dtype=np.float64,
        )

    def _decide(self, sentences: list[str], member: np.ndarray) -> TypologyResult:
        count = len(self.profiles)
        mass = member[:, :count].sum(axis=0)
        activity = float(mass.sum())
        if activity <= 1e-9:  # nothing that reads like an activity: no basis for a type
            scores = dict.fromkeys(TYPES, 0.0)
            return TypologyResult(CAPACITY, [CAPACITY], scores, [], 0.0)
        weight = np.array([PRIORS[p.name] for p in self.profiles]) ** self.settings.prior_weight
        share = mass * weight / float((mass * weight).sum())
        order = sorted(range(count), key=lambda j: (-share[j], j))
        bar = self.settings.component_share
        leading = set(member[:, :count].argmax(axis=1).tolist())
        # Another type is a component when it holds enough of the content and leads a sentence.
        eligible = [j for j in order[1:] if j in leading]
        chosen = [order[0], *(j for j in eligible if share[j] >= bar)]
        runner_up = float(share[eligible[0]]) if eligible else 0.0
        names = [self.profiles[j].name for j in chosen]
        scores = {self.profiles[j].name: float(share[j]) for j in range(count)}
        scores[HYBRID] = min(1.0, runner_up / (2 * bar))
        kind = HYBRID if len(chosen) > 1 else names[0]
        # Sure when the runner-up is far from the bar (whether or not it leads a sentence) and
        # the text has some activity in it.
        second = float(share[order[1]])
        distance = min(1.0, abs(runner_up - bar) / bar, abs(second - bar) / bar)
        # ... and the share of its sentences that read more like an activity than like context.
        naming = float(np.mean(member[:, :count].max(axis=1) > member[:, count]))
        confidence = naming * (0.5 + 0.5 * distance)
        evidence = _evidence(sentences, member[:, :count], chosen)
        return TypologyResult(kind, names, scores, evidence, confidence)


def _evidence(sentences: list[str], member: np.ndarray, chosen: list[int]) -> list[str]:
    """The sentences that carry each component, strongest first, each at most once."""
    leading = member.argmax(axis=1)
    picked: list[int] = []
    for j in chosen:
        own = [i for i in np.argsort(-member[:, j], kind="stable") if leading[i] == j]
        own = own or [int(np.argmax(member[:, j]))]
        picked += [int(i) for i in own[:EVIDENCE_PER_COMPONENT] if int(i) not in picked]
    return [_short(sentences[i]) for i in picked]


def _short(sentence: str) -> str:
    """The sentence, cut at a word boundary so that it stays a piece of the input."""
    if len(sentence) <= EVIDENCE_CHARS:
        return sentence
    cut = sentence[:EVIDENCE_CHARS]
    space = cut.rfind(" ")
    return cut[:space] if space > EVIDENCE_CHARS // 2 else cut


@cache
def default_classifier() -> TypologyClassifier:
    """The classifier on the platform's embedding model, its profile vectors computed once."""
    from partnerlab.analysis.embedding import default_embedder

    return TypologyClassifier(default_embedder())


def classify(texts: Sequence[str]) -> list[TypologyResult]:
    """The partnership type of each description, with components, scores and evidence."""
    return default_classifier().classify(texts)


def keyword_classifier(*, component_share: float = Settings.component_share) -> TypologyClassifier:
    """The cue words alone, no embeddings: the transparent baseline of bench/typology.py."""
    settings = Settings(use_embeddings=False, component_share=component_share)
    return TypologyClassifier(None, settings=settings)


def _profiles_data() -> dict[str, Any]:
    package = resources.files("partnerlab.analysis")
    data: dict[str, Any] = json.loads(
        package.joinpath("data/typology_profiles.json").read_text(encoding="utf-8")
    )
    return data


def type_description(name: str, language: str = "en") -> str:
    """One line on what a type is, for explaining a classification to a user, in English,
    French or Spanish (`language`; English for any other)."""
    about = _profiles_data()["about"]
    if name not in about:
        raise KeyError(name)
    return str(about[name].get(language[:2], about[name]["en"]))
