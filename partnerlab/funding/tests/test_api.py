"""The funding API: same rules as the services, the shared error shape, paginated lists."""

import json

import pytest

from partnerlab.funding.models import Pledge

from .test_priorities import GOOD

J = "application/json"


def _put(client, url, body):
    return client.put(url, json.dumps(body), content_type=J)


def _post(client, url, body):
    return client.post(url, json.dumps(body), content_type=J)


def test_a_donor_writes_and_reads_its_priorities(cast, client_for):
    client = client_for(cast.donor)
    body = {
        **GOOD,
        "windows": [{"opens_on": "2027-01-01", "closes_on": "2027-02-01"}],
        "version": 0,
    }
    response = _put(client, f"/api/v1/donors/{cast.fund.pk}/priorities", body)
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["objectives"] == [6, 18] and data["version"] == 1 and data["kind"] == "pooled"
    assert data["windows"] == [{"opens_on": "2027-01-01", "closes_on": "2027-02-01", "note": ""}]
    assert data["contact_email"] == "erik@fund.test"
    stale = _put(client, f"/api/v1/donors/{cast.fund.pk}/priorities", body)
    assert stale.status_code == 409 and stale.json()["current_version"] == 1
    seen = client_for(cast.ghana).get(f"/api/v1/donors/{cast.fund.pk}/priorities").json()
    assert seen["objectives"] == [6, 18] and seen["contact_email"] is None
    listed = client_for(cast.observer).get("/api/v1/donors").json()
    assert listed["count"] == 1 and listed["items"][0]["has_priorities"] is True


def test_another_person_may_not_write_a_donors_priorities(cast, client_for):
    body = {**GOOD, "version": 0}
    response = _put(client_for(cast.ghana), f"/api/v1/donors/{cast.fund.pk}/priorities", body)
    assert response.status_code == 403 and response.json()["code"] == "forbidden"


def test_a_window_closing_before_it_opens_is_refused_by_the_api(cast, client_for):
    body = {
        **GOOD,
        "windows": [{"opens_on": "2027-03-01", "closes_on": "2027-01-01"}],
        "version": 0,
    }
    response = _put(client_for(cast.donor), f"/api/v1/donors/{cast.fund.pk}/priorities", body)
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "windows.0.closes_on"


def test_the_pipeline_lists_published_proposals_with_their_money(cast, ws, published, client_for):
    response = client_for(cast.donor).get("/api/v1/pipeline")
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    item = body["items"][0]
    assert item["id"] == ws.idea.pk and item["fundable"] is True
    assert item["funding_status"] == "fundable"
    assert item["amount_requested"] == "100000.00" and item["gap"] == "100000.00"
    assert item["countries"] == ["CH", "GH", "MX"]
    assert client_for(cast.donor).get("/api/v1/pipeline?amount_min=200000").json()["count"] == 0
    assert client_for(cast.donor).get("/api/v1/pipeline?region=Africa").json()["count"] == 1
    assert client_for(cast.donor).get("/api/v1/pipeline?status=completed").json()["count"] == 0
    assert client_for(cast.ngo).get("/api/v1/pipeline").status_code == 403


def test_pledging_through_the_api(cast, ws, published, client_for):
    client = client_for(cast.donor)
    url = f"/api/v1/partnerships/{ws.idea.pk}/pledges"
    refused = _post(client, url, {"amount": "-5", "kind": "cash"})
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "amount"
    words = _post(client, url, {"amount": "lots", "kind": "cash"})
    assert words.status_code == 422 and words.json()["errors"][0]["field"] == "amount"
    too_much = _post(client, url, {"amount": "200000", "kind": "cash"})
    assert too_much.status_code == 422 and "funding gap" in too_much.json()["message"]
    made = _post(client, url, {"amount": "25000", "kind": "in_kind", "conditions": "Audit"})
    assert made.status_code == 201, made.content
    listed = client.get(url).json()
    assert listed["pledged"] == "25000.00" and listed["gap"] == "75000.00"
    status = client.get(f"/api/v1/partnerships/{ws.idea.pk}/funding-status").json()
    assert status["status"] == "partly_pledged"
    assert [h["to_status"] for h in status["history"]] == ["partly_pledged", "fundable"]
    pledge = Pledge.objects.get()
    withdrawn = _post(client, f"{url}/{pledge.pk}/withdraw", {"reason": "Budget cut"})
    assert withdrawn.status_code == 200 and withdrawn.json()["active"] is False
    assert client.get(url).json()["gap"] == "100000.00"


def test_a_partner_may_not_pledge_and_an_outsider_does_not_see_an_unpublished_proposal(
    cast, ws, client_for
):
    url = f"/api/v1/partnerships/{ws.idea.pk}/pledges"
    assert client_for(cast.donor).get(url).status_code == 404
    response = _post(client_for(cast.donor), url, {"amount": "10", "kind": "cash"})
    assert response.status_code == 404  # not published: donors do not learn it exists
    assert client_for(cast.ghana).get(url).status_code == 404  # not in the pipeline yet


def test_questions_and_answers_through_the_api(cast, ws, published, client_for):
    url = f"/api/v1/partnerships/{ws.idea.pk}/questions"
    asked = _post(client_for(cast.donor), url, {"text": "Who audits?"})
    assert asked.status_code == 201
    qid = asked.json()["id"]
    other = _post(
        client_for(cast.mexico),
        f"{url}/{qid}/answers",
        {"text": "Ghana", "partner": cast.ghana_ministry.pk},
    )
    assert other.status_code == 403
    answered = _post(client_for(cast.mexico), f"{url}/{qid}/answers", {"text": "We do."})
    assert answered.status_code == 201
    assert answered.json()["answers"][0]["partner"] == cast.mexico_ministry.name
    assert client_for(cast.observer).get(url).json()[0]["answers"][0]["text"] == "We do."


def test_the_funding_status_moves_by_the_api_with_a_reason(cast, ws, published, client_for):
    url = f"/api/v1/partnerships/{ws.idea.pk}/funding-status"
    moved = _post(client_for(cast.facilitator), url, {"to": "presented", "reason": "Summit"})
    assert moved.status_code == 200 and moved.json()["status"] == "presented"
    refused = _post(client_for(cast.facilitator), url, {"to": "completed", "reason": "x"})
    assert refused.status_code == 422
    assert _post(client_for(cast.donor), url, {"to": "withdrawn", "reason": "x"}).status_code == 403


def test_partners_publish_by_the_api(cast, ws, client_for):
    url = f"/api/v1/partnerships/{ws.idea.pk}/publication"
    assert _post(client_for(cast.donor), url, {"published": True}).status_code == 404
    response = _post(client_for(cast.ghana), url, {"published": True})
    assert response.status_code == 200 and response.json()["published"] is True


@pytest.mark.parametrize("path", ["/api/v1/donors", "/api/v1/pipeline"])
def test_lists_need_signing_in(client, path):
    assert client.get(path).status_code == 401
