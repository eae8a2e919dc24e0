"""The 23 GCM objectives ship inside the package and are browsable."""

from __future__ import annotations

import pytest
from django.test import Client

from partnerlab.reference.data import gcm_objectives
from partnerlab.reference.models import GcmObjective


def test_the_package_ships_all_23_objectives() -> None:
    objectives = gcm_objectives()
    assert [n for n, _t in objectives] == list(range(1, 24))
    assert objectives[22][1].startswith("Strengthen international cooperation")


@pytest.mark.django_db
def test_migrations_load_them() -> None:
    assert GcmObjective.objects.count() == 23
    assert GcmObjective.objects.get(number=18).title.startswith("Invest in skills development")


@pytest.mark.django_db
def test_the_api_returns_all_23_without_signing_in() -> None:
    body = Client().get("/api/v1/gcm-objectives").json()
    assert body["count"] == 23 and len(body["items"]) == 23
    assert body["items"][0] == {"number": 1, "title": gcm_objectives()[0][1]}
    assert Client().get("/api/v1/gcm-objectives/7").json()["number"] == 7
    assert Client().get("/api/v1/gcm-objectives/24").status_code == 404


@pytest.mark.django_db
def test_the_page_searches_titles_with_htmx() -> None:
    response = Client().get("/gcm-objectives/", {"q": "remittances"}, HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert "<tr><td>20</td>" in body and "<td>1</td>" not in body
