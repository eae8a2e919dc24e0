"""Input no database can store is refused, never a server error: text with a NUL character
(PostgreSQL refuses it) and JSON nested deeper than can be read."""

from __future__ import annotations

import pytest
from django.test import Client

from partnerlab.accounts.models import ApiToken

JSON = {"content_type": "application/json"}


def test_api_text_with_a_nul_character_is_refused_naming_the_field(cast, client_for) -> None:
    api = client_for(cast.facilitator)
    response = api.post("/api/v1/tokens", {"name": "my\x00token"}, **JSON)
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "name"
    assert not ApiToken.objects.exists()
    nested = api.post("/api/v1/gcm/tag", {"texts": ["fine", "not\x00fine"]}, **JSON)
    assert nested.status_code == 422 and nested.json()["errors"][0]["field"] == "texts.1"


def test_api_queries_and_paths_with_a_nul_character_are_refused(cast, client_for) -> None:
    api = client_for(cast.facilitator)
    assert api.get("/api/v1/organisations", {"q": "a\x00"}).json()["errors"][0]["field"] == "q"
    assert api.get("/api/v1/cycles/lab%00x").status_code in (404, 422)


def test_json_nested_too_deeply_is_refused(cast, client_for) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    response = client_for(cast.facilitator).post("/api/v1/tokens", deep, **JSON)
    assert response.status_code == 400 and response.json()["code"] == "bad_request"
    assert "nested too deeply" in response.json()["message"]


@pytest.mark.parametrize("url", ["/organisations/", "/audit/"])
def test_pages_refuse_a_nul_character_with_a_bad_request(cast, client_for, url) -> None:
    response = client_for(cast.facilitator).get(url, {"q": "x\x00", "actor": "\x00"})
    assert response.status_code == 400


def test_a_form_post_with_a_nul_character_is_a_bad_request(cast, client_for) -> None:
    """As a browser sends a form: URL-encoded."""
    response = client_for(cast.facilitator).post(
        "/cycles/new/", "name=Lab%00&slug=lab", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400


def test_uploads_are_left_to_their_parsers(cast) -> None:
    """A file may hold any byte: the import judges it, not the NUL check."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = Client()
    client.force_login(cast.facilitator)
    upload = SimpleUploadedFile("in.csv", b"text\nabc\x00def\n", content_type="text/csv")
    response = client.post("/api/v1/cycles/nope/inputs/import", {"file": upload})
    assert response.status_code == 404  # reached the view, which found no such cycle
