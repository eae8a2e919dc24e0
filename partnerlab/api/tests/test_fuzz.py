"""Every operation of the JSON API, fuzzed with schemathesis against the demo cycle, as a
facilitator, a partner representative and an observer: no server error, no answer outside its
schema. `make fuzz` runs the same with more requests (PARTNERLAB_FUZZ_EXAMPLES)."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.management import call_command
from django.db import transaction

from partnerlab.accounts.models import User
from partnerlab.testing import fuzz

EXAMPLES = {"facilitator": 10, "partner": 5, "donor": 5, "observer": 3}
EMAILS = {
    "facilitator": "facilitator@lab.example.org",
    "partner": "delegate@lab.example.org",
    "donor": "donor@lab.example.org",
    "observer": "observer@lab.example.org",
}


@pytest.fixture(scope="module")
def demo_cycle(django_db_setup: Any, django_db_blocker: Any) -> Iterator[None]:
    """The demo cycle, loaded once for the module inside a transaction undone afterwards."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("demo", stdout=io.StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture(scope="module")
def schema() -> Any:
    return fuzz.load_schema()


@pytest.mark.parametrize("role", list(EXAMPLES))
def test_no_operation_answers_a_server_error_or_outside_its_schema(
    demo_cycle: None, db: None, schema: Any, role: str
) -> None:
    examples = int(os.environ.get("PARTNERLAB_FUZZ_EXAMPLES") or EXAMPLES[role])
    with fuzz.in_test_transaction():
        report = fuzz.fuzz(schema, User.objects.get(email=EMAILS[role]), examples=examples)
    print(report.summary())
    assert report.operations >= 100
    assert report.requests >= report.operations * min(examples, 2)
    assert report.findings == [], report.summary()
