from __future__ import annotations

import datetime

import pytest

from partnerlab.cycles.models import Cycle
from partnerlab.intake.models import Consultation


@pytest.fixture
def cycle(db: None) -> Cycle:
    return Cycle.objects.create(
        name="Lab 2026",
        slug="lab-2026",
        year=2026,
        starts_on=datetime.date(2026, 1, 1),
        ends_on=datetime.date(2026, 12, 31),
    )


@pytest.fixture
def breakout(cycle: Cycle) -> Consultation:
    return Consultation.objects.create(
        cycle=cycle, kind="thematic_breakout", title="Breakout on fair recruitment"
    )
