"""Reading the reference data files shipped inside the package."""

from __future__ import annotations

import csv
from importlib import resources

LANGUAGES = ("en", "fr", "es")


def _gcm_rows() -> list[dict[str, str]]:
    text = (
        resources.files("partnerlab.reference")
        .joinpath("data/gcm_objectives.csv")
        .read_text(encoding="utf-8")
    )
    return list(csv.DictReader(text.splitlines()))


def gcm_objectives() -> list[tuple[int, str]]:
    """(number, official title) for the 23 GCM objectives, from the packaged CSV."""
    return [(int(row["number"]), row["title"]) for row in _gcm_rows()]


def gcm_official_titles() -> dict[int, dict[str, str]]:
    """Number -> {"en", "fr", "es"}: the titles as adopted in each official language of
    General Assembly resolution A/RES/73/195 (English, French and Spanish texts)."""
    return {
        int(row["number"]): {"en": row["title"], "fr": row["title_fr"], "es": row["title_es"]}
        for row in _gcm_rows()
    }
