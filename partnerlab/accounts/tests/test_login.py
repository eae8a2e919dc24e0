"""Signing in with e-mail and password; too many attempts are refused for a while."""

from __future__ import annotations

import pytest
from django.test import Client

from partnerlab.testing.personas import PASSWORD

pytestmark = pytest.mark.django_db


def test_a_person_signs_in_with_email_and_password(cast) -> None:
    client = Client()
    response = client.post("/login/", {"username": "Kofi@Lab.test", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.get("/").context["user"] == cast.ghana


def test_a_wrong_password_is_refused_with_a_message(cast) -> None:
    response = Client().post("/login/", {"username": "kofi@lab.test", "password": "nope"})
    assert response.status_code == 200
    assert "correct" in response.content.decode()  # Django's "enter a correct e-mail…"


def test_an_inactive_account_cannot_sign_in(cast) -> None:
    cast.ghana.is_active = False
    cast.ghana.save()
    response = Client().post("/login/", {"username": "kofi@lab.test", "password": PASSWORD})
    assert response.status_code == 200


def test_login_is_rate_limited(cast, settings) -> None:
    settings.LOGIN_RATE = "3/m"
    client = Client()
    for _ in range(3):
        assert (
            client.post("/login/", {"username": "kofi@lab.test", "password": "wrong"}).status_code
            == 200
        )
    blocked = client.post("/login/", {"username": "kofi@lab.test", "password": PASSWORD})
    assert blocked.status_code == 429
    assert "_auth_user_id" not in client.session


def test_signing_out_ends_the_session(cast, client_for) -> None:
    client = client_for(cast.ghana)
    assert client.post("/logout/").status_code == 302
    assert client.get("/").status_code == 302  # back to the login page


def test_pages_need_a_signed_in_person() -> None:
    for path in ("/", "/organisations/", "/cycles/", "/account/"):
        response = Client().get(path)
        assert response.status_code == 302 and response["Location"].startswith("/login/")


def test_gcm_objectives_are_public(db) -> None:
    response = Client().get("/gcm-objectives/")
    assert response.status_code == 200
    assert "Save lives and establish coordinated international efforts" in response.content.decode()


def test_changing_the_case_of_the_address_does_not_escape_the_limit(cast, settings) -> None:
    settings.LOGIN_RATE = "3/m"
    client = Client(REMOTE_ADDR="10.0.0.1")
    for address in ["Kofi@lab.test", "KOFI@LAB.TEST", " kofi@lab.test"]:
        assert client.post("/login/", {"username": address, "password": "x"}).status_code == 200
    blocked = client.post("/login/", {"username": "kofi@LAB.test", "password": PASSWORD})
    assert blocked.status_code == 429


def test_changing_the_case_does_not_escape_the_per_account_limit(cast, settings) -> None:
    settings.LOGIN_ACCOUNT_RATE = "3/h"
    for i, address in enumerate(["Kofi@lab.test", "KOFI@LAB.TEST", " kofi@lab.test"]):
        client = Client(REMOTE_ADDR=f"10.0.0.{i}")
        assert client.post("/login/", {"username": address, "password": "x"}).status_code == 200
    blocked = Client(REMOTE_ADDR="10.0.0.9").post(
        "/login/", {"username": "kofi@LAB.test", "password": PASSWORD}
    )
    assert blocked.status_code == 429


def test_password_reset_requests_are_limited(cast, settings) -> None:
    settings.LOGIN_RATE = "2/m"
    client = Client()
    for _ in range(2):
        assert client.post("/password-reset/", {"email": "kofi@lab.test"}).status_code == 302
    assert client.post("/password-reset/", {"email": "kofi@lab.test"}).status_code == 429
