"""A forgotten password is reset with a link sent by e-mail."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client

from partnerlab.core.models import AuditEvent

pytestmark = pytest.mark.django_db


def test_a_person_resets_a_forgotten_password_by_email(cast) -> None:
    client = Client()
    assert client.post("/password-reset/", {"email": "kofi@lab.test"}).status_code == 302
    assert mail.outbox[-1].to == ["kofi@lab.test"]
    link = re.search(r"http://testserver(/password-reset/\S+/\S+/)", mail.outbox[-1].body)
    assert link
    form = client.get(link.group(1), follow=True)
    assert form.status_code == 200
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "brand-new-pass-phrase-9", "new_password2": "brand-new-pass-phrase-9"},
    )
    assert done.status_code == 302
    assert Client().login(username="kofi@lab.test", password="brand-new-pass-phrase-9")
    assert AuditEvent.objects.filter(
        action="user.password.reset", object_id=str(cast.ghana.pk)
    ).exists()


def test_an_unknown_address_gets_the_same_answer_and_no_mail(cast) -> None:
    response = Client().post("/password-reset/", {"email": "nobody@lab.test"})
    assert response.status_code == 302 and not mail.outbox


def test_a_tampered_link_does_not_work(cast) -> None:
    response = Client().get("/password-reset/MQ/bad-token/", follow=True)
    assert "does not work" in response.content.decode()
