"""Suggesting GCM objectives for any texts (`POST /api/v1/gcm/tag`), within bounds.

Tagging costs about a second of CPU per 10,000 characters on a small server, so each text and
each request are capped, and a request above `SYNC_MAX_CHARS` runs in the task worker as a job
(one at a time per person) instead of holding a web process. The API adds a per-person rate.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from partnerlab.analysis.gcm import default_tagger
from partnerlab.core import audit
from partnerlab.core.errors import FieldError, NotAllowed, ValidationFailed
from partnerlab.core.jobs import Progress, create_job, enqueue
from partnerlab.core.limits import RateLimited
from partnerlab.core.models import Job, JobStatus

KIND = "gcm.tag"
MAX_TEXTS = 200
MAX_TEXT_CHARS = 10_000
MAX_TOTAL_CHARS = 200_000
SYNC_MAX_CHARS = 10_000
# A job that has not finished after this long no longer holds back its owner's next one
# (the worker may have been down).
STALE_AFTER = datetime.timedelta(hours=1)
BATCH = 20


def check_texts(texts: Sequence[str], top: int) -> int:
    """Refuse texts outside the caps, naming each one; the total number of characters."""
    if not texts or len(texts) > MAX_TEXTS:
        raise ValidationFailed(
            _("Send between 1 and %(max)d texts.") % {"max": MAX_TEXTS},
            errors=[FieldError("texts", _("%(n)d texts were sent.") % {"n": len(texts)})],
        )
    if not 1 <= top <= 23:
        raise ValidationFailed(
            _("top must be between 1 and 23."), errors=[FieldError("top", _("Use 1 to 23."))]
        )
    too_long = [
        FieldError(
            f"texts.{i}",
            _("At most %(max)s characters (this one has %(n)s).")
            % {"max": f"{MAX_TEXT_CHARS:,}", "n": f"{len(text):,}"},
        )
        for i, text in enumerate(texts)
        if len(text) > MAX_TEXT_CHARS
    ]
    if too_long:
        raise ValidationFailed(_("Some texts are too long."), errors=too_long)
    total = sum(len(text) for text in texts)
    if total > MAX_TOTAL_CHARS:
        message = _("At most %(max)s characters in all (these have %(n)s).") % {
            "max": f"{MAX_TOTAL_CHARS:,}",
            "n": f"{total:,}",
        }
        raise ValidationFailed(message, errors=[FieldError("texts", message)])
    return total


def tag_now(texts: Sequence[str], top: int) -> list[list[dict[str, Any]]]:
    return [[m.as_dict() for m in matches] for matches in default_tagger().tag(texts, top=top)]


def tag_texts(*, by: Any, texts: Sequence[str], top: int = 3) -> list[list[dict[str, Any]]] | Job:
    """The objectives of each text now, or, for a large request, the job that will find them."""
    total = check_texts(texts, top)
    if total <= SYNC_MAX_CHARS:
        return tag_now(texts, top)
    return start_tagging(by=by, texts=texts, top=top)


@transaction.atomic
def start_tagging(*, by: Any, texts: Sequence[str], top: int) -> Job:
    """Queue a tagging job for its requester, who alone (with facilitators) may read it."""
    from partnerlab.themes.tasks import tag_gcm

    if not getattr(by, "is_active", False):
        raise NotAllowed(_("Sign in to tag texts."))
    total = check_texts(texts, top)
    unfinished = Job.objects.select_for_update().filter(
        kind=KIND,
        created_by=by,
        status__in=(JobStatus.QUEUED, JobStatus.RUNNING),
        created_at__gte=timezone.now() - STALE_AFTER,
    )
    earlier = unfinished.first()
    if earlier is not None:
        raise RateLimited(
            _("Your tagging job %(id)d is still running: wait for it to finish.")
            % {"id": earlier.pk},
            retry_after=10,
        )
    job = create_job(kind=KIND, by=by, params={"texts": list(texts), "top": top})
    audit.record(
        actor=by, action="gcm.tag.start", target=job, after={"texts": len(texts), "chars": total}
    )
    return enqueue(job, tag_gcm)


def tag_job(job: Job, progress: Progress) -> dict[str, Any]:
    """The job's body: tag in batches, reporting progress; the result has the API's shape."""
    texts: list[str] = job.params["texts"]
    items: list[list[dict[str, Any]]] = []
    for start in range(0, len(texts), BATCH):
        progress(start * 100 // len(texts), gettext_noop("Suggesting GCM objectives"))
        items += tag_now(texts[start : start + BATCH], job.params["top"])
    return {"items": items}
