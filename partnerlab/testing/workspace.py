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


def make_designed(cast: Cast) -> Workspace:
    """The workspace's idea taken to the design stage, complete and eligible: the Ghana ministry
    leads, the Mexico ministry is a partner, the regional office an auxiliary partner."""
    from partnerlab.proposals import services as proposals

    ws = make_workspace(cast)
    fill_problem(cast, ws)
    idea = ws.idea
    partners = {p.organisation_id: p for p in idea.partners.all()}
    ghana, mexico, igo = (
        partners[cast.ghana_ministry.pk],
        partners[cast.mexico_ministry.pk],
        partners[cast.igo_org.pk],
    )
    for partner, value in ((ghana, 300), (mexico, 300), (igo, 100)):
        editing.update_element(
            by=cast.facilitator,
            element=partner,
            data={
                "gains": "Fewer unpaid workers",
                "rights": "A seat on the steering group",
                "obligations": "Share case data",
                "expected_benefit": value,
            },
            expected_version=partner.version,
        )
    objective = editing.create_element(
        by=cast.ghana, partnership=idea, kind="objectives", data={"text": "Claims are paid"}
    )
    activity = editing.create_element(
        by=cast.ghana,
        partnership=idea,
        kind="activities",
        data={
            "title": "Train district officers to file claims",
            "description": "A training course and study visits for labour officers.",
            "responsible": ghana.pk,
            "starts_on": "2027-01-01",
            "ends_on": "2027-12-31",
        },
    )
    editing.create_element(
        by=cast.ghana,
        partnership=idea,
        kind="indicators",
        data={
            "name": "Claims paid",
            "objective": objective.pk,
            "activity": activity.pk,
            "baseline": "0",
            "target": "500",
            "target_date": "2028-12-31",
            "means_of_verification": "Ministry register",
        },
    )
    for partner, amount in ((ghana, 30000), (mexico, 30000), (igo, 10000)):
        editing.create_element(
            by=cast.facilitator,
            partnership=idea,
            kind="budget",
            data={
                "partner": partner.pk,
                "description": "Staff",
                "kind": "in_kind",
                "amount": amount,
            },
        )
    proposals.update_proposal(
        by=cast.ghana,
        partnership=idea,
        data={
            "goal": "Returned workers recover their wages.",
            "novelty": "new",
            "novelty_note": "No corridor handles claims from home yet.",
            "benefits_origin": "Savings come home.",
            "benefits_destination": "Fair employers are not undercut.",
            "benefits_migrants": "They are paid what they earned.",
        },
        expected_version=0,
    )
    Partnership.objects.filter(pk=idea.pk).update(stage="design")
    ws.idea = Partnership.objects.get(pk=idea.pk)
    return ws


TYPED_FIELDS = ("text", "title", "name", "brings", "gains", "authorizer", "description")
TYPED_FIELDS += ("progress", "statement")


def typed_field(kind: str) -> str:
    """The field a person types the gist of an element of `kind` into."""
    from partnerlab.partnerships.elements import ELEMENTS

    return next(name for name in ELEMENTS[kind].fields if name in TYPED_FIELDS)
