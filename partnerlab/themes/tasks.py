"""Theme discovery as a background job: embed, cluster, tag, save a new theme map version."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from django.utils.translation import gettext_noop
from django_tasks import task

from partnerlab.analysis.embedding import embedder_for, encode_with_segments
from partnerlab.analysis.gcm import tagger_for
from partnerlab.analysis.themes import discover_themes
from partnerlab.core.jobs import Progress, run_job
from partnerlab.core.models import Job
from partnerlab.cycles.models import Cycle
from partnerlab.themes.carryover import carry_over_curation
from partnerlab.themes.services import save_discovery

KIND = "themes.discover"

# The job's steps and the stretch of the progress bar each covers, in proportion to the time
# each took on 100,000 inputs on a quiet machine (bench/find_themes.py, SQLite: 0.2, 10.3, 7.7,
# 13.4, 3.8 and 0.2 s); the bar moves within a step as its chunks are done.
READING = (0, 1, gettext_noop("Reading the inputs"))
EMBEDDING = (1, 30, gettext_noop("Embedding the inputs"))
GROUPING = (30, 52, gettext_noop("Grouping similar inputs"))
TAGGING = (52, 89, gettext_noop("Suggesting GCM objectives"))
SAVING = (89, 99, gettext_noop("Saving the theme map"))
CARRYING = (99, 100, gettext_noop("Carrying over your curation"))
STEPS = (READING, EMBEDDING, GROUPING, TAGGING, SAVING, CARRYING)
CHUNKS = 10  # embedding and tagging are done in this many chunks, so the bar moves
MIN_CHUNK = 500

Advance = Callable[[float], None]


@task()
def discover_theme_map(job_id: int) -> None:
    run_job(job_id, find_themes)


def find_themes(job: Job, progress: Progress) -> dict[str, Any]:
    min_size = job.params.get("min_size", 3)
    _step(progress, READING)(0.0)
    cycle = Cycle.objects.get(pk=job.params["cycle"])
    rows = list(cycle.inputs.order_by("id").values_list("id", "text"))
    if len(rows) < 2 * min_size:
        raise ValueError(f"The cycle has {len(rows)} inputs: too few to find themes.")
    ids = [pk for pk, _text in rows]
    texts = [text for _pk, text in rows]
    vectors, segments = _embed(texts, _step(progress, EMBEDDING))
    grouping = _step(progress, GROUPING)
    found = discover_themes(
        texts,
        vectors,
        min_size=min_size,
        n_themes=job.params.get("n_themes"),
        segment_embeddings=segments,
        progress=lambda percent, _step: grouping(percent / 100),
    )
    tagging = _step(progress, TAGGING)
    input_gcm = dict(zip(ids, _suggest(texts, vectors, segments, tagging), strict=True))
    theme_texts = [" ".join(texts[i] for i in t.representatives) for t in found.themes]
    theme_gcm = tagger_for(len(texts)).tag(theme_texts) if theme_texts else []
    _step(progress, SAVING)(0.0)
    themes = [
        {
            "label": t.label,
            "keywords": t.keywords,
            "members": [ids[i] for i in t.members],
            "secondary": [ids[i] for i in t.secondary],
            "representatives": [ids[i] for i in t.representatives],
            "gcm": [m.as_dict() for m in gcm],
        }
        for t, gcm in zip(found.themes, theme_gcm, strict=True)
    ]
    theme_map = save_discovery(
        by=job.created_by,
        cycle=cycle,
        params=job.params,
        themes=themes,
        input_count=len(rows),
        job_id=job.pk,
        input_gcm=input_gcm,
    )
    _step(progress, CARRYING)(0.0)
    carried = carry_over_curation(by=job.created_by, theme_map=theme_map)
    return {
        "carried_over": len(carried.get("carried", [])),
        "not_carried_over": len(carried.get("not_carried", [])),
        "theme_map": theme_map.pk,
        "version": theme_map.version,
        "themes": len(themes),
        "unassigned": len(found.unassigned),
    }


def _step(progress: Progress, step: tuple[int, int, str]) -> Advance:
    """Report how far into `step` the job is (0 to 1), as a share of the whole bar."""
    start, end, message = step
    last = [-1]

    def advance(fraction: float) -> None:
        percent = start + int((end - start) * min(max(fraction, 0.0), 1.0))
        if percent != last[0]:  # one write per percent at most
            last[0] = percent
            progress(percent, message)

    advance(0.0)
    return advance


def _chunks(count: int) -> list[slice]:
    size = max(MIN_CHUNK, math.ceil(count / CHUNKS))
    return [slice(start, min(start + size, count)) for start in range(0, count, size)]


def _embed(texts: Sequence[str], advance: Advance) -> tuple[np.ndarray, list[np.ndarray | None]]:
    """Each input's vector and its sentences' vectors, on the encoder fit for their number."""
    embedder = embedder_for(len(texts))
    vectors, segments = [], []
    for part in _chunks(len(texts)):
        whole, pieces = encode_with_segments(embedder, texts[part])
        vectors.append(whole)
        segments += pieces
        advance(part.stop / len(texts))
    return np.vstack(vectors), segments


def _suggest(
    texts: Sequence[str],
    vectors: np.ndarray,
    segments: Sequence[np.ndarray | None],
    advance: Advance,
) -> list[list[dict[str, Any]]]:
    """GCM suggestions for every input, from the vectors already computed (same encoder)."""
    tagger = tagger_for(len(texts))
    suggestions: list[list[dict[str, Any]]] = []
    for part in _chunks(len(texts)):
        tagged = tagger.tag(texts[part], encoded=(vectors[part], list(segments[part])))
        suggestions += [[m.as_dict() for m in matches] for matches in tagged]
        advance(part.stop / len(texts))
    return suggestions


@task()
def tag_gcm(job_id: int) -> None:
    """GCM objectives for a large `POST /api/v1/gcm/tag` request."""
    from partnerlab.themes.tagging import tag_job

    run_job(job_id, tag_job)
