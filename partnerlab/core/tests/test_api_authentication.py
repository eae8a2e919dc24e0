"""Unsafe API calls without a token or a session get 401 `not_authenticated`; a session
without its CSRF token gets a 403 that says so. Checked on every unsafe operation."""

from __future__ import annotations

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

UNSAFE = ("post", "put", "patch", "delete")


def _unsafe_operations() -> list[tuple[str, str]]:
    schema = Client().get("/api/v1/openapi.json").json()
    operations = []
    for path, methods in schema["paths"].items():
        concrete = re.sub(r"\{[^}]+\}", "1", path)
        concrete = concrete.replace("/elements/1/", "/elements/problem/")
        operations += [(method, concrete) for method in methods if method in UNSAFE]
    return operations


def test_the_schema_has_unsafe_operations_to_check(db) -> None:
    assert len(_unsafe_operations()) > 30


def _answered_otherwise(client: Client, status: int, code: str) -> list[tuple[str, ...]]:
    """The unsafe operations that did not answer `status` with `code`."""
    wrong = []
    for method, path in _unsafe_operations():
        response = getattr(client, method)(path, "{}", content_type="application/json")
        body = response.json()
        if response.status_code != status or body.get("code") != code:
            wrong.append((method, path, str(response.status_code), str(body.get("code"))))
    return wrong


def test_every_unsafe_operation_without_credentials_answers_401(cast) -> None:
    client = Client(enforce_csrf_checks=True)
    assert _answered_otherwise(client, 401, "not_authenticated") == []


def test_an_unknown_token_on_an_unsafe_operation_answers_401(cast) -> None:
    response = Client(enforce_csrf_checks=True).post(
        "/api/v1/tokens",
        {"name": "x"},
        content_type="application/json",
        HTTP_AUTHORIZATION="Bearer plab_made-up",
    )
    assert response.status_code == 401 and response.json()["code"] == "not_authenticated"


def test_a_session_without_its_csrf_token_gets_a_clear_403(cast) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(cast.ghana)
    assert _answered_otherwise(client, 403, "csrf_failed") == []


def test_a_session_with_its_csrf_token_works(cast) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(cast.ghana)
    client.get("/account/")
    created = client.post(
        "/api/v1/tokens",
        {"name": "from the browser"},
        content_type="application/json",
        HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value,
    )
    assert created.status_code == 201
