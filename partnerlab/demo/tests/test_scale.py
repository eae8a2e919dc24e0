"""The large cycle's inputs are all new texts (the import would skip repeats), and its
organisations are generated to the number asked for."""

from __future__ import annotations

import re

import pytest

from partnerlab.actors.models import Organisation
from partnerlab.demo.content import ORGANISATIONS
from partnerlab.demo.scale import _ensure_organisations, _input_rows


def test_the_large_cycle_has_two_thousand_different_inputs() -> None:
    rows = _input_rows(2000)
    assert len(rows) == 2000
    assert len({re.sub(r"\s+", " ", r["text"].lower()) for r in rows}) == 2000
    assert len({r["id"] for r in rows}) == 2000


@pytest.mark.django_db
def test_organisations_are_added_up_to_the_total(cast) -> None:
    already = Organisation.objects.count()
    _ensure_organisations(by=cast.facilitator, total=already + 40)
    assert Organisation.objects.count() == already + 40
    kinds = set(Organisation.objects.values_list("kind", flat=True))
    assert kinds >= {o["kind"] for o in ORGANISATIONS}
