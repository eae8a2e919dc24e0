"""Dates read the same way everywhere: day, month in letters, year, in the reader's language;
times on the 24-hour clock, so no sentence ends in "a.m.."."""

from __future__ import annotations

import datetime
import re

import pytest
from django.utils import timezone, translation

from partnerlab.core.formatting import human_dates
from partnerlab.testing.workspace import make_cycle

pytestmark = pytest.mark.django_db

NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")


def _page(client, url: str, language: str) -> str:
    client.cookies["django_language"] = language
    return client.get(url).content.decode()


@pytest.mark.parametrize(
    ("language", "start", "end"),
    [
        ("en", "1 Jan 2026", "31 Dec 2026"),
        ("fr", "1 janvier 2026", "31 décembre 2026"),
        ("es", "1 ene 2026", "31 dic 2026"),
    ],
)
def test_cycle_dates_name_the_month_in_the_readers_language(
    cast, client_for, language, start, end
) -> None:
    make_cycle()
    client = client_for(cast.facilitator)
    for url in ("/cycles/", "/cycles/lab-test/"):
        page = _page(client, url, language)
        assert f"{start} – {end}" in page, url
        assert not NUMERIC_DATE.search(page), url


def test_times_use_the_24_hour_clock_so_no_sentence_ends_in_a_m(cast, client_for) -> None:
    client = client_for(cast.facilitator)
    client.post("/account/", {"name": "script"})  # a token: its creation time is shown
    morning = timezone.make_aware(datetime.datetime(2026, 12, 3, 9, 5))
    with translation.override("en"):
        from django.template import Context, Template

        sentence = Template('{{ when|date:"SHORT_DATETIME_FORMAT" }}.').render(
            Context({"when": morning})
        )
    assert sentence == "3 Dec 2026, 09:05."
    for url in ("/account/", "/audit/"):
        page = _page(client, url, "en")
        assert "a.m." not in page and "p.m." not in page, url
        assert not NUMERIC_DATE.search(page), url


def test_stored_iso_dates_are_shown_in_the_readers_language() -> None:
    with translation.override("fr"):
        assert human_dates("Check-in 2026-11-12, due 2027-01-05") == (
            "Check-in 12 novembre 2026, due 5 janvier 2027"
        )
    with translation.override("en"):
        assert human_dates("at 2026-03-12T10:35:00+00:00") == "at 12 Mar 2026, 10:35"
        assert human_dates("no date 2026-13-40 here") == "no date 2026-13-40 here"
