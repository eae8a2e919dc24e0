"""Personal API tokens: created, listed, revoked; stored only as a digest."""

from __future__ import annotations

import pytest
from django.test import Client

from partnerlab.accounts import services
from partnerlab.accounts.models import ApiToken

pytestmark = pytest.mark.django_db


def _bearer(secret: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def test_a_token_created_on_the_account_page_is_shown_once(cast, client_for) -> None:
    client = client_for(cast.ghana)
    response = client.post("/account/", {"name": "reporting script"})
    secret = response.context["new_secret"]
    assert secret.startswith("plab_") and secret in response.content.decode()
    assert secret not in client.get("/account/").content.decode()
    token = ApiToken.objects.get(user=cast.ghana)
    assert token.token_hash != secret and secret not in token.token_hash


def test_a_token_authenticates_api_calls(cast) -> None:
    _token, secret = services.create_api_token(user=cast.ghana, name="script")
    me = Client().get("/api/v1/me", **_bearer(secret))
    assert me.status_code == 200 and me.json()["email"] == "kofi@lab.test"
    assert ApiToken.objects.get().last_used_at is not None


def test_a_revoked_or_unknown_token_is_refused(cast, client_for) -> None:
    token, secret = services.create_api_token(user=cast.ghana, name="script")
    client_for(cast.ghana).post(f"/account/tokens/{token.pk}/revoke/")
    refused = Client().get("/api/v1/me", **_bearer(secret))
    assert refused.status_code == 401
    assert refused.json()["code"] == "not_authenticated"
    assert Client().get("/api/v1/me", **_bearer("plab_made-up")).status_code == 401


def test_tokens_are_listed_created_and_revoked_through_the_api(cast) -> None:
    _token, secret = services.create_api_token(user=cast.ghana, name="first")
    client = Client()
    created = client.post(
        "/api/v1/tokens", {"name": "second"}, content_type="application/json", **_bearer(secret)
    )
    assert created.status_code == 201 and created.json()["token"].startswith("plab_")
    listed = client.get("/api/v1/tokens", **_bearer(secret)).json()
    assert listed["count"] == 2 and {t["name"] for t in listed["items"]} == {"first", "second"}
    assert all("token" not in t for t in listed["items"])
    revoked = client.delete(f"/api/v1/tokens/{created.json()['id']}", **_bearer(secret))
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]


def test_nobody_revokes_someone_elses_token(cast, client_for) -> None:
    token, _secret = services.create_api_token(user=cast.ghana, name="mine")
    assert client_for(cast.mexico).post(f"/account/tokens/{token.pk}/revoke/").status_code == 404
    _other, other_secret = services.create_api_token(user=cast.mexico, name="theirs")
    assert Client().delete(f"/api/v1/tokens/{token.pk}", **_bearer(other_secret)).status_code == 404
    assert ApiToken.objects.get(pk=token.pk).revoked_at is None


def test_a_token_needs_a_name(cast, client_for) -> None:
    response = client_for(cast.ghana).post("/account/", {"name": "  "})
    assert response.status_code == 200 and not ApiToken.objects.exists()
