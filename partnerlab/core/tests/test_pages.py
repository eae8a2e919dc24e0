"""The layout: assets load, navigation follows the role, and the language can be switched."""

from __future__ import annotations

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_every_script_and_stylesheet_of_the_layout_is_served(cast, client_for) -> None:
    page = client_for(cast.facilitator).get("/").content.decode()
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', page)
    assert any(a.endswith(".js") for a in assets) and any(a.endswith(".css") for a in assets)
    for asset in assets:
        response = Client().get(asset)
        assert response.status_code == 200, asset


def test_navigation_follows_the_role(cast, client_for) -> None:
    facilitator = client_for(cast.facilitator).get("/").content.decode()
    partner = client_for(cast.ghana).get("/").content.decode()
    assert 'href="/audit/"' in facilitator and 'href="/people/"' in facilitator
    assert 'href="/audit/"' not in partner and 'href="/people/"' not in partner
    assert 'href="/organisations/"' in partner
    anonymous = Client().get("/gcm-objectives/").content.decode()
    assert 'href="/organisations/"' not in anonymous and "/login/" in anonymous


@pytest.mark.parametrize(
    ("language", "sign_out"), [("fr", "Se déconnecter"), ("es", "Cerrar sesión")]
)
def test_the_language_switch_translates_the_layout(cast, client_for, language, sign_out) -> None:
    client = client_for(cast.ghana)
    response = client.post("/i18n/setlang/", {"language": language, "next": "/"}, follow=True)
    body = response.content.decode()
    assert f'<html lang="{language}">' in body
    assert sign_out in body


def test_forms_label_every_field(cast, client_for) -> None:
    page = client_for(cast.facilitator).get("/organisations/new/").content.decode()
    visible = re.findall(
        r'<(?:input(?![^>]*type="hidden")|select|textarea)[^>]*\bid="([^"]+)"', page
    )
    assert "language-select" in visible and "id_name" in visible
    for field_id in visible:
        assert f'for="{field_id}"' in page, field_id


def test_the_site_has_a_favicon(cast, client_for) -> None:
    page = client_for(cast.ghana).get("/").content.decode()
    icons = re.findall(r'<link rel="icon" href="([^"]+)"', page)
    assert any(i.endswith(".svg") for i in icons)
    for icon in icons:
        assert Client().get(icon).status_code == 200, icon
    direct = Client().get("/favicon.ico", follow=True)
    assert direct.status_code == 200 and direct.redirect_chain
    assert b"".join(direct.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an ICO file
