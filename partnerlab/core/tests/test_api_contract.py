"""The API's schema, docs and error shape."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_the_openapi_schema_lists_every_endpoint() -> None:
    schema = Client().get("/api/v1/openapi.json").json()
    paths = schema["paths"]
    for path in (
        "/api/v1/organisations",
        "/api/v1/organisations/{organisation_id}",
        "/api/v1/cycles",
        "/api/v1/cycles/{slug}",
        "/api/v1/gcm-objectives",
        "/api/v1/me",
        "/api/v1/tokens",
        "/api/v1/audit",
    ):
        assert path in paths, path
    assert {"get", "patch"} <= set(paths["/api/v1/organisations/{organisation_id}"])
    assert "Error" in schema["components"]["schemas"]


def test_the_docs_page_is_served() -> None:
    response = Client().get("/api/v1/docs")
    assert response.status_code == 200 and b"openapi.json" in response.content


def test_errors_share_one_shape(cast, client_for) -> None:
    responses = [
        Client().get("/api/v1/me"),  # 401
        client_for(cast.observer).get("/api/v1/audit"),  # 403
        client_for(cast.observer).get("/api/v1/cycles/nope"),  # 404
        client_for(cast.observer).get("/api/v1/organisations", {"page": 0}),  # 422
    ]
    assert [r.status_code for r in responses] == [401, 403, 404, 422]
    for response in responses:
        body = response.json()
        assert set(body) == {"status", "code", "message", "errors"}
        assert body["status"] == response.status_code and body["message"]


def test_unknown_paths_and_wrong_methods_get_the_error_shape(cast, client_for) -> None:
    client = client_for(cast.facilitator)
    for response, status in (
        (client.get("/api/v1/nothing"), 404),
        (client.put("/api/v1/gcm-objectives"), 405),
    ):
        assert response.status_code == status
        assert response.json()["status"] == status and response.json()["errors"] == []
