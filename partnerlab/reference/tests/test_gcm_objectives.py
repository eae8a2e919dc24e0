"""The 23 GCM objectives ship inside the package and are browsable."""

from __future__ import annotations

import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection
from django.test import Client

from partnerlab.reference.data import gcm_objectives, gcm_official_titles
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
    first = body["items"][0]
    assert first["number"] == 1 and first["title"] == gcm_objectives()[0][1]
    assert Client().get("/api/v1/gcm-objectives/7").json()["number"] == 7
    assert Client().get("/api/v1/gcm-objectives/24").status_code == 404


@pytest.mark.django_db
def test_the_page_searches_titles_with_htmx() -> None:
    response = Client().get("/gcm-objectives/", {"q": "remittances"}, HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert "<tr><td>20</td>" in body and "<td>1</td>" not in body


def test_the_package_ships_the_official_french_and_spanish_titles() -> None:
    titles = gcm_official_titles()
    assert sorted(titles) == list(range(1, 24))
    assert all(t["fr"] and t["es"] and t["fr"] != t["en"] != t["es"] for t in titles.values())
    assert titles[11]["fr"] == "Gérer les frontières de manière intégrée, sûre et coordonnée"
    assert titles[20]["fr"] == (
        "Rendre les envois de fonds plus rapides, plus sûrs et moins coûteux et favoriser "
        "l’inclusion financière des migrants"
    )
    assert titles[21]["es"] == (
        "Colaborar para facilitar el regreso y la readmisión en condiciones de seguridad y "
        "dignidad, así como la reintegración sostenible"
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "Assurer l’accès des migrants aux services de base"),
        ("es", "Proporcionar a los migrantes acceso a servicios básicos"),
        ("en", "Provide access to basic services for migrants"),
    ],
)
def test_objectives_are_shown_in_the_interface_language(language, title) -> None:
    client = Client()
    client.cookies["django_language"] = language
    page = client.get("/gcm-objectives/").content.decode()
    assert f'<td lang="{language}">{title}</td>' in page
    api = client.get("/api/v1/gcm-objectives/15", HTTP_ACCEPT_LANGUAGE=language).json()
    assert api["title"] == title
    assert set(api["titles"]) == {"en", "fr", "es"}
    assert str(GcmObjective.objects.get(number=15)) != ""


@pytest.mark.django_db
def test_the_search_finds_titles_in_every_language() -> None:
    body = Client().get("/gcm-objectives/", {"q": "remesas"}, HTTP_HX_REQUEST="true")
    assert "<tr><td>20</td>" in body.content.decode()


@pytest.mark.django_db
def test_a_database_migrated_before_the_titles_were_checked_gets_the_checked_ones() -> None:
    GcmObjective.objects.update(title_fr="stale", title_es="stale")
    checked = importlib.import_module(
        "partnerlab.reference.migrations.0004_i18n_gcm_titles_checked"
    )
    checked.load(apps, SimpleNamespace(connection=connection))
    stored = {o.number: {"fr": o.title_fr, "es": o.title_es} for o in GcmObjective.objects.all()}
    official = {n: {"fr": t["fr"], "es": t["es"]} for n, t in gcm_official_titles().items()}
    assert stored == official
