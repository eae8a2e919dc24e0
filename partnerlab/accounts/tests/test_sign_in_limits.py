"""Sign-in and reset limits stop guessing without letting anyone lock the owner out.

Attempts are counted per (address, IP) pair (`LOGIN_RATE`), per IP (`LOGIN_IP_RATE`) and, more
slowly, per account whatever the IP (`LOGIN_ACCOUNT_RATE`).
"""

from __future__ import annotations

import pytest
from django.test import Client

from partnerlab.testing.personas import PASSWORD

pytestmark = pytest.mark.django_db

OWNER = "kofi@lab.test"


def _sign_in(ip: str, address: str = OWNER, password: str = "wrong") -> int:
    client = Client(REMOTE_ADDR=ip)
    return client.post("/login/", {"username": address, "password": password}).status_code


@pytest.fixture
def rates(settings):  # type: ignore[no-untyped-def]
    settings.LOGIN_RATE = "3/m"
    settings.LOGIN_IP_RATE = "5/m"
    settings.LOGIN_ACCOUNT_RATE = "8/h"
    return settings


def test_an_attacker_hammering_the_owners_address_does_not_lock_the_owner_out(cast, rates) -> None:
    for _ in range(3):
        assert _sign_in("203.0.113.7") == 200
    assert _sign_in("203.0.113.7") == 429  # the attacker's address and IP are stopped
    owner = Client(REMOTE_ADDR="198.51.100.20")
    signed_in = owner.post("/login/", {"username": OWNER, "password": PASSWORD})
    assert signed_in.status_code == 302 and owner.session["_auth_user_id"] == str(cast.ghana.pk)


def test_attempts_from_many_addresses_reach_the_slower_per_account_limit(cast, rates) -> None:
    for i in range(8):
        assert _sign_in(f"203.0.113.{i}") == 200
    assert _sign_in("198.51.100.20", password=PASSWORD) == 429
    assert _sign_in("198.51.100.20", address="lucia@lab.test", password=PASSWORD) == 302


def test_one_ip_trying_many_addresses_is_stopped(cast, rates) -> None:
    for i in range(5):
        assert _sign_in("203.0.113.7", address=f"someone{i}@lab.test") == 200
    assert _sign_in("203.0.113.7", address="lucia@lab.test", password=PASSWORD) == 429
    assert _sign_in("198.51.100.20", address="lucia@lab.test", password=PASSWORD) == 302


def test_attempts_stopped_by_the_pair_limit_do_not_count_towards_the_account(cast, rates) -> None:
    for _ in range(20):
        _sign_in("203.0.113.7")  # 3 reach the password check, the rest are stopped early
    assert _sign_in("198.51.100.20", password=PASSWORD) == 302


def test_the_refusal_says_when_to_try_again(cast, rates) -> None:
    for _ in range(3):
        _sign_in("203.0.113.7")
    blocked = Client(REMOTE_ADDR="203.0.113.7").post(
        "/login/", {"username": OWNER, "password": PASSWORD}
    )
    assert blocked.status_code == 429
    assert 0 < int(blocked["Retry-After"]) <= 60
    assert "Too many attempts" in blocked.content.decode()


def test_password_reset_requests_follow_the_same_limits(cast, rates) -> None:
    def reset(ip: str) -> int:
        return Client(REMOTE_ADDR=ip).post("/password-reset/", {"email": OWNER}).status_code

    for _ in range(3):
        assert reset("203.0.113.7") == 302
    assert reset("203.0.113.7") == 429
    assert reset("198.51.100.20") == 302  # the owner, elsewhere, still gets a link
    for i in range(4):
        reset(f"192.0.2.{i}")
    assert reset("198.51.100.21") == 429  # 8 an hour for the account, whatever the IP


def test_sign_in_and_reset_limits_are_counted_apart(cast, rates) -> None:
    for _ in range(3):
        _sign_in("203.0.113.7")
    reset = Client(REMOTE_ADDR="203.0.113.7").post("/password-reset/", {"email": OWNER})
    assert reset.status_code == 302


def test_behind_a_proxy_the_limits_count_the_address_the_proxy_saw(cast, rates) -> None:
    rates.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"

    def sign_in(forwarded: str) -> int:
        client = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
        return client.post("/login/", {"username": OWNER, "password": "x"}).status_code

    for spoofed in ("1.1.1.1", "2.2.2.2", "3.3.3.3"):  # what the client claims comes first
        assert sign_in(f"{spoofed}, 203.0.113.7") == 200
    assert sign_in("4.4.4.4, 203.0.113.7") == 429
    assert sign_in("198.51.100.20") == 200
    assert sign_in("not an address") == 200  # counted as the proxy itself, never a crash
