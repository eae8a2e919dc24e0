"""Writing many rows at once (core.bulk), the same on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from partnerlab.core.bulk import update_column
from partnerlab.core.models import Job

pytestmark = pytest.mark.django_db


def test_update_column_gives_each_row_its_own_value_within_the_scope() -> None:
    mine = [Job.objects.create(kind="mine") for _ in range(5)]
    other = Job.objects.create(kind="other", result={"kept": True})
    values = {job.pk: {"n": i, "text": "é ✓"} for i, job in enumerate(mine)}
    values[mine[0].pk] = None  # stored as SQL NULL, as Django stores None
    values[other.pk] = {"changed": True}  # outside the scope: left alone
    with CaptureQueriesContext(connection) as captured:
        changed = update_column(Job, field="result", values=values, where={"kind": "mine"})
    assert changed == 5
    results = dict(Job.objects.values_list("pk", "result"))
    assert results == {**{pk: values[pk] for pk in values}, other.pk: {"kept": True}}
    assert Job.objects.filter(result__isnull=True).get() == mine[0]
    few = len(captured)
    more = [Job.objects.create(kind="mine") for _ in range(50)]
    with CaptureQueriesContext(connection) as captured:
        update_column(Job, field="message", values={job.pk: f"#{job.pk}" for job in more})
    assert len(captured) <= few
    assert all(
        job.message == f"#{job.pk}" for job in Job.objects.filter(pk__in=[j.pk for j in more])
    )


def test_update_column_with_nothing_to_write_runs_no_query(django_assert_num_queries) -> None:
    with django_assert_num_queries(0):
        assert update_column(Job, field="result", values={}) == 0
