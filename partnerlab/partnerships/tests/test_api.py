"""The whole workspace through the JSON API, with the OpenAPI schema describing it."""


def test_an_idea_goes_from_problem_to_fishbone_through_the_api(cast, ws, client_for):
    api = client_for(cast.mexico)

    def call(method, path, data=None):
        return getattr(api, method)(f"/api/v1{path}", data, content_type="application/json")

    created = call(
        "post",
        "/partnerships",
        {"group": ws.group.pk, "title": "Shared data", "lead": cast.mexico_ministry.pk},
    )
    assert created.status_code == 201
    idea = created.json()
    assert idea["stage"] == "problem" and idea["lead"]["organisation"] == cast.mexico_ministry.pk
    pk = idea["id"]
    problem = call(
        "patch",
        f"/partnerships/{pk}/problem",
        {
            "version": 1,
            "statement": "Cities plan without migrant numbers.",
            "why_it_matters": "Schools and clinics are overrun.",
            "affected": "Newcomers and their neighbours.",
            "solved_looks_like": "Every district has yearly counts.",
            "cited_inputs": [ws.inputs[0].pk],
        },
    )
    assert problem.status_code == 200 and problem.json()["cited_inputs"] == [ws.inputs[0].pk]
    moved = call("post", f"/partnerships/{pk}/stage-moves", {"to_stage": "fishbone", "version": 1})
    assert moved.status_code == 200 and moved.json()["stage"] == "fishbone"
    first = call("post", f"/partnerships/{pk}/causes", {"text": "No shared registry"}).json()
    call("post", f"/partnerships/{pk}/causes", {"text": "Privacy rules", "parent": first["id"]})
    causes = call("get", f"/partnerships/{pk}/causes").json()
    assert [c["text"] for c in causes] == ["No shared registry", "Privacy rules"]
    refused = call(
        "post", f"/partnerships/{pk}/stage-moves", {"to_stage": "sequencing", "version": 2}
    )
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["message"] == "Add at least two causes to the fishbone."
    rated = call(
        "put",
        f"/partnerships/{pk}/strands/{first['id']}",
        {"version": 0, "acceptance": "high", "authority": "low", "ability": "medium"},
    )
    assert rated.status_code == 200 and rated.json()["cause"] == first["id"]
    back = call(
        "post",
        f"/partnerships/{pk}/stage-moves",
        {"to_stage": "problem", "reason": "The city wants to restate it.", "version": 2},
    )
    assert back.json()["stage"] == "problem"
    gone = api.delete(f"/api/v1/partnerships/{pk}/causes/{first['id']}?version=1")
    assert gone.status_code == 204


def test_bad_element_input_names_the_field(cast, ws, client_for):
    response = client_for(cast.ghana).post(
        f"/api/v1/partnerships/{ws.idea.pk}/activities",
        {"title": "Pilot", "starts_on": "2027-05-01", "ends_on": "2027-01-01"},
        content_type="application/json",
    )
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"field": "ends_on", "message": "The end cannot come before the start."}
    ]


def test_the_openapi_schema_describes_the_workspace(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for path in (
        "/api/v1/partnerships",
        "/api/v1/partnerships/{pk}",
        "/api/v1/partnerships/{pk}/problem",
        "/api/v1/partnerships/{pk}/causes",
        "/api/v1/partnerships/{pk}/strands/{cause_id}",
        "/api/v1/partnerships/{pk}/options",
        "/api/v1/partnerships/{pk}/authorizations",
        "/api/v1/partnerships/{pk}/activities",
        "/api/v1/partnerships/{pk}/indicators",
        "/api/v1/partnerships/{pk}/budget",
        "/api/v1/partnerships/{pk}/tasks",
        "/api/v1/partnerships/{pk}/check-ins",
        "/api/v1/partnerships/{pk}/stage-moves",
        "/api/v1/cycles/{slug}/groups",
        "/api/v1/cycles/{slug}/interest",
    ):
        assert path in paths, path
    assert set(paths["/api/v1/partnerships/{pk}"]) == {"get", "patch"}
