"""A new password or a deactivated account ends every other way in: sessions and API tokens."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client

from partnerlab.accounts import services
from partnerlab.accounts.models import ApiToken
from partnerlab.core.models import AuditEvent

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "brand-new-pass-phrase-9"


def _bearer(secret: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def _reset_password_by_email(address: str) -> None:
    client = Client()
    client.post("/password-reset/", {"email": address})
    link = re.search(r"http://testserver(/password-reset/\S+/\S+/)", mail.outbox[-1].body)
    form = client.get(link.group(1), follow=True)  # type: ignore[union-attr]
    done = client.post(
        form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert done.status_code == 302


def test_a_password_reset_revokes_the_persons_api_tokens(cast) -> None:
    _token, secret = services.create_api_token(user=cast.ghana, name="script")
    _other, other_secret = services.create_api_token(user=cast.mexico, name="theirs")
    assert Client().get("/api/v1/me", **_bearer(secret)).status_code == 200
    _reset_password_by_email("kofi@lab.test")
    refused = Client().get("/api/v1/me", **_bearer(secret))
    assert refused.status_code == 401 and refused.json()["code"] == "not_authenticated"
    assert ApiToken.objects.get(user=cast.ghana).revoked_at is not None
    assert AuditEvent.objects.filter(action="api_token.revoke", actor=cast.ghana).exists()
    assert Client().get("/api/v1/me", **_bearer(other_secret)).status_code == 200


def test_a_password_reset_ends_the_persons_other_sessions(cast, client_for) -> None:
    elsewhere = client_for(cast.ghana)
    assert elsewhere.get("/account/").status_code == 200
    _reset_password_by_email("kofi@lab.test")
    assert elsewhere.get("/account/").status_code == 302  # sent to the sign-in page
    assert elsewhere.get("/api/v1/me").status_code == 401


def test_a_facilitator_deactivates_an_account_and_its_tokens_and_sessions_stop(
    cast, client_for
) -> None:
    _token, secret = services.create_api_token(user=cast.ghana, name="script")
    session = client_for(cast.ghana)
    page = client_for(cast.facilitator).post(f"/people/{cast.ghana.pk}/active/", {"active": "0"})
    assert page.status_code == 302
    cast.ghana.refresh_from_db()
    assert not cast.ghana.is_active
    assert Client().get("/api/v1/me", **_bearer(secret)).status_code == 401
    assert session.get("/account/").status_code == 302
    assert ApiToken.objects.get(user=cast.ghana).revoked_at is not None
    assert AuditEvent.objects.filter(action="user.deactivate", object_id=str(cast.ghana.pk))
    signing_in = Client().post("/login/", {"username": "kofi@lab.test", "password": "x"})
    assert signing_in.status_code == 200
    # Reactivated, the person signs in again, but old tokens stay revoked.
    client_for(cast.facilitator).post(f"/people/{cast.ghana.pk}/active/", {"active": "1"})
    cast.ghana.refresh_from_db()
    assert cast.ghana.is_active
    assert Client().get("/api/v1/me", **_bearer(secret)).status_code == 401


def test_only_facilitators_deactivate_and_never_themselves(cast, client_for) -> None:
    refused = client_for(cast.mexico).post(f"/people/{cast.ghana.pk}/active/", {"active": "0"})
    assert refused.status_code == 403
    own = client_for(cast.facilitator).post(
        f"/people/{cast.facilitator.pk}/active/", {"active": "0"}, follow=True
    )
    assert "cannot deactivate your own account" in own.content.decode()
    cast.facilitator.refresh_from_db()
    cast.ghana.refresh_from_db()
    assert cast.facilitator.is_active and cast.ghana.is_active
