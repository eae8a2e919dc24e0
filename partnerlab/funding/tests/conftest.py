import pytest

from partnerlab.funding import services
from partnerlab.partnerships import editing
from partnerlab.proposals import services as proposals
from partnerlab.proposals.models import ProposalElement
from partnerlab.testing.workspace import Workspace, make_designed


def sign_all(cast, ws) -> None:
    for person in (cast.ghana, cast.mexico, cast.igo):
        for element in ProposalElement.values:
            proposals.sign_off_element(by=person, partnership=ws.idea, element=element)


@pytest.fixture
def ws(cast) -> Workspace:  # type: ignore[no-untyped-def]
    """The designed idea asking donors for 100,000 (the Ghana ministry's line), signed by
    every partner: fundable, not yet in the pipeline."""
    ws = make_designed(cast)
    ghana = ws.idea.partners.get(organisation=cast.ghana_ministry)
    editing.create_element(
        by=cast.facilitator,
        partnership=ws.idea,
        kind="budget",
        data={
            "partner": ghana.pk,
            "description": "Trainers",
            "kind": "requested",
            "amount": 100000,
        },
    )
    sign_all(cast, ws)
    return ws


@pytest.fixture
def published(cast, ws):  # type: ignore[no-untyped-def]
    return services.publish_to_pipeline(by=cast.ghana, partnership=ws.idea)
