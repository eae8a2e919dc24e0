"""The public survey link is throttled per client IP and per link; a throttled respondent sees
a friendly page that keeps what they typed."""

from __future__ import annotations

import pytest
from django.test import Client

from partnerlab.intake import services
from partnerlab.intake.models import Consultation, Input

pytestmark = pytest.mark.django_db

ANSWER = {
    "problem": "Recruitment fees leave workers in debt before they leave home",
    "solution": "A public register of licensed recruiters, shared across the corridor",
    "organisation_name": "City of Accra",
    "stakeholder_kind": "",
    "country": "GH",
}


@pytest.fixture
def survey_url(cast, cycle) -> str:  # type: ignore[no-untyped-def]
    consultation = Consultation.objects.create(cycle=cycle, kind="survey", title="Survey 2026")
    link = services.open_survey_link(by=cast.facilitator, consultation=consultation)
    return f"/survey/{link.token}/"


@pytest.fixture
def rates(settings):  # type: ignore[no-untyped-def]
    settings.SURVEY_IP_RATE = "3/m"
    settings.SURVEY_LINK_RATE = "5/m"
    return settings


def _answer(url: str, ip: str, n: int = 0) -> object:
    data = {
        **ANSWER,
        "problem": f"{ANSWER['problem']} ({n})",
        "solution": f"{ANSWER['solution']} ({n})",
    }
    return Client(REMOTE_ADDR=ip).post(url, data)


def test_a_burst_from_one_address_is_throttled_and_keeps_the_text(survey_url, rates) -> None:
    for n in range(3):
        assert _answer(survey_url, "203.0.113.7", n).status_code == 200
    throttled = _answer(survey_url, "203.0.113.7", 99)
    assert throttled.status_code == 429
    assert 0 < int(throttled["Retry-After"]) <= 60
    page = throttled.content.decode()
    assert f"{ANSWER['problem']} (99)" in page and f"{ANSWER['solution']} (99)" in page
    assert "Many answers are arriving at once" in page and "<form" in page
    assert Input.objects.count() == 6  # three answers, two inputs each


def test_a_flood_spread_over_addresses_is_throttled_per_link(survey_url, rates) -> None:
    for n in range(5):
        assert _answer(survey_url, f"203.0.113.{n}", n).status_code == 200
    assert _answer(survey_url, "198.51.100.20").status_code == 429
    assert Input.objects.count() == 10


def test_reading_the_form_is_not_throttled(survey_url, rates) -> None:
    for _ in range(10):
        assert Client(REMOTE_ADDR="203.0.113.7").get(survey_url).status_code == 200
