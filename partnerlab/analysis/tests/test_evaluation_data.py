"""The real evaluation data stay independent of the models they measure.

- No profile keyword or cue phrase of three words or more occurs in an evaluation text, and no
  run of six words of a profile's action or activity descriptions does (phrases of an official
  GCM objective title excepted: the titles are the GCM's, not ours).
- The frozen test parts are exactly what was frozen before any tuning (bench/data/FROZEN).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from partnerlab.analysis.gcm import load_profiles as gcm_profiles
from partnerlab.analysis.text import fold
from partnerlab.analysis.typology import load_profiles as typology_profiles
from partnerlab.reference.data import gcm_objectives

DATA = Path(__file__).resolve().parents[3] / "bench" / "data"
RUN = 6


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _evaluation_texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(" ".join(_words(json.loads(line)["text"])))
    return texts


def _cue_phrases() -> Iterator[tuple[str, str]]:
    for profile in gcm_profiles():
        for keyword in profile.keywords:
            yield f"GCM {profile.number} keyword", keyword.rstrip("*")
    package = resources.files("partnerlab.analysis")
    data = json.loads(package.joinpath("data/typology_profiles.json").read_text(encoding="utf-8"))
    for name, by_language in data["cues"].items():
        for cues in by_language.values():
            for cue in cues:
                yield f"{name} cue", cue.rstrip("*")


def _descriptions() -> Iterator[tuple[str, str]]:
    for profile in gcm_profiles():
        for action in profile.actions:
            yield f"GCM {profile.number} action", action
    profiles, context = typology_profiles()
    for type_profile in profiles:
        for descriptor in type_profile.descriptors:
            yield f"{type_profile.name} activity", descriptor
    for descriptor in context:
        yield "context", descriptor


def _runs(words: list[str], size: int) -> set[str]:
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_there_is_real_evaluation_data_to_guard() -> None:
    assert len(_evaluation_texts()) >= 100


def test_no_cue_phrase_of_three_words_or_more_occurs_in_an_evaluation_text() -> None:
    texts = [f" {t} " for t in _evaluation_texts()]
    found = []
    for where, phrase in _cue_phrases():
        words = _words(phrase)
        if len(words) >= 3 and any(f" {' '.join(words)} " in t for t in texts):
            found.append(f"{where}: {phrase!r}")
    assert not found, found


def test_no_six_words_of_a_profile_description_occur_in_an_evaluation_text() -> None:
    official = set()
    for _number, title in gcm_objectives():
        official |= _runs(_words(title), RUN)
    texts = set()
    for text in _evaluation_texts():
        texts |= _runs(text.split(), RUN)
    found = [
        f"{where}: {run!r}"
        for where, description in _descriptions()
        for run in _runs(_words(description), RUN) - official
        if run in texts
    ]
    assert not found, found


def _frozen() -> list[tuple[str, str]]:
    lines = (DATA / "FROZEN").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("  ", 1)) for line in lines if line.strip()]  # type: ignore[misc]


def test_gcm_and_typology_test_parts_are_frozen() -> None:
    names = {name for _digest, name in _frozen()}
    assert {"gcm_test.jsonl", "typology_test.jsonl"} <= names


@pytest.mark.parametrize("digest,name", _frozen())
def test_a_frozen_test_part_is_unchanged(digest: str, name: str) -> None:
    assert hashlib.sha256((DATA / name).read_bytes()).hexdigest() == digest
