"""Reading the reference data files shipped inside the package."""

from __future__ import annotations

import csv
from importlib import resources


def gcm_objectives() -> list[tuple[int, str]]:
    """(number, official title) for the 23 GCM objectives, from the packaged CSV."""
    text = (
        resources.files("partnerlab.reference")
        .joinpath("data/gcm_objectives.csv")
        .read_text(encoding="utf-8")
    )
    return [(int(row["number"]), row["title"]) for row in csv.DictReader(text.splitlines())]
