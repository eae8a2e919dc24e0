"""Every page carries a Content-Security-Policy without inline code, and what a signed-in person
sees (and every API answer) is never stored by a browser or proxy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

PACKAGE = Path(__file__).resolve().parents[2]
# Rendered to PDF by WeasyPrint, never sent to a browser.
NOT_SERVED = {
    "proposals/templates/proposals/document.html",
    "portfolio/templates/portfolio/report.html",
}
INLINE_CODE = [
    re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.I),
    re.compile(r"<style\b", re.I),
    re.compile(r"\sstyle=", re.I),
    re.compile(r"\son[a-z]+=", re.I),
    re.compile(r"\shx-on", re.I),
    re.compile(r"javascript:", re.I),
]


def test_no_template_holds_inline_scripts_styles_or_handlers() -> None:
    found = []
    for template in PACKAGE.rglob("templates/**/*.html"):
        name = str(template.relative_to(PACKAGE))
        if name in NOT_SERVED:
            continue
        text = template.read_text()
        found += [f"{name}: {m.group(0)}" for rx in INLINE_CODE for m in rx.finditer(text)]
    assert found == []


def test_pages_carry_a_policy_without_inline_code(cast, client_for) -> None:
    for response in (Client().get("/login/"), client_for(cast.ghana).get("/")):
        policy = response["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "style-src 'self'" in policy
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
        assert "frame-ancestors 'none'" in policy


def test_htmx_is_told_not_to_inject_styles_or_evaluate_code(cast, client_for) -> None:
    page = client_for(cast.ghana).get("/").content.decode()
    assert '"includeIndicatorStyles": false' in page and '"allowEval": false' in page


def test_signed_in_pages_and_api_answers_are_not_stored(cast, client_for) -> None:
    client = client_for(cast.ghana)
    for response in (
        client.get("/"),
        client.get("/organisations/"),
        client.get("/api/v1/me"),
        Client().get("/api/v1/gcm-objectives"),
        Client().get("/api/v1/me"),  # a 401 too
    ):
        assert "no-store" in response["Cache-Control"], response.request["PATH_INFO"]


def test_public_pages_for_anonymous_visitors_may_be_cached() -> None:
    response = Client().get("/gcm-objectives/")
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")
