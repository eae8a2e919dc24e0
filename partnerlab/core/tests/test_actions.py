"""Every audited action reads as words, whatever its code."""

from __future__ import annotations

import pytest
from django.utils import translation

from partnerlab.core.actions import describe


@pytest.mark.parametrize(
    ("code", "kwargs", "words"),
    [
        ("organisation.update", {"object_type": "actors.organisation", "object_repr": "City"},
         "Organisation changed: «City»"),
        ("partnership.causes.create", {"object_repr": "Debt"}, "Cause added: «Debt»"),
        ("partnership.partnership.forward", {}, "Partnership idea moved to the next stage"),
        ("theme_map.drop", {"details": {"label": "fees"}}, "Theme “fees” dropped"),
        ("theme_map.publish", {"details": {"theme": 4, "area": 2}},
         "A theme published as an area of common interest"),  # an older record, no labels
        ("theme_map.move", {"details": {"from_label": "fees", "to_label": None}},
         "An input moved from “fees” to “no theme”"),
        ("proposal.sign_off", {"object_repr": "City", "details": {"element": "budget"}},
         "“Budget” signed off for City"),
        ("checkin.held", {"object_repr": "2026-11-12"}, "Checkin held: «12 Nov 2026»"),
    ],
)  # fmt: skip
def test_actions_are_described_in_words(code, kwargs, words) -> None:
    with translation.override("en"):
        assert describe(code, **kwargs) == words


@pytest.mark.django_db
def test_the_audit_api_gives_each_action_in_words(cast, client_for) -> None:
    client_for(cast.facilitator).post(
        f"/organisations/{cast.accra.pk}/edit/",
        {"name": "City of Accra", "kind": "local_government", "membership": "mayors_mechanism",
         "country": "GH", "acronym": "AMA", "version": 1},
    )  # fmt: skip
    items = client_for(cast.facilitator).get("/api/v1/audit?action=organisation.").json()["items"]
    assert items[0]["action"] == "organisation.update"
    assert items[0]["description"] == "Organisation changed: «City of Accra»"
