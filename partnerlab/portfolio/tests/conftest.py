import pytest

from partnerlab.partnerships import editing
from partnerlab.proposals import services
from partnerlab.proposals.models import ProposalElement
from partnerlab.testing.workspace import Workspace, make_designed


def sign_everything(cast, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    for person in (cast.ghana, cast.mexico, cast.igo):
        for element in ProposalElement.values:
            services.sign_off_element(by=person, partnership=ws.idea, element=element)


def request_money(cast, ws: Workspace, amount: int) -> None:  # type: ignore[no-untyped-def]
    lead = ws.idea.partners.get(role="lead")
    editing.create_element(
        by=cast.facilitator,
        partnership=ws.idea,
        kind="budget",
        data={
            "partner": lead.pk,
            "description": "Claims desk",
            "kind": "requested",
            "amount": amount,
        },
    )


@pytest.fixture
def ws(cast) -> Workspace:  # type: ignore[no-untyped-def]
    """A cycle whose one idea is a fundable proposal (two States, an international office)
    asking donors for 45,000 USD."""
    ws = make_designed(cast)
    request_money(cast, ws, 45000)
    sign_everything(cast, ws)
    return ws
