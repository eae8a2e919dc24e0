"""From the pages alone a group makes its designed idea fundable and downloads the documents."""

import pytest

from partnerlab.partnerships.models import Partnership
from partnerlab.proposals.models import SignOff
from partnerlab.proposals.selectors import readiness
from partnerlab.testing.workspace import make_designed

HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def ws(cast):
    """Designed, but with nothing of the proposal stated yet."""
    ws = make_designed(cast)
    ws.idea.proposal.delete()
    for partner in ws.idea.partners.all():
        partner.gains = partner.rights = partner.obligations = ""
        partner.save()
    return ws


def test_a_group_reaches_fundable_in_the_pages(cast, ws, client_for):
    idea = ws.idea
    url = f"/partnerships/{idea.pk}/proposal/"
    lead = client_for(cast.ghana)
    assert "Not fundable yet." in lead.get(url).content.decode()
    for person in (cast.ghana, cast.mexico, cast.igo):
        page = client_for(person)
        partner = idea.partners.get(organisation__representations__user=person)
        response = page.post(
            f"/partnerships/{idea.pk}/e/partners/{partner.pk}/",
            {
                "organisation": partner.organisation_id,
                "role": partner.role,
                "contribution": "Staff and data",
                "gains": "Faster claims",
                "rights": "A seat on the steering group",
                "obligations": "Report every quarter",
                "expected_benefit": "100",
                "version": partner.version,
            },
            **HX,
        )
        assert response["HX-Retarget"] == "#section-partners", response.content[:400]
    saved = lead.post(
        f"{url}edit",
        {
            "goal": "Wages are paid in full.",
            "novelty": "new",
            "novelty_note": "No claims from home exist yet.",
            "benefits_origin": "Savings come home.",
            "benefits_destination": "Fair employers are not undercut.",
            "benefits_migrants": "They get what they earned.",
            "version": 0,
        },
    )
    assert saved.status_code == 302
    ready = readiness(Partnership.objects.get(pk=idea.pk))
    assert ready.eligible, [c.explanation for c in ready.checks if not c.passed]
    for person in (cast.ghana, cast.mexico, cast.igo):
        page = client_for(person)
        for element in ("problem", "partners", "objectives", "activities", "budget"):
            page.post(f"{url}sign-off/{element}")
    assert SignOff.objects.filter(cleared_at=None).count() == 15
    html = lead.get(url).content.decode()
    assert (
        "Fundable: the partnership is eligible and every partner has signed every element." in html
    )
    pdf = lead.get(f"/partnerships/{idea.pk}/proposal.pdf")
    docx = lead.get(f"/partnerships/{idea.pk}/proposal.docx")
    assert pdf.content[:5] == b"%PDF-" and docx.content[:2] == b"PK"
