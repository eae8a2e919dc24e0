"""Guessing the language of an input that did not say, among the Lab's three languages."""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

LANGUAGES = ["en", "fr", "es"]
# Below this probability (short or mixed text) the guess is not worth keeping.
MIN_CONFIDENCE = 0.6


@cache
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(LANGUAGES)
    return identifier


def detect_language(text: str) -> str:
    """ "en", "fr" or "es", or "other" when the text is too short or too mixed to tell."""
    language, probability = _identifier().classify(text)
    return str(language) if probability >= MIN_CONFIDENCE else "other"
