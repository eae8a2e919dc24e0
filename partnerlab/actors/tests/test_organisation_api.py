"""The organisations API: list, read, create, update, with permissions and one error shape."""

from __future__ import annotations

import pytest
from django.test import Client

from partnerlab.actors.models import Contact, Organisation

pytestmark = pytest.mark.django_db


def _json(client: Client, method: str, path: str, data: object = None):  # type: ignore[no-untyped-def]
    return getattr(client, method)(path, data, content_type="application/json")


def test_list_is_paginated_and_filtered(cast, client_for) -> None:
    client = client_for(cast.observer)
    page = client.get("/api/v1/organisations", {"page_size": 2}).json()
    assert page["count"] == 6 and len(page["items"]) == 2
    africa = client.get("/api/v1/organisations", {"region": "Africa"}).json()
    assert {o["name"] for o in africa["items"]} == {"Ministry of Labour, Ghana", "City of Accra"}
    assert africa["items"][0]["region"] == "Africa"


def test_a_bad_filter_gets_the_error_shape(cast, client_for) -> None:
    response = client_for(cast.observer).get("/api/v1/organisations", {"kind": "spaceship"})
    body = response.json()
    assert response.status_code == 422
    assert set(body) == {"status", "code", "message", "errors"}
    assert body["errors"][0]["field"] == "kind"


def test_contacts_are_included_only_for_those_who_may_see_them(cast, client_for) -> None:
    Contact.objects.create(organisation=cast.accra, name="Yaw", email="yaw@accra.test")
    path = f"/api/v1/organisations/{cast.accra.pk}"
    assert client_for(cast.city).get(path).json()["contacts"][0]["email"] == "yaw@accra.test"
    assert client_for(cast.observer).get(path).json()["contacts"] is None


def test_facilitators_create_and_others_may_not(cast, client_for) -> None:
    payload = {
        "name": "Kenya Private Sector Alliance",
        "kind": "business",
        "membership": "business_mechanism",
        "country": "KE",
    }
    created = _json(client_for(cast.facilitator), "post", "/api/v1/organisations", payload)
    assert created.status_code == 201 and created.json()["subregion"] == "Sub-Saharan Africa"
    refused = _json(
        client_for(cast.ghana), "post", "/api/v1/organisations", {**payload, "name": "Other"}
    )
    assert refused.status_code == 403 and refused.json()["code"] == "forbidden"


def test_bad_input_names_the_field(cast, client_for) -> None:
    response = _json(
        client_for(cast.facilitator),
        "post",
        "/api/v1/organisations",
        {"name": "X", "kind": "spaceship", "country": "ZZ"},
    )
    assert response.status_code == 422
    assert {e["field"] for e in response.json()["errors"]} == {"kind", "country"}
    missing = _json(client_for(cast.facilitator), "post", "/api/v1/organisations", {"name": "X"})
    assert missing.status_code == 422 and missing.json()["errors"][0]["field"] == "kind"


def test_representatives_patch_their_own_organisation(cast, client_for) -> None:
    path = f"/api/v1/organisations/{cast.accra.pk}"
    response = _json(client_for(cast.city), "patch", path, {"acronym": "AMA", "version": 1})
    assert response.status_code == 200 and response.json()["version"] == 2
    stale = {"acronym": "X", "version": 2}
    assert _json(client_for(cast.ghana), "patch", path, stale).status_code == 403
    assert _json(client_for(cast.observer), "patch", path, stale).status_code == 403


def test_representatives_may_not_change_what_decides_eligibility(cast, client_for) -> None:
    path = f"/api/v1/organisations/{cast.ghana_ministry.pk}"
    for change in ({"membership": "non_member"}, {"kind": "business"}, {"name": "Other"}):
        response = _json(client_for(cast.ghana), "patch", path, {**change, "version": 1})
        assert response.status_code == 403, change
    assert Organisation.objects.get(pk=cast.ghana_ministry.pk).membership == "member_state"
    allowed = _json(
        client_for(cast.facilitator), "patch", path, {"membership": "non_member", "version": 1}
    )
    assert allowed.status_code == 200


def test_a_patch_must_say_which_version_it_changes(cast, client_for) -> None:
    path = f"/api/v1/organisations/{cast.accra.pk}"
    response = _json(client_for(cast.facilitator), "patch", path, {"acronym": "AMA"})
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "version"


def test_saving_over_a_newer_version_is_refused_with_409(cast, client_for) -> None:
    path = f"/api/v1/organisations/{cast.accra.pk}"
    _json(client_for(cast.city), "patch", path, {"acronym": "AMA", "version": 1})
    stale = _json(client_for(cast.facilitator), "patch", path, {"acronym": "ACC", "version": 1})
    body = stale.json()
    assert stale.status_code == 409 and body["code"] == "conflict"
    assert body["current_version"] == 2 and body["current"]["acronym"] == "AMA"
    assert Organisation.objects.get(pk=cast.accra.pk).acronym == "AMA"


def test_anonymous_callers_get_401_and_unknown_ids_404(cast, client_for) -> None:
    anonymous = Client().get("/api/v1/organisations")
    assert anonymous.status_code == 401 and anonymous.json()["status"] == 401
    missing = client_for(cast.observer).get("/api/v1/organisations/999999")
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"


def test_session_writes_need_the_csrf_token(cast) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(cast.facilitator)
    response = _json(client, "post", "/api/v1/organisations", {"name": "X", "kind": "other"})
    assert response.status_code in (401, 403)
    assert not Organisation.objects.filter(name="X").exists()
