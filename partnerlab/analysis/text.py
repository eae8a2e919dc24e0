"""Plain-text helpers shared by the analyses: segments and stop words in en, fr and es."""

from __future__ import annotations

import re
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
