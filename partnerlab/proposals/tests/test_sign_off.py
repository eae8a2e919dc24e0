"""Each partner signs each element; a change clears that element's sign-offs and tells them."""

import pytest

from partnerlab.core.errors import NotAllowed, ValidationFailed
from partnerlab.partnerships import editing
from partnerlab.proposals import services
from partnerlab.proposals.models import Notice, ProposalElement, SignOff
from partnerlab.proposals.selectors import readiness

ELEMENTS = ProposalElement.values


def _sign_all(cast, ws, people=None):
    for person in people or (cast.ghana, cast.mexico, cast.igo):
        for element in ELEMENTS:
            services.sign_off_element(by=person, partnership=ws.idea, element=element)


def test_signing_every_element_makes_an_eligible_idea_fundable(cast, ws, client_for):
    assert not readiness(ws.idea).fundable
    _sign_all(cast, ws)
    ready = readiness(ws.idea)
    assert ready.fundable and not ready.missing
    body = client_for(cast.facilitator).get(f"/api/v1/partnerships/{ws.idea.pk}/readiness").json()
    assert body == {"fundable": True, "missing": []}


def test_a_missing_sign_off_blocks_and_is_named(cast, ws, client_for):
    _sign_all(cast, ws, people=(cast.ghana, cast.mexico))
    for element in ELEMENTS[:-1]:
        services.sign_off_element(by=cast.igo, partnership=ws.idea, element=element)
    body = client_for(cast.ghana).get(f"/api/v1/partnerships/{ws.idea.pk}/readiness").json()
    assert body == {
        "fundable": False,
        "missing": [{"partner": cast.igo_org.name, "element": "budget"}],
    }


def test_editing_the_budget_clears_budget_sign_offs_only_and_tells_the_partners(cast, ws):
    _sign_all(cast, ws)
    line = ws.idea.budget_lines.first()
    editing.update_element(by=cast.ghana, element=line, data={"amount": 45000}, expected_version=1)
    valid = SignOff.objects.filter(cleared_at=None)
    assert set(valid.values_list("element", flat=True)) == set(ELEMENTS) - {"budget"}
    assert SignOff.objects.filter(element="budget", cleared_at__isnull=False).count() == 3
    notices = Notice.objects.filter(user=cast.mexico)
    assert notices.count() == 1 and notices.get().sign_off.element == "budget"
    assert not readiness(ws.idea).fundable


def test_the_notice_shows_what_changed_since_signing(cast, ws, client_for):
    _sign_all(cast, ws)
    line = ws.idea.budget_lines.first()
    editing.update_element(by=cast.ghana, element=line, data={"amount": 45000}, expected_version=1)
    html = client_for(cast.mexico).get("/notices/").content.decode()
    assert "30000.00" in html and "45000.00" in html
    page = client_for(cast.mexico).get(f"/partnerships/{ws.idea.pk}/proposal/").content.decode()
    assert "Changed since signed" in page and "45000.00" in page


def test_an_unchanged_element_keeps_its_sign_offs(cast, ws):
    _sign_all(cast, ws)
    editing.create_element(
        by=cast.ghana,
        partnership=ws.idea,
        kind="check-ins",
        data={"held_on": "2026-11-20", "progress": "ok"},
    )
    assert SignOff.objects.filter(cleared_at=None).count() == 15
    assert not Notice.objects.exists()


def test_changing_the_proposals_statements_clears_the_objectives(cast, ws):
    _sign_all(cast, ws)
    services.update_proposal(
        by=cast.mexico, partnership=ws.idea, data={"goal": "Another goal"}, expected_version=1
    )
    cleared = SignOff.objects.exclude(cleared_at=None)
    assert set(cleared.values_list("element", flat=True)) == {"objectives"}


def test_only_a_partners_own_representative_signs_for_it(cast, ws, client_for):
    for person in (cast.facilitator, cast.ngo, cast.donor, cast.observer):
        with pytest.raises(NotAllowed):
            services.sign_off_element(by=person, partnership=ws.idea, element="problem")
    response = client_for(cast.ngo).post(
        f"/api/v1/partnerships/{ws.idea.pk}/elements/problem/sign-off",
        content_type="application/json",
    )
    assert response.status_code == 404  # the idea is not visible to outsiders


def test_partners_sign_off_only_in_the_design_stage(cast, ws):
    ws.idea.stage = "authorization"
    ws.idea.save()
    with pytest.raises(ValidationFailed, match="design stage"):
        services.sign_off_element(by=cast.ghana, partnership=ws.idea, element="problem")


def test_the_sign_off_endpoint(cast, ws, client_for):
    api = client_for(cast.mexico)
    url = f"/api/v1/partnerships/{ws.idea.pk}/elements/budget/sign-off"
    response = api.post(url, content_type="application/json")
    assert response.status_code == 200
    assert response.json()["partner"] == cast.mexico_ministry.name
    again = api.post(url, content_type="application/json").json()
    assert again["content_hash"] == response.json()["content_hash"]
    assert SignOff.objects.count() == 1  # signing the same thing twice changes nothing
    unknown = api.post(
        f"/api/v1/partnerships/{ws.idea.pk}/elements/moon/sign-off", content_type="application/json"
    )
    assert unknown.status_code == 422


def test_signing_in_the_page(cast, ws, client_for):
    page = client_for(cast.ghana)
    html = page.get(f"/partnerships/{ws.idea.pk}/proposal/").content.decode()
    assert html.count("Sign off</button>") == 5
    page.post(f"/partnerships/{ws.idea.pk}/proposal/sign-off/problem")
    assert SignOff.objects.filter(
        partner__organisation=cast.ghana_ministry, element="problem"
    ).exists()


def test_the_header_points_to_unread_notices(cast, ws, client_for):
    _sign_all(cast, ws)
    line = ws.idea.budget_lines.first()
    editing.update_element(by=cast.ghana, element=line, data={"amount": 45000}, expected_version=1)
    page = client_for(cast.mexico)
    assert "1 notice" in page.get("/").content.decode()
    page.get("/notices/")
    assert "1 notice" not in page.get("/").content.decode()


def test_signing_again_resolves_the_notices_of_the_change(cast, ws, client_for):
    _sign_all(cast, ws)
    line = ws.idea.budget_lines.first()
    editing.update_element(by=cast.ghana, element=line, data={"amount": 45000}, expected_version=1)
    page = client_for(cast.mexico)
    assert "1 notice" in page.get("/").content.decode()
    services.sign_off_element(by=cast.mexico, partnership=ws.idea, element="budget")
    notice = Notice.objects.get(user=cast.mexico)
    assert notice.resolved_by == SignOff.objects.get(
        partner__organisation=cast.mexico_ministry, element="budget", cleared_at=None
    )
    assert "1 notice" not in page.get("/").content.decode()  # nothing left to do
    html = page.get("/notices/").content.decode()
    assert "Resolved: Lucía Hernández signed it again on" in html
    assert "45000.00" not in html  # no diff left to read
    # Another partner's notice about the same change stays open until it signs too.
    assert Notice.objects.get(user=cast.igo).resolved_by is None
