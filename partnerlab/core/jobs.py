"""Starting background jobs and reporting their progress.

The task worker (django-tasks' `db_worker`) runs the work; a `Job` row carries the progress
that pages poll. `run_job` wraps a job's body so status, timing and failures are recorded the
same way for every kind of job.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.utils import timezone

from partnerlab.core.models import Job, JobStatus

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]


def create_job(*, kind: str, by: Any, params: dict[str, Any]) -> Job:
    return Job.objects.create(
        kind=kind,
        params=params,
        created_by=by if getattr(by, "is_authenticated", False) else None,
    )


def enqueue(job: Job, task: Any) -> Job:
    """Queue `task(job_id=…)` once the job row is committed, so the worker can see it."""
    transaction.on_commit(lambda: task.enqueue(job_id=job.pk))
    return job


def report(job_id: int, percent: int, message: str = "") -> None:
    Job.objects.filter(pk=job_id).update(progress=max(0, min(100, percent)), message=message[:300])


def run_job(job_id: int, body: Callable[[Job, Progress], dict[str, Any]]) -> None:
    """Run `body(job, progress)` and record its result or its failure on the job."""
    job = Job.objects.get(pk=job_id)
    Job.objects.filter(pk=job_id).update(status=JobStatus.RUNNING, started_at=timezone.now())

    def progress(percent: int, message: str = "") -> None:
        report(job_id, percent, message)

    try:
        result = body(job, progress)
    except Exception as error:  # the job must end as failed, whatever went wrong
        log.exception("Job %s failed", job_id)
        Job.objects.filter(pk=job_id).update(
            status=JobStatus.FAILED,
            error=str(error)[:2000] or error.__class__.__name__,
            finished_at=timezone.now(),
        )
        return
    Job.objects.filter(pk=job_id).update(
        status=JobStatus.DONE, progress=100, result=result, finished_at=timezone.now()
    )
