"""GCM tagging through the API is bounded: text sizes are capped, each person is rate-limited,
and large requests run in the task worker as a job that only the requester (and facilitators)
may read."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.test import TestCase

from partnerlab.core.models import Job
from partnerlab.themes import tagging

pytestmark = pytest.mark.django_db(transaction=True)

REMITTANCES = "Lower the cost of remittances that migrants send home to their families. "


def _tag(client, texts, top=3):  # type: ignore[no-untyped-def]
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(
            "/api/v1/gcm/tag", {"texts": texts, "top": top}, content_type="application/json"
        )


def _run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def test_a_text_over_the_length_cap_is_refused_naming_it(flushable_db, cast, client_for) -> None:
    texts = ["Short text.", "x" * (tagging.MAX_TEXT_CHARS + 1)]
    response = _tag(client_for(cast.observer), texts)
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "validation_error"
    assert [e["field"] for e in body["errors"]] == ["texts.1"]
    assert f"{tagging.MAX_TEXT_CHARS:,}" in body["errors"][0]["message"]


def test_texts_over_the_total_cap_are_refused(flushable_db, cast, client_for) -> None:
    count = tagging.MAX_TOTAL_CHARS // tagging.MAX_TEXT_CHARS + 1
    response = _tag(client_for(cast.observer), ["y" * tagging.MAX_TEXT_CHARS] * count)
    assert response.status_code == 422
    assert [e["field"] for e in response.json()["errors"]] == ["texts"]
    assert not Job.objects.exists()


def test_each_person_is_rate_limited_with_a_retry_after(
    flushable_db, cast, client_for, settings
) -> None:
    settings.GCM_TAG_RATE = "2/m"
    observer = client_for(cast.observer)
    for _ in range(2):
        assert _tag(observer, [REMITTANCES]).status_code == 200
    refused = _tag(observer, [REMITTANCES])
    assert refused.status_code == 429
    body = refused.json()
    assert body["code"] == "rate_limited" and body["status"] == 429 and body["message"]
    assert 0 < int(refused["Retry-After"]) <= 60
    assert _tag(client_for(cast.donor), [REMITTANCES]).status_code == 200  # someone else


def test_a_large_request_runs_as_a_job_the_requester_reads(flushable_db, cast, client_for) -> None:
    texts = [REMITTANCES * 14] * (tagging.SYNC_MAX_CHARS // len(REMITTANCES * 14) + 1)
    observer = client_for(cast.observer)
    started = _tag(observer, texts, top=2)
    assert started.status_code == 202
    job = started.json()
    assert job["status"] == "queued" and job["kind"] == "gcm.tag" and job["result"] is None
    assert client_for(cast.donor).get(f"/api/v1/jobs/{job['id']}").status_code == 404
    _run_worker()
    done = observer.get(f"/api/v1/jobs/{job['id']}")
    assert done.status_code == 200
    result = done.json()
    assert result["status"] == "done", result["error"]
    items = result["result"]["items"]
    assert len(items) == len(texts) and all(1 <= len(item) <= 2 for item in items)
    assert items[0][0]["number"] == 20
    assert client_for(cast.facilitator).get(f"/api/v1/jobs/{job['id']}").status_code == 200
    assert client_for(cast.donor).get(f"/api/v1/jobs/{job['id']}").status_code == 404


def test_one_tagging_job_at_a_time_per_person(flushable_db, cast, client_for) -> None:
    texts = [REMITTANCES * 14] * (tagging.SYNC_MAX_CHARS // len(REMITTANCES * 14) + 1)
    observer = client_for(cast.observer)
    assert _tag(observer, texts).status_code == 202
    waiting = _tag(observer, texts)
    assert waiting.status_code == 429 and waiting.json()["code"] == "rate_limited"
    assert "Retry-After" in waiting
    assert _tag(observer, [REMITTANCES]).status_code == 200  # small requests still answer
    _run_worker()
    assert _tag(observer, texts).status_code == 202


def test_other_peoples_jobs_are_not_found(flushable_db, cast, client_for) -> None:
    job = Job.objects.create(kind="themes.discover", params={}, created_by=cast.facilitator)
    assert client_for(cast.observer).get(f"/api/v1/jobs/{job.pk}").status_code == 404
    assert client_for(cast.ghana).get(f"/api/v1/jobs/{job.pk}").status_code == 404
    assert client_for(cast.facilitator).get(f"/api/v1/jobs/{job.pk}").status_code == 200
