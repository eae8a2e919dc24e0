"""The theme pages as a facilitator reads them: counts that say "not stated", a history and an
audit log in words naming the theme, and a warning before publishing after the deadline."""

from __future__ import annotations

import datetime
import re

import pytest

from partnerlab.cycles.models import Cycle
from partnerlab.intake.models import Input, content_hash
from partnerlab.testing.workspace import make_cycle
from partnerlab.themes import services
from partnerlab.themes.models import ThemeMap

pytestmark = pytest.mark.django_db

TEXTS = [
    ("Recruiters charge workers illegal fees before departure.", "civil_society", "KE"),
    ("Agencies keep passports until the debt is paid.", "", ""),
    ("Wages are withheld when a worker is deported.", "business", "MX"),
    ("Payslips stay with the employer after return.", "", ""),
]


@pytest.fixture
def theme_map(cast) -> ThemeMap:
    cycle = make_cycle("lab")  # its deadline for interest, 30 Jun 2026, has passed
    inputs = [
        Input.objects.create(
            cycle=cycle,
            text=text,
            language="en",
            stakeholder_kind=kind,
            country=country,
            content_hash=content_hash(text),
        )
        for text, kind, country in TEXTS
    ]
    return services.save_discovery(
        by=cast.facilitator,
        cycle=cycle,
        params={},
        input_count=len(inputs),
        themes=[
            {
                "label": "recruitment fees",
                "keywords": ["fees"],
                "members": [i.pk for i in inputs[:2]],
            },
            {"label": "unpaid wages", "keywords": ["wages"], "members": [i.pk for i in inputs[2:]]},
        ],
    )


def test_input_that_does_not_say_who_or_where_counts_as_not_stated(cast, theme_map, client_for):
    page = client_for(cast.facilitator).get("/cycles/lab/themes/").content.decode()
    row = re.search(r"recruitment fees</a>.*?</tr>", page, re.S).group(0)
    assert "Africa 1" in row and "not stated 1" in row and "Civil society 1" in row
    assert "— 1" not in page


def test_the_theme_history_and_the_audit_log_say_what_happened_in_words(
    cast, theme_map, client_for
):
    fees, wages = theme_map.themes.order_by("position")
    services.rename_theme(by=cast.facilitator, theme=fees, label="Recruitment fees")
    services.drop_theme(by=cast.facilitator, theme=wages, reason="")
    services.restore_theme(by=cast.facilitator, theme=wages)
    moved = wages.assignments.first().input
    services.move_input(by=cast.facilitator, theme_map=theme_map, input=moved, to=fees)
    services.publish_theme(by=cast.facilitator, theme=fees, name="Fair recruitment")
    client = client_for(cast.facilitator)
    history = client.get("/cycles/lab/themes/").content.decode()
    audit = client.get("/audit/").content.decode()
    for page in (history, audit):
        assert "theme_map." not in page and "common_area." not in page
        assert "Theme “recruitment fees” renamed “Recruitment fees”" in page
        assert "Theme “unpaid wages” dropped" in page and "Theme “unpaid wages” restored" in page
        assert "An input moved from “unpaid wages” to “Recruitment fees”" in page
        assert (
            "Theme “Recruitment fees” published as the area of common interest "
            "“Fair recruitment”" in page
        )
    assert "2 themes found in 4 inputs" in history
    assert "Area of common interest “Fair recruitment” published" in audit
    assert "<code>" not in audit


def test_publishing_after_the_interest_deadline_warns_it_will_be_flagged(
    cast, theme_map, client_for
):
    theme = theme_map.themes.first()
    url = f"/themes/{theme.pk}/"
    client = client_for(cast.facilitator)
    warning = "it will be flagged to be dropped as soon as it is published"
    assert warning in client.get(url).content.decode()  # 30 Jun 2026 has passed
    Cycle.objects.filter(slug="lab").update(interest_deadline=datetime.date(2999, 1, 1))
    assert warning not in client.get(url).content.decode()


def test_the_publish_form_lists_objectives_in_the_interface_language(cast, theme_map, client_for):
    client = client_for(cast.facilitator)
    client.cookies["django_language"] = "es"
    page = client.get(f"/themes/{theme_map.themes.first().pk}/").content.decode()
    assert (
        '11. <span lang="es">Gestionar las fronteras de manera integrada, segura y coordinada'
        in page
    )
