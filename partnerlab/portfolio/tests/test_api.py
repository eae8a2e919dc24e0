"""`GET /api/v1/cycles/{slug}/portfolio`: everything for facilitators, the public summary for
others, in the OpenAPI schema."""

from partnerlab.testing.workspace import make_cycle


def test_facilitators_get_the_whole_dashboard(cast, ws, client_for):
    body = client_for(cast.facilitator).get(f"/api/v1/cycles/{ws.cycle.slug}/portfolio").json()
    assert body["view"] == "full" and body["cycle"] == ws.cycle.slug
    funnel = {s["key"]: s for s in body["funnel"]}
    assert funnel["inputs"] == {
        "key": "inputs",
        "label": "Inputs from consultations",
        "count": 2,
        "conversion_percent": None,
    }
    assert funnel["fundable"]["count"] == 1 and funnel["fundable"]["conversion_percent"] == 100.0
    targets = {t["key"]: t for t in body["targets"]}
    assert targets["fundable_proposals"]["met"] is False
    assert targets["with_a_state"] == {
        "key": "with_a_state",
        "label": "Fundable proposals involving a State",
        "met": True,
        "value": "1 of 1",
        "goal": "at least two thirds",
        "share_percent": 100.0,
    }
    assert [t["seed_001_percent"] for t in body["typology"]] == [38.0, 33.0, 21.0, 6.0, 2.0]
    assert len(body["gcm_coverage"]) == 23
    assert set(body["gcm_coverage"][0]["by_stage"]) == {
        "problem", "fishbone", "sequencing", "design_space", "authorization", "design"
    }  # fmt: skip
    (row,) = body["money"]["rows"]
    assert row["title"] == "Claims from home" and float(row["requested"]) == 45000
    assert row["status"] == "fundable"
    assert [(t["currency"], t["fundable_only"]) for t in body["money"]["totals"]] == [
        ("USD", True),
        ("USD", False),
    ]


def test_others_get_the_public_summary_without_money(cast, ws, client_for):
    for person in (cast.observer, cast.donor, cast.ngo):
        body = client_for(person).get(f"/api/v1/cycles/{ws.cycle.slug}/portfolio").json()
        assert body["view"] == "summary" and body["money"] is None
        assert "Claims from home" not in str(body)


def test_an_unknown_cycle_is_404_and_strangers_401(cast, client_for, client):
    make_cycle("known")
    answer = client_for(cast.facilitator).get("/api/v1/cycles/unknown/portfolio")
    assert answer.status_code == 404 and answer.json()["code"] == "not_found"
    assert client.get("/api/v1/cycles/known/portfolio").status_code == 401


def test_the_endpoint_is_in_the_openapi_schema(cast, client_for):
    schema = client_for(cast.observer).get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/cycles/{slug}/portfolio"]["get"]
    assert "200" in operation["responses"] and "403" in operation["responses"]
