"""Theme discovery as a background job: embed, cluster, tag, save a new theme map version."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_noop
from django_tasks import task

from partnerlab.analysis.embedding import embedder_for, encode_with_segments
from partnerlab.analysis.gcm import default_tagger
from partnerlab.analysis.themes import discover_themes
from partnerlab.core.jobs import Progress, run_job
from partnerlab.core.models import Job
from partnerlab.cycles.models import Cycle
from partnerlab.themes.carryover import carry_over_curation
from partnerlab.themes.services import save_discovery

KIND = "themes.discover"


@task()
def discover_theme_map(job_id: int) -> None:
    run_job(job_id, find_themes)


def find_themes(job: Job, progress: Progress) -> dict[str, Any]:
    cycle = Cycle.objects.get(pk=job.params["cycle"])
    rows = list(cycle.inputs.order_by("id").values_list("id", "text"))
    if len(rows) < 2 * job.params.get("min_size", 3):
        raise ValueError(f"The cycle has {len(rows)} inputs: too few to find themes.")
    ids = [pk for pk, _text in rows]
    texts = [text for _pk, text in rows]
    progress(5, gettext_noop("Reading the inputs"))
    vectors, segments = encode_with_segments(embedder_for(len(texts)), texts)
    grouping = gettext_noop("Grouping similar inputs")
    progress(40, grouping)
    found = discover_themes(
        texts,
        vectors,
        min_size=job.params.get("min_size", 3),
        n_themes=job.params.get("n_themes"),
        segment_embeddings=segments,
        progress=lambda percent, _step: progress(40 + percent * 30 // 100, grouping),
    )
    progress(72, gettext_noop("Suggesting GCM objectives"))
    tagger = default_tagger()
    input_gcm = {
        pk: [m.as_dict() for m in matches]
        for pk, matches in zip(ids, tagger.tag(texts), strict=True)
    }
    theme_texts = [" ".join(texts[i] for i in t.representatives) for t in found.themes]
    theme_gcm = tagger.tag(theme_texts) if theme_texts else []
    progress(90, gettext_noop("Saving the theme map"))
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
    progress(95, gettext_noop("Carrying over your curation"))
    carried = carry_over_curation(by=job.created_by, theme_map=theme_map)
    return {
        "carried_over": len(carried.get("carried", [])),
        "not_carried_over": len(carried.get("not_carried", [])),
        "theme_map": theme_map.pk,
        "version": theme_map.version,
        "themes": len(themes),
        "unassigned": len(found.unassigned),
    }


@task()
def tag_gcm(job_id: int) -> None:
    """GCM objectives for a large `POST /api/v1/gcm/tag` request."""
    from partnerlab.themes.tagging import tag_job

    run_job(job_id, tag_job)
