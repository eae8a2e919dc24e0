"""Text inside {% translate %} is not escaped: a literal "<token>" in it would vanish as an
unknown HTML tag. Placeholders are written as escaped markup outside the translated text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import partnerlab

TAGS = {"a", "strong", "em", "code", "br", "span", "abbr"}  # markup a message may hold on purpose
LITERAL = re.compile(r"""\{%\s*(?:translate|trans)\s+(["'])(.*?)\1""", re.S)
BLOCK = re.compile(
    r"\{%\s*blocktrans(?:late)?\b[^%]*%\}(.*?)\{%\s*endblocktrans(?:late)?\s*%\}", re.S
)


def _messages() -> list[tuple[str, str]]:
    found = []
    for path in Path(partnerlab.__file__).parent.rglob("templates/**/*.html"):
        text = path.read_text(encoding="utf-8")
        found += [(path.name, m.group(2)) for m in LITERAL.finditer(text)]
        found += [(path.name, m.group(1)) for m in BLOCK.finditer(text)]
    return found


def test_no_translated_message_holds_a_bare_angle_bracket() -> None:
    messages = _messages()
    assert len(messages) > 300  # the scan sees the templates
    for name, message in messages:
        for tag in re.findall(r"</?\s*([^\s>/]*)", message):
            assert tag.lower() in TAGS, f"{name}: {message!r}"


@pytest.mark.django_db
def test_the_account_page_shows_the_authorization_header_literally(cast, client_for) -> None:
    page = client_for(cast.ghana).get("/account/").content.decode()
    assert "Authorization: Bearer &lt;token&gt;" in page
