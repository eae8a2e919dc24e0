"""The Find-themes job at scale: progress through every step, suggestions saved for every
input, and saving in a number of queries that does not grow with the inputs."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from partnerlab.analysis.synthetic import generate
from partnerlab.core import jobs
from partnerlab.core.models import Job
from partnerlab.cycles.models import Cycle
from partnerlab.intake.models import Input, content_hash
from partnerlab.themes import services, tasks
from partnerlab.themes.models import ThemeAssignment

STALE = [{"number": 0, "score": 0.0, "evidence": ["left from before"]}]


def _cycle(slug: str, count: int) -> Cycle:
    cycle = Cycle.objects.create(
        name=slug,
        slug=slug,
        year=2026,
        starts_on=datetime.date(2026, 1, 1),
        ends_on=datetime.date(2026, 12, 31),
    )
    answers = generate(count, seed=7, n_topics=4, noise=0.0, mixed=0.1)
    distinct = {content_hash(a.text): a for a in answers}  # a cycle holds each text once
    Input.objects.bulk_create(
        Input(
            cycle=cycle,
            text=a.text,
            language=a.language,
            content_hash=key,
            gcm_suggestions=STALE,
        )
        for key, a in distinct.items()
    )
    return cycle


@pytest.fixture
def reports(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str]]:
    """Every progress report the job makes, in order."""
    seen: list[tuple[int, str]] = []
    original = jobs.report

    def record(job_id: int, percent: int, message: str = "") -> None:
        seen.append((percent, message))
        original(job_id, percent, message)

    monkeypatch.setattr(jobs, "report", record)
    return seen


@pytest.mark.django_db
def test_the_job_moves_through_every_step_in_order_and_saves_every_input(reports) -> None:
    cycle = _cycle("lab", 40)
    job = Job.objects.create(kind=tasks.KIND, params={"cycle": cycle.pk, "min_size": 3})
    jobs.run_job(job.pk, tasks.find_themes)
    job.refresh_from_db()
    assert job.status == "done", job.error
    assert job.progress == 100
    steps = [message for _start, _end, message in tasks.STEPS]
    messages = [message for _percent, message in reports]
    assert list(dict.fromkeys(messages)) == steps
    percents = [percent for percent, _message in reports]
    assert percents == sorted(percents) and percents[0] == 0
    # Each step starts where the bar says it does, and the bar moves within the chunked steps.
    firsts = {message: percent for percent, message in reversed(reports)}
    assert [firsts[m] for m in steps] == [s[0] for s in tasks.STEPS]
    assert max(p for p, m in reports if m == tasks.TAGGING[2]) == tasks.TAGGING[1]
    saved = list(cycle.inputs.values_list("gcm_suggestions", flat=True))
    assert len(saved) >= 35 and STALE not in saved
    assert all(
        1 <= s["number"] <= 23 and 0 <= s["score"] <= 1 and s["evidence"]
        for suggestions in saved
        for s in suggestions
    )
    assert sum(bool(suggestions) for suggestions in saved) >= 30


def _save(cast, cycle: Cycle) -> int:  # type: ignore[no-untyped-def]
    """Save a made-up discovery over all the cycle's inputs; the number of queries it took."""
    ids = list(cycle.inputs.values_list("id", flat=True))
    themes = [
        {
            "label": f"theme {k}",
            "keywords": ["word"],
            "members": ids[k::3],
            "secondary": ids[(k + 1) % 3 :: 3][:5],
            "representatives": ids[k::3][:2],
            "gcm": [{"number": k + 1, "score": 0.5, "evidence": ["e"]}],
        }
        for k in range(3)
    ]
    gcm = {pk: [{"number": pk % 23 + 1, "score": 0.5, "evidence": [str(pk)]}] for pk in ids}
    with CaptureQueriesContext(connection) as captured:
        theme_map = services.save_discovery(
            by=cast.facilitator,
            cycle=cycle,
            params={},
            themes=themes,
            input_count=len(ids),
            input_gcm=gcm,
        )
    assert ThemeAssignment.objects.filter(theme__theme_map=theme_map).count() == len(ids) + 15
    for pk, suggestions in cycle.inputs.values_list("id", "gcm_suggestions"):
        assert suggestions == gcm[pk]
    return len(captured)


@pytest.mark.django_db
def test_saving_a_discovery_takes_as_many_queries_for_ten_times_the_inputs(cast) -> None:
    small = _save(cast, _cycle("small", 30))
    large = _save(cast, _cycle("large", 300))
    assert Input.objects.filter(cycle__slug="large").count() >= 200
    assert small == large
    assert large <= 16
