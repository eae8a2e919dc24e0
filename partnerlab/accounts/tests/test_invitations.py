"""Facilitators invite people by a link that expires; accepting it creates the account."""

from __future__ import annotations

import datetime
import re

import pytest
from django.core import mail
from django.test import Client, TestCase
from django.utils import timezone

from partnerlab.accounts import services
from partnerlab.accounts.models import Invitation, Role, User
from partnerlab.actors.models import Representation
from partnerlab.core.errors import NotAllowed, ValidationFailed

pytestmark = pytest.mark.django_db


def _invite(client: Client, **data: object):  # type: ignore[no-untyped-def]
    # Invitations are e-mailed once the transaction commits; run those callbacks here.
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post("/people/", {"email": "new@city.test", "full_name": "Nia Adjei", **data})


def _link_from_mail() -> str:
    match = re.search(r"http://testserver(/invitation/\S+/)", mail.outbox[-1].body)
    assert match, mail.outbox[-1].body
    return match.group(1)


def test_a_facilitator_invites_a_partner_who_joins_with_the_link(cast, client_for) -> None:
    response = _invite(
        client_for(cast.facilitator), role=Role.PARTNER, organisations=[cast.accra.pk]
    )
    assert response.status_code == 200 and "/invitation/" in response.content.decode()
    assert mail.outbox[-1].to == ["new@city.test"]
    link = _link_from_mail()
    visitor = Client()
    assert visitor.get(link).status_code == 200
    joined = visitor.post(link, {"full_name": "Nia Adjei", "password": "a-long-pass-phrase-7"})
    assert joined.status_code == 302
    user = User.objects.get(email="new@city.test")
    assert user.role == Role.PARTNER
    assert Representation.objects.filter(user=user, organisation=cast.accra).exists()
    assert visitor.get("/").context["user"] == user
    assert Client().get(link).status_code == 410  # a link works once


def test_the_secret_is_not_stored(cast) -> None:
    invitation, secret = services.create_invitation(
        by=cast.facilitator, email="x@y.test", role=Role.OBSERVER
    )
    assert secret not in invitation.token_hash
    assert not Invitation.objects.filter(token_hash=secret).exists()


def test_an_expired_link_is_refused(cast) -> None:
    past = timezone.now() - datetime.timedelta(days=30)
    _invitation, secret = services.create_invitation(
        by=cast.facilitator, email="x@y.test", role=Role.OBSERVER, now=past
    )
    assert Client().get(f"/invitation/{secret}/").status_code == 410
    with pytest.raises(ValidationFailed):
        services.accept_invitation(secret=secret, full_name="X", password="a-long-pass-phrase-7")
    assert not User.objects.filter(email="x@y.test").exists()


def test_a_weak_password_is_refused_and_the_invitation_stays_usable(cast) -> None:
    _invitation, secret = services.create_invitation(
        by=cast.facilitator, email="x@y.test", role=Role.OBSERVER
    )
    response = Client().post(f"/invitation/{secret}/", {"full_name": "X", "password": "123"})
    assert response.status_code == 200 and "password" in response.content.decode().lower()
    assert services.find_invitation(secret) is not None


@pytest.mark.parametrize("persona", ["ghana", "donor", "observer"])
def test_only_facilitators_invite(cast, client_for, persona) -> None:
    assert _invite(client_for(getattr(cast, persona)), role=Role.OBSERVER).status_code == 403
    with pytest.raises(NotAllowed):
        services.create_invitation(by=getattr(cast, persona), email="x@y.test", role=Role.OBSERVER)


def test_a_partner_representative_needs_an_organisation(cast, client_for) -> None:
    response = _invite(client_for(cast.facilitator), role=Role.PARTNER)
    assert "at least one organisation" in response.content.decode()
    assert not Invitation.objects.exists() and not mail.outbox


def test_a_donor_is_linked_to_a_donor_organisation(cast, client_for) -> None:
    refused = _invite(client_for(cast.facilitator), role=Role.DONOR, organisations=[cast.accra.pk])
    assert "donor organisation" in refused.content.decode()
    accepted = _invite(client_for(cast.facilitator), role=Role.DONOR, organisations=[cast.fund.pk])
    assert accepted.status_code == 200 and Invitation.objects.count() == 1


def test_an_existing_account_cannot_be_invited_again(cast) -> None:
    with pytest.raises(ValidationFailed):
        services.create_invitation(by=cast.facilitator, email="KOFI@lab.test", role=Role.PARTNER)


def test_a_facilitator_withdraws_an_invitation_and_its_link_stops_working(cast, client_for) -> None:
    invitation, secret = services.create_invitation(
        by=cast.facilitator, email="x@y.test", role=Role.OBSERVER
    )
    assert (
        client_for(cast.ghana).post(f"/people/invitations/{invitation.pk}/withdraw/").status_code
        == 403
    )
    response = client_for(cast.facilitator).post(f"/people/invitations/{invitation.pk}/withdraw/")
    assert response.status_code == 302
    assert Client().get(f"/invitation/{secret}/").status_code == 410


def test_a_second_invitation_to_a_pending_address_is_refused(cast) -> None:
    services.create_invitation(by=cast.facilitator, email="x@y.test", role=Role.OBSERVER)
    with pytest.raises(ValidationFailed, match="pending invitation"):
        services.create_invitation(by=cast.facilitator, email="X@y.test", role=Role.OBSERVER)


def test_accepting_when_the_account_exists_is_a_clear_refusal(cast) -> None:
    _invitation, secret = services.create_invitation(
        by=cast.facilitator, email="x@y.test", role=Role.OBSERVER
    )
    User.objects.create_user("x@y.test", "whatever-pass-1", full_name="X")
    with pytest.raises(ValidationFailed, match="exists already"):
        services.accept_invitation(secret=secret, full_name="X", password="a-long-pass-phrase-7")


def test_a_mail_failure_keeps_the_invitation_and_shows_its_link(cast, client_for, settings) -> None:
    settings.EMAIL_BACKEND = "partnerlab.testing.mail.BrokenBackend"
    response = _invite(client_for(cast.facilitator), role=Role.OBSERVER)
    assert response.status_code == 200 and "/invitation/" in response.content.decode()
    assert Invitation.objects.count() == 1
