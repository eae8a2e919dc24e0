"""Plain-text helpers for the analyses: segments, stop words (en, fr, es), keyword matching."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from stop_words import get_stop_words

LANGUAGES = ("en", "fr", "es")
_SEGMENT_BREAK = re.compile(r"(?<=[.!?;:])\s+|\n+|\s+[-–•]\s+")
MIN_SEGMENT_WORDS = 4


@cache
def stop_words() -> frozenset[str]:
    """Stop words of the three Lab languages, for key phrases that carry meaning."""
    words: set[str] = set()
    for language in LANGUAGES:
        words.update(w.lower() for w in get_stop_words(language))
    return frozenset(words)


def segments(text: str) -> list[str]:
    """The sentences or clauses of a text; very short ones are joined to their neighbour."""
    parts = [p.strip() for p in _SEGMENT_BREAK.split(text or "") if p and p.strip()]
    merged: list[str] = []
    for part in parts:
        if merged and len(merged[-1].split()) < MIN_SEGMENT_WORDS:
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    if len(merged) > 1 and len(merged[-1].split()) < MIN_SEGMENT_WORDS:
        last = merged.pop()
        merged[-1] = f"{merged[-1]} {last}"
    return merged or ([text.strip()] if text and text.strip() else [])


class _Folding(dict[int, str]):
    """Each character without its accents, worked out once per distinct character."""

    def __missing__(self, code: int) -> str:
        parts = unicodedata.normalize("NFKD", chr(code))
        self[code] = folded = "".join(c for c in parts if not unicodedata.combining(c))
        return folded


_FOLDING = _Folding()


def fold(text: str) -> str:
    """Lower case without accents, so "Formación" and "formacion" match alike."""
    lowered = text.casefold()
    return lowered if lowered.isascii() else lowered.translate(_FOLDING)


def keyword_pattern(keyword: str) -> re.Pattern[str]:
    """A whole-word pattern for a keyword on folded text; a trailing '*' allows any ending."""
    word = re.escape(fold(keyword.rstrip("*")))
    tail = r"\w*" if keyword.endswith("*") else ""
    return re.compile(rf"\b{word}{tail}\b")
