"""A cycle with a published area, a small group and a partnership idea, for workspace tests.

The group holds the Ghana ministry (lead), the Mexico ministry, the City of Accra and the
regional mobility office (auxiliary). The NGO, the donor and the observer are outside it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from partnerlab.cycles.models import Cycle
from partnerlab.intake.models import Consultation, Input
from partnerlab.labs import services as labs
from partnerlab.labs.models import Group
from partnerlab.partnerships import editing, services
from partnerlab.partnerships.models import Partnership
from partnerlab.testing.personas import Cast
from partnerlab.themes.models import CommonArea


@dataclass
class Workspace:
    cycle: Cycle
    area: CommonArea
    inputs: list[Input]
    group: Group
    idea: Partnership


def make_cycle(slug: str = "lab-test") -> Cycle:
    return Cycle.objects.create(
        name="Lab test cycle",
        slug=slug,
        year=2026,
        starts_on=datetime.date(2026, 1, 1),
        ends_on=datetime.date(2026, 12, 31),
        interest_deadline=datetime.date(2026, 6, 30),
    )


def make_workspace(cast: Cast) -> Workspace:
    cycle = make_cycle()
    area = CommonArea.objects.create(
        cycle=cycle, name="Wages after return", published_by=cast.facilitator
    )
    consultation = Consultation.objects.create(
        cycle=cycle, kind="survey", title="Survey", held_on=datetime.date(2026, 3, 1)
    )
    inputs = [
        Input.objects.create(
            cycle=cycle, consultation=consultation, text=text, language="en", content_hash=f"h{i}"
        )
        for i, text in enumerate(
            [
                "Returned workers cannot claim wages they are owed abroad.",
                "Payslips stay with the employer when a worker is deported.",
            ]
        )
    ]
    area.evidence.set(inputs)
    group = labs.create_group(
        by=cast.facilitator,
        cycle=cycle,
        name="Wages corridor",
        areas=[area],
        members=[cast.ghana_ministry, cast.mexico_ministry, cast.accra, cast.igo_org],
    )
    idea = services.create_partnership(
        by=cast.ghana,
        group=group,
        title="Claims from home",
        summary="Returned workers claim unpaid wages from their home district.",
        lead=cast.ghana_ministry,
    )
    for organisation, role in [(cast.mexico_ministry, "partner"), (cast.igo_org, "auxiliary")]:
        editing.create_element(
            by=cast.facilitator,
            partnership=idea,
            kind="partners",
            data={"organisation": organisation.pk, "role": role, "contribution": "Expertise"},
        )
    return Workspace(cycle, area, inputs, group, Partnership.objects.get(pk=idea.pk))


def fill_problem(cast: Cast, ws: Workspace) -> None:
    editing.update_element(
        by=cast.ghana,
        element=ws.idea.problem,
        data={
            "statement": "Workers leave without their last wages.",
            "why_it_matters": "Families lose a year of savings.",
            "affected": "Returned workers and their families.",
            "solved_looks_like": "Claims are filed and paid from home.",
            "cited_inputs": [ws.inputs[0].pk],
            "area": ws.area.pk,
        },
        expected_version=ws.idea.problem.version,
    )
